/** How dates and counts read on the site. */
import type { Published } from '../types.ts'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Each date read once: an archive's quotes, citations and articles ask for the same few thousand dates about 300,000 times at 10,000 articles. */
const readable = new Map<string, string>()

/** "2014-01-02" reads "2 January 2014"; "2014-01", "January 2014"; "2014", "2014". */
export function readableDate(iso: string): string {
  let text = readable.get(iso)
  if (text === undefined) {
    text = spelledOut(iso)
    readable.set(iso, text)
  }
  return text
}

function spelledOut(iso: string): string {
  const [year, month, day] = iso.split('-')
  const monthName = month ? months[Number(month) - 1] : undefined
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ')
}

/** The published date as honestly as the record knows it. */
export function publishedLabel(published: Published | null): string {
  if (!published) return 'Date unknown'
  return published.basis === 'not-before' ? `Not before ${readableDate(published.date)}` : readableDate(published.date)
}

const basisLabels: Record<Published['basis'], string> = {
  'front-matter': 'as the front matter gives it',
  'page-metadata': 'as the web page states it',
  dateline: 'from the dateline',
  timestamp: 'from the page’s publication line',
  'not-before': 'the latest date the writer mentions, outside captions and quotes'
}

/** Where the published date comes from, in words: "from the dateline". */
export function publishedBasis(published: Published | null): string {
  return published ? basisLabels[published.basis] : 'the article gives no date'
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * Text as XML 1.0 allows it: without the control characters, lone surrogates
 * and non-characters it forbids, any one of which makes a whole feed unreadable.
 */
export function xmlText(text: unknown): string {
  return String(text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
}
