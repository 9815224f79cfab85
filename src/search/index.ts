/**
 * The one place that talks to Pagefind. Each article is indexed as one
 * document built for search: its headline and text, then one section a quote,
 * headed by the speaker's name and anchored at the quote's id. Pagefind turns
 * those sections into sub-results, so searching words of a quote finds that
 * quote and links to its anchor, while the index holds one page an article,
 * as a plain site's would. Each actor is a small document of their name,
 * other spellings and titles. Pagefind never reads the written pages, only
 * these documents. Pagefind reports failures
 * in `errors` arrays rather than throwing; each is checked here.
 */
import * as pagefind from 'pagefind'
import path from 'node:path'
import { publishedLabel } from '../site/format.ts'
import type { ArchiveActor, ArticleRecord } from '../types.ts'

export interface SearchDocument {
  url: string
  content: string
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An invisible element carrying a Pagefind filter, meta or sort value. */
const data = (attribute: string, value: string): string => `<data ${attribute}="${escapeHtml(value)}"></data>`

/** A page for the index: the title as heading, then the parts, already escaped. */
function page(title: string, parts: readonly string[]): string {
  const heading = escapeHtml(title)
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><main data-pagefind-body><h1>${heading}</h1>${parts.join('')}</main></body></html>`
}

/** The document search sees for one article; never written to the site. */
export function articleDocument(record: ArticleRecord): SearchDocument {
  const speakers = [...new Set(record.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])))]
  const date = record.published?.date
  const content = page(record.headline, [
    ...record.body.map((block) => `<p>${escapeHtml(block.text)}</p>`),
    ...record.quotes.map((quote) => `<section><h2 id="${quote.id}">${escapeHtml(quote.speaker?.name ?? 'No speaker given')}</h2><p>${escapeHtml(quote.text)}</p></section>`),
    data('data-pagefind-meta', `date:${publishedLabel(record.published)}`),
    // The whole words of each quote, for the result to show; an excerpt is cut at thirty words.
    ...record.quotes.map((quote) => data('data-pagefind-meta', `${quote.id}:${quote.text}`)),
    data('data-pagefind-filter', `article:${record.headline}`),
    ...speakers.map((speaker) => data('data-pagefind-filter', `speaker:${speaker}`)),
    ...record.sources.map((source) => data('data-pagefind-filter', `source:${source.name}`)),
    ...(date ? [data('data-pagefind-filter', `year:${date.slice(0, 4)}`), data('data-pagefind-sort', `date:${date}`)] : [])
  ])
  return { url: `/articles/${record.slug}/`, content }
}

/** The document search sees for one actor: who they are, not what they said (their quotes are in the articles' documents). */
export function actorDocument(actor: ArchiveActor): SearchDocument {
  const content = page(actor.name, [
    ...[...actor.aliases, ...actor.titles].map((text) => `<p>${escapeHtml(text)}</p>`),
    data('data-pagefind-filter', `speaker:${actor.name}`)
  ])
  return { url: `/actors/${actor.id}/`, content }
}

/** Indexes the documents and writes the index to `folder/pagefind`. */
export async function indexSite(folder: string, documents: readonly SearchDocument[]): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' })
  try {
    const index = created.index
    if (!index || created.errors.length > 0) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
    for (const document of documents) {
      const file = await index.addHTMLFile(document)
      if (file.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${file.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: path.join(folder, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return { pages: documents.length }
  } finally {
    await pagefind.close()
  }
}
