import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assignUniqueSlugs } from '../../src/archive/slugs.ts'
import { boundedSlug, maxSlugLength } from '../../src/extract/slug.ts'
import type { ArticleRecord } from '../../src/types.ts'

const record = (id: string, slug: string) => ({ id, slug }) as ArticleRecord

describe('assignUniqueSlugs', () => {
  it('should suffix clashing slugs in the order of ids, whatever the input order', () => {
    const records = [record('b', 'same'), record('a', 'same'), record('c', 'same'), record('d', 'other')]
    assignUniqueSlugs(records)
    assert.deepEqual(records.map((each) => [each.id, each.slug]), [['b', 'same-2'], ['a', 'same'], ['c', 'same-3'], ['d', 'other']])
  })
})

describe('assignUniqueSlugs with the slugs an earlier build gave', () => {
  it('should let a published article keep its slug when a new one with the same headline sorts before it', () => {
    const records = [record('a-new', 'same'), record('b-old', 'same')]
    assignUniqueSlugs(records, (each) => (each.id === 'b-old' ? 'same' : undefined))
    assert.deepEqual(records.map((each) => [each.id, each.slug]), [['a-new', 'same-2'], ['b-old', 'same']])
  })
  it('should keep a suffixed slug, and not give it to anyone else', () => {
    const records = [record('a', 'vote'), record('b', 'vote'), record('c', 'vote')]
    assignUniqueSlugs(records, (each) => ({ b: 'vote-3', c: 'vote' })[each.id])
    assert.deepEqual(records.map((each) => [each.id, each.slug]), [['a', 'vote-2'], ['b', 'vote-3'], ['c', 'vote']])
  })
  it('should drop an earlier slug once the headline, and so the slug, changed', () => {
    const records = [record('a', 'council-votes-yes')]
    assignUniqueSlugs(records, () => 'council-votes-no')
    assert.equal(records[0]?.slug, 'council-votes-yes')
  })
})

describe('boundedSlug', () => {
  it('should cut a long name between words, at most 80 characters', () => {
    const slug = boundedSlug('Alexandria '.repeat(20))
    assert.ok(slug.length <= maxSlugLength)
    assert.match(slug, /^(alexandria-)*alexandria$/)
  })
  it('should cut a single word longer than the limit at the limit', () => {
    assert.equal(boundedSlug('x'.repeat(300)).length, maxSlugLength)
  })
  it('should leave a short name whole, and give nothing for a script it cannot spell', () => {
    assert.equal(boundedSlug('Ana María Pérez'), 'ana-maria-perez')
    assert.equal(boundedSlug('新しい橋'), '')
  })
})
