import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findMentions } from '../../../src/extract/rules/mentions.ts'
import { wordsOf } from '../../../src/extract/words.ts'

const mentions = (text: string) => findMentions(wordsOf(text), text).map((mention) => ({ type: mention.type, name: mention.name, category: mention.category, ...(mention.title ? { title: mention.title } : {}) }))

describe('findMentions', () => {
  it('should find a mention opening on a lower-case word of each kind inside a sentence, not only at its start', () => {
    const opening = (text: string) => findMentions(wordsOf(text), text).map((mention) => ({ name: mention.name, from: text.slice(mention.start, mention.end), ...(mention.title ? { title: mention.title } : {}) }))
    assert.deepEqual(opening('On Monday, hundreds of striking dockers marched.'), [{ name: 'striking dockers', from: 'hundreds of striking dockers' }])
    assert.deepEqual(opening('Later this spokeswoman said no.'), [{ name: 'spokeswoman', from: 'this spokeswoman' }])
    assert.deepEqual(opening('Then french officials said no.'), [{ name: 'french officials', from: 'french officials' }])
    assert.deepEqual(opening('The ferry runs, press release says.'), [{ name: 'press release', from: 'press release' }])
    assert.deepEqual(opening('The deal, said dr Lena Varga, was done.'), [{ name: 'Lena Varga', from: 'dr Lena Varga', title: 'dr' }])
    assert.deepEqual(opening('Later, inspectors said no.'), [{ name: 'inspectors', from: 'inspectors' }])
    assert.deepEqual(opening('Then someone shouted.'), [{ name: 'someone', from: 'someone' }])
    assert.deepEqual(opening('Then somebody shouted.'), [{ name: 'somebody', from: 'somebody' }])
    assert.deepEqual(opening('The ferry was late and ran slowly.'), [])
  })
  it('should split a title from a name', () => {
    assert.deepEqual(mentions('Russian Defense Minister Sergei Petrov arrived'), [{ type: 'name', name: 'Sergei Petrov', category: 'person', title: 'Russian Defense Minister' }])
  })
  it('should make a party, or a chamber and its party, before a full name its title', () => {
    assert.deepEqual(mentions('House Republican Tomas Veld spoke'), [{ type: 'name', name: 'Tomas Veld', category: 'person', title: 'House Republican' }])
    assert.deepEqual(mentions('Democrat Ana Ruiz spoke'), [{ type: 'name', name: 'Ana Ruiz', category: 'person', title: 'Democrat' }])
  })
  it('should keep a party word that a single name follows, or that is the whole name', () => {
    assert.deepEqual(mentions('Independent Lee spoke'), [{ type: 'name', name: 'Independent Lee', category: 'unknown' }])
    assert.deepEqual(mentions('the Democratic Party spoke').map((mention) => mention.name), ['Democratic Party'])
  })
  it('should not make a span of time that opens a sentence a name', () => {
    assert.deepEqual(mentions('Hours later, she left').map((mention) => mention.name), ['she'])
    assert.deepEqual(mentions('They met at Days Inn').map((mention) => mention.name), ['they', 'Days Inn'])
  })
  it('should keep an office with "of" in the title', () => {
    assert.deepEqual(mentions('Secretary of State Jane Doe spoke'), [{ type: 'name', name: 'Jane Doe', category: 'person', title: 'Secretary of State' }])
  })
  it('should keep an office with "for" and its capitalised domain in the title, British style', () => {
    assert.deepEqual(mentions('Minister for Transport Ines Moreau spoke'), [{ type: 'name', name: 'Ines Moreau', category: 'person', title: 'Minister for Transport' }])
    assert.deepEqual(mentions('the MP for Harbor West spoke').map((mention) => mention.name), ['MP for Harbor West'])
  })
  it('should join a name over "for" but join no title to a given name', () => {
    assert.deepEqual(mentions('the Center for Harbor Studies spoke').map((mention) => mention.name), ['Center for Harbor Studies'])
    assert.deepEqual(mentions('she thanked the Lord for Omar Diallo').map((mention) => mention.name), ['she', 'Lord', 'Omar Diallo'])
  })
  it('should read "One" and a noun for someone opening a sentence as a description, not a time or a share', () => {
    assert.deepEqual(mentions('One attendee, who asked not to be named, spoke').map((mention) => mention.name), ['attendee'])
    assert.deepEqual(mentions('One winter, the harbour froze').map((mention) => mention.name), [])
    assert.deepEqual(mentions('One quarter of the dockers spoke').map((mention) => mention.name), [])
  })
  it('should read any noun for someone before a given name and a surname as a title, listed or not', () => {
    assert.deepEqual(mentions('Striker Tom Vell scored twice'), [{ type: 'name', name: 'Tom Vell', category: 'person', title: 'Striker' }])
    assert.deepEqual(mentions('Comedian Ines Moreau spoke'), [{ type: 'name', name: 'Ines Moreau', category: 'person', title: 'Comedian' }])
  })
  it('should keep a given name in -er before another given name in the name', () => {
    assert.deepEqual(mentions('Jennifer Ann Moreau spoke').map((mention) => mention.name), ['Jennifer Ann Moreau'])
  })
  it('should close the gap in "al- Name"', () => {
    assert.deepEqual(mentions('Walid al- Hakim told'), [{ type: 'name', name: 'Walid al-Hakim', category: 'unknown' }])
  })
  it('should end a description at a connective or a pronoun', () => {
    assert.deepEqual(mentions('their identity as presidential candidates').filter((mention) => /identity/.test(mention.name)), [])
    assert.deepEqual(mentions('the crowd booed when he spoke'), [{ type: 'pronoun', name: 'he', category: 'unknown' }])
  })
  it('should not join a person to the place after “of”', () => {
    assert.deepEqual(mentions('Marek Voss of Ohio spoke'), [{ type: 'name', name: 'Marek Voss', category: 'unknown' }, { type: 'name', name: 'Ohio', category: 'place' }])
    assert.deepEqual(mentions('the University of Texas spoke'), [{ type: 'name', name: 'University of Texas', category: 'organization' }])
  })
  it('should read an unnamed official as a description', () => {
    assert.deepEqual(mentions('a senior Syrian official said'), [{ type: 'description', name: 'senior Syrian official', category: 'anonymous' }])
  })
  it('should take the last role noun as the head', () => {
    assert.deepEqual(mentions('The Information Ministry official said'), [{ type: 'description', name: 'Information Ministry official', category: 'anonymous' }])
  })
  it('should read a document as a description', () => {
    assert.deepEqual(mentions('the leaked memo said'), [{ type: 'description', name: 'leaked memo', category: 'document' }])
  })
  it('should know an organisation by its last word', () => {
    assert.deepEqual(mentions('the State Department said'), [{ type: 'name', name: 'State Department', category: 'organization' }])
  })
  it('should not take a place or a sentence-opening word for a person', () => {
    assert.deepEqual(mentions('However, Saudi Arabia said'), [{ type: 'name', name: 'Saudi Arabia', category: 'place' }])
  })
  it('should give a lower-case role before a name as its title', () => {
    assert.deepEqual(mentions('spokesman Josh Lee said'), [{ type: 'name', name: 'Josh Lee', category: 'person', title: 'spokesman' }])
  })
})
