/** Saved web pages in: pages written for these tests, in the shapes pages come in. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readPage } from '../../src/read/html.ts'
import { decodeArticleFile } from '../../src/read/files.ts'
import { extractArticle } from '../../src/extract/extract.ts'

const pages = path.join(import.meta.dirname, '..', 'fixtures', 'pages')
const bytes = (name: string) => readFileSync(path.join(pages, name))
const read = (name: string) => {
  const page = readPage(bytes(name))
  assert.ok(page.ok, page.ok ? '' : page.reason)
  return page
}
const record = (name: string) => {
  const file = decodeArticleFile(path.join(pages, name), bytes(name))
  assert.ok(file.ok, file.ok ? '' : file.reason)
  const extraction = extractArticle(file.article)
  assert.ok(extraction.ok, extraction.ok ? '' : extraction.reason)
  return { record: extraction.record, text: file.article.text }
}

describe('a page with JSON-LD, and a cookie banner, navigation, share buttons, comments and related links around the article', () => {
  it('should take what the JSON-LD states before Open Graph and the title', () => {
    assert.deepEqual(read('json-ld.html').page, {
      headline: 'Harbor ferry fares to rise in May',
      published: '2024-04-02',
      publisher: 'The Valley Courier',
      url: 'https://courier.example/news/ferry-fares',
      authors: ['Lena Marsh', 'Omar Haddad']
    })
  })
  it('should keep the article and leave out everything around it, scripts included', () => {
    const { text } = read('json-ld.html')
    assert.match(text, /Fares on the harbor ferry will rise by a quarter in May/)
    for (const furniture of ['cookies', 'Share on Facebook', 'Outrageous', 'Bridge tolls frozen', 'All rights reserved', 'Weather', 'alert(', 'trackEverything', 'tracked']) {
      assert.ok(!text.includes(furniture), furniture)
    }
  })
  it('should read a <q> and a <blockquote> as quotes though the page gives them no marks', () => {
    const { record: article } = record('json-ld.html')
    const words = article.quotes.map((quote) => quote.text)
    assert.ok(words.includes('a tax on the people who can least afford it'))
    assert.ok(words.some((quote) => quote.startsWith('The council will review every fare change')))
    assert.equal(article.quotes.find((quote) => quote.text.startsWith('a tax'))?.speaker?.name, 'Tom Beck')
  })
  it('should date the article by the page, and keep every span the slice of the derived text', () => {
    const { record: article, text } = record('json-ld.html')
    assert.deepEqual(article.published, { date: '2024-04-02', basis: 'page-metadata' })
    assert.equal(article.publisher, 'The Valley Courier')
    assert.equal(article.url, 'https://courier.example/news/ferry-fares')
    for (const quote of article.quotes) assert.equal(text.slice(quote.start, quote.end), quote.text)
  })
  it('should make the authors people on record as authors, never speakers', () => {
    const { record: article } = record('json-ld.html')
    const authors = article.actors.filter((actor) => actor.titles.includes('author'))
    assert.deepEqual(authors.map((actor) => [actor.name, actor.kind]), [['Lena Marsh', 'person'], ['Omar Haddad', 'person']])
    assert.ok(!article.quotes.some((quote) => quote.speaker?.name === 'Lena Marsh' || quote.speaker?.name === 'Omar Haddad'))
  })
})

describe('pages with less to say about themselves', () => {
  it('should take Open Graph and <meta> tags when there is no JSON-LD', () => {
    assert.deepEqual(read('open-graph.html').page, { headline: 'Library to open on Sundays from June', published: '2023-05-17', publisher: 'Northfield Herald', authors: ['Rafael Ortiz'] })
  })
  it('should fall back on the title, with no date, when the page states nothing', () => {
    const { record: article } = record('no-metadata.html')
    assert.equal(article.headline, 'Orchard growers count frost damage')
    assert.equal(article.published, null)
    assert.deepEqual(article.quotes.map((quote) => quote.speaker?.name), ['Ravi Menon', 'Ravi Menon'])
  })
  it('should read an AMP page', () => {
    const { record: article } = record('amp.html')
    assert.deepEqual([article.headline, article.published?.date, article.publisher, article.url], ['Tram line extension approved', '2022-11-08', 'Metro Daily', 'https://metro.example/tram-extension'])
    assert.equal(article.quotes[0]?.speaker?.name, 'Yusuf Osei')
  })
  it('should warn about malformed JSON-LD and read the rest of the page', () => {
    const page = read('malformed-json-ld.html')
    assert.deepEqual(page.warnings, ['a JSON-LD block of the page is not valid JSON; ignored'])
    assert.equal(page.page.headline, 'Night market returns to the old square')
    assert.equal(page.page.published, undefined)
  })
})

describe('pages that are refused', () => {
  it('should refuse a page with no article in it, with the reason', () => {
    const page = readPage(bytes('no-article.html'))
    assert.ok(!page.ok)
    assert.match(page.reason, /^no article found in the page/)
  })
  it('should refuse a page declaring an encoding onrecord does not read', () => {
    const page = readPage(bytes('other-encoding.html'))
    assert.ok(!page.ok)
    assert.match(page.reason, /declares its encoding as shift_jis/)
  })
})

describe('a page shaped to make the reader slow', () => {
  it('should refuse nesting thousands deep at once, with the reason', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${'word '.repeat(50)}</p>${'</div>'.repeat(5000)}</body></html>`
    const started = performance.now()
    const page = readPage(new TextEncoder().encode(html))
    assert.ok(!page.ok)
    assert.match(page.reason, /^elements nested \d+ deep, more than the 400/)
    assert.ok(performance.now() - started < 5000)
  })
})
