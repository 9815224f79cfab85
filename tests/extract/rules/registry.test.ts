import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { nameKey, Registry } from '../../../src/extract/rules/registry.ts'
import type { Gender, Mention } from '../../../src/extract/rules/mentions.ts'

let offset = 0
/** A name mention as the mention rules make it, at the next free offsets. */
function named(name: string, gender?: Gender): Mention {
  const mention: Mention = { type: 'name', start: offset, end: offset + name.length, name, category: 'person', definite: true, plural: false, possessive: false, afterPreposition: false }
  if (gender) mention.gender = gender
  offset += name.length + 1
  return mention
}
const resolve = (registry: Registry, mention: Mention) => registry.resolve(mention, mention.name)

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

describe('Registry', () => {
  it('should take a surname for the one person named in full with it', () => {
    const registry = new Registry()
    const full = resolve(registry, named('Ada Quist', 'female'))
    assert.equal(resolve(registry, named('Quist')), full)
    assert.equal(registry.isSurname('Quist'), true)
    assert.equal(registry.isSurname('Ada'), false)
  })
  it('should take a surname two people share for neither, naming both in the order of the text', () => {
    const registry = new Registry()
    const first = resolve(registry, named('Ada Quist'))
    const second = resolve(registry, named('Bram Quist'))
    const surname = resolve(registry, named('Quist'))
    assert.notEqual(surname, first)
    assert.notEqual(surname, second)
    assert.deepEqual(surname?.ambiguousWith, [first, second])
  })
  it('should take a full name that differs only by a doubled letter for the same person', () => {
    const registry = new Registry()
    const full = resolve(registry, named('Phillip Marrow'))
    assert.equal(resolve(registry, named('Philip Marow')), full)
    assert.notEqual(resolve(registry, named('Philip Morrow')), full)
  })
  it('should find an entry by a key given to it later, as an acronym is', () => {
    const registry = new Registry()
    const authority = resolve(registry, named('Kelby Port Authority'))
    assert.ok(authority)
    registry.addKey(authority, 'kpa')
    assert.equal(resolve(registry, named('KPA')), authority)
  })
  it('should still tell names apart after thousands of others', () => {
    const registry = new Registry()
    const full = resolve(registry, named('Ada Quist', 'female'))
    for (let number = 1; number <= 5000; number += 1) resolve(registry, { ...named(`Exhibit ${number}`), category: 'document' })
    assert.equal(registry.entries.length, 5001)
    assert.equal(resolve(registry, named('Quist')), full)
    assert.equal(resolve(registry, named('Exhibit 2500')), registry.entries[2500])
  })
})
