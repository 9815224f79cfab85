/** Who speaks each quote: small articles in styles the seeds do not show. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { extractText } from '../../helpers.ts'

function quotes(body: string): Array<[string, string, string | null]> {
  const record = extractText(`A headline for the test\n\n${body}`)
  return record.quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null])
}

describe('speakers from cues', () => {
  it('should find the speaker after the quote', () => {
    assert.deepEqual(quotes('“We will rebuild,” Maria Lopez said.'), [['We will rebuild,', 'statement', 'Maria Lopez']])
  })
  it('should find an inverted speaker with an appositive', () => {
    assert.deepEqual(quotes('“Prices will rise,” said Tom Reed, an analyst at Northbank.'), [['Prices will rise,', 'statement', 'Tom Reed']])
  })
  it('should find the speaker before a colon', () => {
    assert.deepEqual(quotes('Ana Silva told reporters: “The vote is final.”'), [['The vote is final.', 'statement', 'Ana Silva']])
  })
  it('should look past an appositive between the name and the verb', () => {
    assert.deepEqual(quotes('“It is over,” Lena Park, the union’s general secretary, told the BBC.'), [['It is over,', 'statement', 'Lena Park']])
  })
  it('should credit the speaker named after "according to"', () => {
    assert.deepEqual(quotes('The plan is “dead in the water,” according to Sam Ortiz.'), [['dead in the water,', 'fragment', 'Sam Ortiz']])
  })
  it('should give a BBC-style "Mr Smith said" to the surname', () => {
    assert.deepEqual(quotes('Mr Smith said the deal was "a good start".'), [['a good start', 'fragment', 'Smith']])
  })
  it('should give a quote to the document quoted "as saying"', () => {
    assert.deepEqual(quotes('The paper quoted the memo as saying, “Costs must fall by half.”'), [['Costs must fall by half.', 'statement', 'memo']])
  })
})

describe('speakers through the discourse', () => {
  it('should give "he said" to the person the discourse is about, not to the last name seen', () => {
    assert.deepEqual(
      quotes('Asked whether Jane Roe had called, the official declined to comment.\n\n“I cannot answer that,” he said.'),
      [['I cannot answer that,', 'statement', 'official']]
    )
  })
  it('should give "she added" to a woman named earlier', () => {
    assert.deepEqual(
      quotes('“We are ready,” said Karen Holt, a spokeswoman for the agency.\n\n“Nothing has changed,” she added.'),
      [['We are ready,', 'statement', 'Karen Holt'], ['Nothing has changed,', 'statement', 'Karen Holt']]
    )
  })
  it('should continue the last speaker in a paragraph that is only a quote', () => {
    assert.deepEqual(
      quotes('“The river is rising,” said Omar Haddad.\n\n“We need more sandbags before nightfall.”'),
      [['The river is rising,', 'statement', 'Omar Haddad'], ['We need more sandbags before nightfall.', 'statement', 'Omar Haddad']]
    )
  })
  it('should make an unnamed official an anonymous speaker', () => {
    const record = extractText('Headline here\n\n“The talks are over,” a senior European diplomat said.')
    assert.equal(record.quotes[0]?.speaker?.name, 'senior European diplomat')
    assert.equal(record.actors.find((actor) => actor.id === record.quotes[0]?.speaker?.actorId)?.kind, 'anonymous')
  })
  it('should give a named person introduced by a description the quote', () => {
    assert.deepEqual(quotes('A spokeswoman for the ministry, Hana Ito, told the paper: “No decision has been made.”'), [['No decision has been made.', 'statement', 'Hana Ito']])
  })
  it('should never take a speaker from inside quoted words', () => {
    assert.deepEqual(quotes('“Ask John Smith, he said it first,” the mayor said.'), [['Ask John Smith, he said it first,', 'statement', 'mayor']])
  })
})

describe('quote kinds', () => {
  it('should call a short quote nobody speaks a scare quote', () => {
    assert.deepEqual(quotes('The so-called “peace dividend” never came.'), [['peace dividend', 'scare', null]])
  })
  it('should call quoted words inside reported speech a fragment', () => {
    assert.deepEqual(quotes('Ana Silva said the plan was “a betrayal of every promise we made”.'), [['a betrayal of every promise we made', 'fragment', 'Ana Silva']])
  })
  it('should keep a statement over three paragraphs, attributed at its end, as one speaker’s', () => {
    assert.deepEqual(
      quotes('“One.\n\n“Two.\n\n“Three,” said Leo Brandt.'),
      [['One.', 'statement', 'Leo Brandt'], ['Two.', 'statement', 'Leo Brandt'], ['Three,', 'statement', 'Leo Brandt']]
    )
  })
})
