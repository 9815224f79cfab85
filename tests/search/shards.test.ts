import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { packDocuments, shardDocuments, shardPath, unpackDocuments, yearsPerShard, type Shard } from '../../src/search/shards.ts'
import type { SearchDocument } from '../../src/search/documents.ts'

/** `count` articles a year for each year from `first` to `last`, and `actors` actor documents. */
function archive(first: number, last: number, count: number, actors = 0): SearchDocument[] {
  const documents: SearchDocument[] = []
  for (let year = first; year <= last; year += 1) {
    for (let index = 0; index < count; index += 1) documents.push({ url: `/articles/${year}-${index}/`, format: 'page', content: `article ${year} ${index}`, year: String(year) })
  }
  for (let index = 0; index < actors; index += 1) documents.push({ url: `/actors/actor-${index}/`, format: 'page', content: `actor ${index}` })
  return documents
}

const names = (documents: readonly SearchDocument[], perShard: number) => shardDocuments(documents, perShard).map((shard) => shard.name)

/** The URLs of a shard's packed documents, in their order. */
const urlsIn = (shard: Shard | undefined) => [...unpackDocuments(shard?.packed ?? new Uint8Array())].map((document) => document.url)

describe('shardDocuments', () => {
  it('should keep a small archive in one shard', () => {
    assert.deepEqual(names(archive(2001, 2010, 10, 5), 500), ['all'])
  })
  it('should cut a large archive into ranges of a power of two of years, newest first', () => {
    // 100 a year and 250 a shard: 2.5 years wanted, so ranges of 4 years.
    assert.equal(yearsPerShard(archive(2001, 2010, 100), 250), 4)
    assert.deepEqual(names(archive(2001, 2010, 100), 250), ['2008-2011', '2004-2007', '2000-2003'])
  })
  it('should name a one-year range by its year', () => {
    assert.deepEqual(names(archive(2019, 2021, 100), 100), ['2021', '2020', '2019'])
  })
  it('should put actors and undated articles in a shard of their own, last', () => {
    const documents = [...archive(2001, 2010, 100, 30), { url: '/articles/undated/', format: 'page' as const, content: 'no date' }]
    const shards = shardDocuments(documents, 250)
    assert.deepEqual(shards.map((shard) => shard.name), ['2008-2011', '2004-2007', '2000-2003', 'other'])
    assert.deepEqual(urlsIn(shards.at(-1)).sort(), [...Array.from({ length: 30 }, (_, index) => `/actors/actor-${index}/`), '/articles/undated/'].sort())
  })
  it('should leave the older shards and the actors as they were when a new year begins', () => {
    const documents = archive(2001, 2010, 100, 30)
    const before = new Map(shardDocuments(documents, 250).map((shard) => [shard.name, shard.fingerprint]))
    const after = shardDocuments([...documents, { url: '/articles/new-year/', format: 'page' as const, content: 'new', year: '2012' }], 250)
    assert.deepEqual(after.filter((shard) => before.get(shard.name) !== shard.fingerprint).map((shard) => shard.name), ['2012-2015'])
  })
  it('should put every document in exactly one shard', () => {
    const documents = archive(1990, 2024, 37, 11)
    const placed = shardDocuments(documents, 300).flatMap(urlsIn)
    assert.deepEqual(placed.sort(), documents.map((document) => document.url).sort())
  })
  it('should change only the fingerprint of the shard whose documents changed', () => {
    const documents = archive(2001, 2010, 100)
    const before = shardDocuments(documents, 250)
    const changed = documents.map((document) => (document.url === '/articles/2005-3/' ? { ...document, content: 'edited' } : document))
    const after = shardDocuments(changed, 250)
    assert.deepEqual(
      after.map((shard, index) => shard.fingerprint === before[index]?.fingerprint),
      after.map((shard) => shard.name !== '2004-2007')
    )
  })
  it('should change a shard’s fingerprint when a document is handed to Pagefind another way', () => {
    const documents = archive(2001, 2010, 100)
    const before = shardDocuments(documents, 250)
    const asRecord = documents.map((document) => (document.url === '/articles/2005-3/' ? { ...document, format: 'record' as const } : document))
    const after = shardDocuments(asRecord, 250)
    assert.deepEqual(after.filter((shard, index) => shard.fingerprint !== before[index]?.fingerprint).map((shard) => shard.name), ['2004-2007'])
  })
  it('should give the same fingerprints for the same documents in the same order, and others for another order or another salt', () => {
    const documents = archive(2001, 2010, 100)
    const fingerprints = (list: SearchDocument[], salt = '') => shardDocuments(list, 250, salt).map((shard) => `${shard.name}:${shard.fingerprint}`)
    assert.deepEqual(fingerprints(archive(2001, 2010, 100)), fingerprints(documents))
    const reordered = fingerprints([...documents].reverse())
    assert.deepEqual(reordered.map((shard) => shard.split(':')[0]), fingerprints(documents).map((shard) => shard.split(':')[0]))
    assert.ok(reordered.every((shard) => !fingerprints(documents).includes(shard)))
    assert.notDeepEqual(fingerprints(documents, 'pagefind 2'), fingerprints(documents))
  })
  it('should keep the ranges when a new year brings its first article', () => {
    // 100 a year and 100 a shard: one year a shard; a year of one article must not make it two.
    const documents = archive(2001, 2010, 100)
    const grown = [...documents, { url: '/articles/first-of-2011/', format: 'page' as const, content: 'new', year: '2011' }]
    assert.equal(yearsPerShard(grown, 100), yearsPerShard(documents, 100))
    assert.deepEqual(names(grown, 100), ['2011', ...names(documents, 100)])
  })
  it('should keep the ranges when a year grows by a little', () => {
    const documents = archive(2001, 2010, 100)
    const grown = [...documents, ...Array.from({ length: 20 }, (_, index) => ({ url: `/articles/new-${index}/`, format: 'page' as const, content: 'new', year: '2010' }))]
    assert.deepEqual(names(grown, 250), names(documents, 250))
  })
})

