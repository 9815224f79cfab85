/**
 * Saved web pages in: the article found with Readability (the reader view
 * browsers use) over a linkedom DOM, and what the page states about itself
 * (schema.org JSON-LD, then Open Graph and other `<meta>` tags, then the
 * canonical link). Nothing in the page runs and nothing is fetched: linkedom
 * executes no scripts and loads no resources.
 *
 * The article becomes plain text, a block a paragraph, and that text is what
 * every offset of the record points into: it is kept beside the page as the
 * article's `original.txt`. Block quotes and `<q>` elements are quotes whether
 * or not the page puts marks around them, so their words are given marks.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { decodeArticle, type Decoded } from './decode.ts'

/** Bounds on a page's shape: real news pages nest a few dozen elements deep and hold a few thousand. */
const maxDepth = 400
const maxElements = 200_000

/** How deep a page's elements nest and how many there are, counted without recursion. */
function shapeOf(root: Element): { depth: number; elements: number } {
  let depth = 0
  let elements = 0
  const stack: Array<[Element, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [element, level] = stack.pop() as [Element, number]
    elements += 1
    depth = Math.max(depth, level)
    if (depth > maxDepth || elements > maxElements) break
    for (const child of element.children) stack.push([child, level + 1])
  }
  return { depth, elements }
}

/** The fewest words an article has: a short news brief has forty. */
const minimumWords = 20

/** What a page states about itself. */
export interface PageMetadata {
  headline?: string
  /** An ISO date: `2024-05-02`. */
  published?: string
  publisher?: string
  url?: string
  authors: string[]
}

export type PageRead = { ok: true; text: string; page: PageMetadata; warnings: string[] } | { ok: false; reason: string }

/** The text of a page's article, and what the page says about itself. */
export function readPage(bytes: Uint8Array): PageRead {
  const decoded = decodePage(bytes)
  if (!decoded.ok) return decoded
  const { document } = parseHTML(decoded.text)
  const shape = shapeOf(document.documentElement)
  // Readability's work grows with the square of the nesting: a page nested thousands deep would take minutes.
  if (shape.depth > maxDepth) return { ok: false, reason: `elements nested ${shape.depth} deep, more than the ${maxDepth} a news page needs` }
  if (shape.elements > maxElements) return { ok: false, reason: `${shape.elements} elements, more than the ${maxElements} a news page needs` }
  const warnings = [...decoded.warnings]
  // Metadata first: Readability takes the article out of the document it reads.
  const page = pageMetadata(document, warnings)
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  if (!article?.content) return { ok: false, reason: 'no article found in the page' }
  const text = blocksOf(parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body).join('\n\n')
  // Readability returns something for any page; a menu or a cookie notice is not an article.
  if (text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < minimumWords) return { ok: false, reason: `no article found in the page (under ${minimumWords} words of text)` }
  if (!page.headline && article.title) page.headline = clean(article.title)
  if (!page.publisher && article.siteName) page.publisher = clean(article.siteName)
  if (page.authors.length === 0 && article.byline) page.authors.push(...splitAuthors(clean(article.byline)))
  return { ok: true, text, page, warnings }
}

/** Encodings a page may declare that onrecord reads, by their labels. */
const readable = new Map([
  ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'],
  ['windows-1252', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['latin1', 'windows-1252'], ['us-ascii', 'windows-1252'], ['ascii', 'windows-1252'],
  ['utf-16', 'utf-16'], ['utf-16le', 'utf-16'], ['utf-16be', 'utf-16']
])

/**
 * The page's bytes as text: as a text file is read (UTF-8, UTF-16 with a
 * byte-order mark, else Windows-1252), unless its `<meta charset>` declares
 * an encoding onrecord does not read, which is refused with that reason.
 */
function decodePage(bytes: Uint8Array): Decoded {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048))
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase()
  if (declared && !readable.has(declared)) return { ok: false, reason: `the page declares its encoding as ${declared} (<meta charset>); onrecord reads UTF-8, UTF-16 and Windows-1252 pages` }
  return decodeArticle(bytes)
}

