import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { assignUniqueSlugs } from '../../src/archive/slugs.ts'
import type { ArticleRecord } from '../../src/types.ts'

const record = (id: string, slug: string) => ({ id, slug }) as ArticleRecord

describe('assignUniqueSlugs', () => {
  it('should suffix clashing slugs in the order of ids, whatever the input order', () => {
    const records = [record('b', 'same'), record('a', 'same'), record('c', 'same'), record('d', 'other')]
    assignUniqueSlugs(records)
    assert.deepEqual(records.map((each) => [each.id, each.slug]), [['b', 'same-2'], ['a', 'same'], ['c', 'same-3'], ['d', 'other']])
  })
})
