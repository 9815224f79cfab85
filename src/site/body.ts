/**
 * The article body as HTML, built as an mdast tree from the record's body
 * blocks and turned into HTML by remark-html. Article text only ever becomes
 * text nodes, so it is escaped; each quote becomes a `<q>` with the quote's id,
 * followed by a link to its speaker.
 */
import { unified } from 'unified'
import remarkHtml from 'remark-html'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { spansWithin } from '../extract/span.ts'
import type { ArticleRecord, BodyBlock, Quote } from '../types.ts'

const compiler = unified().use(remarkHtml, { sanitize: false }).freeze()

export interface BodyLinks {
  actor: (actorId: string) => string
}

export function renderBody(record: ArticleRecord, links: BodyLinks): string {
  const quotes = spansWithin(record.body, record.quotes)
  const tree: Root = { type: 'root', children: record.body.map((block, index) => blockNode(block, quotes[index] ?? [], links)) }
  return compiler.stringify(tree)
}

/** A block with the quotes inside it. */
function blockNode(block: BodyBlock, quotes: readonly Quote[], links: BodyLinks): RootContent {
  const children = inline(block, quotes, links)
  if (block.kind === 'subheading') return { type: 'heading', depth: 2, children }
  const paragraph: RootContent = { type: 'paragraph', children }
  if (block.kind === 'standfirst') paragraph.data = { hProperties: { className: ['standfirst'] } }
  return paragraph
}

function inline(block: BodyBlock, quotes: readonly Quote[], links: BodyLinks): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let at = block.start
  const text = (from: number, to: number) => block.text.slice(from - block.start, to - block.start)
  for (const quote of quotes) {
    if (quote.start > at) nodes.push({ type: 'text', value: text(at, quote.start) })
    nodes.push({
      type: 'emphasis',
      data: { hName: 'q', hProperties: { id: quote.id, className: ['quote', `quote-${quote.kind}`] } },
      children: [{ type: 'text', value: quote.text }]
    })
    // The speaker's link follows the closing mark, which the quote's own text leaves out.
    const closing = /^[”"’'»]*/.exec(text(quote.end, block.end))?.[0] ?? ''
    if (closing) nodes.push({ type: 'text', value: closing })
    at = quote.end + closing.length
    if (quote.speaker) {
      nodes.push({
        type: 'link',
        url: links.actor(quote.speaker.actorId),
        data: { hProperties: { className: ['quote-speaker'] } },
        children: [{ type: 'text', value: quote.speaker.name }]
      })
    }
  }
  if (at < block.end) nodes.push({ type: 'text', value: text(at, block.end) })
  return nodes
}
