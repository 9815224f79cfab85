/**
 * The archive as data, under `/api/`: each list as a JSON array (one item a
 * line) and, for quotes, actors and articles, as CSV; the statements reported
 * more than once; every quote's citation as BibTeX and CSL-JSON; and the JSON
 * Schemas. The site's Data page says what each file and field is.
 *
 * Most of the API is made of one piece an article (its record, its quotes,
 * their citations), and a rebuild takes the pieces of the articles that did
 * not change from the files of the site it replaces rather than making them
 * again: at 10,000 articles, making them took about 5 s of a 25 s rebuild.
 * Each article's fingerprint is a hash of its record (`recordDigest`) and of
 * its quotes' statements, the rest of what its pieces are made of. The
 * record's hash is also what the pages' fingerprints take for it
 * (`site/plan.ts`).
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Archive } from './archive.ts'
import { quoteChains } from './chains.ts'
import { allEnded } from './concurrency.ts'
import { bibtexEntry, cslItem, quoteCitation, type QuoteCitation } from './citations.ts'
import { columnsOf, csvHeader, csvRow, streamCsv, type Column } from './csv.ts'
import { digest, hashFolder } from './fingerprint.ts'
import { apiSchemas, schemaJson } from './schema.ts'
import { writeSpliced, type ByteRange, type FilePart, type Put } from './spliced-file.ts'
import { jsonArrayLayout, streamJsonArray, writeFiles } from './write.ts'
import { compiled, ownCode, packageRoot } from '../package-files.ts'
import { ArchiveActor, ArchiveQuote, ArticleRecord } from '../types.ts'

/** Fields of a record that articles.csv leaves out: they are lists of their own (quotes.csv, actors.csv) or too long for a cell (the body). */
export const articleColumnsLeftOut = ['body', 'quotes', 'actors'] as const

const quoteColumns = columnsOf(ArchiveQuote)
const articleColumns = columnsOf(ArticleRecord, articleColumnsLeftOut)

/** What an article's pieces are made of. */
interface ArticleItems {
  record: ArticleRecord
  quotes: readonly ArchiveQuote[]
  citations: readonly QuoteCitation[]
}

/**
 * A file of one piece an article, in the archive's order: `open`, the
 * pieces that are not empty with `separator` between them, and `close`; or
 * `empty` when every piece is.
 */
interface ArticleFile {
  name: string
  open: string
  separator: string
  close: string
  empty: string
  /** Whether its pieces hold the date of access, so that one made on another day is not taken. */
  dated: boolean
  piece: (items: ArticleItems, accessed: string) => string
}

const csv = (columns: readonly Column[]) => ({ open: csvHeader(columns), separator: '', close: '', empty: csvHeader(columns) })
const json = (item: unknown) => JSON.stringify(item)

/** The files made of one piece an article. */
const articleFiles: readonly ArticleFile[] = [
  { name: 'api/articles.json', ...jsonArrayLayout, dated: false, piece: ({ record }) => json(record) },
  { name: 'api/quotes.json', ...jsonArrayLayout, dated: false, piece: ({ quotes }) => quotes.map(json).join(jsonArrayLayout.separator) },
  { name: 'api/quotes.csv', ...csv(quoteColumns), dated: false, piece: ({ quotes }) => quotes.map((quote) => csvRow(quoteColumns, quote)).join('') },
  { name: 'api/articles.csv', ...csv(articleColumns), dated: false, piece: ({ record }) => csvRow(articleColumns, record) },
  {
    name: 'api/citations.bib',
    open: '',
    separator: '',
    close: '',
    empty: '',
    dated: true,
    piece: ({ citations }, accessed) => citations.map((citation) => `${bibtexEntry(citation, accessed)}\n`).join('')
  },
  { name: 'api/citations.json', ...jsonArrayLayout, dated: true, piece: ({ citations }, accessed) => citations.map((citation) => json(cslItem(citation, accessed))).join(jsonArrayLayout.separator) }
]

