/**
 * The one place that talks to Pagefind. Each shard's documents (see
 * `shards.ts`) become a Pagefind index in `pagefind/<shard>/`; a shard whose
 * fingerprint the previous build recorded, with its files still there, is
 * taken from the previous site instead. Pagefind never reads the written
 * pages, only these documents. Pagefind reports failures in `errors` arrays
 * rather than throwing; each is checked here.
 */
import * as pagefind from 'pagefind'
import { readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { hashFolder, packageVersion } from '../archive/fingerprint.ts'
import { ownCode } from '../package-files.ts'
import { linkFiles } from '../archive/write.ts'
import type { Shard } from './shards.ts'

/** Shard name → fingerprint of the documents its index was made from. */
export type ShardFingerprints = Record<string, string>

export interface IndexOptions {
  /** The site the build replaces, and the shard fingerprints it recorded. */
  previous?: { folder: string; shards: ShardFingerprints }
  /** Called as documents are indexed, with the count so far and the count to index. */
  onProgress?: (done: number, total: number) => void
}

/** What every shard's index depends on besides its documents: Pagefind's version and how it is called here. */
export async function searchFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(await packageVersion('pagefind'))
  for (const folder of ownCode('search')) await hashFolder(hash, folder)
  return hash.digest('base64url')
}

/** Writes each shard's index to `folder/pagefind/<name>/`; returns how many were indexed and how many reused. */
export async function indexSite(folder: string, shards: readonly Shard[], options: IndexOptions = {}): Promise<{ indexed: number; reused: number }> {
  let indexed = 0
  const changed: Shard[] = []
  for (const shard of shards) {
    const previous = options.previous && path.join(options.previous.folder, 'pagefind', shard.name)
    if (previous && options.previous?.shards[shard.name] === shard.fingerprint && existsSync(path.join(previous, 'pagefind-entry.json'))) {
      const files = (await readdir(previous, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(previous, path.join(entry.parentPath, entry.name)))
      await linkFiles(previous, path.join(folder, 'pagefind', shard.name), files)
    } else changed.push(shard)
  }
  if (changed.length === 0) return { indexed, reused: shards.length }
  const total = changed.reduce((sum, shard) => sum + shard.documents.length, 0)
  let done = 0
  const added = () => options.onProgress?.(++done, total)
  options.onProgress?.(done, total)
  try {
    for (const shard of changed) {
      await indexShard(path.join(folder, 'pagefind', shard.name), shard, added)
      indexed += 1
    }
  } finally {
    await pagefind.close()
  }
  return { indexed, reused: shards.length - indexed }
}

async function indexShard(outputPath: string, shard: Shard, added: () => void): Promise<void> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' })
  const index = created.index
  if (!index || created.errors.length > 0) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
  try {
    for (const document of shard.documents) {
      const file = await index.addHTMLFile(document)
      if (file.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${file.errors.join('; ')}`)
      added()
    }
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  } finally {
    // Each shard's index is let go once written, so memory holds one shard at a time.
    await index.deleteIndex()
  }
}
