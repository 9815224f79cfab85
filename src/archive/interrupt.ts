/**
 * Ctrl+C and SIGTERM for a build, in the main thread or in the worker thread
 * a build may run in (see `heap.ts`). Signals reach only the main thread,
 * which passes them to the worker as a message.
 */
import { isMainThread, parentPort } from 'node:worker_threads'

/** The exit status of a build stopped by Ctrl+C or SIGTERM, as a shell gives a process SIGINT ended. */
export const interruptedStatus = 130

/** What the main thread sends a build's worker thread on SIGINT or SIGTERM. */
export const interruptMessage = 'onrecord:interrupt'

const handlers = new Set<() => void>()

/** Runs `handler` on Ctrl+C or SIGTERM, once; returns what stops listening. */
export function whenInterrupted(handler: () => void): () => void {
  if (!isMainThread) {
    handlers.add(handler)
    return () => handlers.delete(handler)
  }
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

/**
 * In a build's worker thread, from its start: an interrupt runs the handler
 * the build registered, or ends the thread at once where none is registered
 * yet, as a signal with no handler ends a process.
 */
export function listenForInterrupt(): void {
  parentPort?.on('message', (message) => {
    if (message !== interruptMessage) return
    const [handler] = handlers
    if (handler) handler()
    else process.exit(interruptedStatus)
  })
}
