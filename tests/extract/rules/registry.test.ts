import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { nameKey } from '../../../src/extract/rules/registry.ts'

describe('nameKey', () => {
  it('should fold case, possessives, "al-" and leading titles', () => {
    assert.equal(nameKey('Mr. Al- Hakim’s'), 'hakim')
    assert.equal(nameKey('Sen. Ana Ruiz'), 'ana ruiz')
  })
  it('should keep a surname that is also a title', () => {
    assert.equal(nameKey('Ruth Bishop'), 'ruth bishop')
    assert.equal(nameKey('Bishop'), 'bishop')
  })
  it('should give no key to an abbreviated title alone', () => {
    assert.equal(nameKey('Mr.'), '')
  })
})
