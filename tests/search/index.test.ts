import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { indexSite, pack, unpack } from '../../src/search/index.ts'
import type { Shard } from '../../src/search/shards.ts'

const page = (words: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><p>${words}</p></main></body></html>`

/** A quote as a custom record: its words as they are (no closing punctuation, a mark that is not HTML), a filter, meta and a sort. */
const quoteRecord = { content: 'tolls < fares, for now', filters: { type: ['quote'], speaker: ['Ana Ruiz'] }, meta: { speaker: 'Ana Ruiz' }, sort: { date: '2020-04-02' } }

const shards: Shard[] = [
  {
    name: '2020',
    fingerprint: 'a',
    documents: [
      { url: '/articles/one/#q1', format: 'record', content: JSON.stringify(quoteRecord) },
      { url: '/articles/two/', format: 'page', content: page('a new ferry route opens') }
    ]
  },
  { name: 'other', fingerprint: 'b', documents: [{ url: '/actors/ana-ruiz/', format: 'page', content: page('Ana Ruiz') }] }
]

/** The JSON of each fragment Pagefind wrote into `folder`, by URL. */
async function fragments(folder: string): Promise<Map<string, { content: string; filters: unknown; meta: unknown }>> {
  const found = new Map<string, { url: string; content: string; filters: unknown; meta: unknown }>()
  const fragmentFolder = path.join(folder, 'fragment')
  for (const name of await readdir(fragmentFolder)) {
    // A fragment is gzip-compressed JSON after Pagefind's twelve-byte signature.
    const fragment = JSON.parse(gunzipSync(await readFile(path.join(fragmentFolder, name))).subarray(12).toString('utf8'))
    found.set(fragment.url, fragment)
  }
  return found
}

async function files(folder: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(path.relative(folder, path.join(entry.parentPath, entry.name)), (await readFile(path.join(entry.parentPath, entry.name))).toString('base64'))
  }
  return found
}

describe('pack and unpack', () => {
  it('should give back every document as it was, line breaks, quote marks and any script included', () => {
    const documents = [
      { url: '/articles/a/#q1', format: 'page' as const, content: '<p>“Line one,”\nshe said.\r\n\u2028Done</p>' },
      { url: '/actors/zoë/', format: 'record' as const, content: 'Zoë 李 🙂 "quoted" \\ back\u0000slash' },
      { url: '/empty/', format: 'page' as const, content: '' }
    ]
    const packed = pack({ outputPath: '/tmp/x', documents })
    assert.equal(packed.outputPath, '/tmp/x')
    assert.deepEqual([...unpack(packed.packed)], documents)
  })
})

describe('indexSite', () => {
  it('should write the same index for every shard from a worker thread as in this one, and report every document', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const progress: number[] = []
      const here = await indexSite(path.join(root, 'here'), shards, { inWorker: false })
      const there = await indexSite(path.join(root, 'there'), shards, { inWorker: true, onProgress: (done) => progress.push(done) })
      assert.deepEqual(here, { indexed: 2, reused: 0 })
      assert.deepEqual(there, { indexed: 2, reused: 0 })
      assert.deepEqual(await readdir(path.join(root, 'there', 'pagefind')), ['2020', 'other'])
      assert.ok((await readdir(path.join(root, 'there', 'pagefind', '2020'))).includes('pagefind-entry.json'))
      assert.deepEqual(await files(path.join(root, 'there')), await files(path.join(root, 'here')))
      assert.equal(progress.at(-1), 3)
      const quote = (await fragments(path.join(root, 'there', 'pagefind', '2020'))).get('/articles/one/#q1')
      assert.equal(quote?.content, 'tolls < fares, for now')
      assert.deepEqual(quote?.filters, quoteRecord.filters)
      assert.deepEqual(quote?.meta, quoteRecord.meta)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should take an unchanged shard from the previous site and index a changed or missing one again', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const before = path.join(root, 'before')
      await indexSite(before, shards, { inWorker: false })
      await rm(path.join(before, 'pagefind', 'other', 'pagefind-entry.json'))
      const third: Shard = { name: '2021', fingerprint: 'c', documents: [{ url: '/articles/three/', format: 'page', content: page('the bridge reopens') }] }
      const changed: Shard = { name: '2020', fingerprint: 'a2', documents: [...(shards[0]?.documents ?? []), { url: '/articles/four/', format: 'page', content: page('tolls rise') }] }
      const after = path.join(root, 'after')
      const previous = { folder: before, shards: { '2020': 'a', other: 'b', '2021': 'c' } }
      // '2020' changed, 'other' unchanged but its index incomplete, '2021' new: nothing to reuse.
      assert.deepEqual(await indexSite(after, [changed, shards[1] as Shard, third], { inWorker: true, previous }), { indexed: 3, reused: 0 })
      const again = path.join(root, 'again')
      const recorded = { folder: after, shards: { '2020': 'a2', other: 'b', '2021': 'c' } }
      assert.deepEqual(await indexSite(again, [changed, shards[1] as Shard, { ...third, fingerprint: 'c2' }], { inWorker: true, previous: recorded }), { indexed: 1, reused: 2 })
      const entry = (folder: string, shard: string) => stat(path.join(folder, 'pagefind', shard, 'pagefind-entry.json'))
      // A reused shard's files are the previous site's, linked; the changed one is written anew.
      assert.equal((await entry(again, '2020')).ino, (await entry(after, '2020')).ino)
      assert.equal((await entry(again, 'other')).ino, (await entry(after, 'other')).ino)
      assert.notEqual((await entry(again, '2021')).ino, (await entry(after, '2021')).ino)
      assert.deepEqual(await files(path.join(again, 'pagefind', '2020')), await files(path.join(after, 'pagefind', '2020')))
      const fresh = path.join(root, 'fresh')
      await indexSite(fresh, [{ ...third, fingerprint: 'c2' }], { inWorker: false })
      assert.deepEqual(await files(path.join(again, 'pagefind', '2021')), await files(path.join(fresh, 'pagefind', '2021')))
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
