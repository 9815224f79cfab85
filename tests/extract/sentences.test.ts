import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { splitSentences } from '../../src/extract/sentences.ts'

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
