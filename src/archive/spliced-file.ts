/**
 * A file written from a thread of its own, from parts: text made by the
 * build, or ranges of bytes taken from an earlier file (the site being
 * replaced). A rebuild's API is mostly the previous site's bytes again, about
 * 230 MB at 10,000 articles; copied from the build's thread, the copying
 * waited for the build's other work and the build for the copying (about
 * 1.5 s of a 20 s rebuild). Here the build only says what goes where, and
 * goes on while the thread writes.
 */
import { Worker } from 'node:worker_threads'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { onInterrupt } from './write.ts'

/** A part of a spliced file: text, or the bytes from `from` up to `to` of the file it is spliced from. */
export type FilePart = string | ByteRange
export interface ByteRange {
  from: number
  to: number
}

/** Hands the thread the next part of a file; waits only while the thread is far behind. */
export type Put = (part: FilePart) => Promise<void>

/** Characters of text held before they go to the thread: few messages, and none that grows with the archive. */
const charactersPerMessage = 1 << 20
/** Characters of text the thread may be behind by before `put` waits for it: what it holds stays bounded when a build makes every part. */
const charactersBehind = 16 << 20

/**
 * Writes `file` (created or emptied, its folder made) from a thread, from the
 * parts `fill` puts, in order; ranges are read from `source`. Returns what
 * `fill` returns as soon as it has put every part, with `written`, which
 * resolves once the thread has written them all and closed the file. When
 * `fill` fails, the thread is ended before the failure is passed on.
 */
export async function writeSpliced<T>(file: string, source: string | undefined, fill: (put: Put) => Promise<T>): Promise<{ value: T; written: Promise<void> }> {
  const out = await splicedFile(file, source)
  try {
    const value = await fill(out.put)
    const written = out.end()
    // A failure is reported where `written` is waited for, however late.
    written.catch(() => undefined)
    return { value, written }
  } catch (error) {
    // Nothing may still be writing into the folder when a failed build removes it.
    await out.end().catch(() => undefined)
    throw error
  }
}

interface SplicedFile {
  put: Put
  /** Resolves once every part is written and the file closed; rejects if the thread failed. */
  end(): Promise<void>
}

/** Starts writing `file` from a thread. Adjacent ranges are copied as one, and text between ranges is written at once. */
async function splicedFile(file: string, source?: string): Promise<SplicedFile> {
  await mkdir(path.dirname(file), { recursive: true })
  // [0] is set to ask the thread to stop, [1] by the thread while it writes.
  const flags = new Int32Array(new SharedArrayBuffer(8))
  const worker = new Worker(spliceThread, { eval: true, workerData: { file, source, flags: flags.buffer } })
  const unregister = onInterrupt(() => {
    Atomics.store(flags, 0, 1)
    Atomics.wait(flags, 1, 1, 2000)
  })
  const finished = new Promise<void>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the thread writing ${file} stopped (exit code ${code})`))))
  }).finally(unregister)
  // Waited for by `end`; until then a failure is reported there, not as an unhandled rejection.
  finished.catch(() => undefined)
  let held: FilePart[] = []
  let heldCharacters = 0
  let behind = 0
  const caughtUp: Array<() => void> = []
  worker.on('message', (characters: number) => {
    behind -= characters
    if (behind <= charactersBehind) for (const resume of caughtUp.splice(0)) resume()
  })
  const send = (last: boolean) => {
    worker.postMessage({ parts: held, last })
    behind += heldCharacters
    held = []
    heldCharacters = 0
  }
  return {
    async put(part: FilePart) {
      const last = held.length - 1
      const previous = held[last]
      if (typeof part === 'string' && typeof previous === 'string') held[last] = previous + part
      else if (typeof part !== 'string' && typeof previous === 'object' && previous.to === part.from) previous.to = part.to
      else held.push(typeof part === 'string' ? part : { ...part })
      if (typeof part !== 'string') return
      heldCharacters += part.length
      if (heldCharacters < charactersPerMessage) return
      send(false)
      if (behind > charactersBehind) await Promise.race([new Promise<void>((resume) => caughtUp.push(resume)), finished])
    },
    async end() {
      send(true)
      await finished
    }
  }
}

/** The code of `splicedFile`'s thread: plain CommonJS, so that it needs nothing compiled or loaded. */
const spliceThread = `
const { workerData, parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const { file, source } = workerData
const flags = new Int32Array(workerData.flags)
let out = -1
let from = -1
// Opened while the first message is written, once the stop flag is read: a thread stopped before then makes no file
// (made as the thread started, a file could land in a staging folder an interrupted build was removing).
function open() {
  if (out !== -1) return
  out = fs.openSync(file, 'w')
  if (source !== undefined) from = fs.openSync(source, 'r')
}
// Made at the first range: a thread that writes text alone never needs it.
let chunk
const stopped = () => Atomics.load(flags, 0) === 1
function writeAll(bytes, length) {
  for (let at = 0; at < length; ) at += fs.writeSync(out, bytes, at, length - at)
}
function copy(start, end) {
  chunk ??= Buffer.allocUnsafe(8 << 20)
  for (let at = start; at < end && !stopped(); ) {
    const read = fs.readSync(from, chunk, 0, Math.min(chunk.length, end - at), at)
    if (read === 0) throw new Error(source + ' is shorter than when the build began')
    writeAll(chunk, read)
    at += read
  }
}
parentPort.on('message', ({ parts, last }) => {
  // Set before the stop flag is read: a stop asked from now on waits for this message's writes to end.
  Atomics.store(flags, 1, 1)
  let characters = 0
  try {
    if (!stopped()) open()
    for (const part of parts) {
      if (stopped()) break
      if (typeof part === 'string') {
        const bytes = Buffer.from(part)
        writeAll(bytes, bytes.length)
        characters += part.length
      } else copy(part.from, part.to)
    }
  } finally {
    Atomics.store(flags, 1, 0)
    Atomics.notify(flags, 1)
  }
  // Asked to stop, the file is not whole: the thread ends as a failure.
  if (stopped()) process.exit(1)
  if (!last) return parentPort.postMessage(characters)
  fs.closeSync(out)
  if (from !== -1) fs.closeSync(from)
  parentPort.close()
})
`
