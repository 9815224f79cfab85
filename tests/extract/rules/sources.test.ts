import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findSources } from '../../../src/extract/rules/sources.ts'
import { extractText } from '../../helpers.ts'

const sources = (text: string, extra: string[] = []) =>
  findSources(text, [{ start: 0, end: text.length }], extra).map((source) => {
    for (const mention of source.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text)
    return [source.name, source.kind, source.mentions.length]
  })

describe('findSources', () => {
  it('should find outlets a speaker told', () => {
    assert.deepEqual(sources('The minister told the BBC on Monday and later told dpa the same.'), [['BBC', 'outlet', 1], ['dpa', 'agency', 1]])
  })
  it('should name an agency by its full name when an abbreviation is used', () => {
    assert.deepEqual(sources('The AP reported that AFP had also confirmed it.'), [['Associated Press', 'agency', 1], ['Agence France-Presse', 'agency', 1]])
  })
  it('should gather the short form of an outlet named before', () => {
    assert.deepEqual(sources('The Wall Street Journal said so. The Journal added that the talks failed.'), [['The Wall Street Journal', 'outlet', 2]])
  })
  it('should recognise an outlet that is not listed by the shape of its name', () => {
    assert.deepEqual(sources('He told the Springfield Herald that he would run.'), [['Springfield Herald', 'outlet', 1]])
  })
  it('should find an agency in a photo credit', () => {
    assert.deepEqual(sources('Reuters/Ann Smith'), [['Reuters', 'agency', 1]])
  })
  it('should join an agency and the acronym printed after it', () => {
    assert.deepEqual(sources('The Example News Agency (ENA) said. Later ENA said more.').map(([name, , count]) => [name, count]), [['Example News Agency', 3]])
  })
  it('should name a national news agency after "news agency"', () => {
    assert.deepEqual(sources('the official news agency KCNA said'), [['KCNA', 'agency', 1]])
  })
  it('should name an outlet by its initials after the word for it', () => {
    assert.deepEqual(sources('The newspaper HVK reported it first.'), [['HVK', 'outlet', 1]])
    assert.deepEqual(sources('She spoke to news channel NTQ on Monday.'), [['NTQ', 'outlet', 1]])
    assert.deepEqual(sources('She later told the daily DNX the same.'), [['DNX', 'outlet', 1]])
    assert.deepEqual(sources('The state broadcaster KBX aired it.'), [['KBX', 'outlet', 1]])
  })
  it('should leave out the words that open a sentence or a phrase before an outlet', () => {
    assert.deepEqual(sources('As the Harbor Herald reported, the pier closed. Follow Vell News for more.').map(([name]) => name), ['Harbor Herald', 'Vell News'])
    assert.deepEqual(sources('Both The New York Times and Saturday’s Halden Gazette story said so.').map(([name]) => name), ['The New York Times', 'Halden Gazette'])
    assert.deepEqual(sources('The pier is in Halden. Associated Press reporters saw it.').map(([name]) => name), ['Associated Press'])
  })
  it('should not take a government’s agency for a news agency', () => {
    assert.deepEqual(sources('The Coastal Protection Agency said the water was clean.'), [])
    assert.deepEqual(sources('The Halden News Agency said the water was clean.'), [['Halden News Agency', 'agency', 1]])
  })
  it('should not take someone’s name or a thing someone owns for an outlet', () => {
    assert.deepEqual(sources('Harbor Mayor Tom Guardian said so, and Ruiz’s TV show agreed.'), [])
  })
  it('should not take a one-word outlet whose name has “The” for itself without it', () => {
    assert.deepEqual(sources('Guardian said he understood, and told the Guardian so on a trip to Atlantic City.'), [['The Guardian', 'outlet', 1]])
  })
  it('should still read such an outlet abbreviated, owning its reporter, or beside a poll’s partner', () => {
    assert.deepEqual(sources('Atlantic’s Ana Ruiz wrote it [NYT]; a YouGov/Economist poll agreed.').map(([name, , count]) => [name, count]), [['The Atlantic', 1], ['The New York Times', 1], ['The Economist', 1]])
  })
  it('should not take a surname or a place for a one-word outlet', () => {
    assert.deepEqual(sources('Michael Bloomberg met senators on Capitol Hill, then told Reuters.').map(([name]) => name), ['Reuters'])
  })
  it('should find nothing in plain narrative', () => {
    assert.deepEqual(sources('The times were hard, and the journal of the expedition was lost.'), [])
  })
})

describe('programmes, publications and firms credited by the words around them', () => {
  const sourcesOf = (body: string) => extractText(`A headline for the test\n\n${body}`).sources.map((source) => [source.name, source.kind])
  it('should find a firm after its descriptor', () => {
    assert.deepEqual(sourcesOf('Sales fell 4 percent, research firm Kestrel Analytics said.'), [['Kestrel Analytics', 'organization']])
  })
  it('should find a publication after its descriptor, and a programme before its word', () => {
    assert.deepEqual(sourcesOf('She told the tech news site Pageturn that the deal was off.'), [['Pageturn', 'outlet']])
    assert.deepEqual(sourcesOf('He said so in an interview on the Ana Ruiz show on Monday.'), [['Ana Ruiz show', 'outlet']])
  })
  it('should not take a verb for a descriptor or a person for a programme', () => {
    assert.deepEqual(sourcesOf('New polls show Tomas Reyes ahead, said Ana Ruiz, a pollster at the university.'), [])
  })
})
