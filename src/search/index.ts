/**
 * The one place that talks to Pagefind. Each shard's documents (see
 * `shards.ts`) become a Pagefind index in `pagefind/<shard>/`; a shard whose
 * fingerprint the previous build recorded, with its files still there, is
 * taken from the previous site instead: its folder carried over whole at the
 * swap where the build can (see `write.ts`), its files linked otherwise.
 * Pagefind never reads the written pages, only these documents. Pagefind
 * reports failures in `errors` arrays rather than throwing; each is checked
 * here.
 */
import * as pagefind from 'pagefind'
import childProcess, { type ChildProcess } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { hashFolder, packageVersion } from '../archive/fingerprint.ts'
import { ownCode, workerBootstrap } from '../package-files.ts'
import { linkFiles, onInterrupt, type CarryOver } from '../archive/write.ts'
import { forEachConcurrently } from '../archive/concurrency.ts'
import { unpackDocuments, type IndexedDocument, type Shard } from './shards.ts'
import type { SearchRecord } from './documents.ts'

/** Shard name → fingerprint of the documents its index was made from. */
export type ShardFingerprints = Record<string, string>

export interface IndexOptions {
  /** The site the build replaces, and the shard fingerprints it recorded. */
  previous?: { folder: string; shards: ShardFingerprints }
  /** Takes an unchanged shard's folder whole from the previous site at the swap; without it, the shard's files are linked. */
  carryOver?: CarryOver
  /** Called as documents are indexed, with the count so far and the count to index. */
  onProgress?: (done: number, total: number) => void
  /** Whether Pagefind is driven from a worker thread; by default when there are 2,000 documents or more to index. */
  inWorker?: boolean
}

/**
 * What every shard's index depends on besides what its documents are made
 * of: Pagefind's version, how it is called here, and the code that makes the
 * documents (which reads the site's addresses and dates and the archive's
 * quotes; compiled, the whole bundle).
 */
export async function searchFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(await packageVersion('pagefind'))
  for (const folder of ownCode('search', 'site', 'archive', 'extract')) await hashFolder(hash, folder)
  return hash.digest('base64url')
}

/** Writes each shard's index to `folder/pagefind/<name>/`; returns how many were indexed and how many reused. */
export async function indexSite(folder: string, shards: readonly Shard[], options: IndexOptions = {}): Promise<{ indexed: number; reused: number }> {
  const { previous } = options
  const reusable = (shard: Shard) =>
    previous !== undefined && previous.shards[shard.name] === shard.fingerprint && existsSync(path.join(previous.folder, 'pagefind', shard.name, 'pagefind-entry.json'))
  const reused = shards.filter(reusable)
  const changed = shards.filter((shard) => !reused.includes(shard))
  const { carryOver } = options
  if (carryOver) for (const shard of reused) carryOver(path.join('pagefind', shard.name))
  // Indexing starts first: it needs the processor, linking mostly waits on the file system, so the two overlap.
  const [indexing, linking] = await Promise.allSettled([
    indexShards(folder, changed, options),
    previous && !carryOver ? linkShards(previous.folder, folder, reused) : Promise.resolve()
  ])
  if (indexing.status === 'rejected') throw indexing.reason
  if (linking.status === 'rejected') throw linking.reason
  return { indexed: changed.length, reused: reused.length }
}

/** Hard-links each of `shards`' index files from the site at `from` into the one at `to`. */
async function linkShards(from: string, to: string, shards: readonly Shard[]): Promise<void> {
  for (const shard of shards) {
    const source = path.join(from, 'pagefind', shard.name)
    const entries = await readdir(source, { recursive: true, withFileTypes: true })
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(source, path.join(entry.parentPath, entry.name)))
    await linkFiles(source, path.join(to, 'pagefind', shard.name), files)
  }
}

/**
 * Indexes `shards` into `folder/pagefind/`, from a worker thread when they
 * hold many documents. A worker is handed each shard's packed documents, which
 * leaves the shard's buffer empty here: a shard is indexed once.
 */
