/**
 * The documents Pagefind indexes, built for search and never written to the
 * site. An article is one document: its headline, then its text in order,
 * with a heading before each quote, anchored at the quote's id and naming
 * its speaker. Pagefind makes each heading's section a sub-result, so words
 * of a quote find that quote and link to its anchor, while every word of the
 * article is indexed once, as a plain page's would be.
 */
import type { Archive } from '../archive/archive.ts'
import { hasPage, paths } from '../site/data.ts'
import { publishedLabel } from '../site/format.ts'
import { spansWithin } from '../extract/span.ts'
import type { ArchiveActor, ArticleRecord, BodyBlock, Quote } from '../types.ts'

export interface SearchDocument {
  url: string
  content: string
  /** The year the article was published, which decides its shard; none for actors and undated articles. */
  year?: string
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An invisible element carrying a Pagefind filter, meta or sort value. */
const data = (attribute: string, value: string): string => `<data ${attribute}="${escapeHtml(value)}"></data>`

/** A page for the index: the title as heading, then the parts, already escaped. */
function page(title: string, parts: readonly string[]): string {
  const heading = escapeHtml(title)
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><main data-pagefind-body><h1>${heading}</h1>${parts.join('')}</main></body></html>`
}

/** The heading that starts a quote's section: the speaker's name, anchored at the quote. */
const quoteHeading = (quote: Quote): string => `<h2 id="${quote.id}">${escapeHtml(quote.speaker?.name ?? 'No speaker given')}</h2>`

/** A block's text, cut at the start of each of its quotes (those inside it, in order), with the quote's heading before each cut. */
export function blockHtml(block: BodyBlock, inside: readonly Quote[]): string {
  const parts: string[] = []
  let at = block.start
  for (const quote of inside) {
    // The cut goes before the opening mark, which the quote's own text leaves out.
    const opening = /[“"‘'«„]*$/.exec(block.text.slice(at - block.start, quote.start - block.start))?.[0] ?? ''
    const cut = quote.start - opening.length
    if (cut > at) parts.push(`<p>${escapeHtml(block.text.slice(at - block.start, cut - block.start))}</p>`)
    parts.push(quoteHeading(quote))
    at = cut
  }
  parts.push(`<p>${escapeHtml(block.text.slice(at - block.start))}</p>`)
  return parts.join('')
}

/** The document search sees for one article. */
export function articleDocument(record: ArticleRecord): SearchDocument {
  const speakers = [...new Set(record.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])))]
  const quotesInBlocks = spansWithin(record.body, record.quotes)
  const inBody = new Set(quotesInBlocks.flat())
  const date = record.published?.date
  const content = page(record.headline, [
    ...record.body.map((block, index) => blockHtml(block, quotesInBlocks[index] ?? [])),
    // A quote outside the body (in a caption, say) still gets its section.
    ...record.quotes.filter((quote) => !inBody.has(quote)).map((quote) => `${quoteHeading(quote)}<p>${escapeHtml(quote.text)}</p>`),
    data('data-pagefind-meta', `date:${publishedLabel(record.published)}`),
    // The whole words of each quote, for the result to show; an excerpt is cut at thirty words.
    ...record.quotes.map((quote) => data('data-pagefind-meta', `${quote.id}:${quote.text}`)),
    data('data-pagefind-filter', `article:${record.headline}`),
    ...speakers.map((speaker) => data('data-pagefind-filter', `speaker:${speaker}`)),
    ...record.sources.map((source) => data('data-pagefind-filter', `source:${source.name}`)),
    ...(date ? [data('data-pagefind-filter', `year:${date.slice(0, 4)}`), data('data-pagefind-sort', `date:${date}`)] : [])
  ])
  return date ? { url: paths.article(record.slug), content, year: date.slice(0, 4) } : { url: paths.article(record.slug), content }
}

/** The document search sees for one actor with a page: who they are, not what they said (their quotes are in the articles' documents). */
export function actorDocument(actor: ArchiveActor, url: string): SearchDocument {
  const content = page(actor.name, [
    ...[...actor.aliases, ...actor.titles].map((text) => `<p>${escapeHtml(text)}</p>`),
    data('data-pagefind-filter', `speaker:${actor.name}`)
  ])
  return { url, content }
}

/** Every document of the archive: one an article, one an actor with a page of their own. */
export function archiveDocuments(archive: Archive): SearchDocument[] {
  return [...archive.records.map(articleDocument), ...archive.actors.filter(hasPage).map((actor) => actorDocument(actor, paths.actor(actor.id)))]
}
