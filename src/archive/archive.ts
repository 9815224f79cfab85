/** The whole archive: records with archive-wide ids, and the actors, sources and quotes across them. */
import { mergeActors } from './actors.ts'
import { mergeSources } from './sources.ts'
import type { Aliases } from '../read/aliases.ts'
import { paths } from '../site/paths.ts'
import { groupStatements } from './statements.ts'
import type { ArchiveActor, ArchiveQuote, ArchiveSource, ArticleRecord, Statement } from '../types.ts'

export interface Archive {
  /** Newest first, by published date; undated articles last, by slug. */
  records: ArticleRecord[]
  actors: ArchiveActor[]
  sources: ArchiveSource[]
  quotes: ArchiveQuote[]
  /** The statements reported more than once (see `statements.ts`). */
  statements: Statement[]
}

/** The archive of `records`; `aliases` (other name → name to show) joins actors an editor knows are one. */
export function buildArchive(records: ArticleRecord[], aliases: Aliases = new Map()): Archive {
  const actors = mergeActors(records, aliases)
  const sources = mergeSources(records)
  const sorted = [...records].sort(byNewest)
  const listed = sorted.flatMap((record) =>
    record.quotes.map((quote) => ({ ...quote, archiveId: `${record.slug}/${quote.id}`, url: `${paths.article(record.slug)}#${quote.id}`, article: record.slug, headline: record.headline, published: record.published }))
  )
  const { statements, statementIdOf } = groupStatements(listed)
  const quotes = listed.map((quote): ArchiveQuote => ({ ...quote, statementId: statementIdOf.get(quote.archiveId) ?? quote.archiveId }))
  return { records: sorted, actors, sources, quotes, statements }
}

export function byNewest(a: ArticleRecord, b: ArticleRecord): number {
  const dateA = a.published?.date ?? ''
  const dateB = b.published?.date ?? ''
  if (dateA !== dateB) return dateA < dateB ? 1 : -1
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}
