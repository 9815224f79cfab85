/**
 * The classes of attribution error found by reading labelled news articles
 * (issue 13), each with small cases of its own, positive and negative, in
 * invented words and names.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { extractText } from '../helpers.ts'

function speakers(body: string): Array<[string, string | null]> {
  const record = extractText(`A headline for the test\n\n${body}`)
  return record.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])
}

describe('two apostrophes used as quote marks', () => {
  it('should read the cue right after the closing mark', () => {
    assert.deepEqual(speakers("Talks resumed.\n\n''We will win this,'' said Dana Ruiz, a lawyer for the tenants. ''It is only a matter of time.''"), [
      ['We will win this,', 'Dana Ruiz'],
      ['It is only a matter of time.', 'Dana Ruiz']
    ])
  })
  it('should not give the quote to someone named before it', () => {
    assert.deepEqual(speakers("Marta Lind chaired the meeting.\n\n''The budget is balanced at last,'' the treasurer, Omar Diallo, said."), [['The budget is balanced at last,', 'Omar Diallo']])
  })
})

describe('quotes whose paragraph breaks were lost', () => {
  it('should start a new quote at a straight mark after a sentence end and before a capital', () => {
    const record = extractText('A headline for the test\n\n"We doubled the fleet this year. "We will extend the routes next spring," said Ines Moreau, who runs the line.')
    assert.deepEqual(record.quotes.map((quote) => quote.text), ['We doubled the fleet this year.', 'We will extend the routes next spring,'])
  })
  it('should leave a closing straight mark after a full stop as it is', () => {
    const record = extractText('A headline for the test\n\nShe said "the work is done." Then she left.')
    assert.deepEqual(record.quotes.map((quote) => quote.text), ['the work is done.'])
  })
})