/** JSON-LD first, then Open Graph and `<meta>`, then the canonical link: what the page says it is. */
function pageMetadata(document: ParentNode, warnings: string[]): PageMetadata {
  const linked = linkedArticle(document, warnings)
  const meta = (name: string) => clean(document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '') || undefined
  const page: PageMetadata = { authors: [] }
  const headline = text(linked?.['headline']) ?? meta('og:title') ?? meta('twitter:title')
  const published = isoDateOf(text(linked?.['datePublished']) ?? meta('article:published_time') ?? meta('datePublished') ?? meta('date'))
  const publisher = nameOf(linked?.['publisher']) ?? meta('og:site_name') ?? meta('application-name')
  const url = text(linked?.['url']) ?? meta('og:url') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute('href') || undefined)
  if (headline) page.headline = headline
  if (published) page.published = published
  if (publisher) page.publisher = publisher
  if (url && /^https?:\/\//i.test(url)) page.url = url
  const authors = [linked?.['author']].flat().map(nameOf).filter((name): name is string => name !== undefined)
  page.authors = authors.length > 0 ? authors : splitAuthors(meta('author') ?? meta('article:author') ?? '')
  return page
}

const articleTypes = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'OpinionNewsArticle', 'LiveBlogPosting'])

/** The page's schema.org article, from any of its JSON-LD blocks (also inside `@graph`); a block that is not JSON is a warning. */
function linkedArticle(document: ParentNode, warnings: string[]): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      warnings.push('a JSON-LD block of the page is not valid JSON; ignored')
      continue
    }
    const candidates = [data].flat().flatMap((item) => (isRecord(item) && Array.isArray(item['@graph']) ? item['@graph'] : [item]))
    const found = candidates.find((item): item is Record<string, unknown> => isRecord(item) && [item['@type']].flat().some((type) => typeof type === 'string' && articleTypes.has(type)))
    if (found) return found
  }
  return undefined
}

/** The article's blocks as text: headings, paragraphs, list items, captions, block quotes given marks. */
function blocksOf(root: Element): string[] {
  const blocks: string[] = []
  const visit = (element: Element, quoted: boolean): void => {
    const name = element.tagName.toLowerCase()
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return
    if (name === 'blockquote') {
      const before = blocks.length
      for (const child of element.children) visit(child, true)
      // A block quote of bare text, with no paragraphs of its own.
      if (blocks.length === before) push(inlineText(element), true)
      return
    }
    if (/^(?:p|h[1-6]|li|figcaption|pre|dt|dd|td|th)$/.test(name)) {
      push(inlineText(element), quoted)
      return
    }
    if (element.children.length === 0) push(inlineText(element), quoted)
    else for (const child of element.children) visit(child, quoted)
  }
  const push = (block: string, quoted: boolean) => {
    if (!/[\p{L}\p{N}]/u.test(block)) return
    blocks.push(quoted ? marked(block) : block)
  }
  for (const child of root.children) visit(child, false)
  return blocks
}

/** An element's text on one line, each `<q>` given marks unless the page wrote them. */
function inlineText(element: Element): string {
  let text = ''
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1) {
      const child = node as Element
      const name = child.tagName.toLowerCase()
      if (name === 'script' || name === 'style') continue
      if (name === 'br') text += ' '
      else if (name === 'q') text += marked(inlineText(child))
      else text += inlineText(child)
    }
  }
  return clean(text)
}

/** Words in curly marks, unless they already stand in marks. */
function marked(words: string): string {
  return /^[“"‘'«]/.test(words) ? words : `“${words}”`
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim()

function text(value: unknown): string | undefined {
  return typeof value === 'string' && clean(value) !== '' ? clean(value) : undefined
}

/** A name from a schema.org Person or Organization, or a bare string. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0])
  return isRecord(value) ? text(value['name']) : text(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The calendar date of a timestamp the page states: "2024-05-02T09:30:00Z" is 2024-05-02. */
function isoDateOf(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!match) return undefined
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : undefined
}

/** "By Ana Ruiz and Tom Lee" is two authors. */
function splitAuthors(byline: string): string[] {
  return byline.replace(/^by\s+/i, '').split(/\s*(?:,|\band\b|&)\s*/i).map(clean).filter((name) => /\p{Lu}/u.test(name) && name.split(' ').length <= 5)
}
