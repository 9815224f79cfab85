import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { recordDigest } from '../../src/archive/api.ts'
import { articleDocument, actorDocument, quoteDocument, type SearchDocument, type SearchRecord } from '../../src/search/documents.ts'
import type { Quote } from '../../src/types.ts'
import { quoteChains } from '../../src/archive/chains.ts'
import { extractText } from '../helpers.ts'

const text = [
  'Ferry fares rise again',
  '',
  'HALIFAX, Nova Scotia, March 3, 2021 (AP) — Fares on the harbour ferry will rise in May, the operator said.',
  '',
  '“We held prices for six years,” said Mara Quill, the operator’s director. “That cannot go on.”',
  '',
  'Riders were unhappy. “It is a tax on the east side,” said Tom Beck, who rides daily, calling the rise <b>unfair</b>.'
].join('\n')
const record = buildArchive([extractText(text, 'ferry.txt')]).records[0]
if (!record) throw new Error('the test article did not extract')
const article = articleDocument(record, recordDigest(record))
const quotes = quoteChains(record.quotes).map((chain) => quoteDocument(record, chain, recordDigest(record)))
const indexed = (content: string) => content.replace(/<data [^>]*><\/data>/g, '')

/** A quote document's custom record. */
const fields = (document: SearchDocument): SearchRecord => {
  assert.equal(document.format, 'record', document.url)
  return JSON.parse(document.content) as SearchRecord
}

describe('quoteDocument', () => {
  it('should hold the words of its quote and nothing else of the article, as plain text', () => {
    assert.deepEqual(quotes.map((document) => fields(document).content), [
      'We held prices for six years, … That cannot go on.',
      'It is a tax on the east side,'
    ])
  })
  it('should land on the first part of the quote, in its article', () => {
    assert.deepEqual(quotes.map((document) => document.url), [`/articles/${record.slug}/#q1`, `/articles/${record.slug}/#q3`])
  })
  it('should carry the speaker filter, the article’s filters and the date sort', () => {
    const [quill, beck] = quotes.map(fields)
    assert.deepEqual(quill?.filters['speaker'], ['Mara Quill'])
    assert.deepEqual(beck?.filters, {
      type: ['quote'],
      article: ['Ferry fares rise again'],
      source: ['Associated Press'],
      year: ['2021'],
      speaker: ['Tom Beck']
    })
    assert.deepEqual(beck?.sort, { date: '2021-03-03' })
    assert.equal(beck?.meta['title'], 'Ferry fares rise again')
    assert.equal(beck?.meta['speaker'], 'Tom Beck')
    assert.equal(beck?.meta['kind'], 'statement')
  })
  it('should file a quote of an undated article under the year “undated”, with no date to sort by', () => {
    const undated = fields(beckUndated())
    assert.deepEqual(undated.filters['year'], ['undated'])
    assert.deepEqual(undated.sort, {})
  })
  it('should keep markup in a quote as text, for the search page to escape', () => {
    const marked = fields(quoteDocument(record, [{ ...(record.quotes[0] as Quote), text: 'a <b>bold</b> & "fair" claim' }], 'a digest'))
    assert.equal(marked.content, 'a <b>bold</b> & "fair" claim')
  })
})

describe('articleDocument', () => {
  it('should index the writer’s words once and no quote’s words', () => {
    const words = indexed(article.content)
    for (const phrase of ['Fares on the harbour ferry', 'said Mara Quill', 'Riders were unhappy']) assert.equal(words.split(phrase).length - 1, 1, phrase)
    for (const phrase of ['held prices', 'That cannot go on', 'a tax on the east side']) assert.ok(!words.includes(phrase), phrase)
  })
  it('should have no speaker filter, so a speaker chosen alone lists quotes', () => {
    assert.ok(!article.content.includes('data-pagefind-filter="speaker:'))
    assert.ok(article.content.includes('data-pagefind-filter="type:article"'))
    assert.equal(article.format, 'page')
    assert.equal(article.url, `/articles/${record.slug}/`)
  })
  it('should escape article text, which is data', () => {
    assert.ok(!article.content.includes('<b>'))
    assert.ok(article.content.includes('&lt;b&gt;unfair&lt;/b&gt;'))
  })
})

describe('actorDocument', () => {
  it('should hold the name, other spellings and titles, as a person, at the URL given', () => {
    const actor = { id: 'mara-quill', name: 'Mara Quill', kind: 'person' as const, aliases: ['Quill'], titles: ['director'], articles: ['ferry'], quoteCount: 2 }
    const built = actorDocument(actor, '/actors/mara-quill/')
    assert.equal(built.url, '/actors/mara-quill/')
    assert.match(built.content, /<h1>Mara Quill<\/h1><p>Quill<\/p><p>director<\/p>/)
    assert.ok(built.content.includes('data-pagefind-filter="type:person"'))
    assert.ok(!built.content.includes('data-pagefind-filter="speaker:'))
  })
})

function beckUndated(): SearchDocument {
  const undated = buildArchive([extractText(text.replace('HALIFAX, Nova Scotia, March 3, 2021 (AP) — ', ''), 'undated.txt')]).records[0]
  if (!undated) throw new Error('the undated article did not extract')
  return quoteDocument(undated, quoteChains(undated.quotes).at(-1) ?? [], recordDigest(undated))
}

describe('what a document is made of', () => {
  it('should be its record\'s digest for an article and its quotes, and change with it', () => {
    const digest = recordDigest(record)
    assert.deepEqual([article, ...quotes].map((document) => document.madeFrom), Array.from({ length: quotes.length + 1 }, () => `record ${digest}`))
    assert.notEqual(articleDocument(record, 'another digest').madeFrom, article.madeFrom)
  })
  it('should be an actor\'s name, other spellings and titles, each changing it', () => {
    const actor = { id: 'mara-quill', name: 'Mara Quill', kind: 'person' as const, aliases: ['M. Quill'], titles: ['harbour master'], articles: [] as string[], quoteCount: 0 }
    const madeFrom = (changed: Partial<typeof actor>) => actorDocument({ ...actor, ...changed }, '/actors/mara-quill/').madeFrom
    const made = madeFrom({})
    assert.notEqual(madeFrom({ name: 'Mara Quil' }), made)
    assert.notEqual(madeFrom({ aliases: [] }), made)
    assert.notEqual(madeFrom({ titles: ['mayor'] }), made)
    assert.equal(madeFrom({}), made)
  })
})
