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
 * Each article's fingerprint is a hash of its record as JSON (which is its
 * piece of `articles.json`, so it costs nothing more) and of its quotes'
 * statements, the rest of what its pieces are made of. The record's hash is
 * also what the pages' fingerprints take for it (`site/plan.ts`).
 */
import { createHash } from 'node:crypto'
import { open, readFile, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Archive } from './archive.ts'
import { quoteChains } from './chains.ts'
import { bibtexEntry, cslItem, quoteCitation, type QuoteCitation } from './citations.ts'
import { columnsOf, csvHeader, csvRow, streamCsv, type Column } from './csv.ts'
import { digest, hashFolder } from './fingerprint.ts'
import { apiSchemas, schemaJson } from './schema.ts'
import { jsonArrayLayout, writeFiles, writeJsonArray, writeStream } from './write.ts'
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

/** The files made of one piece an article, other than `articles.json`, which is each article's record as JSON. */
const articleFiles: readonly ArticleFile[] = [
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

/** What writing the API leaves: what the next build needs to take its pieces, and each record's `digest` as JSON. */
export interface WrittenApi {
  record: ApiRecord
  recordDigests: Map<ArticleRecord, string>
}

/**
 * Writes `/api/` into `folder`; `accessed` (an ISO date, the build's) is the
 * citations' date of access. The pieces of the articles whose fingerprint is
 * the one `previous` recorded are taken from its files.
 */
export async function writeApi(folder: string, archive: Archive, baseUrl: string, accessed: string, previous?: PreviousApi): Promise<WrittenApi> {
  const lists: Array<[string, readonly unknown[]]> = [
    ['actors', archive.actors],
    ['sources', archive.sources],
    ['statements', archive.statements]
  ]
  for (const [name, items] of lists) await writeJsonArray(folder, `api/${name}.json`, items)
  await writeStream(folder, 'api/actors.csv', (write) => streamCsv(columnsOf(ArchiveActor), archive.actors, write))
  const items = articleItems(archive, baseUrl)
  const { fingerprints, recordDigests } = await writeArticlesJson(folder, items, await apiFingerprint(baseUrl))
  const entries = items.map(({ record }, index) => ({ slug: record.slug, entry: [fingerprints[index] ?? ''] as ApiRecord['pieces'][string] }))
  const sizes: Record<string, number> = {}
  for (const [fileIndex, file] of articleFiles.entries()) {
    // Citations made on another day hold another date of access.
    const usable = previous !== undefined && (!file.dated || previous.record.accessed === accessed)
    const old = usable ? await PreviousFile.open(previous, file.name) : undefined
    async function* piecesOfFile() {
      for (const [index, article] of items.entries()) {
        const entry = previous?.record.pieces[article.record.slug]
        const unchanged = entry !== undefined && entry[0] === fingerprints[index]
        yield (old && unchanged ? await old.pieceOf(entry, fileIndex) : undefined) ?? file.piece(article, accessed)
      }
    }
    try {
      const { size, places } = await writeArticleFile(folder, file, piecesOfFile())
      sizes[file.name] = size
      for (const [index, [start, length]] of places.entries()) entries[index]?.entry.push(start, length)
    } finally {
      await old?.close()
    }
  }
  await writeFiles(folder, new Map([...apiSchemas].map(([name, schema]) => [`api/${name}`, schemaJson(schema)] as const)))
  const pieces = Object.fromEntries(entries.map(({ slug, entry }) => [slug, entry]))
  return { record: { accessed, sizes, pieces }, recordDigests }
}

/**
 * Writes `articles.json`, each record's JSON a line, and returns what that
 * JSON gives: each article's fingerprint (salted by `salt`), and each
 * record's digest.
 */
async function writeArticlesJson(folder: string, items: readonly ArticleItems[], salt: string) {
  const fingerprints: string[] = []
  const recordDigests = new Map<ArticleRecord, string>()
  await writeStream(folder, 'api/articles.json', async (write) => {
    for (const [index, { record, quotes }] of items.entries()) {
      const recordJson = json(record)
      const recordDigest = digest(recordJson)
      recordDigests.set(record, recordDigest)
      const hash = createHash('sha256').update(salt).update(recordDigest)
      for (const quote of quotes) hash.update('\0').update(quote.statementId)
      fingerprints.push(hash.digest('base64url'))
      await write(`${index === 0 ? jsonArrayLayout.open : jsonArrayLayout.separator}${recordJson}`)
    }
    await write(items.length === 0 ? jsonArrayLayout.empty : jsonArrayLayout.close)
  })
  return { fingerprints, recordDigests }
}

/** Bytes of a previous file read at once: pieces are taken in about the order they lie in, so most come from one read. */
const windowBytes = 8 << 20

/**
 * The previous site's copy of a per-article file, read a window at a time,
 * so that taking its pieces never holds the whole file (hundreds of MB for a
 * large archive).
 */
export class PreviousFile {
  private window = Buffer.alloc(0)
  private windowStart = 0

  private constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
    private readonly windowSize: number
  ) {}

  /** The previous site's `name`, if it is there and the length its build recorded. */
  static async open(previous: PreviousApi, name: string, windowSize = windowBytes): Promise<PreviousFile | undefined> {
    const handle = await open(path.join(previous.folder, name), 'r').catch(() => undefined)
    if (!handle) return undefined
    const { size } = await handle.stat()
    if (size === previous.record.sizes[name]) return new PreviousFile(handle, size, windowSize)
    await handle.close()
    return undefined
  }

  /** An article's piece of the file `fileIndex` of `articleFiles`, where its entry places it. */
  async pieceOf(entry: ApiRecord['pieces'][string], fileIndex: number): Promise<Buffer | undefined> {
    const place = 1 + 2 * fileIndex
    const [start, length] = entry.slice(place, place + 2) as number[]
    if (start === undefined || length === undefined || start + length > this.size) return undefined
    const end = start + length
    const inWindow = () => start >= this.windowStart && end <= this.windowStart + this.window.length
    if (!inWindow()) await this.readWindow(start, Math.max(this.windowSize, length))
    // A file cut short since it was opened gives no piece rather than part of one.
    return inWindow() ? this.window.subarray(start - this.windowStart, end - this.windowStart) : undefined
  }

  /** Reads `length` bytes from `start` into a new window: pieces already given keep the old one's bytes. */
  private async readWindow(start: number, length: number): Promise<void> {
    const window = Buffer.alloc(Math.min(length, this.size - start))
    let filled = 0
    while (filled < window.length) {
      const { bytesRead } = await this.handle.read(window, filled, window.length - filled, start + filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    this.window = window.subarray(0, filled)
    this.windowStart = start
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}

/**
 * Writes a per-article file of `pieces`, an article's each, made one at a
 * time. Returns the file's length and where each piece landed (start and
 * length in bytes).
 */
async function writeArticleFile(folder: string, file: ArticleFile, pieces: AsyncIterable<string | Buffer>): Promise<{ size: number; places: Array<[number, number]> }> {
  let written = 0
  const places: Array<[number, number]> = []
  await writeStream(folder, file.name, async (write) => {
    const put = async (bytes: string | Buffer) => {
      await write(bytes)
      written += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length
    }
    let count = 0
    for await (const piece of pieces) {
      if (piece.length === 0) {
        places.push([written, 0])
        continue
      }
      await put(count++ === 0 ? file.open : file.separator)
      const start = written
      await put(piece)
      places.push([start, written - start])
    }
    await put(count === 0 ? file.empty : file.close)
  })
  return { size: written, places }
}
