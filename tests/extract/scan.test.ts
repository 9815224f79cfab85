import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { matchesOf } from '../../src/extract/scan.ts'

const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => [match.index, match[0]])

describe('matchesOf', () => {
  it('should find what matchAll finds, in order', () => {
    const text = 'The Ledger and the Harbor Post; the Ledger again.'
    const pattern = /[Tt]he\s+\p{Lu}\p{Ll}+/gu
    assert.deepEqual(found(matchesOf(pattern, text)), [[0, 'The Ledger'], [15, 'the Harbor'], [32, 'the Ledger']])
  })
  it('should leave out a match right after a letter, as a leading lookbehind does', () => {
    const text = 'The subgroup Vell and the group Ruiz met.'
    const pattern = /group\s+\p{Lu}/gu
    assert.deepEqual(found(matchesOf(pattern, text, /\p{L}$/u)), [[26, 'group R']])
  })
  it('should go on from the next character, finding a match that a rejected one overlaps', () => {
    // "the The Ledger" after a letter: the first "the The" is no match, the second "The Ledger" is.
    const text = 'Bathe The Ledger now.'
    const pattern = /[Tt]he\s+\p{Lu}\p{Ll}+/gu
    const lookbehind = /(?<!\p{L})[Tt]he\s+\p{Lu}\p{Ll}+/gu
    assert.deepEqual(found(matchesOf(pattern, text, /\p{L}$/u)), [[6, 'The Ledger']])
    assert.deepEqual(found(matchesOf(pattern, text, /\p{L}$/u)), found(text.matchAll(lookbehind)))
  })
  it('should read a letter outside the Basic Multilingual Plane before a match as one character', () => {
    const text = '𝐀group Vell, 😀group Ruiz'
    const pattern = /group\s+\p{Lu}/gu
    assert.deepEqual(found(matchesOf(pattern, text, /\p{L}$/u)), found(text.matchAll(/(?<!\p{L})group\s+\p{Lu}/gu)))
    assert.deepEqual(found(matchesOf(pattern, text, /\p{L}$/u)).map(([, value]) => value), ['group R'])
  })
  it('should step over a rejected match that opens on such a character whole', () => {
    const text = 'a😀 Vell, 😀 Ruiz'
    assert.deepEqual(found(matchesOf(/😀\s+\p{Lu}/gu, text, /\p{L}$/u)), [[10, '😀 R']])
  })
})
