import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { latestOf } from '../../src/extract/lookback.ts'

describe('latestOf', () => {
  it('should give the latest item that fits', () => {
    assert.equal(latestOf([1, 2, 3, 4, 5], (item) => item % 2 === 0), 4)
    assert.equal(latestOf(['Ana', 'Bo', 'Cy'], (item) => item.startsWith('B')), 'Bo')
  })
  it('should give nothing when nothing fits, or the list is empty', () => {
    assert.equal(latestOf([1, 3, 5], (item) => item % 2 === 0), undefined)
    assert.equal(latestOf([], () => true), undefined)
  })
  it('should look back over the last thousand items only', () => {
    const items = Array.from({ length: 1500 }, (_, index) => index)
    assert.equal(latestOf(items, (item) => item === 500), 500)
    assert.equal(latestOf(items, (item) => item === 499), undefined)
  })
})
