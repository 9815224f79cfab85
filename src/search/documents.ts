/**
 * The documents Pagefind indexes, built for search and never written to the
 * site. Each is one thing a reader can land on, of one `type`:
 *
 * - `quote`: the words of one quote (a quote split by its attribution is one
 *   document, its parts joined), at the quote's anchor in its article, so
 *   that the words of a quote find that quote and nothing else does;
 * - `article`: the headline and the writer's own text, the quotes left out
 *   (they have documents of their own), so a phrase of the writer's finds
 *   the article, never a quote that does not hold it;
 * - `person`: an actor with a page, by name, other spellings and titles.
 *
 * Quotes carry the speaker filter, so a speaker chosen alone lists their
 * quotes; quotes and articles carry the article, source and year filters
 * (`year:undated` where the article has no date) and sort by date.
 *
 * Articles and people are pages of HTML, so that Pagefind weights a headline
 * or a name as a heading. A quote has no heading, so it is a custom record:
 * its text, filters, meta and sort as fields. Pagefind adds records faster
 * than it reads pages (BENCHMARKS.md has figures), and keeps the quote's
 * text as it is, where it ends a page's paragraph that has no closing
 * punctuation with a full stop of its own.
 */
import type { Archive } from '../archive/archive.ts'
import { recordDigest } from '../archive/api.ts'
import { chainText, quoteChains } from '../archive/chains.ts'
import { hasPage, paths } from '../site/data.ts'
import { publishedLabel } from '../site/format.ts'
import { spansWithin } from '../extract/span.ts'
import type { ArchiveActor, ArticleRecord, BodyBlock, Quote } from '../types.ts'

export interface SearchDocument {
  url: string
  /** How Pagefind takes `content`: a page of HTML, or a custom record (`SearchRecord`) as JSON. */
  format: 'page' | 'record'
  content: string
  /**
   * What `content` is made of, as a string: with the URL and onrecord's code
   * it decides the content, so a shard's fingerprint is made of it rather
   * than of the content (see `shards.ts`). Without it, the content stands
   * for itself.
   */
  madeFrom?: string
  /** The year the article was published, which decides its shard; none for actors and undated articles. */
  year?: string
}

/** What a document carries besides its words: filters to narrow results by, meta to show with them, values to sort them by. */
export interface Facets {
  filters: Record<string, string[]>
  meta: Record<string, string>
  sort: Record<string, string>
}

/** A custom record's fields, as Pagefind's `addCustomRecord` takes them besides the URL and language. */
export interface SearchRecord extends Facets {
  /** Plain text, not HTML. */
  content: string
}

/** The year filter's value for an article with no date, so that a date order can list those last. */
const undatedYear = 'undated'

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An invisible element carrying a Pagefind filter, meta or sort value. */
const data = (attribute: string, value: string): string => `<data ${attribute}="${escapeHtml(value)}"></data>`

/** Facets as the invisible elements of a page. */
function facetElements(facets: Facets): string[] {
  return [
    ...Object.entries(facets.filters).flatMap(([name, values]) => values.map((value) => data('data-pagefind-filter', `${name}:${value}`))),
    ...Object.entries(facets.meta).map(([name, value]) => data('data-pagefind-meta', `${name}:${value}`)),
    ...Object.entries(facets.sort).map(([name, value]) => data('data-pagefind-sort', `${name}:${value}`))
  ]
}

