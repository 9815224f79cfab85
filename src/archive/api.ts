/**
 * The archive as data, under `/api/`: each list as a JSON array (one item a
 * line) and, for quotes, actors and articles, as CSV; the statements reported
 * more than once; every quote's citation as BibTeX and CSL-JSON; and the JSON
 * Schemas. The site's Data page says what each file and field is.
 */
import type { Archive } from './archive.ts'
import { quoteChains } from './chains.ts'
import { bibtexEntry, cslItem, quoteCitation, type QuoteCitation } from './citations.ts'
import { columnsOf, streamCsv, type Column } from './csv.ts'
import { apiSchemas, schemaJson } from './schema.ts'
import { streamJsonArray, writeFiles, writeJsonArray, writeStream } from './write.ts'
import { ArchiveActor, ArchiveQuote, ArticleRecord } from '../types.ts'

/** Fields of a record that articles.csv leaves out: they are lists of their own (quotes.csv, actors.csv) or too long for a cell (the body). */
export const articleColumnsLeftOut = ['body', 'quotes', 'actors'] as const

/** The CSV files, their items and columns. */
function csvFiles(archive: Archive): Array<[string, readonly unknown[], Column[]]> {
  return [
    ['quotes.csv', archive.quotes, columnsOf(ArchiveQuote)],
    ['actors.csv', archive.actors, columnsOf(ArchiveActor)],
    ['articles.csv', archive.records, columnsOf(ArticleRecord, articleColumnsLeftOut)]
  ]
}

/** Every quote's citation, a quote split in parts once. */
export function archiveCitations(archive: Archive, baseUrl: string): QuoteCitation[] {
  const publishers = new Map(archive.records.map((record) => [record.slug, record.publisher]))
  return quoteChains(archive.quotes, (quote) => quote.article).map((chain) => quoteCitation(chain, publishers.get(chain[0]?.article ?? ''), baseUrl))
}

/** Writes `/api/` into `folder`; `accessed` (an ISO date, the build's) is the citations' date of access. */
export async function writeApi(folder: string, archive: Archive, baseUrl: string, accessed: string): Promise<void> {
  const lists: Array<[string, readonly unknown[]]> = [
    ['articles', archive.records],
    ['actors', archive.actors],
    ['sources', archive.sources],
    ['quotes', archive.quotes],
    ['statements', archive.statements]
  ]
  for (const [name, items] of lists) await writeJsonArray(folder, `api/${name}.json`, items)
  for (const [name, items, columns] of csvFiles(archive)) await writeStream(folder, `api/${name}`, (write) => streamCsv(columns, items, write))
  const citations = archiveCitations(archive, baseUrl)
  await writeStream(folder, 'api/citations.bib', async (write) => {
    for (const citation of citations) await write(`${bibtexEntry(citation, accessed)}\n`)
  })
  await writeStream(folder, 'api/citations.json', (write) => streamJsonArray(citations.map((citation) => cslItem(citation, accessed)), write))
  await writeFiles(folder, new Map([...apiSchemas].map(([name, schema]) => [`api/${name}`, schemaJson(schema)] as const)))
}