describe('shardPath', () => {
  it('should place each shard in its own folder under /pagefind/', () => {
    assert.equal(shardPath({ name: '2016-2023' }), '/pagefind/2016-2023/')
  })
})

describe('packDocuments and unpackDocuments', () => {
  it('should give back every document as it was, line breaks, quote marks and any script included', () => {
    const documents = [
      { url: '/articles/a/#q1', format: 'page' as const, content: '<p>“Line one,”\nshe said.\r\n\u2028Done</p><script>alert(1)</script>' },
      { url: '/actors/zoë/', format: 'record' as const, content: 'Zoë 李 🙂 "quoted" \\ back\u0000slash' },
      { url: '/empty/', format: 'page' as const, content: '' }
    ]
    assert.deepEqual([...unpackDocuments(packDocuments(documents))], documents)
  })
  it('should keep the documents after a broken character apart, the character read as a replacement', () => {
    const documents = [
      { url: '/articles/a/', format: 'page' as const, content: 'half a pair \uD800 here' },
      { url: '/articles/b/', format: 'record' as const, content: 'whole' }
    ]
    assert.deepEqual([...unpackDocuments(packDocuments(documents))], [{ ...documents[0], content: 'half a pair \uFFFD here' }, documents[1]])
  })
  it('should pack a shard\'s documents in the order they were given', () => {
    const documents = archive(2001, 2001, 3).reverse()
    assert.deepEqual(
      urlsIn(shardDocuments(documents, 10)[0]),
      ['/articles/2001-2/', '/articles/2001-1/', '/articles/2001-0/']
    )
  })
})

describe('a shard made of what its documents are made of', () => {
  /** Documents whose content may not be read: it throws. */
  const recipes = (madeFrom: (index: number) => string) =>
    Array.from({ length: 6 }, (_, index): SearchDocument => ({
      url: `/articles/a${index}/`,
      format: 'page',
      madeFrom: madeFrom(index),
      year: String(2001 + (index % 3)),
      get content(): string {
        throw new Error(`content of a${index} read`)
      }
    }))
  it('should be fingerprinted without making any document\'s content', () => {
    assert.deepEqual(shardDocuments(recipes((index) => `record ${index}`), 2).map((shard) => shard.name), ['2003', '2002', '2001'])
  })
  it('should change the fingerprint of the shard whose document is made of something else, and only that one', () => {
    const before = shardDocuments(recipes((index) => `record ${index}`), 2)
    const after = shardDocuments(recipes((index) => (index === 4 ? 'record 4, edited' : `record ${index}`)), 2)
    // a4 is dated 2002.
    assert.deepEqual(after.filter((shard, index) => shard.fingerprint !== before[index]?.fingerprint).map((shard) => shard.name), ['2002'])
  })
  it('should tell a document made of a string from one whose content is that string', () => {
    const made: SearchDocument = { url: '/articles/x/', format: 'page', madeFrom: 'same words', content: 'other words' }
    const plain: SearchDocument = { url: '/articles/x/', format: 'page', content: 'same words' }
    assert.notEqual(shardDocuments([made]).at(0)?.fingerprint, shardDocuments([plain]).at(0)?.fingerprint)
  })
  it('should make a shard\'s content only when its packed documents are asked for, once', () => {
    let reads = 0
    const counted: SearchDocument = {
      url: '/articles/counted/',
      format: 'page',
      madeFrom: 'record counted',
      get content() {
        reads += 1
        return 'counted words'
      }
    }
    const [shard] = shardDocuments([counted])
    assert.equal(reads, 0)
    assert.deepEqual([...unpackDocuments(shard?.packed ?? new Uint8Array())].map((document) => document.content), ['counted words'])
    assert.equal(shard?.packed, shard?.packed)
    assert.equal(reads, 1)
  })
})
