/**
 * The one place that talks to Pagefind. Pages are indexed from their
 * `data-pagefind-body` parts (article text, actor names and titles), and every
 * quote is a record of its own whose URL is the quote's anchor, so searching
 * words of a quote finds that quote. Pagefind reports failures in `errors`
 * arrays rather than throwing; each is checked here.
 */
import * as pagefind from 'pagefind'
import path from 'node:path'
import { publishedLabel } from '../site/format.ts'
import type { ArchiveQuote, ArticleRecord } from '../types.ts'

export interface SearchRecord {
  url: string
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort?: Record<string, string>
}

/** One search record a quote: its words and speaker are what a search matches. */
export function quoteRecords(quotes: readonly ArchiveQuote[], records: readonly ArticleRecord[]): SearchRecord[] {
  const bySlug = new Map(records.map((record) => [record.slug, record]))
  return quotes.map((quote) => {
    const record = bySlug.get(quote.article)
    const date = quote.published?.date
    const speaker = quote.speaker?.name
    return {
      url: `/articles/${quote.article}/#${quote.id}`,
      content: [quote.text, speaker].filter(Boolean).join(' — '),
      meta: { kind: 'quote', title: speaker ? `${speaker}: ${quote.text}` : quote.text, quote: quote.text, speaker: speaker ?? '', headline: quote.headline, date: publishedLabel(quote.published) },
      filters: {
        ...(speaker ? { speaker: [speaker] } : {}),
        article: [quote.headline],
        source: record?.sources.map((source) => source.name) ?? [],
        ...(date ? { year: [date.slice(0, 4)] } : {})
      },
      ...(date ? { sort: { date } } : {})
    }
  })
}

/** Indexes the site in `folder` and writes the index to `folder/pagefind`; returns the number of pages and records indexed. */
export async function indexSite(folder: string, records: readonly SearchRecord[]): Promise<{ pages: number; records: number }> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' })
  try {
    const index = created.index
    if (!index || created.errors.length > 0) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
    const added = await index.addDirectory({ path: folder })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`)
    for (const record of records) {
      const custom = await index.addCustomRecord({ ...record, language: 'en' })
      if (custom.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${custom.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: path.join(folder, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return { pages: added.page_count, records: records.length }
  } finally {
    await pagefind.close()
  }
}
