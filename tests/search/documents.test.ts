import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { articleDocument, actorDocument } from '../../src/search/documents.ts'
import { extractText } from '../helpers.ts'

const text = [
  'Ferry fares rise again',
  '',
  'HALIFAX, Nova Scotia (AP) — Fares on the harbour ferry will rise in May, the operator said.',
  '',
  '“We held prices for six years,” said Mara Quill, the operator’s director. “That cannot go on.”',
  '',
  'Riders were unhappy. “It is a tax on the east side,” said Tom Beck, who rides daily, calling the rise <b>unfair</b>.'
].join('\n')
const record = buildArchive([extractText(text, 'ferry.txt')]).records[0]
if (!record) throw new Error('the test article did not extract')
const document = articleDocument(record)
const sections = [...document.content.matchAll(/<h2 id="(q\d+)">([^<]*)<\/h2><p>([^<]*)<\/p>/g)].map(([, id, speaker, words]) => ({ id, speaker, words }))

describe('articleDocument', () => {
  it('should index every word of the article once', () => {
    const indexed = document.content.replace(/<data [^>]*><\/data>/g, '')
    for (const phrase of ['held prices for six years', 'That cannot go on', 'a tax on the east side', 'Riders were unhappy']) {
      assert.equal(indexed.split(phrase).length - 1, 1, phrase)
    }
  })
  it('should start a section at each quote, named by its speaker and anchored at its id', () => {
    assert.deepEqual(
      sections.map(({ id, speaker }) => [id, speaker]),
      record.quotes.map((quote) => [quote.id, quote.speaker?.name ?? 'No speaker given'])
    )
    assert.deepEqual(sections.map(({ speaker }) => speaker), ['Mara Quill', 'Mara Quill', 'Tom Beck'])
  })
  it('should put the quote, from its opening mark, and what follows it, up to the next quote, in its section', () => {
    assert.equal(sections[0]?.words, '“We held prices for six years,” said Mara Quill, the operator’s director. ')
    assert.equal(sections[1]?.words, '“That cannot go on.”')
    assert.match(sections[2]?.words ?? '', /^“It is a tax on the east side,” said Tom Beck/)
  })
  it('should escape article text, which is data', () => {
    assert.ok(!document.content.includes('<b>'))
    assert.ok(document.content.includes('&lt;b&gt;unfair&lt;/b&gt;'))
  })
  it('should carry each quote whole as meta, and the filters and date sort', () => {
    for (const quote of record.quotes) assert.ok(document.content.includes(`data-pagefind-meta="${quote.id}:${quote.text}"`), quote.id)
    assert.ok(document.content.includes('data-pagefind-filter="speaker:Tom Beck"'))
    assert.ok(document.content.includes('data-pagefind-filter="article:Ferry fares rise again"'))
    assert.ok(document.content.includes('data-pagefind-filter="source:Associated Press"'))
    assert.equal(document.url, `/articles/${record.slug}/`)
  })
})

describe('actorDocument', () => {
  it('should hold the name, other spellings and titles, filterable by speaker, at the URL given', () => {
    const actor = { id: 'mara-quill', name: 'Mara Quill', kind: 'person' as const, aliases: ['Quill'], titles: ['director'], articles: ['ferry'], quoteCount: 2 }
    const built = actorDocument(actor, '/actors/mara-quill/')
    assert.equal(built.url, '/actors/mara-quill/')
    assert.match(built.content, /<h1>Mara Quill<\/h1><p>Quill<\/p><p>director<\/p>/)
    assert.ok(built.content.includes('data-pagefind-filter="speaker:Mara Quill"'))
  })
})