async function indexShards(folder: string, shards: readonly Shard[], options: IndexOptions): Promise<void> {
  if (shards.length === 0) return
  const handedOver = shards.find((shard) => shard.size > 0 && shard.packed.byteLength === 0)
  if (handedOver) throw new Error(`the documents of search shard ${handedOver.name} were handed to an index already`)
  const previousFolder = (shard: Shard) => (options.previous ? { previousPath: path.join(options.previous.folder, 'pagefind', shard.name) } : {})
  const jobs = shards.map((shard): PackedJob => ({ outputPath: path.join(folder, 'pagefind', shard.name), ...previousFolder(shard), packed: shard.packed }))
  const total = shards.reduce((sum, shard) => sum + shard.size, 0)
  let done = 0
  const added = (count = 1) => {
    done += count
    options.onProgress?.(done, total)
  }
  options.onProgress?.(done, total)
  if (options.inWorker ?? total >= workerThreshold) await indexInWorker(jobs, added)
  else {
    const unregister = onInterrupt(stopIndexing)
    try {
      await indexJobs(
        jobs.map(({ packed, ...job }) => ({ ...job, documents: unpackDocuments(packed) })),
        added
      )
    } finally {
      unregister()
    }
  }
}

/** Where a shard's index goes, and where the site being replaced has its index (whose files that come out the same are linked). */
interface IndexPlace {
  outputPath: string
  previousPath?: string
}

/** A shard to index: where its index goes, and its documents. */
export interface IndexJob extends IndexPlace {
  documents: Iterable<IndexedDocument>
}

/** A shard's documents packed in one buffer (`packDocuments`), which a worker thread takes without a copy. */
export interface PackedJob extends IndexPlace {
  packed: Uint8Array
}

/** What the index worker is sent: each shard's job, then the end; or, on Ctrl+C, to stop at once. */
export type IndexRequest = PackedJob | { end: true } | { stop: true }

/** What the index worker says: documents added, the end, or why it failed. */
export type IndexMessage = { added: number } | { done: true } | { error: string }

/** From this many documents on, Pagefind is driven from a worker thread. */
const workerThreshold = 2_000

/** Indexes each job's documents in turn, in this thread; `stopAsked` says, while the files are written, whether to stop. */
export async function indexJobs(jobs: Iterable<IndexJob> | AsyncIterable<IndexJob>, added: (count?: number) => void, stopAsked = () => false): Promise<void> {
  try {
    for await (const job of jobs) await indexShard(job, added, stopAsked)
  } finally {
    await pagefind.close()
  }
}

/** Ends Pagefind's process at once: closing it kills the process, which then writes nothing more. */
export function stopIndexing(): void {
  void pagefind.close()
}

/**
 * Indexes the jobs from a worker thread. Pagefind answers each document over
 * a pipe, and this thread, rendering pages meanwhile, would hear the answers
 * only between pages: measured at 10,000 articles, it indexed a twentieth of
 * the documents while the pages were rendered. The worker is sent every
 * shard at once, packed in a buffer it takes without a copy (as strings, the
 * documents would be held twice, here and there), so it never waits for this
 * thread.
 */
async function indexInWorker(jobs: readonly PackedJob[], added: (count?: number) => void): Promise<void> {
  // On Ctrl+C the worker is told to stop Pagefind, and this thread waits (it cannot await in a signal's handler) until it has.
  // [0] is set by the worker once stopped; [1] by this thread, read between the files the worker writes.
  const stopped = new Int32Array(new SharedArrayBuffer(8))
  const worker = new Worker(workerBootstrap('src/search/index-worker.ts'), { eval: true, workerData: { stopped: stopped.buffer } })
  const unregister = onInterrupt(() => {
    Atomics.store(stopped, 1, 1)
    worker.postMessage({ stop: true } satisfies IndexRequest)
    Atomics.wait(stopped, 0, 0, 2000)
  })
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: IndexMessage) => {
        if ('added' in message) added(message.added)
        else if ('error' in message) reject(new Error(message.error))
        else resolve()
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)))
      for (const job of jobs) worker.postMessage(job, [job.packed.buffer as ArrayBuffer])
      worker.postMessage({ end: true } satisfies IndexRequest)
    })
  } finally {
    unregister()
    await worker.terminate()
  }
}

/**
 * Documents handed to Pagefind before the first is answered. Its service
 * works on several at once, but handed one at a time it waits for each
 * answer: 18,000 documents took 14.8 s to add one at a time and
 * 8.6 s sixteen at a time, and its index files came out byte for byte the
 * same.
 */
const documentsInFlight = 16

