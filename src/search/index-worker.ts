/**
 * A worker thread that drives Pagefind: takes each shard's packed documents
 * as they arrive, indexes the shards in turn, and reports its progress.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { indexJobs, stopIndexing, type IndexJob, type IndexMessage, type IndexRequest, type PackedJob } from './index.ts'
import { unpackDocuments } from './shards.ts'

/** Progress is reported in steps, not for every document. */
const step = 250

const queue: PackedJob[] = []
let ended = false
let wake: (() => void) | undefined

/** [0] set to 1 once Pagefind has been stopped, for the thread that asked and waits; [1] set by that thread as it asks. */
const stopped = new Int32Array((workerData as { stopped: SharedArrayBuffer }).stopped)

parentPort?.on('message', (request: IndexRequest) => {
  if ('stop' in request) {
    stopIndexing()
    Atomics.store(stopped, 0, 1)
    Atomics.notify(stopped, 0)
    return
  }
  if ('end' in request) ended = true
  else queue.push(request)
  wake?.()
})

/** The jobs in the order they arrive, until the end is announced. */
async function* arriving(): AsyncGenerator<IndexJob> {
  for (;;) {
    const next = queue.shift()
    if (next) {
      const { packed, ...place } = next
      yield { ...place, documents: unpackDocuments(packed) }
    }
    else if (ended) return
    else await new Promise<void>((resolve) => (wake = resolve))
  }
}

const say = (message: IndexMessage) => parentPort?.postMessage(message)
let pending = 0
const added = (count = 1) => {
  pending += count
  if (pending < step) return
  say({ added: pending })
  pending = 0
}
indexJobs(arriving(), added, () => Atomics.load(stopped, 1) === 1).then(
  () => {
    if (pending > 0) say({ added: pending })
    say({ done: true })
  },
  (error: unknown) => say({ error: error instanceof Error ? error.message : String(error) })
)
