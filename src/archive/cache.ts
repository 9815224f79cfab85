/**
 * Extraction results cached by content: the key is a hash of the file's path,
 * its bytes and onrecord's own extraction code, so a changed article or a
 * changed extractor is extracted again and nothing else is.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { hashFolder } from './fingerprint.ts'
import { compiled, ownCode, packageRoot, sourceExtension } from '../package-files.ts'
import type { FileResult } from './process-article.ts'

/**
 * A hash of the code extraction depends on, so that a new version of the
 * code misses the old entries: under tsx the extraction sources alone, so
 * that a change to the site does not extract everything again; compiled, the
 * bundle.
 */
export async function codeVersion(): Promise<string> {
  const hash = createHash('sha256')
  for (const folder of ownCode('extract', 'read')) await hashFolder(hash, folder, (name) => name.endsWith(sourceExtension))
  if (!compiled) for (const file of ['archive/process-article.ts', 'types.ts']) hash.update(await readFile(path.join(packageRoot, 'src', file)))
  return hash.digest('hex').slice(0, 16)
}

export function cacheKey(version: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex')
}

export const cacheTagFile = 'CACHEDIR.TAG'
const cacheTag = 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by onrecord.\n# For information about cache directory tags, see https://bford.info/cachedir/\n'

export class ExtractionCache {
  private tagged?: Promise<void>

  constructor(private readonly folder: string) {}

  async get(key: string): Promise<FileResult | undefined> {
    const text = await readFile(this.pathOf(key), 'utf8').catch(() => undefined)
    if (text === undefined) return undefined
    try {
      return JSON.parse(text) as FileResult
    } catch {
      // A torn entry from a killed build is a miss, not an error.
      return undefined
    }
  }

  async put(key: string, result: FileResult): Promise<void> {
    // The standard tag tells backup tools, and onrecord's own input listing, that this folder is a cache.
    this.tagged ??= mkdir(this.folder, { recursive: true }).then(() => writeFile(path.join(this.folder, cacheTagFile), cacheTag))
    await this.tagged
    const target = this.pathOf(key)
    await mkdir(path.dirname(target), { recursive: true })
    // Written beside and renamed, so a reader never sees half an entry.
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(result))
    await rename(temporary, target)
  }

  private pathOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`)
  }
}
