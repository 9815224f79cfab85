/**
 * Builds the output folder all at once: everything goes into a fresh staging
 * folder beside it, which replaces the old one only when complete. The old
 * folder is moved aside and the new one moved in, two renames a moment apart;
 * a build killed between them leaves the old site as `<output>.previous`,
 * which the next build (or `restorePrevious`) moves back before anything else.
 *
 * Folders the new site takes whole from the old one (a search shard that did
 * not change, thousands of files; an article's folder whose page and
 * originals did not) are carried over between those two renames, a rename
 * each, rather than linked file by file while the site is built and unlinked
 * with the old site. A journal beside the output, `<output>.carrying`, names
 * them first, so that a build killed while carrying them has them put back
 * into the old site.
 */
import { copyFile, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import path from 'node:path'
import { mapConcurrently } from './concurrency.ts'
import { acquireLock, isRunning } from './lock.ts'
import { interruptedStatus, whenInterrupted } from './interrupt.ts'
import { isReplaceable, siteMarkerFile, siteMarkerText, UnsafeOutputError } from './output-guard.ts'

export type OutputFiles = ReadonlyMap<string, string | Uint8Array>

/** Work that writes into a staging folder from elsewhere (Pagefind's process, threads), stopped before an interrupted build removes the folder. */
const stoppers = new Set<() => void>()

/**
 * Registers `stop`, run synchronously when a signal interrupts the build and
 * before the staging folder is removed: when it returns, nothing may write
 * into the folder any more. Returns what unregisters it.
 */
export function onInterrupt(stop: () => void): () => void {
  stoppers.add(stop)
  return () => stoppers.delete(stop)
}

/** Runs every registered `stop`: when it returns, nothing registered writes any more. */
export function stopWriters(): void {
  for (const stop of stoppers) stop()
}

/**
 * Asks for a folder of the site being replaced (a path relative to the site)
 * to be carried over into the new one whole at the swap. Until then the old
 * site keeps it, and the new one must not make a folder of that name.
 */
export type CarryOver = (folder: string) => void

/**
 * Of `folders` (each a page's own folder, relative to the site), those the
 * new site can take whole from the previous one: every file the new site has
 * in it (`files`) is one it takes unchanged (`taken`), and every file the
 * previous build made in it (`previous`) is one of those, so that the folder
 * as it is holds exactly what the new site would put in it. A folder inside
 * another that is taken goes with that one.
 */
export function wholeFolders(folders: Iterable<string>, files: Iterable<string>, taken: ReadonlySet<string>, previous: Iterable<string>): string[] {
  const holdsTaken = new Set<string>()
  const blocked = new Set<string>()
  const mark = (file: string, marks: Set<string>) => {
    for (const folder of foldersOf(file)) marks.add(folder)
  }
  for (const file of files) mark(file, taken.has(file) ? holdsTaken : blocked)
  for (const file of previous) if (!taken.has(file)) mark(file, blocked)
  const whole = new Set([...folders].filter((folder) => holdsTaken.has(folder) && !blocked.has(folder)))
  return [...whole].filter((folder) => !isWithin(folder, whole))
}

/** Whether `file` (a path relative to the site) lies inside one of `folders`. */
export function isWithin(file: string, folders: ReadonlySet<string>): boolean {
  for (const folder of foldersOf(file)) if (folders.has(folder)) return true
  return false
}

/** The folders a path relative to the site lies in, innermost first, the site itself left out. */
function* foldersOf(file: string): Generator<string> {
  for (let folder = path.posix.dirname(file); folder !== '.' && folder !== '/'; folder = path.posix.dirname(folder)) yield folder
}

/**
 * Runs `fill` on a staging folder, then swaps it in for `output`; one build at
 * a time. Returns what `fill` returns. The output must be replaceable (see
 * `output-guard.ts`); the staging folder starts with the marker that lets the
 * next build replace what this one made.
 */
export async function buildAtomically<T>(output: string, fill: (staging: string, carryOver: CarryOver) => Promise<T>): Promise<T> {
  const target = path.resolve(output)
  const parent = path.dirname(target)
  const lockFile = `${target}.lock`
  const stagingPrefix = ownStagingPrefix(target)
  let staging = ''
  const interrupted = () => {
    // Ctrl+C: leave the previous output as it was, and no staging folder or lock of ours behind.
    // A signal handler cannot wait for promises, so this clean-up is synchronous.
    try {
      // Pagefind, a process of its own, and threads may be writing into the staging folder: they are stopped first.
      stopWriters()
    } finally {
      clearLeftovers(output)
      process.exit(interruptedStatus)
    }
  }
  // Listening before the lock is taken and until it is given back leaves no moment when a signal strands it.
  const stopListening = whenInterrupted(interrupted)
  try {
    await mkdir(parent, { recursive: true })
    // Before the lock: on a full disk, what a killed build left may be what stops the lock being written.
    // A killed build's staging folder may hold folders it was carrying over from the site: they go back first.
    carryBackStranded(target)
    await removeStaleStaging(target)
    const release = await acquireLock(lockFile)
    try {
      await restorePrevious(target)
      const previous = `${target}.previous`
      await assertReplaceable(target)
      await assertReplaceable(previous)
      staging = path.join(parent, `${stagingPrefix}${randomBytes(6).toString('hex')}`)
      // mkdir, not mkdtemp: the site gets the usual permissions (0755 under a normal umask), not 0700.
      await mkdir(staging)
      await writeFile(path.join(staging, siteMarkerFile), siteMarkerText)
      const carried: string[] = []
      const carryOver = (folder: string) => {
        const relative = path.relative(target, pathIn(target, folder))
        if (relative === '') throw new Error('a build cannot carry over the whole site')
        carried.push(relative)
      }
      const result = await settlesOrFails(fill(staging, carryOver))
      await rm(previous, { recursive: true, force: true })
      swapIn(target, staging, carried)
      staging = ''
      await rm(previous, { recursive: true, force: true })
      return result
    } finally {
      // Writes a failed step had under way (Eleventy writes many pages at once) may land while the folder is removed,
      // which then tries again. A folder it still could not remove is the next build's to clear (`removeStaleStaging`):
      // never a reason to keep the lock, or to hide why the build failed.
      if (staging) await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }).catch(() => undefined)
      await release()
    }
  } finally {
    stopListening()
  }
}

