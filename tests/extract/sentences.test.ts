import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { maxSentenceLength, splitSentences } from '../../src/extract/sentences.ts'

const split = (text: string) => splitSentences(text, 0, text.length).map((range) => text.slice(range.start, range.end))

describe('splitSentences', () => {
  it('should split at full stops before a capital', () => assert.deepEqual(split('One here. Two there.'), ['One here.', 'Two there.']))
  it('should not split after an abbreviation or an initial', () => {
    assert.deepEqual(split('Mr. Smith met Gen. Lee in the U.S. Capitol. J. Doe left.'), ['Mr. Smith met Gen. Lee in the U.S. Capitol.', 'J. Doe left.'])
  })
  it('should split before a sentence that opens with a quote mark', () => {
    assert.deepEqual(split('He said so. “Yes,” she said.'), ['He said so.', '“Yes,” she said.'])
  })
})

describe('run-on text', () => {
  it('should cut a stretch with no sentence ends into pieces of bounded length, losing nothing', () => {
    const text = 'and then they said yes; '.repeat(500)
    const pieces = splitSentences(text, 0, text.length)
    assert.ok(pieces.length > 1)
    for (const piece of pieces) assert.ok(piece.end - piece.start <= maxSentenceLength)
    // Between pieces there is only white space.
    const gaps = pieces.slice(1).map((piece, index) => text.slice(pieces[index]?.end, piece.start))
    assert.ok(gaps.every((gap) => gap.trim() === ''))
    assert.equal(pieces[0]?.start, 0)
    assert.equal(pieces.at(-1)?.end, text.length)
  })
  it('should cut at a clause mark rather than inside a clause', () => {
    const text = `${'word '.repeat(150)}end of clause; ${'more '.repeat(150)}`
    const [first] = splitSentences(text, 0, text.length)
    assert.ok(first && text.slice(first.start, first.end).endsWith('clause;'))
  })
  it('should leave a long sentence under the limit whole', () => {
    const text = `The council, which met ${'for a long time and '.repeat(30)}then voted, passed it.`
    assert.equal(text.length < maxSentenceLength, true)
    assert.equal(splitSentences(text, 0, text.length).length, 1)
  })
})