/**
 * What a build records of its API for the next one: the date of access its
 * citations hold, each per-article file's length (a file of another length
 * is not the one recorded, and none of its pieces is taken), and for each
 * article by slug its fingerprint and where its piece lies in each file of
 * `articleFiles`, as a start and a length in bytes.
 */
export interface ApiRecord {
  accessed: string
  sizes: Record<string, number>
  pieces: Record<string, [fingerprint: string, ...places: number[]]>
}

export function emptyApiRecord(): ApiRecord {
  return { accessed: '', sizes: {}, pieces: {} }
}

/** An ApiRecord read back from JSON; anything malformed is left out, and then made again. */
export function apiRecordOf(value: unknown): ApiRecord {
  const record = emptyApiRecord()
  if (!value || typeof value !== 'object') return record
  const { accessed, sizes, pieces } = value as Partial<Record<keyof ApiRecord, unknown>>
  if (typeof accessed === 'string') record.accessed = accessed
  for (const [name, size] of Object.entries(sizes ?? {})) if (typeof size === 'number') record.sizes[name] = size
  for (const [slug, entry] of Object.entries(pieces ?? {})) if (isPieceEntry(entry)) record.pieces[slug] = entry
  return record
}

/** A fingerprint, then a start and a length for each file of `articleFiles`. */
function isPieceEntry(entry: unknown): entry is ApiRecord['pieces'][string] {
  if (!Array.isArray(entry) || entry.length !== 1 + 2 * articleFiles.length) return false
  const [fingerprint, ...places] = entry as unknown[]
  return typeof fingerprint === 'string' && places.every(Number.isSafeInteger)
}

/** Each article's items, in the archive's order; its quotes are together in `archive.quotes`. */
function articleItems(archive: Archive, baseUrl: string): ArticleItems[] {
  const quotesOf = new Map<string, ArchiveQuote[]>()
  for (const quote of archive.quotes) {
    const quotes = quotesOf.get(quote.article)
    if (quotes) quotes.push(quote)
    else quotesOf.set(quote.article, [quote])
  }
  return archive.records.map((record) => {
    const quotes = quotesOf.get(record.slug) ?? []
    return { record, quotes, citations: quoteChains(quotes).map((chain) => quoteCitation(chain, record.publisher, baseUrl)) }
  })
}

/**
 * What merging the archive changes in a record as extraction made it: its
 * slug (`assignUniqueSlugs`), its actors' ids, and its quotes' speakers and
 * candidates (`mergeActors`). Nothing else of a record is changed after
 * extraction.
 */
export function mergedParts(record: ArticleRecord): unknown {
  return { slug: record.slug, actors: record.actors.map((actor) => actor.id), quotes: record.quotes.map((quote) => [quote.speaker ?? null, quote.candidates ?? null]) }
}

/**
 * A hash that changes whenever a record's JSON does. For a record extracted
 * by this build, whose `extractedFrom` hash is given, it is a hash of that
 * and of what merging changed in it (`mergedParts`): extraction makes the
 * same record of the same file with the same code, so the two say as much as
 * the whole record, which at 10,000 articles took 0.8 s to write out as JSON
 * and hash. Any other record is hashed as JSON.
 */
export function recordDigest(record: ArticleRecord, extractedFrom?: string): string {
  if (extractedFrom === undefined) return digest(json(record))
  return digest(`extracted\0${extractedFrom}\0${json(mergedParts(record))}`)
}

/** Each record's `recordDigest`, made once a build for the API and the search shards, which both stand on it. */
export function recordDigests(records: readonly ArticleRecord[], extractedFrom: ReadonlyMap<ArticleRecord, string> = new Map()): Map<ArticleRecord, string> {
  return new Map(records.map((record) => [record, recordDigest(record, extractedFrom.get(record))] as const))
}

/**
 * A hash of what an API file is made of besides its data: onrecord's code
 * (all of it, compiled; the archive stage and the types under tsx) and the
 * base URL the permalinks are under.
 */
