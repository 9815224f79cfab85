import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { actorUrl, pageViews, quotesNav, siteData, type ArticleEntry } from '../../src/site/data.ts'
import { dataLists } from '../../src/site/data-page.ts'
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
  const page = pageViews(site.baseUrl).articles(site.articles[0] as ArticleEntry)
  it('should make pages for named actors only, and link unnamed speakers to their entry in the article', () => {
    assert.deepEqual(site.actorPages.map((actor) => actor.name), ['Ana Ruiz'])
    const official = page.quoted.find((speaker) => !speaker.named)
    assert.equal(official?.url, `/articles/strike-ends/#${official?.anchor}`)
  })
  it('should list the article’s quotes on its page, with absolute addresses under the base URL', () => {
    assert.deepEqual(page.quotes.map((quote) => quote.text), ['We won,', 'It is over,'])
    assert.equal(page.canonical, 'https://example.org/news/articles/strike-ends/')
    assert.match(page.quotes[0]?.citation ?? '', /https:\/\/example\.org\/news\/articles\/strike-ends\/#q1/)
  })
})

describe('an actor quoted more often than a page holds', () => {
  it('should spread their statements over pages, the first at their own address', () => {
    const body = Array.from({ length: 450 }, (_, index) => `“Point number ${index} stands,” said Ada Quill.`).join('\n\n')
    const site = siteData(buildArchive([extractText(`Long hearing\n\n${body}`, 'hearing.txt')]), { baseUrl: 'https://example.org/', searchIndexes: [] })
    const pages = site.actorPages.filter((page) => page.name === 'Ada Quill').map(pageViews(site.baseUrl).actorPages)
    const quotesOf = (page: (typeof pages)[number] | undefined) => page?.statements.map((statement) => statement.first) ?? []
    assert.deepEqual(pages.map((page) => [page.url, quotesOf(page).length]), [
      ['/actors/ada-quill/', 200],
      ['/actors/ada-quill/page-2/', 200],
      ['/actors/ada-quill/page-3/', 50]
    ])
    assert.equal(quotesOf(pages[0])[0]?.text, 'Point number 0 stands,')
    assert.deepEqual(pages[0]?.statements[0]?.reports.map((report) => report.headline), ['Long hearing'])
    assert.equal(pages[1]?.page.previous, '/actors/ada-quill/')
    assert.equal(pages[1]?.page.next, '/actors/ada-quill/page-3/')
    assert.ok(site.pages.includes('https://example.org/actors/ada-quill/page-3/'))
  })
})

describe('quotesNav', () => {
  it('should link the newest page, three pages either side of the current one and page 1, newest first, the gaps marked where they are', () => {
    const nav = quotesNav(100, 415)
    assert.deepEqual(nav.links.map((link) => `${link.gapBefore ? '… ' : ''}${link.label}${link.current ? ' (here)' : ''}`), [
      'Newest', '… Page 103', 'Page 102', 'Page 101', 'Page 100 (here)', 'Page 99', 'Page 98', 'Page 97', '… Page 1'
    ])
    assert.equal(nav.links[0]?.url, '/quotes/')
    assert.equal(nav.links.at(-1)?.url, '/quotes/page-1/')
    assert.deepEqual([nav.previous, nav.next], ['/quotes/page-99/', '/quotes/page-101/'])
  })
  it('should leave a page far from the newest as it is when a page is added', () => {
    assert.deepEqual(quotesNav(100, 416), quotesNav(100, 415))
    assert.notDeepEqual(quotesNav(412, 416), quotesNav(412, 415))
  })
  it('should lead from the page before the newest to /quotes/, with no gap between them', () => {
    const nav = quotesNav(414, 415)
    assert.equal(nav.next, '/quotes/')
    assert.deepEqual(nav.links.slice(0, 3).map((link) => [link.label, link.gapBefore]), [['Newest', false], ['Page 414', false], ['Page 413', false]])
  })
  it('should give a single page one link, which shows no navigation', () => {
    assert.deepEqual(quotesNav(1, 1).links.map((link) => link.label), ['Newest'])
  })
})

