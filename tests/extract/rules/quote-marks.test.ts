import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findQuoteSpans } from '../../../src/extract/rules/quote-marks.ts'

/** Each paragraph of `text` (split at blank lines) is a block. */
function quotes(text: string): string[] {
  const blocks: Array<{ start: number; end: number }> = []
  for (const match of text.matchAll(/[^\n]+/g)) blocks.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length })
  const spans = findQuoteSpans(text, blocks)
  for (const span of spans) assert.ok(span.start <= span.end)
  return spans.map((span) => text.slice(span.start, span.end))
}

describe('findQuoteSpans', () => {
  it('should find curly double quotes', () => assert.deepEqual(quotes('He said “we will win,” and left.'), ['we will win,']))
  it('should find straight double quotes', () => assert.deepEqual(quotes('"We will win," she said. "Soon."'), ['We will win,', 'Soon.']))
  it('should read two apostrophes as quote marks', () => assert.deepEqual(quotes("He called it ''a disaster'' on Monday."), ['a disaster']))
  it('should find single-quoted scare terms', () => assert.deepEqual(quotes('The so-called ‘moderate’ rebels and the \'peace\' plan.'), ['moderate', 'peace']))
  it('should not take apostrophes for quote marks', () => {
    assert.deepEqual(quotes('It’s the officials’ view that rock ’n’ roll and the ’90s don’t matter.'), [])
    assert.deepEqual(quotes("The members' anger had been building since the '90s."), [])
  })
  it('should keep a nested quote inside the outer one', () => {
    assert.deepEqual(quotes('“They told me ‘never again’ and I believed them,” she said.'), ['They told me ‘never again’ and I believed them,'])
  })
  it('should continue a quote into the next paragraph that re-opens it', () => {
    const found = findQuoteSpans('“First part.\n“Second part,” he said.', [{ start: 0, end: 12 }, { start: 13, end: 37 }])
    assert.deepEqual(found.map((span) => span.continuesPrevious), [false, true])
  })
  it('should run an unclosed quote to the end of its paragraph', () => {
    assert.deepEqual(quotes('He said “this never closes\nNext paragraph.'), ['this never closes'])
  })
  it('should find a quote split by its attribution as two quotes', () => {
    assert.deepEqual(quotes('“We tried,” he said, “and failed.”'), ['We tried,', 'and failed.'])
  })
  it('should find nothing in text without marks', () => assert.deepEqual(quotes('No quotes here at all.'), []))
  it('should read a curly mark that faces the wrong way from its place', () => {
    assert.deepEqual(quotes('“It is unusual,“ said Ana Ruiz. “It is hard to pull off.”'), ['It is unusual,', 'It is hard to pull off.'])
    assert.deepEqual(quotes('Ana Ruiz said ”we will win” and left.'), ['we will win'])
  })
  it('should still open a quote with a curly mark glued to the word before it', () => {
    assert.deepEqual(quotes('He said:“ We will win the vote.”'), ['We will win the vote.'])
  })
})
