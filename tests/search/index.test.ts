import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { indexSite } from '../../src/search/index.ts'
import { packDocuments, unpackDocuments, type IndexedDocument, type Shard } from '../../src/search/shards.ts'

const page = (words: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><p>${words}</p></main></body></html>`

/** A quote as a custom record: its words as they are (no closing punctuation, a mark that is not HTML), a filter, meta and a sort. */
const quoteRecord = { content: 'tolls < fares, for now', filters: { type: ['quote'], speaker: ['Ana Ruiz'] }, meta: { speaker: 'Ana Ruiz' }, sort: { date: '2020-04-02' } }

const shard = (name: string, fingerprint: string, documents: IndexedDocument[]): Shard => ({ name, fingerprint, size: documents.length, packed: packDocuments(documents) })

const documents2020: IndexedDocument[] = [
  { url: '/articles/one/#q1', format: 'record', content: JSON.stringify(quoteRecord) },
  { url: '/articles/two/', format: 'page', content: page('a new ferry route opens') }
]

/** Two shards, made anew for each index: a worker takes a shard's documents. */
const shards = (): Shard[] => [shard('2020', 'a', documents2020), shard('other', 'b', [{ url: '/actors/ana-ruiz/', format: 'page', content: page('Ana Ruiz') }])]

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

describe('indexSite', () => {
  it('should write the same index for every shard from a worker thread as in this one, and report every document', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const progress: number[] = []
      const here = await indexSite(path.join(root, 'here'), shards(), { inWorker: false })
      const there = await indexSite(path.join(root, 'there'), shards(), { inWorker: true, onProgress: (done) => progress.push(done) })
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
      await indexSite(before, shards(), { inWorker: false })
      await rm(path.join(before, 'pagefind', 'other', 'pagefind-entry.json'))
      const third = (fingerprint: string) => shard('2021', fingerprint, [{ url: '/articles/three/', format: 'page', content: page('the bridge reopens') }])
      const changed = () => shard('2020', 'a2', [...documents2020, { url: '/articles/four/', format: 'page', content: page('tolls rise') }])
      const other = () => shards()[1] as Shard
      const after = path.join(root, 'after')
      const previous = { folder: before, shards: { '2020': 'a', other: 'b', '2021': 'c' } }
      // '2020' changed, 'other' unchanged but its index incomplete, '2021' new: nothing to reuse.
      assert.deepEqual(await indexSite(after, [changed(), other(), third('c')], { inWorker: true, previous }), { indexed: 3, reused: 0 })
      const again = path.join(root, 'again')
      const recorded = { folder: after, shards: { '2020': 'a2', other: 'b', '2021': 'c' } }
      assert.deepEqual(await indexSite(again, [changed(), other(), third('c2')], { inWorker: true, previous: recorded }), { indexed: 1, reused: 2 })
      const entry = (folder: string, shard: string) => stat(path.join(folder, 'pagefind', shard, 'pagefind-entry.json'))
      // A reused shard's files are the previous site's, linked; the changed one is written anew.
      assert.equal((await entry(again, '2020')).ino, (await entry(after, '2020')).ino)
      assert.equal((await entry(again, 'other')).ino, (await entry(after, 'other')).ino)
      assert.notEqual((await entry(again, '2021')).ino, (await entry(after, '2021')).ino)
      assert.deepEqual(await files(path.join(again, 'pagefind', '2020')), await files(path.join(after, 'pagefind', '2020')))
      const fresh = path.join(root, 'fresh')
      await indexSite(fresh, [third('c2')], { inWorker: false })
      assert.deepEqual(await files(path.join(again, 'pagefind', '2021')), await files(path.join(fresh, 'pagefind', '2021')))
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should hand a shard\'s documents to the worker, so that they are not held here, and refuse to index them twice', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const given = shards()
      await indexSite(path.join(root, 'first'), given, { inWorker: true })
      assert.deepEqual(given.map((each) => each.packed.byteLength), [0, 0])
      await assert.rejects(indexSite(path.join(root, 'second'), given, { inWorker: true }), /search shard 2020 were handed to an index already/)
      // Indexed in this thread, the documents stay where they are.
      const kept = shards()
      await indexSite(path.join(root, 'third'), kept, { inWorker: false })
      assert.deepEqual([...unpackDocuments(kept[0]?.packed ?? new Uint8Array())], documents2020)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should fail, not wait for ever, when Pagefind\'s process ends before it answers', { timeout: 60_000 }, async (context) => {
    const children = () => {
      try {
        return execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).split('\n').filter((line) => line !== '')
      } catch {
        return []
      }
    }
    if (process.platform !== 'linux') return context.skip('finding Pagefind\'s process here needs pgrep on Linux')
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const many = Array.from({ length: 3_000 }, (_, index): IndexedDocument => ({ url: `/articles/${index}/`, format: 'page', content: page(`the ferry of ${index} o'clock`) }))
      let ended = false
      const indexing = indexSite(path.join(root, 'site'), [shard('2020', 'a', many)], {
        inWorker: false,
        onProgress: (done, total) => {
          if (done < total || ended) return
          ended = true
          // While Pagefind writes the index, when nothing more is sent to it that would fail; indexed in this thread, its process is this one's only child.
          setTimeout(() => {
            for (const child of children()) process.kill(Number(child), 'SIGKILL')
          }, 50)
        }
      })
      await assert.rejects(indexing, /Pagefind's process ended \(SIGKILL\) before it answered/)
      assert.ok(ended)
      // The next index starts a process of its own.
      assert.deepEqual(await indexSite(path.join(root, 'again'), shards(), { inWorker: false }), { indexed: 2, reused: 0 })
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