export async function apiFingerprint(baseUrl: string): Promise<string> {
  const hash = createHash('sha256').update(baseUrl).update('\0')
  for (const folder of ownCode('archive')) await hashFolder(hash, folder)
  if (!compiled) hash.update(await readFile(path.join(packageRoot, 'src', 'types.ts')))
  return hash.digest('base64url')
}

/** The site being replaced: its folder and what its build recorded of its API. */
export interface PreviousApi {
  folder: string
  record: ApiRecord
}

/** What writing the API leaves: what the next build needs to take its pieces, what it hashed, and the writing still under way. */
export interface WrittenApi {
  record: ApiRecord
  /**
   * Each article's fingerprint by slug: it changes whenever the article's
   * record, its quotes' statements, onrecord's code or the base URL do, and
   * so whenever any of its quotes as the archive lists them does.
   */
  articleDigests: Map<string, string>
  /** Resolves when the files written from threads are all written. */
  written: Promise<void>
}

/**
 * Writes `/api/` into `folder`; `accessed` (an ISO date, the build's) is the
 * citations' date of access. The pieces of the articles whose fingerprint is
 * the one `previous` recorded are taken from its files. `digests` holds
 * each record's `recordDigest` where the build made them already. The files
 * are written from threads of their own (the schemas aside): `written`
 * resolves once they are all written.
 */
export async function writeApi(
  folder: string,
  archive: Archive,
  baseUrl: string,
  accessed: string,
  previous?: PreviousApi,
  digests: ReadonlyMap<ArticleRecord, string> = new Map()
): Promise<WrittenApi> {
  const writing: Array<Promise<void>> = []
  // Written from a thread: the build goes on while the thread writes.
  const write = async <T>(name: string, fill: (put: Put) => Promise<T>, source?: string): Promise<T> => {
    const { value, written } = await writeSpliced(path.join(folder, name), source, fill)
    writing.push(written)
    return value
  }
  try {
    for (const [name, items] of apiLists(archive)) await write(`api/${name}.json`, (put) => streamJsonArray(items, put))
    await write('api/actors.csv', (put) => streamCsv(columnsOf(ArchiveActor), archive.actors, put))
    const items = articleItems(archive, baseUrl)
    const salt = await apiFingerprint(baseUrl)
    const fingerprints = items.map(({ record, quotes }) => articleFingerprint(salt, digests.get(record) ?? recordDigest(record), quotes))
    const entries = items.map(({ record }, index) => ({ slug: record.slug, entry: [fingerprints[index] ?? ''] as ApiRecord['pieces'][string] }))
    const sizes: Record<string, number> = {}
    // Each article's entry in the previous record, where its fingerprint is the one recorded: its pieces may be taken.
    const unchanged = items.map(({ record }, index) => {
      const entry = previous?.record.pieces[record.slug]
      return entry !== undefined && entry[0] === fingerprints[index] ? entry : undefined
    })
    for (const [fileIndex, file] of articleFiles.entries()) {
      // Citations made on another day hold another date of access.
      const usable = previous !== undefined && (!file.dated || previous.record.accessed === accessed)
      const old = usable ? await previousFile(previous, file.name) : undefined
      // Made one at a time as the file is written: all of a file's pieces at once would be as long as the file.
      function* pieces(): Generator<FilePart> {
        for (let index = 0; index < items.length; index += 1) {
          const entry = unchanged[index]
          const taken = old && entry ? placeIn(old, entry, fileIndex) : undefined
          yield taken ?? file.piece(items[index] as ArticleItems, accessed)
        }
      }
      const { size, places } = await write(file.name, (put) => putArticleFile(put, file, pieces()), old?.path)
      sizes[file.name] = size
      for (const [index, [start, length]] of places.entries()) entries[index]?.entry.push(start, length)
    }
    await writeFiles(folder, new Map([...apiSchemas].map(([name, schema]) => [`api/${name}`, schemaJson(schema)] as const)))
    const pieces = Object.fromEntries(entries.map(({ slug, entry }) => [slug, entry]))
    const allWritten = allEnded(writing)
    // A failure is reported where the caller waits for the writing.
    allWritten.catch(() => undefined)
    const articleDigests = new Map(items.map(({ record }, index) => [record.slug, fingerprints[index] ?? ''] as const))
    return { record: { accessed, sizes, pieces }, articleDigests, written: allWritten }
  } catch (error) {
    // Nothing may still be writing into the folder when a failed build removes it.
    await Promise.allSettled(writing)
    throw error
  }
}