/** A page for the index: the title as meta, then the parts, already escaped, then the facets. */
function page(title: string, parts: readonly string[], facets: Facets): string {
  const heading = escapeHtml(title)
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><main data-pagefind-body>${[...parts, ...facetElements(facets)].join('')}</main></body></html>`
}

/** What quotes and articles share: where the article stands in the archive, as filters, meta and a date to sort by. */
function articleFacets(record: ArticleRecord, type: string): Facets {
  const date = record.published?.date
  const sources = record.sources.map((source) => source.name)
  return {
    filters: {
      type: [type],
      article: [record.headline],
      ...(sources.length > 0 ? { source: sources } : {}),
      year: [date ? date.slice(0, 4) : undatedYear]
    },
    meta: { title: record.headline, date: publishedLabel(record.published) },
    sort: date ? { date } : {}
  }
}

/**
 * A document whose content is made each time it is read, never kept: an
 * archive's documents hold all its text and more, twice over in JavaScript's
 * two-byte strings, and each is read only once, to pack its shard (see
 * `shards.ts`), so memory holds the recipe rather than the result.
 */
function lazy(url: string, format: SearchDocument['format'], year: string | undefined, madeFrom: string, content: () => string): SearchDocument {
  const document: SearchDocument = { url, format, madeFrom, get content() { return content() } }
  if (year !== undefined) document.year = year
  return document
}

/** A document made of `record` alone, which its `digest` (`recordDigest`) stands for. */
function located(record: ArticleRecord, digest: string, url: string, format: SearchDocument['format'], content: () => string): SearchDocument {
  return lazy(url, format, record.published?.date.slice(0, 4), `record ${digest}`, content)
}

/**
 * The document for one quote, or one split quote from its first part;
 * `digest` is the record's `recordDigest` (`archive/api.ts`): the document
 * is made of nothing but the record.
 */
export function quoteDocument(record: ArticleRecord, chain: readonly Quote[], digest: string): SearchDocument {
  const [first] = chain
  if (!first) throw new Error('a quote chain has at least one part')
  const speaker = first.speaker ?? chain.find((part) => part.speaker)?.speaker ?? null
  const content = (): string => {
    const { filters, meta, sort } = articleFacets(record, 'quote')
    const fields: SearchRecord = {
      content: chainText(chain),
      filters: speaker ? { ...filters, speaker: [speaker.name] } : filters,
      meta: { ...meta, speaker: speaker?.name ?? '', kind: first.kind },
      sort
    }
    return JSON.stringify(fields)
  }
  return located(record, digest, `${paths.article(record.slug)}#${first.id}`, 'record', content)
}

/** A block's text with its quotes' words left out, their marks kept around an ellipsis so the excerpt still reads. */
function blockWithoutQuotes(block: BodyBlock, inside: readonly Quote[]): string {
  let text = ''
  let at = block.start
  for (const quote of inside) {
    text += block.text.slice(at - block.start, quote.start - block.start) + '…'
    at = quote.end
  }
  return text + block.text.slice(at - block.start)
}

/** The document for an article: its headline and the writer's own words. `digest` as for `quoteDocument`. */
export function articleDocument(record: ArticleRecord, digest: string): SearchDocument {
  const content = () => page(record.headline, [
    `<h1>${escapeHtml(record.headline)}</h1>`,
    ...spansWithin(record.body, record.quotes).map((inside, index) => `<p>${escapeHtml(blockWithoutQuotes(record.body[index] as BodyBlock, inside))}</p>`)
  ], articleFacets(record, 'article'))
  return located(record, digest, paths.article(record.slug), 'page', content)
}

/** The document for one actor with a page: who they are, not what they said (their quotes have documents of their own). */
export function actorDocument(actor: ArchiveActor, url: string): SearchDocument {
  const facets: Facets = { filters: { type: ['person'] }, meta: { title: actor.name }, sort: {} }
  const madeFrom = `actor ${JSON.stringify([actor.name, actor.aliases, actor.titles])}`
  return lazy(url, 'page', undefined, madeFrom, () => page(actor.name, [
    `<h1>${escapeHtml(actor.name)}</h1>`,
    ...[...actor.aliases, ...actor.titles].map((text) => `<p>${escapeHtml(text)}</p>`)
  ], facets))
}

/** Every document of the archive: each quote, each article, each actor with a page. `digests` holds the records' `recordDigest` made already. */
export function archiveDocuments(archive: Archive, digests: ReadonlyMap<ArticleRecord, string> = new Map()): SearchDocument[] {
  const documents: SearchDocument[] = []
  for (const record of archive.records) {
    const digest = digests.get(record) ?? recordDigest(record)
    for (const chain of quoteChains(record.quotes)) documents.push(quoteDocument(record, chain, digest))
    documents.push(articleDocument(record, digest))
  }
  for (const actor of archive.actors.filter(hasPage)) documents.push(actorDocument(actor, paths.actor(actor.id)))
  return documents
}
