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
/** A definite description ("the clerk"), as the mention rules make it: its words after the determiner, its head noun last. */
function described(words: string): Mention {
  const mention: Mention = { type: 'description', start: offset, end: offset + words.length + 4, name: words, category: 'anonymous', head: words.split(' ').at(-1) ?? '', definite: true, plural: false, possessive: false, afterPreposition: false }
  offset += words.length + 5
  return mention
}

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
  it('should take a description for the one person whose title has all its words', () => {
    const registry = new Registry()
    const clerk = resolve(registry, named('Ida Brunt', 'female'))
    assert.ok(clerk)
    registry.addTitle(clerk, 'county clerk for Marion')
    assert.equal(resolve(registry, described('clerk')), clerk)
    assert.equal(resolve(registry, described('former county clerk')), clerk)
    assert.deepEqual([...clerk.titles], ['county clerk for Marion'])
    // "the court clerk": the title has no "court"; "the Marion clerk": words after "for" are no part of the role.
    assert.notEqual(resolve(registry, described('court clerk')), clerk)
    assert.notEqual(resolve(registry, described('Marion clerk')), clerk)
  })
  it('should take a description two titled people fit for neither', () => {
    const registry = new Registry()
    const first = resolve(registry, named('Ida Brunt', 'female'))
    const second = resolve(registry, named('Oren Falk', 'male'))
    assert.ok(first && second)
    registry.addTitle(first, 'clerk')
    registry.addTitle(second, 'deputy clerk')
    const clerk = resolve(registry, described('clerk'))
    assert.ok(clerk && clerk !== first && clerk !== second)
    assert.equal(resolve(registry, described('deputy clerk')), second)
  })
  it('should find the titled person a description means after thousands of other entries', () => {
    const registry = new Registry()
    for (let number = 1; number <= 5000; number += 1) resolve(registry, { ...named(`Exhibit ${number}`), category: 'document' })
    const judge = resolve(registry, named('Tova Lind', 'female'))
    assert.ok(judge)
    registry.addTitle(judge, 'presiding judge')
    for (let number = 1; number <= 5000; number += 1) assert.equal(resolve(registry, described('judge')), judge)
  })
  it('should take "another" for one more of whoever was just described, not of someone described long before', () => {
    const registry = new Registry()
    const another = (): Mention => {
      const mention: Mention = { type: 'description', start: offset, end: offset + 7, name: 'another', category: 'anonymous', head: '', definite: false, plural: false, possessive: false, afterPreposition: false }
      offset += 8
      return mention
    }
    for (let number = 1; number <= 3000; number += 1) resolve(registry, { ...named(`Exhibit ${number}`), category: 'document' })
    resolve(registry, { ...described('nurse'), definite: false })
    assert.equal(resolve(registry, another())?.name, 'another nurse')
    offset += 1000
    assert.equal(resolve(registry, another())?.name, 'another')
  })
})