describe('the list of articles', () => {
  const article = (year: number, index: number) => extractText(`Ferry report ${year} number ${index}\n\nHALIFAX, May 5, ${year} (Reuters) - Fares rose.`, `ferry-${year}-${index}.txt`)
  const undated = extractText('Ferry report without a date\n\nFares rose, the operator said.', 'undated.txt')
  const records = [...Array.from({ length: 30 }, (_, index) => article(2021, index)), ...Array.from({ length: 40 }, (_, index) => article(2019, index)), undated]
  const pages = siteData(buildArchive(records), { baseUrl: 'https://example.org/', searchIndexes: [] }).articlePages
  it('should be paginated, newest first, the undated last, the first page at /', () => {
    assert.deepEqual(pages.map((page) => [page.url, page.articles.length]), [['/', 50], ['/page/2/', 21]])
    assert.equal(pages[1]?.articles.at(-1)?.headline, 'Ferry report without a date')
    assert.equal(pages[0]?.undated, 1)
  })
  it('should jump to where each year starts, on the page it starts', () => {
    assert.deepEqual(pages[0]?.years.map((entry) => [entry.year, entry.url]), [['2021', '/#year-2021'], ['2019', '/#year-2019'], ['Undated', '/page/2/#year-Undated']])
    assert.deepEqual(pages[0]?.articles.filter((entry) => entry.yearStarts).map((entry) => entry.yearStarts), ['2021', '2019'])
    assert.deepEqual(pages[1]?.articles.filter((entry) => entry.yearStarts).map((entry) => entry.yearStarts), ['Undated'])
  })
  it('should number the pages and mark the current one', () => {
    assert.deepEqual(pages[1]?.page.links.map((link) => [link.number, link.current]), [[1, false], [2, true]])
    assert.equal(pages[1]?.page.previous, '/')
  })
})

describe('a source’s pages', () => {
  const article = (index: number) => extractText(`Port strike day ${index}\n\nDockers walked out again on day ${index}, the union leader Ana Ruiz told Reuters. “We will not go back,” she said.`, `strike-${index}.txt`)
  const site = siteData(buildArchive(Array.from({ length: 130 }, (_, index) => article(index))), { baseUrl: 'https://example.org/', searchIndexes: [] })
  const pages = site.sourcePages.filter((page) => page.name === 'Reuters').map(pageViews(site.baseUrl).sources)
  it('should show how each article credits the source, and the quotes whose sentence credits it', () => {
    const credit = pages[0]?.credits[0]
    assert.deepEqual(credit?.phrases, [`Dockers walked out again on day ${credit?.headline.replace('Port strike day ', '')}, the union leader Ana Ruiz told Reuters.`])
    assert.deepEqual(credit?.quotes, [])
  })
  it('should spread a source credited by many articles over pages of 100', () => {
    assert.deepEqual(pages.map((page) => [page.url, page.credits.length]), [['/sources/reuters/', 100], ['/sources/reuters/page-2/', 30]])
    assert.equal(site.sources.filter((source) => source.name === 'Reuters').length, 1)
  })
})

