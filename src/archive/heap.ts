/**
 * A build's heap, sized from its archive. Node lets its heap grow to about a
 * sixth of the machine's memory before it collects in earnest, and most of
 * what rendering holds at its peak is garbage (BENCHMARKS.md, "Memory", and
 * the nineteenth session). A limit can be set only for a new heap, so the
 * build runs in a worker thread given one; if the worker runs out of it
 * anyway, the build runs again in the main thread with Node's default.
 */
import { Worker } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
import { workerBootstrap } from '../package-files.ts'
import { interruptMessage } from './interrupt.ts'
import { clearLeftovers } from './write.ts'

/** What the user sets to choose the limit in MB, or 0 for Node's default heap. */
export const heapVariable = 'ONRECORD_HEAP_MB'

/** Below this a build's own code and libraries would not fit. */
const minimumMb = 1024
/** What the heap holds whatever the archive: the code, Eleventy, the templates. */
const baseMb = 256
/**
 * What the heap may hold for each article. The live heap peaked at 760 MB at
 * 10,000 articles and at 1,690 MB at 20,000, so each article costs about
 * 95 KB at that size. This leaves the collector about half as much again
 * at 10,000 articles (1,233 MB) and a third at 20,000 (2,209 MB); a larger
 * limit only lets garbage pile up (at 10,000 articles the build's thread
 * held 1.7 GB at its peak with 1,977 MB, 1.4 GB with 1,294).
 */
const kilobytesPerArticle = 100

/** The heap limit for a build of `articles` articles, in MB. */
export function heapLimitMb(articles: number): number {
  return Math.max(minimumMb, Math.ceil(baseMb + (articles * kilobytesPerArticle) / 1024))
}

/**
 * The limit a build of `articles` articles should run under, or undefined to
 * build in the main thread as it is: where Node was started with a limit
 * already, where the user chose one (`ONRECORD_HEAP_MB`, 0 for the default),
 * or where Node's default is no larger than the limit would be.
 */
export function chosenLimit(articles: number, environment: NodeJS.ProcessEnv = process.env, nodeArguments: readonly string[] = process.execArgv): number | undefined {
  const given = [...nodeArguments, ...(environment['NODE_OPTIONS'] ?? '').split(/\s+/)].some((argument) => argument.startsWith('--max-old-space-size'))
  if (given) return undefined
  const chosen = environment[heapVariable]
  if (chosen !== undefined && chosen !== '') return /^[1-9]\d*$/.test(chosen) ? Number(chosen) : undefined
  const limit = heapLimitMb(articles)
  return limit < getHeapStatistics().heap_size_limit / 1024 / 1024 ? limit : undefined
}

/** How a build in a worker thread ended: its exit status, or out of memory. */
export type WorkerBuild = { status: number } | { outOfMemory: true }

/**
 * Runs the command `argv` (a build into `output`) in a worker thread whose
 * heap is limited to `limitMb`, passing it Ctrl+C and SIGTERM. When the
 * worker's build failed, was interrupted or ran out of memory, what it left
 * (a staging folder, the lock) is cleared; out of memory, for the caller to
 * build again.
 */
export function buildInWorker(argv: readonly string[], limitMb: number, output: string): Promise<WorkerBuild> {
  const worker = new Worker(workerBootstrap('scripts/build-worker.ts'), {
    eval: true,
    workerData: { argv: [...argv], stderrIsTTY: process.stderr.isTTY === true },
    resourceLimits: { maxOldGenerationSizeMb: limitMb }
  })
  const pass = () => worker.postMessage(interruptMessage)
  process.on('SIGINT', pass)
  process.on('SIGTERM', pass)
  return new Promise((resolve, reject) => {
    let outOfMemory = false
    worker.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true
      else reject(error)
    })
    worker.once('exit', (code) => {
      process.off('SIGINT', pass)
      process.off('SIGTERM', pass)
      if (!outOfMemory && code === 0) return resolve({ status: code })
      // Writes the worker had started when its build failed or was stopped (Eleventy makes its folders as it
      // writes) may land after the worker cleared its staging folder and ended, remaking it; they have landed a
      // moment later.
      setTimeout(() => {
        clearLeftovers(output)
        resolve(outOfMemory ? { outOfMemory: true } : { status: code })
      }, 200)
    })
  })
}
