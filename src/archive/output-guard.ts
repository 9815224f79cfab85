/**
 * Where a build may write. A build replaces its output folder whole, so the
 * output must be a folder onrecord made (it holds `.onrecord-site`), an empty
 * folder or nothing yet; never the input, a folder inside it or around it,
 * the root, the home folder or the working folder. Checked before any work,
 * so that a mistyped `--output` costs nothing.
 */
import { lstat, readdir, realpath } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'

/**
 * The file every site onrecord builds carries, saying so: the proof that a
 * folder may be replaced. (The build record proves it too, for sites built
 * before the marker; it may be deleted to make every page again.)
 */
export const siteMarkerFile = '.onrecord-site'
export const siteMarkerText = 'This folder is a site built by onrecord; the next build replaces it whole.\n'

/** The build record's file (see `build-record.ts`), named here so that this module, which `write.ts` uses, depends on no other of the build's. */
export const buildRecordFile = '.onrecord-build.json'

/** A build that must not start: the message says which folder and what to do. */
export class UnsafeOutputError extends Error {}

/** Throws an `UnsafeOutputError` when building into `output` could destroy something onrecord did not make. */
export async function checkOutput(output: string, inputs: readonly string[]): Promise<void> {
  const target = await realPathOf(output)
  const shown = JSON.stringify(output)
  const refuse = (why: string, what: string) => {
    throw new UnsafeOutputError(`--output ${shown} ${why}; ${what}`)
  }
  const elsewhere = 'give a folder of its own, such as _site'
  if (output.trim() === '') refuse('is empty', elsewhere)
  if (target === path.parse(target).root) refuse('is the root of the file system', elsewhere)
  if (target === (await realPathOf(homedir()))) refuse('is your home folder', elsewhere)
  if (contains(target, await realPathOf(process.cwd()))) refuse('is the working folder, or holds it', elsewhere)
  for (const input of inputs) {
    const source = await realPathOf(input)
    if (source === target) refuse('is the input folder, and a build would replace your articles', elsewhere)
    if (contains(target, source)) refuse(`holds the input ${JSON.stringify(input)}, and a build would replace your articles`, 'put the output beside the input')
    if (contains(source, target)) refuse(`is inside the input ${JSON.stringify(input)}, so its pages would be read back as articles`, 'put the output beside the input')
  }
  const kept = `${output}.previous`
  if (!(await isReplaceable(target))) refuse(`holds files onrecord did not make (it has no ${siteMarkerFile})`, 'onrecord replaces only a folder it built or an empty one: choose another folder, or empty this one yourself')
  if (!(await isReplaceable(await realPathOf(kept)))) {
    throw new UnsafeOutputError(`${JSON.stringify(kept)} is where onrecord keeps the previous site during a swap, and it holds files onrecord did not make: move it away`)
  }
}

/** Nothing there, an empty folder, or a folder onrecord built. */
export async function isReplaceable(folder: string): Promise<boolean> {
  const stats = await lstat(folder).catch(() => undefined)
  if (!stats) return true
  if (!stats.isDirectory()) return false
  const entries = await readdir(folder)
  return entries.length === 0 || entries.includes(siteMarkerFile) || entries.includes(buildRecordFile)
}

/** Whether `outer` is `inner` or one of its ancestors. */
function contains(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The real path of a file or folder, following symbolic links as far as they exist; the part not yet made is appended as written. */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file)
  const missing: string[] = []
  let existing = absolute
  for (;;) {
    const real = await realpath(existing).catch(() => undefined)
    if (real !== undefined) return path.join(real, ...missing.reverse())
    const parent = path.dirname(existing)
    if (parent === existing) return absolute
    missing.push(path.basename(existing))
    existing = parent
  }
}
