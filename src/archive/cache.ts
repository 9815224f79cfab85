/**
 * Extraction results cached by content: the key is a hash of the file's path,
 * its bytes and onrecord's own extraction code, so a changed article or a
 * changed extractor is extracted again and nothing else is.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { hashFolder } from './fingerprint.ts'
import { compiled, ownCode, packageRoot, sourceExtension, workerModule } from '../package-files.ts'
import type { FileResult } from './process-article.ts'

/**
 * A hash of the code extraction depends on, so that a new version of the
 * code misses the old entries, and a change to the site alone does not
 * extract everything again: under tsx the extraction sources; compiled, the
 * extraction worker's module and every chunk of the bundle it imports (the
 * in-thread extraction runs the same chunks, a module being in one chunk only).
 */
export async function codeVersion(): Promise<string> {
  const hash = createHash('sha256')
  if (compiled) {
    const entry = fileURLToPath(workerModule('src/archive/extract-worker.ts'))
    for (const file of await moduleClosure(entry)) hash.update(path.relative(packageRoot, file)).update('\0').update(await readFile(file)).update('\0')
    return hash.digest('hex').slice(0, 16)
  }
  for (const folder of ownCode('extract', 'read')) await hashFolder(hash, folder, (name) => name.endsWith(sourceExtension))
  for (const file of ['archive/process-article.ts', 'types.ts']) hash.update(await readFile(path.join(packageRoot, 'src', file)))
  return hash.digest('hex').slice(0, 16)
}

/** A relative module named by an import, a re-export or a dynamic import of bundled code. */
const relativeImport = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"'\s]+\.js)["']/g

/**
 * The compiled module `entry` and every module of the bundle it imports,
 * directly or not, sorted. What is not a file is left out: a string in the
 * code that reads like an import only makes the set larger, which makes a
 * fingerprint over it miss more often, never less.
 */
export async function moduleClosure(entry: string): Promise<string[]> {
  const found = new Set<string>()
  const waiting = [entry]
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (found.has(file) || !existsSync(file)) continue
    found.add(file)
    const code = await readFile(file, 'utf8')
    for (const match of code.matchAll(relativeImport)) waiting.push(path.resolve(path.dirname(file), match[1] ?? ''))
  }
  return [...found].sort()
}

export function cacheKey(version: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex')
}

export const cacheTagFile = 'CACHEDIR.TAG'
const cacheTag = 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by onrecord.\n# For information about cache directory tags, see https://bford.info/cachedir/\n'

export class ExtractionCache {
  private tagged?: Promise<void>
  /** The entries' folders made so far: each is made once, not once an entry. */
  private readonly made = new Set<string>()

  constructor(private readonly folder: string) {}

  /** The entry for `key`, read on this thread without waiting (as the article files are, see `readArticleBytesSync`). */
  get(key: string): FileResult | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as FileResult
    } catch {
      // No entry is a miss, and so is a torn entry from a killed build: never an error.
      return undefined
    }
  }

  async put(key: string, result: FileResult): Promise<void> {
    // The standard tag tells backup tools, and onrecord's own input listing, that this folder is a cache.
    this.tagged ??= mkdir(this.folder, { recursive: true }).then(() => writeFile(path.join(this.folder, cacheTagFile), cacheTag))
    await this.tagged
    const target = this.pathOf(key)
    const folder = path.dirname(target)
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true })
      this.made.add(folder)
    }
    // Written beside and renamed, so a reader never sees half an entry.
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(result))
    await rename(temporary, target)
  }

  private pathOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`)
  }
}
