import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { bibtexEntry, citationText, cslItem, type QuoteCitation } from '../../src/archive/citations.ts'

const citation: QuoteCitation = {
  archiveId: 'bridge-story/q3',
  speaker: 'Ines Varga',
  words: 'The bridge will be finished before the winter floods,',
  headline: 'Harbour bridge to open before winter',
  publisher: 'The Tidewater Ledger',
  published: { date: '2021-03-02', basis: 'front-matter' },
  permalink: 'https://example.org/articles/bridge-story/#q3'
}

describe('citationText', () => {
  it('should say who, where, when, the words and the permalink, leaving the date of access to be filled in', () => {
    assert.equal(
      citationText(citation),
      'Ines Varga, quoted in “Harbour bridge to open before winter,” The Tidewater Ledger 2 March 2021: “The bridge will be finished before the winter floods” https://example.org/articles/bridge-story/#q3. Accessed [date accessed].'
    )
  })
  it('should say "not before" for a lower bound, "n.d." for no date, and name no speaker where none is given', () => {
    const text = citationText({ ...citation, speaker: null, publisher: undefined, published: { date: '2021-03', basis: 'not-before' } }, '2 December 2026')
    assert.equal(text, 'Unattributed quote in “Harbour bridge to open before winter,” not before March 2021: “The bridge will be finished before the winter floods” https://example.org/articles/bridge-story/#q3. Accessed 2 December 2026.')
    assert.match(citationText({ ...citation, published: null }), /The Tidewater Ledger n\.d\.:/)
  })
})

describe('bibtexEntry', () => {
  it('should write the article as the work, the speaker and words in the note, and escape what BibTeX would read as commands', () => {
    const entry = bibtexEntry({ ...citation, words: 'We gave 100% & then {more}' }, '2026-12-02')
    assert.match(entry, /^@misc\{bridge-story:q3,\n/)
    assert.match(entry, /  title = \{Harbour bridge to open before winter\},\n/)
    assert.match(entry, /  year = \{2021\},\n  month = \{mar\},\n/)
    assert.match(entry, /  note = \{Ines Varga, quoted: “We gave 100\\% \\& then \\\{more\\\}”\}\n\}\n$/)
  })
})

describe('cslItem', () => {
  it('should give the date parts only for a date the article states', () => {
    assert.deepEqual(cslItem(citation, '2026-12-02').issued, { 'date-parts': [[2021, 3, 2]] })
    assert.equal(cslItem({ ...citation, published: { date: '2021-03', basis: 'not-before' } }, '2026-12-02').issued, undefined)
    assert.deepEqual(cslItem(citation, '2026-12-02').accessed, { 'date-parts': [[2026, 12, 2]] })
  })
})
