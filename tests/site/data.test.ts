import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { actorUrl, siteData } from '../../src/site/data.ts'
import { extractText } from '../helpers.ts'

describe('actorUrl', () => {
  it('should give named people and organisations a page of their own', () => {
    assert.equal(actorUrl({ id: 'ana-ruiz', kind: 'person', articles: ['a', 'b'], quoteCount: 3 }), '/actors/ana-ruiz/')
    assert.equal(actorUrl({ id: 'port-authority', kind: 'organization', articles: ['a'], quoteCount: 0 }), '/actors/port-authority/')
  })
  it('should show an unnamed source or a document at its entry on its article’s page, or the article when it is not quoted', () => {
    assert.equal(actorUrl({ id: 'a-a1', kind: 'anonymous', articles: ['a'], quoteCount: 2 }), '/articles/a/#speaker-a-a1')
    assert.equal(actorUrl({ id: 'a-a2', kind: 'document', articles: ['a'], quoteCount: 0 }), '/articles/a/')
  })
})

describe('siteData', () => {
  const record = extractText('Strike ends\n\n“We won,” said Ana Ruiz, a union leader. “It is over,” a senior official said.', 'strike.txt')
  const site = siteData(buildArchive([record]), { baseUrl: 'https://example.org/news/', searchIndexes: ['/pagefind/all/'] })
  it('should make pages for named actors only, and link unnamed speakers to their entry in the article', () => {
    assert.deepEqual(site.actorPages.map((actor) => actor.name), ['Ana Ruiz'])
    const official = site.articles[0]?.quoted.find((speaker) => !speaker.named)
    assert.equal(official?.url, `/articles/strike-ends/#${official?.anchor}`)
  })
  it('should list the article’s quotes on its page, with absolute addresses under the base URL', () => {
    assert.deepEqual(site.articles[0]?.quotes.map((quote) => quote.text), ['We won,', 'It is over,'])
    assert.equal(site.articles[0]?.canonical, 'https://example.org/news/articles/strike-ends/')
  })
})

describe('an actor quoted more often than a page holds', () => {
  it('should spread their quotes over pages, grouped by article, the first at their own address', () => {
    const body = Array.from({ length: 450 }, (_, index) => `“Point number ${index} stands,” said Ada Quill.`).join('\n\n')
    const site = siteData(buildArchive([extractText(`Long hearing\n\n${body}`, 'hearing.txt')]), { baseUrl: 'https://example.org/', searchIndexes: [] })
    const pages = site.actorPages.filter((page) => page.name === 'Ada Quill')
    const quotesOf = (page: (typeof pages)[number] | undefined) => page?.groups.flatMap((group) => group.quotes) ?? []
    assert.deepEqual(pages.map((page) => [page.url, quotesOf(page).length]), [
      ['/actors/ada-quill/', 200],
      ['/actors/ada-quill/page-2/', 200],
      ['/actors/ada-quill/page-3/', 50]
    ])
    assert.equal(quotesOf(pages[0])[0]?.text, 'Point number 0 stands,')
    assert.deepEqual(pages[0]?.groups.map((group) => group.headline), ['Long hearing'])
    assert.equal(pages[1]?.page.previous, '/actors/ada-quill/')
    assert.equal(pages[1]?.page.next, '/actors/ada-quill/page-3/')
    assert.ok(site.pages.includes('https://example.org/actors/ada-quill/page-3/'))
  })
})