/**
 * Moves the site at `target` aside as `<target>.previous` and `staging` in,
 * carrying `carried` over from the one to the other in between. Synchronous:
 * a signal cannot come between two of these renames, and on any failure the
 * carried folders go back and the previous site with them.
 */
function swapIn(target: string, staging: string, carried: readonly string[]): void {
  if (!existsSync(target)) {
    if (carried.length > 0) throw new Error(`${target} went away during the build, with the folders this build was to take from it`)
    renameSync(staging, target)
    return
  }
  const previous = `${target}.previous`
  const journal = carryingJournal(target)
  if (carried.length > 0) writeJournal(journal, JSON.stringify({ staging: path.basename(staging), folders: carried }))
  renameSync(target, previous)
  try {
    // Thousands of folders share a few parents (every article's is under `articles/`): each parent is made once.
    const parents = new Set<string>()
    for (const folder of carried) {
      const parent = path.dirname(path.join(staging, folder))
      if (!parents.has(parent)) mkdirSync(parent, { recursive: true })
      parents.add(parent)
      renameSync(path.join(previous, folder), path.join(staging, folder))
    }
    renameSync(staging, target)
  } catch (error) {
    // Should putting them back fail too, the journal stays for the next build to finish it.
    carryBack(previous, staging, carried)
    renameSync(previous, target)
    rmSync(journal, { force: true })
    throw error
  }
  rmSync(journal, { force: true })
}

/** The journal of a swap that carries folders over: the staging folder's name and the folders, written before the first is moved. */
function carryingJournal(target: string): string {
  return `${target}.carrying`
}

/**
 * Writes the journal whole or not at all (beside, then renamed into place):
 * a journal cut short by a full disk would stop every later build.
 */
function writeJournal(journal: string, text: string): void {
  const pending = `${journal}.${process.pid}`
  try {
    writeFileSync(pending, text)
    renameSync(pending, journal)
  } finally {
    rmSync(pending, { force: true })
  }
}

/** Moves each of `folders` that is in `staging` and no longer in `previous` back there. */
function carryBack(previous: string, staging: string, folders: readonly string[]): void {
  for (const folder of folders) {
    const [from, to] = [pathIn(staging, folder), pathIn(previous, folder)]
    if (!existsSync(from) || existsSync(to)) continue
    mkdirSync(path.dirname(to), { recursive: true })
    renameSync(from, to)
  }
}

/**
 * Puts back into `<output>.previous` the folders that a build killed while it
 * carried them over (SIGKILL, power loss) had moved into its staging folder,
 * as its journal names them. A swap runs without a pause, so a journal whose
 * builder still runs is that builder's, and left to it.
 */
function carryBackStranded(target: string): void {
  const journal = carryingJournal(target)
  if (!existsSync(journal)) return
  const stranded = strandedSwap(readJournal(journal), ownStagingPrefix(target, ''))
  if (!stranded) throw new Error(`${journal} is not a journal onrecord wrote; move it away`)
  if (isRunning(stranded.builder)) return
  if (!existsSync(target)) carryBack(`${target}.previous`, path.join(path.dirname(target), stranded.staging), stranded.folders)
  rmSync(journal, { force: true })
}