/** The API's lists of archive-wide items, each a JSON file of its name. */
function apiLists(archive: Archive): Array<[string, readonly unknown[]]> {
  return [
    ['actors', archive.actors],
    ['sources', archive.sources],
    ['statements', archive.statements]
  ]
}

/** An article's fingerprint, salted by `salt`: of its record's digest and its quotes' statements. */
function articleFingerprint(salt: string, recordDigest: string, quotes: readonly ArchiveQuote[]): string {
  const hash = createHash('sha256').update(salt).update(recordDigest)
  for (const quote of quotes) hash.update('\0').update(quote.statementId)
  return hash.digest('base64url')
}

/** The previous site's copy of a per-article file: its path and length, the length its build recorded. */
interface PreviousFile {
  path: string
  size: number
}

/** The previous site's `name`, if it is there and the length its build recorded (a file of another length is not the one recorded). */
async function previousFile(previous: PreviousApi, name: string): Promise<PreviousFile | undefined> {
  const file = path.join(previous.folder, name)
  const size = (await stat(file).catch(() => undefined))?.size
  return size !== undefined && size === previous.record.sizes[name] ? { path: file, size } : undefined
}

/** Where an article's piece of the file `fileIndex` of `articleFiles` lies in the previous file, as its entry places it. */
export function placeIn(file: PreviousFile, entry: ApiRecord['pieces'][string], fileIndex: number): ByteRange | undefined {
  const place = 1 + 2 * fileIndex
  const start = entry[place] as number | undefined
  const length = entry[place + 1] as number | undefined
  if (start === undefined || length === undefined || start + length > file.size) return undefined
  return { from: start, to: start + length }
}

/** A part's length in bytes: a text's as UTF-8, a range's own. */
function lengthOf(part: FilePart): number {
  return typeof part === 'string' ? Buffer.byteLength(part) : part.to - part.from
}

/**
 * Puts a per-article file of `pieces`, an article's each, made or ranges of
 * the previous file. Returns the file's length and where each piece lands
 * (start and length in bytes). Two taken pieces that lay one after the other
 * in the previous file are taken with the separator between them, one range.
 */
async function putArticleFile(put: Put, file: ArticleFile, pieces: Iterable<FilePart>) {
  let size = 0
  const places: Array<[number, number]> = []
  const putCounted = async (part: FilePart, length = lengthOf(part)) => {
    await put(part)
    size += length
  }
  let count = 0
  // Where the last piece taken ended in the previous file, when it was the last piece put.
  let takenUpTo: number | undefined
  for (const piece of pieces) {
    const length = lengthOf(piece)
    if (length === 0) {
      places.push([size, 0])
      continue
    }
    const first = count++ === 0
    const lead = first ? file.open : file.separator
    const leadLength = Buffer.byteLength(lead)
    // The separator as the previous file has it, between the two pieces: one range rather than three parts.
    const follows = !first && typeof piece !== 'string' && takenUpTo === piece.from - leadLength
    await putCounted(follows ? { from: piece.from - leadLength, to: piece.from } : lead)
    places.push([size, length])
    await putCounted(piece, length)
    takenUpTo = typeof piece === 'string' ? undefined : piece.to
  }
  await putCounted(count === 0 ? file.empty : file.close)
  return { size, places }
}
