import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import * as pagefind from 'pagefind'
import { indexSite, writeBundle } from '../../src/search/index.ts'
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
      // A reused shard's files are the previous site's, linked; so are those of one indexed again that come out the same.
      assert.equal((await entry(again, '2020')).ino, (await entry(after, '2020')).ino)
      assert.equal((await entry(again, 'other')).ino, (await entry(after, 'other')).ino)
      assert.equal((await entry(again, '2021')).ino, (await entry(after, '2021')).ino)
      assert.deepEqual(await files(path.join(again, 'pagefind', '2020')), await files(path.join(after, 'pagefind', '2020')))
      const fresh = path.join(root, 'fresh')
      await indexSite(fresh, [third('c2')], { inWorker: false })
      assert.deepEqual(await files(path.join(again, 'pagefind', '2021')), await files(path.join(fresh, 'pagefind', '2021')))
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should link from the previous index the files of a changed shard that come out the same, and write the others', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      const before = path.join(root, 'before')
      await indexSite(before, shards(), { inWorker: false })
      const grown = shard('2020', 'a2', [...documents2020, { url: '/articles/five/', format: 'page', content: page('a second ferry route') }])
      const after = path.join(root, 'after')
      await indexSite(after, [grown], { inWorker: true, previous: { folder: before, shards: { '2020': 'a', other: 'b' } } })
      const fresh = path.join(root, 'fresh')
      await indexSite(fresh, [shard('2020', 'a2', [...documents2020, { url: '/articles/five/', format: 'page', content: page('a second ferry route') }])], { inWorker: false })
      const shardFiles = (folder: string) => files(path.join(folder, 'pagefind', '2020'))
      // Byte for byte the index made without a previous one.
      assert.deepEqual(await shardFiles(after), await shardFiles(fresh))
      const inode = async (folder: string, file: string) => (await stat(path.join(folder, 'pagefind', '2020', file))).ino
      const previousFiles = await shardFiles(before)
      let linked = 0
      let written = 0
      for (const [file, bytes] of await shardFiles(after)) {
        const same = previousFiles.get(file) === bytes
        if (same) linked += 1
        else written += 1
        // A file is the previous one exactly when its bytes are.
        assert.equal((await inode(after, file)) === (previousFiles.has(file) ? await inode(before, file) : -1), same, file)
      }
      // The two unchanged documents' fragments at least are linked; the new document's fragment and the metadata are new.
      assert.ok(linked >= 2, `${linked} linked`)
      assert.ok(written >= 2, `${written} written`)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should write the files Pagefind itself would write', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-index-'))
    try {
      await indexSite(path.join(root, 'ours'), shards(), { inWorker: false })
      // Pagefind writing the same documents into its own folder.
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' })
      assert.ok(index)
      for (const { url, format, content } of documents2020) {
        if (format === 'page') await index.addHTMLFile({ url, content })
        else await index.addCustomRecord({ url, language: 'en', ...JSON.parse(content) })
      }
      await index.writeFiles({ outputPath: path.join(root, 'theirs') })
      await pagefind.close()
      assert.deepEqual(await files(path.join(root, 'ours', 'pagefind', '2020')), await files(path.join(root, 'theirs')))
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

describe('writeBundle', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  it('should link a file the previous index has with the same bytes, and write one that differs, is missing or has other bytes of the same length', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-bundle-'))
    try {
      const previousPath = path.join(root, 'previous')
      await mkdir(path.join(previousPath, 'fragment'), { recursive: true })
      await writeFile(path.join(previousPath, 'fragment', 'same.pf_fragment'), 'kept words')
      await writeFile(path.join(previousPath, 'entry.json'), '{"version":1}')
      await writeFile(path.join(previousPath, 'meta'), 'abcd')
      const outputPath = path.join(root, 'next')
      writeBundle({ outputPath, previousPath }, [
        { path: 'fragment/same.pf_fragment', content: bytes('kept words') },
        { path: 'entry.json', content: bytes('{"version":2}') },
        { path: 'meta', content: bytes('abce') },
        { path: 'index/new.pf_index', content: bytes('new words') }
      ])
      const inode = async (folder: string, file: string) => (await stat(path.join(folder, file))).ino
      assert.equal(await inode(outputPath, 'fragment/same.pf_fragment'), await inode(previousPath, 'fragment/same.pf_fragment'))
      assert.notEqual(await inode(outputPath, 'entry.json'), await inode(previousPath, 'entry.json'))
      assert.notEqual(await inode(outputPath, 'meta'), await inode(previousPath, 'meta'))
      assert.equal(await readFile(path.join(outputPath, 'entry.json'), 'utf8'), '{"version":2}')
      assert.equal(await readFile(path.join(outputPath, 'meta'), 'utf8'), 'abce')
      assert.equal(await readFile(path.join(outputPath, 'index', 'new.pf_index'), 'utf8'), 'new words')
      // The previous index is as it was.
      assert.equal(await readFile(path.join(previousPath, 'entry.json'), 'utf8'), '{"version":1}')
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should write every file where there is no previous index', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-bundle-'))
    try {
      writeBundle({ outputPath: path.join(root, 'next'), previousPath: path.join(root, 'none') }, [{ path: 'a/b/c.pf_fragment', content: bytes('words') }])
      assert.equal(await readFile(path.join(root, 'next', 'a', 'b', 'c.pf_fragment'), 'utf8'), 'words')
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
  it('should stop before the next file once asked to', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'onrecord-bundle-'))
    try {
      let asked = 0
      const outputPath = path.join(root, 'next')
      const files = ['one', 'two', 'three'].map((name) => ({ path: name, content: bytes(name) }))
      // Asked as the second file is about to be written.
      assert.throws(() => writeBundle({ outputPath }, files, () => ++asked >= 2), /the search index was stopped/)
      assert.deepEqual(await readdir(outputPath), ['one'])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