/** A journal's text, or '' for what cannot be read as one (a folder of that name). */
function readJournal(journal: string): string {
  try {
    return readFileSync(journal, 'utf8')
  } catch {
    return ''
  }
}

/** A carrying journal's content, when it is one: a staging folder's name (`prefix`, a process id, `-`, hex digits) and relative paths. */
function strandedSwap(text: string, prefix: string): { staging: string; builder: number; folders: string[] } | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const { staging, folders } = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const builder = typeof staging === 'string' && staging.startsWith(prefix) ? /^(\d+)-[0-9a-f]+$/.exec(staging.slice(prefix.length))?.[1] : undefined
  const paths = Array.isArray(folders) && folders.every((folder) => typeof folder === 'string')
  return builder !== undefined && paths ? { staging: staging as string, builder: Number(builder), folders } : undefined
}

/** Staging folders carry the builder's process id, so a signal can find this build's own; `builder` '' gives what every builder's starts with. */
function ownStagingPrefix(target: string, builder: string = `${process.pid}-`): string {
  return `.${path.basename(target)}-building-${builder}`
}

/**
 * Removes what a build of this process left for `output` when it stopped
 * before its end (interrupted, or its worker thread out of memory): its
 * staging folders and its lock. Synchronous, for a signal handler.
 */
export function clearLeftovers(output: string): void {
  const target = path.resolve(output)
  const parent = path.dirname(target)
  const lockFile = `${target}.lock`
  const stagingPrefix = ownStagingPrefix(target)
  try {
    for (const entry of readdirSync(parent)) if (entry.startsWith(stagingPrefix)) rmSync(path.join(parent, entry), { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
  } finally {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile, { force: true })
    rmSync(`${lockFile}.${process.pid}`, { force: true })
  }
}

/** Puts back an output a killed build had moved aside. */
export async function restorePrevious(output: string): Promise<void> {
  const target = path.resolve(output)
  const previous = `${target}.previous`
  carryBackStranded(target)
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}

/** Staging folders of builds that were killed: named by their builder's process id, which is no longer running. */
async function removeStaleStaging(target: string): Promise<void> {
  const parent = path.dirname(target)
  const prefix = ownStagingPrefix(target, '')
  for (const entry of await readdir(parent)) {
    const builder = entry.startsWith(prefix) ? /^(\d+)-/.exec(entry.slice(prefix.length))?.[1] : undefined
    if (builder !== undefined && !isRunning(Number(builder))) await rm(path.join(parent, entry), { recursive: true, force: true })
  }
}

async function assertReplaceable(folder: string): Promise<void> {
  if (!(await isReplaceable(folder))) throw new UnsafeOutputError(`${folder} holds files onrecord did not make; onrecord replaces only a folder it built or an empty one`)
}

/**
 * Waits for a build step, and fails it when it can no longer finish: when an
 * exception escapes a library's callback, or when nothing is left to run
 * while the step is still pending (a helper process died without answering,
 * as Pagefind's service does on a full disk). Either way the build ends as a
 * failure, with its staging folder and lock cleared, instead of a crash.
 */
async function settlesOrFails<T>(step: Promise<T>): Promise<T> {
  let onIdle = () => {}
  let onEscaped = (_error: unknown) => {}
  const stopped = new Promise<never>((_, reject) => {
    onIdle = () => reject(new Error('a step of the build stopped without finishing (a helper process ended early; see the messages above)'))
    onEscaped = (error) => reject(error instanceof Error ? error : new Error(String(error)))
  })
  process.on('beforeExit', onIdle)
  process.on('uncaughtException', onEscaped)
  process.on('unhandledRejection', onEscaped)
  try {
    return await Promise.race([step, stopped])
  } finally {
    process.off('beforeExit', onIdle)
    process.off('uncaughtException', onEscaped)
    process.off('unhandledRejection', onEscaped)
    // A step abandoned by a failure may reject later; the failure is already reported.
    step.catch(() => undefined)
  }
}

/** Writes files under `folder`, refusing any name that would land outside it. */
export async function writeFiles(folder: string, files: OutputFiles): Promise<void> {
  for (const [name, content] of files) await writeFile(await targetIn(folder, name), content)
}

/**
 * Text held before it goes to the file. A piece may be one citation of a few
 * hundred bytes, and a system call for each made the API's 110,000 citations
 * take seconds; held pieces are written together, and still no string grows
 * with the archive.
 */
const charactersPerWrite = 1 << 20

/**
 * Writes `file` (created or emptied) from the pieces `fill` gives, text or
 * bytes (a piece taken from an earlier file), in writes of about
 * `charactersPerWrite`.
 */
export async function writePieces(file: string, fill: (write: (piece: string | Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  const handle = await open(file, 'w')
  let held: Array<string | Uint8Array> = []
  let length = 0
  const flush = async () => {
    const bytes = held.every((piece) => typeof piece === 'string') ? held.join('') : Buffer.concat(held.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)))
    held = []
    length = 0
    // writeFile, unlike write, goes on until every byte is written.
    await handle.writeFile(bytes)
  }
  try {
    await fill(async (piece) => {
      held.push(piece)
      length += piece.length
      if (length >= charactersPerWrite) await flush()
    })
    if (length > 0) await flush()
  } finally {
    await handle.close()
  }
}

/** How a JSON array is laid out here, an item a line: what comes before the first item, between two, after the last, and for none. */
export const jsonArrayLayout = { open: '[\n', separator: ',\n', close: '\n]\n', empty: '[]\n' } as const

/** Items held before a write: enough to make few writes, never a string that grows with the archive. */
const itemsPerWrite = 500

/**
 * A JSON array given to `write` in pieces of at most `itemsPerWrite` items,
 * each item on a line of its own (indented by `space`, as JSON.stringify's
 * argument, when given); together the pieces are the array's JSON.
 */
export async function streamJsonArray(items: readonly unknown[], write: (text: string) => Promise<void>, space?: number): Promise<void> {
  const chunk: string[] = []
  for (const [index, item] of items.entries()) {
    chunk.push(`${index === 0 ? jsonArrayLayout.open : jsonArrayLayout.separator}${JSON.stringify(item, null, space)}`)
    if (chunk.length === itemsPerWrite) await write(chunk.splice(0).join(''))
  }
  chunk.push(items.length === 0 ? jsonArrayLayout.empty : jsonArrayLayout.close)
  await write(chunk.join(''))
}

/** Copies files (name in `folder` → source path). */
export async function copyFiles(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mapConcurrently([...files], async ([name, source]) => copyFile(source, await targetIn(folder, name)))
}

/**
 * Hard-links files (paths relative to both folders) from the previous site
 * into the new one. Nothing ever writes into a file once built, so the two
 * sites can share it. Where the file system refuses a link, the file is copied.
 */
export async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await inLinkThread(files.map((file) => [path.join(from, file), pathIn(to, file)] as const))
}