async function indexShard(job: IndexJob, added: (count?: number) => void, stopAsked: () => boolean): Promise<void> {
  const created = await answered(watchedStart(() => pagefind.createIndex({ forceLanguage: 'en' })))
  const index = created.index
  if (!index || created.errors.length > 0) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
  await forEachConcurrently(job.documents, async (document) => {
    const file = await answered(addDocument(index, document))
    if (file.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${file.errors.join('; ')}`)
    added()
  }, documentsInFlight)
  const made = await answered(index.getFiles())
  if (made.errors.length > 0) throw new Error(`Pagefind could not make its index files: ${made.errors.join('; ')}`)
  writeBundle(job, made.files, stopAsked)
  // Each shard's index is let go once written, so memory holds one shard at a time. After a failure `indexJobs` ends the process, which lets go of all.
  await answered(index.deleteIndex())
}

/**
 * Writes a shard's index files into `place.outputPath`, one after another;
 * a file the previous index has with the same bytes (most of a shard's
 * fragments, named by their contents, when one document changed) is linked
 * from there instead. Pagefind writes its files itself from hundreds of
 * threads at once: at 10,000 articles, a rebuild's one shard of about 4,700
 * files kept them waiting on the folder's lock for several seconds of both
 * cores (BENCHMARKS.md, twenty-fourth session).
 */
export function writeBundle(place: IndexPlace, files: ReadonlyArray<{ path: string; content: Uint8Array }>, stopAsked: () => boolean = () => false): void {
  for (const folder of new Set(files.map((file) => path.dirname(path.join(place.outputPath, file.path))))) mkdirSync(folder, { recursive: true })
  for (const file of files) {
    // Asked to stop (Ctrl+C), the thread writes no more: the staging folder is being removed.
    if (stopAsked()) throw new Error('the search index was stopped')
    const target = path.join(place.outputPath, file.path)
    const source = place.previousPath === undefined ? undefined : path.join(place.previousPath, file.path)
    if (source === undefined || !sameBytes(source, file.content) || !linked(source, target)) writeFileSync(target, file.content)
  }
}

/** Whether `file` holds exactly `bytes` (false where there is no such file). */
function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return statSync(file).size === bytes.byteLength && readFileSync(file).equals(bytes)
  } catch {
    return false
  }
}

/** Hard-links `source` to `target`; false where the file system refuses (the file is then written). */
function linked(source: string, target: string): boolean {
  try {
    linkSync(source, target)
    return true
  } catch {
    return false
  }
}

/**
 * Pagefind's process as this thread last started it. Pagefind's Node API
 * starts its process on the first call after `close` and answers each call
 * when the process does, but it does not notice the process ending (a panic
 * on a full disk, the system ending it for want of memory): the answer never
 * comes, and a build would wait for ever. So the call that starts the
 * process watches it, and every call waits for its answer or for the
 * process's end, whichever comes first.
 */
const pagefindProcess: { ended: Error | undefined; onEnd: Promise<never> } = { ended: undefined, onEnd: new Promise<never>(() => undefined) }

/** `start()`, a call to Pagefind that may start its process, with the process it starts watched. */
function watchedStart<T>(start: () => Promise<T>): Promise<T> {
  const mutable = childProcess as unknown as { spawn: (...args: unknown[]) => ChildProcess }
  const spawn = mutable.spawn
  mutable.spawn = (...args) => {
    const started = spawn.apply(childProcess, args)
    pagefindProcess.ended = undefined
    pagefindProcess.onEnd = new Promise<never>((_, reject) =>
      started.once('exit', (code, signal) => {
        pagefindProcess.ended = new Error(`Pagefind's process ended (${signal ?? `exit code ${code}`}) before it answered`)
        reject(pagefindProcess.ended)
      })
    )
    // Its end matters only to a call still waiting; the process ends on `close` too.
    pagefindProcess.onEnd.catch(() => undefined)
    return started
  }
  try {
    return start()
  } finally {
    mutable.spawn = spawn
  }
}

/** A call to Pagefind's process: its answer, or a failure once the process has ended. */
function answered<T>(call: Promise<T>): Promise<T> {
  return pagefindProcess.ended ? Promise.reject(pagefindProcess.ended) : Promise.race([call, pagefindProcess.onEnd])
}

/** Hands Pagefind one document, as a page to read or as a custom record. */
function addDocument(index: pagefind.PagefindIndex, { url, format, content }: IndexedDocument) {
  if (format === 'page') return index.addHTMLFile({ url, content })
  const record = JSON.parse(content) as SearchRecord
  return index.addCustomRecord({ url, language: 'en', ...record })
}
