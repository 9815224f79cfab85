/**
 * The search index is cut into shards, each a Pagefind index of its own that
 * the browser merges with `mergeIndex`, so that a build re-indexes only the
 * shards whose documents changed.
 *
 * Shards are ranges of years of publication, so that the articles a growing
 * archive adds land in the newest shard and the older ones stay as they
 * were. A range spans a power of two of years, as many as make a shard hold
 * about `documentsPerShard` documents; it changes only when the archive's
 * articles in a typical year double or halve. Actors and undated articles have a shard
 * of their own, `other`, so that a new year's shard does not take them from
 * the last one. Merged shards share Pagefind's code, but each adds its own
 * metadata and index chunks to a first search, so smaller shards make
 * rebuilds cheaper and first searches heavier (BENCHMARKS.md has figures);
 * an archive of up to `documentsPerShard` documents has one shard.
 */
import { createHash } from 'node:crypto'
import type { SearchDocument } from './documents.ts'

/**
 * About 1,000 articles' documents: each article is a document, and so is each
 * of its quotes (about ten). Pagefind's memory while it writes a shard follows
 * the shard's size (1.6 GB for a shard of 37,000 documents, 0.9 GB at half
 * that), and every shard adds its own index chunks to a first search (at
 * 10,000 articles, shards of this size fetch 4 % more than twice the size).
 */
export const documentsPerShard = 12_500

export interface Shard {
  /** The shard's folder under `pagefind/`, which is also its name: `all`, a year, years such as `2016-2023`, or `other`. */
  name: string
  documents: SearchDocument[]
  /** A hash of the shard's documents: the same fingerprint, the same index. */
  fingerprint: string
}

/**
 * Years a shard spans: the smallest power of two that puts about `perShard`
 * documents in a shard, reckoned from the median documents a year, so that a
 * new year with its first few articles does not change the span (and with it
 * every shard).
 */
export function yearsPerShard(documents: readonly SearchDocument[], perShard: number): number {
  const perYear = new Map<string, number>()
  for (const document of documents) if (document.year !== undefined) perYear.set(document.year, (perYear.get(document.year) ?? 0) + 1)
  const counts = [...perYear.values()].sort((a, b) => a - b)
  const median = counts[Math.floor(counts.length / 2)]
  if (median === undefined) return 1
  let span = 1
  while (span * median < perShard) span *= 2
  return span
}

/**
 * The documents split into shards, newest range first and `other` last, each with its
 * fingerprint; `salt` stands for what else an index depends on (the
 * indexer's version and settings).
 */
export function shardDocuments(documents: readonly SearchDocument[], perShard = documentsPerShard, salt = ''): Shard[] {
  const groups = new Map<string, SearchDocument[]>()
  const add = (name: string, document: SearchDocument) => {
    const group = groups.get(name)
    if (group) group.push(document)
    else groups.set(name, [document])
  }
  if (documents.length <= perShard || documents.every((document) => document.year === undefined)) {
    for (const document of documents) add('all', document)
  } else {
    const span = yearsPerShard(documents, perShard)
    const rangeOf = (year: number) => {
      const start = Math.floor(year / span) * span
      return span === 1 ? String(start) : `${start}-${start + span - 1}`
    }
    for (const document of documents) add(document.year ? rangeOf(Number(document.year)) : 'other', document)
  }
  const order = (name: string) => (name === 'other' ? '' : name)
  return [...groups]
    .sort(([a], [b]) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0))
    .map(([name, group]) => ({ name, documents: group, fingerprint: fingerprintOf(group, salt) }))
}

function fingerprintOf(documents: readonly SearchDocument[], salt: string): string {
  const hash = createHash('sha256').update(salt).update('\0')
  for (const document of [...documents].sort((a, b) => (a.url < b.url ? -1 : 1))) hash.update(document.url).update('\0').update(document.format).update('\0').update(document.content).update('\0')
  return hash.digest('base64url')
}

/** The base path of a shard's index on the site. */
export function shardPath(shard: Pick<Shard, 'name'>): string {
  return `/pagefind/${shard.name}/`
}