/**
 * Links each source to its target (or copies it where the file system
 * refuses a link), from a thread of its own, one file after another. A
 * rebuild links every unchanged page and search shard, about 100,000 files at
 * 10,000 articles. Made from this thread, each link waited for the build's
 * other work (the site data, the fingerprints: work that never awaits), and
 * the pages' links, which the build waits for, took 2 to 3 seconds.
 */
async function inLinkThread(targets: ReadonlyArray<readonly [string, string]>): Promise<void> {
  if (targets.length === 0) return
  // [0] is set to ask the thread to stop, [1] by the thread once it links no more.
  const flags = new Int32Array(new SharedArrayBuffer(8))
  const folders = [...new Set(targets.map(([, target]) => path.dirname(target)))]
  const worker = new Worker(linkThread, { eval: true, workerData: { folders, targets, flags: flags.buffer } })
  const unregister = onInterrupt(() => {
    Atomics.store(flags, 0, 1)
    Atomics.wait(flags, 1, 0, 2000)
  })
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject)
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the thread linking files stopped (exit code ${code})`))))
    })
  } finally {
    unregister()
  }
}

/** The code of `inLinkThread`'s thread: plain CommonJS, so that it needs nothing compiled or loaded. */
const linkThread = `
const { workerData } = require('node:worker_threads')
const fs = require('node:fs')
const { folders, targets } = workerData
const flags = new Int32Array(workerData.flags)
function link() {
  // Each folder made once: a search shard's tens of thousands of files share a few folders.
  for (const folder of folders) fs.mkdirSync(folder, { recursive: true })
  for (const [source, target] of targets) {
    if (Atomics.load(flags, 0) === 1) return
    try {
      fs.linkSync(source, target)
    } catch {
      fs.copyFileSync(source, target)
    }
  }
}
try {
  link()
} finally {
  Atomics.store(flags, 1, 1)
  Atomics.notify(flags, 1)
}
`

/** Where `name` goes under `folder`, its folder made. */
async function targetIn(folder: string, name: string): Promise<string> {
  const target = pathIn(folder, name)
  await mkdir(path.dirname(target), { recursive: true })
  return target
}

/** The path of `name` under `folder`, refusing any name that would land outside it. */
function pathIn(folder: string, name: string): string {
  const target = path.resolve(folder, name)
  const relative = path.relative(folder, target)
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`refusing to write outside the output folder: ${name}`)
  return target
}
