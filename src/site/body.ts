/**
 * The article body as HTML, built as an mdast tree from the record's body
 * blocks and turned into HTML by remark-html. Article text only ever becomes
 * text nodes, so it is escaped; each quote becomes a `<q>` with the quote's id,
 * described by its evidence (the list of quotes says why it has its speaker),
 * followed by a marker linking to its speaker. The words that are evidence (the cue,
 * the words naming the speaker) are marked with the ids of the quotes they
 * serve, so that a page script can light them up while a reader is on the quote.
 */
import { unified } from 'unified'
import remarkHtml from 'remark-html'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { spansWithin } from '../extract/span.ts'
import { quoteChains } from '../archive/chains.ts'
import type { ArticleRecord, BodyBlock, Quote } from '../types.ts'

const compiler = unified().use(remarkHtml, { sanitize: false }).freeze()

export interface BodyLinks {
  actor: (actorId: string) => string
}

interface Rendering {
  links: BodyLinks
  /** The id of the element that says why a quote has its speaker. */
  describedBy: (quote: Quote) => string
}

/** A stretch of a block shown as something other than plain text: a quote, or words that are evidence for quotes. */
type Marked = { type: 'quote'; start: number; end: number; quote: Quote } | { type: 'evidence'; start: number; end: number; role: 'cue' | 'mention'; quotes: string[] }

export function renderBody(record: ArticleRecord, links: BodyLinks): string {
  const marked = spansWithin(record.body, [...record.quotes.map((quote): Marked => ({ type: 'quote', start: quote.start, end: quote.end, quote })), ...evidenceSpans(record.quotes)])
  // Lists show a split quote once, under its first part's id: every part is described by that entry.
  const firstPart = new Map(quoteChains(record.quotes).flatMap((chain) => chain.map((part) => [part.id, chain[0]?.id ?? part.id] as const)))
  const context: Rendering = { links, describedBy: (quote) => `${firstPart.get(quote.id) ?? quote.id}-evidence` }
  const tree: Root = { type: 'root', children: record.body.map((block, index) => blockNode(block, marked[index] ?? [], context)) }
  return compiler.stringify(tree)
}

/** The cue and naming words of every quote, one mark a stretch of text however many quotes it serves. */
function evidenceSpans(quotes: readonly Quote[]): Marked[] {
  const byRange = new Map<string, Extract<Marked, { type: 'evidence' }>>()
  for (const quote of quotes) {
    if (!quote.speaker) continue
    for (const [role, span] of [['cue', quote.cue], ['mention', quote.mention]] as const) {
      if (!span) continue
      const key = `${span.start}:${span.end}`
      const mark = byRange.get(key) ?? { type: 'evidence', start: span.start, end: span.end, role, quotes: [] }
      mark.quotes.push(quote.id)
      byRange.set(key, mark)
    }
  }
  return [...byRange.values()]
}

/** A block with the quotes and evidence inside it. */
function blockNode(block: BodyBlock, marked: readonly Marked[], context: Rendering): RootContent {
  const children = inline(block, marked, context)
  if (block.kind === 'subheading') return { type: 'heading', depth: 2, children }
  const paragraph: RootContent = { type: 'paragraph', children }
  if (block.kind === 'standfirst') paragraph.data = { hProperties: { className: ['standfirst'] } }
  return paragraph
}

function inline(block: BodyBlock, marked: readonly Marked[], { links, describedBy }: Rendering): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let at = block.start
  const text = (from: number, to: number) => block.text.slice(from - block.start, to - block.start)
  for (const mark of [...marked].sort((a, b) => a.start - b.start)) {
    // Evidence never lies inside a quote (quoted words are never a speaker), but a stretch already shown is not shown twice.
    if (mark.start < at) continue
    if (mark.start > at) nodes.push({ type: 'text', value: text(at, mark.start) })
    if (mark.type === 'evidence') {
      nodes.push({
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['evidence', `evidence-${mark.role}`], dataFor: mark.quotes.join(' ') } },
        children: [{ type: 'text', value: text(mark.start, mark.end) }]
      })
      at = mark.end
      continue
    }
    const { quote } = mark
    nodes.push({
      type: 'emphasis',
      data: { hName: 'q', hProperties: { id: quote.id, className: ['quote', `quote-${quote.kind}`], ariaDescribedBy: [describedBy(quote)] } },
      children: [{ type: 'text', value: quote.text }]
    })
    // The speaker's link follows the closing mark, which the quote's own text leaves out.
    const closing = /^[”"’'»]*/.exec(text(quote.end, block.end))?.[0] ?? ''
    if (closing) nodes.push({ type: 'text', value: closing })
    at = quote.end + closing.length
    if (quote.speaker) nodes.push(speakerMarker(quote, quote.speaker, links))
  }
  if (at < block.end) nodes.push({ type: 'text', value: text(at, block.end) })
  return nodes
}

/**
 * The link to a quote's speaker after its closing mark. It holds no text: the
 * name is drawn by the style sheet (`content: attr(data-speaker)`), which a
 * selection never copies, so copied article text is the article's text; the
 * link's accessible name says whose words they are and which quote.
 */
function speakerMarker(quote: Quote, speaker: NonNullable<Quote['speaker']>, links: BodyLinks): PhrasingContent {
  return {
    type: 'link',
    url: links.actor(speaker.actorId),
    data: { hProperties: { className: ['quote-speaker'], dataQuote: quote.id, dataSpeaker: speaker.name, ariaLabel: `said by ${speaker.name} (quote ${quote.id.replace(/^q/, '')})` } },
    children: []
  }
}
