/**
 * An article of many quoted paragraphs: its body HTML and its search
 * document take time in proportion to the article, not to paragraphs ×
 * quotes (40,000 one-quote paragraphs took 25 s when each block filtered
 * every quote).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { renderBody } from '../../src/site/body.ts'
import { articleDocument, quoteDocument } from '../../src/search/documents.ts'
import { quoteChains } from '../../src/archive/chains.ts'
import { spansWithin } from '../../src/extract/span.ts'
import type { ArticleRecord, BodyBlock, Quote } from '../../src/types.ts'

/** A record of `count` paragraphs, each `“Line n,” said Ida Moss.`, with its quote; built directly, the extractor is not under test here. */
function quotedParagraphs(count: number): ArticleRecord {
  const body: BodyBlock[] = []
  const quotes: Quote[] = []
  let at = 0
  for (let index = 0; index < count; index += 1) {
    const text = `“Line ${index},” said Ida Moss.`
    body.push({ text, start: at, end: at + text.length, kind: 'paragraph' })
    const quoteText = `Line ${index},`
    quotes.push({ id: `q${index + 1}`, text: quoteText, start: at + 1, end: at + 1 + quoteText.length, kind: 'statement', speaker: { actorId: 'ida-moss', name: 'Ida Moss' }, cue: { text: 'said', start: at + text.length - 14, end: at + text.length - 10 }, context: { text, start: at, end: at + text.length } })
    at += text.length + 2
  }
  return { id: 'many', slug: 'many', file: 'many.txt', headline: 'Many lines', dateline: null, dates: [], published: null, captions: [], body, sources: [], actors: [], quotes }
}

describe('an article of 40,000 quoted paragraphs', () => {
  const record = quotedParagraphs(40_000)
  it('should render its body and search documents in a few seconds', () => {
    const started = performance.now()
    const html = renderBody(record, { actor: (id) => `/actors/${id}/` })
    const article = articleDocument(record, 'digest')
    const quotes = quoteChains(record.quotes).map((chain) => quoteDocument(record, chain, 'digest'))
    const seconds = (performance.now() - started) / 1000
    assert.ok(seconds < 8, `${seconds.toFixed(1)} s`)
    assert.equal(html.split('<q ').length - 1, 40_000)
    assert.equal(quotes.length, 40_000)
    assert.equal(article.content.split('…').length - 1, 40_000)
  })
})

describe('spansWithin', () => {
  it('should give each range the spans that lie wholly inside it, in order', () => {
    const ranges = [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 10, end: 20 }]
    const spans = [{ start: 22, end: 25 }, { start: 1, end: 3 }, { start: 8, end: 12 }, { start: 4, end: 9 }, { start: 40, end: 41 }]
    assert.deepEqual(spansWithin(ranges, spans), [[{ start: 1, end: 3 }, { start: 4, end: 9 }], [{ start: 22, end: 25 }], []])
  })
})
