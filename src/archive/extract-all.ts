/**
 * Extracts every article under the given paths; a bad file becomes a problem,
 * never a stop. Results come from the cache when the file and the extractor
 * are unchanged; the rest are extracted on every core, in worker threads,
 * when there are enough of them to be worth the threads' start-up.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { workerBootstrap } from '../package-files.ts'
import { listArticles, readArticleBytesSync } from '../read/files.ts'
import { mapConcurrently } from './concurrency.ts'
import { processArticle, type FileResult } from './process-article.ts'
import { cacheKey, cacheTagFile, codeVersion, ExtractionCache } from './cache.ts'
import { digest } from './fingerprint.ts'
import { buildRecordFile, siteMarkerFile } from './output-guard.ts'
import { assignUniqueSlugs, type KeptSlug } from './slugs.ts'
import type { ArticleRecord, Problem } from '../types.ts'

export interface ExtractAllOptions {
  maxBytes?: number
  /** Folder of the extraction cache; none, no cache. */
  cacheFolder?: string
  /** Worker threads to use; by default one a core when there are enough articles. */
  workers?: number
  onProgress?: (done: number, total: number) => void
  /** The slug an earlier build gave an article, which it keeps. */
  keptSlug?: KeptSlug
}

interface Job {
  file: string
  bytes: Uint8Array
  key?: string
}

/** Files that mark a folder as onrecord's own output, never read as articles: a site (also one kept as `.previous`) and a cache. */
const generatedMarkers = [siteMarkerFile, buildRecordFile, cacheTagFile]

/** Below this many articles, starting threads costs more than it saves. */
const parallelThreshold = 200
const batchSize = 50

/** Files read in a row before the thread turns to its other work. */
const readsPerTurn = 100

/** The records, the problems, and for each web page's record the text its offsets point into. */
export interface Extracted {
  records: ArticleRecord[]
  problems: Problem[]
  texts: Map<ArticleRecord, string>
  /** For each record, a hash of the bytes its file held when it was read (`digest`): what its original is made of. */
  digests: Map<ArticleRecord, string>
  /**
   * With a cache, for each record a hash of what it was extracted from: its
   * file's path and bytes and the extraction code (its cache key). The same
   * hash, the same record as extraction made it.
   */
  extractedFrom: Map<ArticleRecord, string>
}

export async function extractAll(paths: readonly string[], options: ExtractAllOptions = {}): Promise<Extracted> {
  const { files, problems: listing } = await listArticles(paths, generatedMarkers)
  const cache = options.cacheFolder ? new ExtractionCache(options.cacheFolder) : undefined
  const version = cache ? await codeVersion() : ''
  const results = new Map<string, FileResult>()
  const digests = new Map<string, string>()
  const keys = new Map<string, string>()
  const jobs: Job[] = []
  const progress = () => options.onProgress?.(results.size, files.length)
  const readOne = (file: string): FileResult | Job => {
    const read = readArticleBytesSync(file, options.maxBytes)
    if (!read.ok) return { file, problems: [{ file, reason: read.reason, severity: 'error' }] }
    digests.set(file, digest(read.bytes))
    if (!cache) return { file, bytes: read.bytes }
    const key = cacheKey(version, file, read.bytes)
    keys.set(file, key)
    return cache.get(key) ?? { file, bytes: read.bytes, key }
  }
  for (const [index, file] of files.entries()) {
    const item = readOne(file)
    if ('bytes' in item) jobs.push(item)
    else results.set(item.file, item)
    // The files are read without waiting; between runs of them the thread takes its other work (a Ctrl+C, say).
    if (index % readsPerTurn === readsPerTurn - 1) await new Promise((resolve) => setImmediate(resolve))
  }
  progress()
  const workers = options.workers ?? (jobs.length >= parallelThreshold ? availableParallelism() : 0)
  const received = (result: FileResult): void => {
    results.set(result.file, result)
    progress()
  }
  // New results are stored a batch at a time as they come, while the workers go on: stored only after the
  // last batch, all of their writing was added to a cold build's time.
  let stored: Promise<void> = Promise.resolve()
  const store = (batch: readonly Job[], answers: readonly FileResult[]): void => {
    if (cache) stored = stored.then(() => storeAll(cache, batch, answers))
  }
  if (workers > 1) await inWorkers(jobs, workers, received, store)
  else {
    store(jobs, jobs.map((job) => {
      const result = processArticle(job.file, job.bytes)
      received(result)
      return result
    }))
  }
  await stored
  const ordered = files.map((file) => results.get(file)).filter((result): result is FileResult => result !== undefined)
  const records = ordered.flatMap((result) => (result.record ? [result.record] : []))
  assignUniqueSlugs(records, options.keptSlug)
  const problems: Problem[] = [...listing.map(({ file, reason }): Problem => ({ file, reason, severity: 'error' })), ...ordered.flatMap((result) => result.problems)]
  const texts = new Map(ordered.flatMap((result) => (result.record && result.text !== undefined ? [[result.record, result.text] as const] : [])))
  const byRecord = (byFile: ReadonlyMap<string, string>) =>
    new Map(records.flatMap((record) => {
      const value = byFile.get(record.file)
      return value === undefined ? [] : [[record, value] as const]
    }))
  return { records, problems, texts, digests: byRecord(digests), extractedFrom: byRecord(keys) }
}

/** Stores new results. The cache only saves time, so a failed write costs a later extraction, not this build. */
async function storeAll(cache: ExtractionCache, jobs: readonly Job[], results: readonly FileResult[]): Promise<void> {
  const pending = jobs.flatMap((job, index) => (job.key && results[index] ? [{ key: job.key, result: results[index] }] : []))
  await mapConcurrently(pending, ({ key, result }) => cache.put(key, result).catch(() => undefined))
}

/** Runs the jobs in `count` worker threads, in batches, handing each result and each batch on as it comes back. */
async function inWorkers(jobs: readonly Job[], count: number, onResult: (result: FileResult) => void, onBatch: (batch: readonly Job[], results: readonly FileResult[]) => void): Promise<void> {
  const batches: Job[][] = []
  for (let start = 0; start < jobs.length; start += batchSize) batches.push(jobs.slice(start, start + batchSize))
  const bootstrap = workerBootstrap('src/archive/extract-worker.ts')
  let next = 0
  const run = async (): Promise<void> => {
    const worker = new Worker(bootstrap, { eval: true })
    try {
      while (next < batches.length) {
        const index = next++
        const batch = batches[index] ?? []
        const answer = await new Promise<FileResult[]>((resolve, reject) => {
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.postMessage(batch.map(({ file, bytes }) => ({ file, bytes })))
        })
        worker.removeAllListeners('error')
        for (const result of answer) onResult(result)
        onBatch(batch, answer)
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: Math.min(count, batches.length) }, run))
}
