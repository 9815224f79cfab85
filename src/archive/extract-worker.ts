/** A worker thread of extraction: receives batches of files' bytes, answers with their results. */
import { parentPort } from 'node:worker_threads'
import { processArticle } from './process-article.ts'

parentPort?.on('message', (batch: Array<{ file: string; bytes: Uint8Array }>) => {
  parentPort?.postMessage(batch.map(({ file, bytes }) => processArticle(file, bytes)))
})
