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

/** What indexing reads of a search document. */
export type IndexedDocument = Pick<SearchDocument, 'url' | 'format' | 'content'>

/**
 * About 500 articles' documents: each article is a document, and so is each
 * of its quotes (about ten). Pagefind's memory while it writes a shard follows
 * the shard's size (at 10,000 articles, 0.8 GB for a shard of 19,000
 * documents, 0.45 GB for one of 9,300), and every shard adds its own index
 * chunks to a first search (at 10,000 articles, 12 shards of this size
 * fetch 11 % more for a surname than 7 of twice the size, and the index
 * took from as long to a tenth longer).
 */
export const documentsPerShard = 6_000

export interface Shard {
  /** The shard's folder under `pagefind/`, which is also its name: `all`, a year, years such as `2016-2023`, or `other`. */
  name: string
  /** How many documents it holds. */
  size: number
  /**
   * Its documents packed (`packDocuments`) in the order they are indexed,
   * made when first asked for: only a shard to be indexed is. A buffer
   * rather than objects, so that handing it to the index worker lets go of
   * it here: at 10,000 articles the documents' text held about 100 MB for
   * the whole build.
   */
  readonly packed: Uint8Array
  /**
   * A hash of what its documents are made of (`documentPart`), their order
   * included (Pagefind numbers them in the order given): the same
   * fingerprint, the same index.
   */
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
    .map(([name, group]) => {
      const hash = createHash('sha256').update(salt).update('\0')
      for (const document of group) hash.update(documentPart(document))
      let documents: readonly SearchDocument[] = group
      let packed: Uint8Array | undefined
      return {
        name,
        size: group.length,
        fingerprint: hash.digest('base64url'),
        get packed() {
          packed ??= packDocuments(documents)
          documents = []
          return packed
        }
      }
    })
}

/**
 * What a document adds to its shard's fingerprint: its URL, its format and
 * what it is made of (`madeFrom`), or its content where that is not given.
 * Made of `madeFrom`, a shard whose documents did not change is found
 * without making their content: at 10,000 articles, about 70 MB of text made
 * and packed for eleven shards of twelve that a rebuild did not index.
 */
export function documentPart(document: SearchDocument): string {
  const origin = document.madeFrom === undefined ? ['content', document.content] : ['made from', document.madeFrom]
  return `${JSON.stringify([document.url, document.format, ...origin])}\n`
}

const encoder = new TextEncoder()

/**
 * Documents in one UTF-8 buffer: for each, a line `URL-BYTES FORMAT
 * CONTENT-BYTES` and then its URL and content as they are. Lengths rather
 * than JSON, because escaping every quote mark of 70 MB of documents took
 * about a second of the build's thread at 10,000 articles.
 */
export function packDocuments(documents: Iterable<IndexedDocument>): Uint8Array {
  const parts: string[] = []
  for (const { url, format, content } of documents) parts.push(`${Buffer.byteLength(url)} ${format} ${Buffer.byteLength(content)}\n`, url, content)
  return encoder.encode(parts.join(''))
}

/** The packed documents, decoded one at a time as they are indexed. */
export function* unpackDocuments(packed: Uint8Array): Generator<IndexedDocument> {
  const decoder = new TextDecoder()
  for (let at = 0; at < packed.length; ) {
    const lineEnd = packed.indexOf(10, at)
    const [urlBytes, format, contentBytes] = decoder.decode(packed.subarray(at, lineEnd)).split(' ')
    const urlStart = lineEnd + 1
    const contentStart = urlStart + Number(urlBytes)
    const end = contentStart + Number(contentBytes)
    const url = decoder.decode(packed.subarray(urlStart, contentStart))
    yield { url, format: format as IndexedDocument['format'], content: decoder.decode(packed.subarray(contentStart, end)) }
    at = end
  }
}

/** The base path of a shard's index on the site. */
export function shardPath(shard: Pick<Shard, 'name'>): string {
  return `/pagefind/${shard.name}/`
}
