/**
 * What a build's outputs depend on besides their data: onrecord's own source
 * files and the versions of the tools that make the site. Fingerprints over
 * these let the extraction cache, page reuse and search shard reuse miss
 * whenever the code that made an output has changed.
 */
import { createHash, type Hash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** A hash of bytes or text (as UTF-8): the fingerprint of a file made of them, or of a part of pages given as its JSON. */
export function digest(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url')
}

/** Feeds every file under `folder` that `accept` takes, names and bytes, to `hash` in a stable order. */
export async function hashFolder(hash: Hash, folder: string, accept: (name: string) => boolean = () => true): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && accept(entry.name)).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort()
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(folder, file))).update('\0')
}

/** An installed package's version, found from its entry point (packages need not export their package.json). */
export async function packageVersion(name: string): Promise<string> {
  let folder = path.dirname(fileURLToPath(import.meta.resolve(name)))
  for (;;) {
    const manifest = await readFile(path.join(folder, 'package.json'), 'utf8').then((text) => JSON.parse(text) as { name?: string; version?: string }, () => undefined)
    if (manifest?.name === name) return manifest.version ?? 'unknown'
    const parent = path.dirname(folder)
    if (parent === folder) return 'unknown'
    folder = parent
  }
}