describe('a statement reported in several articles', () => {
  const story = (slug: string, date: string, text: string) => extractText(`---\nheadline: Bridge story ${slug}\npublished: ${date}\n---\n\n${text}`, `${slug}.md`)
  const records = [
    story('wire', '2024-03-02', '“The bridge will be finished before the winter floods arrive,” said Mayor Ines Varga.'),
    story('first', '2024-03-01', '“The bridge will be finished before the winter floods arrive in the valley,” Mayor Ines Varga said. “We have the money.”'),
    story('later', '2024-03-09', 'Mayor Ines Varga repeated that the bridge “will be finished before the winter floods arrive.” “We have the steel and the crews ready,” Varga said.')
  ]
  const site = siteData(buildArchive(records), { baseUrl: 'https://example.org/', searchIndexes: [] })
  const views = pageViews(site.baseUrl)
  const wireEntry = site.articles.find((article) => article.slug === 'bridge-story-wire')
  assert.ok(wireEntry)
  it('should show on each report where else it was reported, oldest first', () => {
    const wire = views.articles(wireEntry)
    assert.deepEqual(wire.quotes[0]?.alsoReported.shown.map((other) => other.headline), ['Bridge story first', 'Bridge story later'])
    assert.equal(wire.quotes[0]?.alsoReported.count, 2)
    assert.equal(wire.quotes[0]?.allReportsUrl, undefined)
  })
  it('should keep apart what a quote’s view takes from beyond its article: its speaker, its other reports and where they are listed', () => {
    const links = wireEntry.quotes[0]?.links
    assert.deepEqual(links, {
      speaker: { name: 'Ines Varga', url: '/actors/ines-varga/' },
      alsoReported: { count: 2, shown: [
        { headline: 'Bridge story first', url: '/articles/bridge-story-first/#q1', dateLabel: '1 March 2024' },
        { headline: 'Bridge story later', url: '/articles/bridge-story-later/#q1', dateLabel: '9 March 2024' }
      ] },
      allReportsUrl: undefined
    })
    // The view shows them as they are.
    const view = views.articles(wireEntry).quotes[0]
    assert.equal(view?.speaker, links?.speaker)
    assert.equal(view?.alsoReported, links?.alsoReported)
  })
  it('should list the statement once on the speaker’s page, its reports oldest first, and count statements and reports apart', () => {
    const page = site.actorPages.find((actor) => actor.name === 'Ines Varga')
    const bridge = page?.statements.find((statement) => statement.reports.length > 1)
    assert.deepEqual(bridge?.reports.map((report) => [report.headline, report.first]), [['Bridge story first', true], ['Bridge story wire', false], ['Bridge story later', false]])
    // The first article's two parts ("…,” Varga said. “We have the money.”) are one quote.
    assert.equal(page?.statements.length, 2)
    assert.match(page?.summary ?? '', /^2 statements in 4 reports; quoted in 3 articles/)
  })
})

describe('a statement reprinted in many articles', () => {
  it('should link each report to the oldest five others and to the statement on its speaker’s page, which lists them all', () => {
    const records = Array.from({ length: 8 }, (_, index) =>
      extractText(`---\nheadline: Reprint ${index}\npublished: 2024-03-0${index + 1}\n---\n\n“The bridge will be finished before the winter floods arrive,” said Mayor Ines Varga.`, `reprint-${index}.md`)
    )
    const site = siteData(buildArchive(records), { baseUrl: 'https://example.org/', searchIndexes: [] })
    const entry = site.articles.find((article) => article.slug === 'reprint-7')
    assert.ok(entry)
    const last = pageViews(site.baseUrl).articles(entry).quotes[0]
    assert.equal(last?.alsoReported.count, 7)
    assert.deepEqual(last?.alsoReported.shown.map((other) => other.headline), ['Reprint 0', 'Reprint 1', 'Reprint 2', 'Reprint 3', 'Reprint 4'])
    const page = site.actorPages.find((actor) => actor.name === 'Ines Varga')
    assert.equal(last?.allReportsUrl, `/actors/ines-varga/#${page?.statements[0]?.anchor}`)
    assert.equal(page?.statements[0]?.reports.length, 8)
  })
})

describe('the Data page', () => {
  it('should say what every field of every list means', () => {
    const lists = dataLists({ articles: 1, quotes: 1, actors: 1, sources: 1, statements: 0 })
    const unexplained = lists.flatMap((list) => list.fields.filter((field) => field.meaning === '').map((field) => `${list.json}: ${field.name}`))
    assert.deepEqual(unexplained, [])
    assert.ok(lists.find((list) => list.json === 'quotes.json')?.fields.some((field) => field.name === 'speaker.name'))
  })
})
