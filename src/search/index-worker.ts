/** A worker thread that drives Pagefind: receives every shard's documents at once, indexes them in turn, and reports. */
import { parentPort } from 'node:worker_threads'
import { indexJobs, type IndexJob, type IndexMessage } from './index.ts'

/** Progress is reported in steps, not for every document. */
const step = 250

parentPort?.once('message', (jobs: IndexJob[]) => {
  const say = (message: IndexMessage) => parentPort?.postMessage(message)
  let pending = 0
  const added = (count = 1) => {
    pending += count
    if (pending < step) return
    say({ added: pending })
    pending = 0
  }
  indexJobs(jobs, added).then(
    () => {
      if (pending > 0) say({ added: pending })
      say({ done: true })
    },
    (error: unknown) => say({ error: error instanceof Error ? error.message : String(error) })
  )
})
