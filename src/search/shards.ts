/**
 * The search index is cut into shards, each a Pagefind index of its own that
 * the browser merges with `mergeIndex`, so that a build re-indexes only the
 * shards whose documents changed. A document's shard follows from a hash of
 * its URL, so it stays put as the archive grows; the number of shards grows
 * with the archive, one per `documentsPerShard`. Every shard costs a first
 * search its own WebAssembly and metadata (about 60 KB and more), which is
 * why shards are large rather than one a year.
 */
import { createHash } from 'node:crypto'
import type { SearchDocument } from './documents.ts'

export const documentsPerShard = 5000

export interface Shard {
  /** The shard's folder under `pagefind/`, which is also its name. */
  name: string
  documents: SearchDocument[]
  /** A hash of the shard's documents: the same fingerprint, the same index. */
  fingerprint: string
}

export function shardCount(documents: number, perShard = documentsPerShard): number {
  return Math.max(1, Math.ceil(documents / perShard))
}

/**
 * The documents split into `count` shards by a hash of their URLs, each with
 * its fingerprint; `salt` stands for what else an index depends on (the
 * indexer's version and settings).
 */
export function shardDocuments(documents: readonly SearchDocument[], count: number, salt = ''): Shard[] {
  const groups = Array.from({ length: count }, () => [] as SearchDocument[])
  for (const document of documents) groups[createHash('sha256').update(document.url).digest().readUInt32BE(0) % count]?.push(document)
  return groups.map((group, number) => {
    const hash = createHash('sha256').update(salt).update('\0')
    for (const document of [...group].sort((a, b) => (a.url < b.url ? -1 : 1))) hash.update(document.url).update('\0').update(document.content).update('\0')
    return { name: String(number), documents: group, fingerprint: hash.digest('base64url') }
  })
}

/** The base paths of the shards' indexes, the first being the one whose bundle the search page loads. */
export function shardPaths(count: number): string[] {
  return Array.from({ length: count }, (_, number) => `/pagefind/${number}/`)
}
