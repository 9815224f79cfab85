/**
 * Citing a quote: who said it, the words, the article and outlet that
 * reported it, its date (or the date it cannot be before), and the quote's
 * permalink on the site. As text a reader pastes (shown under each quote),
 * and as BibTeX and CSL-JSON in the API, for reference managers.
 */
import { readableDate } from '../site/format.ts'
import { chainText } from './chains.ts'
import type { ArchiveQuote, Published } from '../types.ts'

/** Everything a citation of one quote says. */
export interface QuoteCitation {
  /** `<article slug>/<quote id>`: the citation key. */
  archiveId: string
  speaker: string | null
  words: string
  headline: string
  publisher: string | undefined
  published: Published | null
  /** The quote's absolute address on the site. */
  permalink: string
}

/** The citation of a quote (a chain of parts, for a quote split in parts), its permalink under `baseUrl`. */
export function quoteCitation(chain: readonly ArchiveQuote[], publisher: string | undefined, baseUrl: string): QuoteCitation {
  const [first] = chain
  if (!first) throw new Error('a quote has at least one part')
  return {
    archiveId: first.archiveId,
    speaker: chain.find((part) => part.speaker)?.speaker?.name ?? null,
    words: chainText(chain),
    headline: first.headline,
    publisher,
    published: first.published,
    permalink: new URL(first.url.replace(/^\//, ''), baseUrl).href
  }
}

/** Where the citation text leaves the date the reader read the quote; the page's script fills it in. */
export const accessedPlaceholder = '[date accessed]'

function dateOf(published: Published | null): string {
  if (!published) return 'n.d.'
  return published.basis === 'not-before' ? `not before ${readableDate(published.date)}` : readableDate(published.date)
}

/**
 * The citation as a reader pastes it: `Ana Ruiz, quoted in “Headline,”
 * Outlet, 1 March 2024: “words.” https://…#q3. Accessed [date accessed].`
 */
export function citationText(citation: QuoteCitation, accessed = accessedPlaceholder): string {
  const who = citation.speaker ? `${citation.speaker}, quoted in` : 'Unattributed quote in'
  const where = [`${who} “${citation.headline.replace(/[.,]$/, '')},”`, citation.publisher, dateOf(citation.published)].filter(Boolean).join(' ')
  return `${where}: “${citation.words.replace(/[,;:]$/, '')}” ${citation.permalink}. Accessed ${accessed}.`
}

const bibtexEscapes: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' }

/** BibTeX's special characters escaped, so that article text is only ever text. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (character) => bibtexEscapes[character] ?? `\\${character}`)
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * One `@misc` entry: the article as the work (its headline and outlet), the
 * quote's permalink as its address, the speaker and the words in the note.
 */
export function bibtexEntry(citation: QuoteCitation, accessed: string): string {
  const [year, month] = citation.published?.date.split('-') ?? []
  const quoted = `${citation.speaker ?? 'Unattributed'}, quoted: “${citation.words}”`
  const fields: Array<[string, string | undefined]> = [
    ['title', citation.headline],
    ['howpublished', citation.publisher],
    ['year', year],
    ['month', month ? bibtexMonths[Number(month) - 1] : undefined],
    ['url', citation.permalink],
    ['urldate', accessed],
    ['note', citation.published?.basis === 'not-before' ? `${quoted}. Date not before ${citation.published.date}` : quoted]
  ]
  const lines = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${name === 'url' ? value : bibtexText(value)}}`]))
  return `@misc{${citation.archiveId.replace(/[^A-Za-z0-9:_-]/g, ':')},\n${lines.join(',\n')}\n}\n`
}

/** One CSL-JSON item, as reference managers import it: the article, with the speaker and words in its note. */
export function cslItem(citation: QuoteCitation, accessed: string) {
  const dateParts = (iso: string) => [iso.split('-').map(Number)]
  const exact = citation.published && citation.published.basis !== 'not-before' ? citation.published.date : undefined
  return {
    id: citation.archiveId,
    type: 'article-newspaper',
    title: citation.headline,
    ...(citation.publisher ? { 'container-title': citation.publisher } : {}),
    ...(exact ? { issued: { 'date-parts': dateParts(exact) } } : {}),
    URL: citation.permalink,
    accessed: { 'date-parts': dateParts(accessed) },
    note: `${citation.speaker ?? 'Unattributed'}, quoted: “${citation.words}”${citation.published?.basis === 'not-before' ? `. Date not before ${citation.published.date}` : ''}`
  }
}
