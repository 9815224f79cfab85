import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { buildArchive } from '../../src/archive/archive.ts'
import { parseAliases } from '../../src/read/aliases.ts'
import { endsAPage, pageViews, quotePageRanges, quotesPerPageOfAll, siteData, type QuotePage } from '../../src/site/data.ts'
import { emptySelection, pageFingerprints, pageKinds, planRender } from '../../src/site/plan.ts'
import { slices } from '../../src/site/eleventy.ts'
import { extractText } from '../helpers.ts'

function site(secondQuote: string) {
  const first = extractText('Dock strike ends\n\n“We are back at work,” said Ines Varga, a union leader.', 'dock.txt')
  const second = extractText(`Bridge reopens\n\n“${secondQuote},” said Omar Lindqvist, the mayor.`, 'bridge.txt')
  return siteData(buildArchive([first, second]), { baseUrl: 'https://example.org/', searchIndexes: ['/pagefind/all/'] })
}
const everything = () => true

describe('planRender', () => {
  it('should render every page when there is no previous build', () => {
    const plan = planRender(site('Traffic flows again'), 'salt', {}, everything)
    assert.equal(plan.reuse.length, 0)
    assert.deepEqual(plan.render.articles.map((article) => article.url).sort(), ['/articles/bridge-reopens/', '/articles/dock-strike-ends/'])
    assert.deepEqual(plan.render.actorPages.map((actor) => actor.name).sort(), ['Ines Varga', 'Omar Lindqvist'])
    assert.ok(plan.fingerprints['articles/dock-strike-ends/index.html'])
  })
  it('should reuse every page when nothing changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic flows again'), 'salt', first.fingerprints, everything)
    assert.equal(Object.values(second.render).flat().length, 0)
    assert.deepEqual(second.reuse.sort(), Object.keys(first.fingerprints).sort())
  })
  it('should render again only the pages that show what changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic is slow'), 'salt', first.fingerprints, everything)
    assert.deepEqual(second.render.articles.map((article) => article.url), ['/articles/bridge-reopens/'])
    assert.deepEqual(second.render.actorPages.map((actor) => actor.name), ['Omar Lindqvist'])
    assert.deepEqual(second.render.quotePages.map((page) => page.url), ['/quotes/'])
    assert.ok(second.reuse.includes('articles/dock-strike-ends/index.html'))
    assert.ok(second.reuse.includes('actors/ines-varga/index.html'))
  })
  it('should render everything again when the salt (templates, code, base URL) changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    assert.equal(planRender(site('Traffic flows again'), 'other salt', first.fingerprints, everything).reuse.length, 0)
  })
  it('should render a page the previous site has lost', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic flows again'), 'salt', first.fingerprints, (file) => file !== 'articles/dock-strike-ends/index.html')
    assert.deepEqual(second.render.articles.map((article) => article.url), ['/articles/dock-strike-ends/'])
  })
})

describe('pageFingerprints', () => {
  const article = (data: ReturnType<typeof site>, url: string) => {
    const found = data.articles.find((view) => view.url === url)
    assert.ok(found)
    return found
  }
  const omar = (data: ReturnType<typeof site>) => {
    const found = data.actorPages.find((actor) => actor.name === 'Omar Lindqvist')
    assert.ok(found)
    return found
  }
  /** The fingerprints of the pages that show the bridge article's quote: its article's, its speaker's, the page of /quotes/. */
  const showingTheQuote = (data: ReturnType<typeof site>) => {
    const fingerprints = pageFingerprints('salt')
    return [fingerprints.articles(article(data, '/articles/bridge-reopens/')), fingerprints.actorPages(omar(data)), fingerprints.quotePages(data.quotePages[0] as QuotePage)]
  }
  it('should give pages made from equal data equal fingerprints, in separate builds', () => {
    assert.deepEqual(showingTheQuote(site('Traffic flows again')), showingTheQuote(site('Traffic flows again')))
  })
  it('should change the fingerprint of every page that shows a quote when the quote changes', () => {
    const data = site('Traffic flows again')
    const before = showingTheQuote(data)
    const quote = article(data, '/articles/bridge-reopens/').quotes[0]
    assert.ok(quote)
    quote.links.allReportsUrl = '/actors/omar-lindqvist/#statement-s1'
    const after = showingTheQuote(data)
    assert.deepEqual(after.map((fingerprint, index) => fingerprint === before[index]), [false, false, false])
  })
  it("should change an article page's fingerprint when its record changes, and no other article's", () => {
    const data = site('Traffic flows again')
    const [dock, bridge] = [article(data, '/articles/dock-strike-ends/'), article(data, '/articles/bridge-reopens/')]
    const before = pageFingerprints('salt')
    const fingerprints = [before.articles(dock), before.articles(bridge)]
    bridge.record.kicker = 'Transport'
    const after = pageFingerprints('salt')
    assert.deepEqual([after.articles(dock) === fingerprints[0], after.articles(bridge) === fingerprints[1]], [true, false])
  })
  it("should take a record's hash where it is known, the same as its own", () => {
    const data = site('Traffic flows again')
    const bridge = article(data, '/articles/bridge-reopens/')
    const own = pageFingerprints('salt').articles(bridge)
    const known = { records: new Map([[bridge.record, createHash('sha256').update(JSON.stringify(bridge.record)).digest('base64url')]]), articles: new Map() }
    assert.equal(pageFingerprints('salt', known).articles(bridge), own)
    // Known, the record is not hashed again: a wrong hash given shows.
    assert.notEqual(pageFingerprints('salt', { records: new Map([[bridge.record, 'another hash']]), articles: new Map() }).articles(bridge), own)
  })
  it("should take a known digest of a quote's article for all the quote takes from its article, and hash what it takes from elsewhere", () => {
    const data = site('Traffic flows again')
    const page = data.quotePages[0] as QuotePage
    const quote = page.quotes.find((entry) => entry.quote.article === 'bridge-reopens')
    assert.ok(quote)
    const fingerprint = (articleDigest: string) => pageFingerprints('salt', { records: new Map(), articles: new Map([['bridge-reopens', articleDigest]]) }).quotePages(page)
    const before = fingerprint('bridge, first')
    assert.notEqual(fingerprint('bridge, second'), before)
    // What the quote takes from its article is not hashed again: a change to it alone does not show.
    quote.quote.text = 'Traffic is slow,'
    quote.publisher = 'The Harbour Gazette'
    assert.equal(fingerprint('bridge, first'), before)
    // What it takes from elsewhere is: the speaker's address, the other reports, where they are listed.
    const { links } = quote
    const changes = [() => (links.allReportsUrl = '/actors/omar-lindqvist/#statement-s1'), () => (links.alsoReported = { count: 1, shown: [] }), () => links.speaker && (links.speaker.url = '/actors/omar-lindqvist-2/')]
    const fingerprints = changes.map((change) => (change(), fingerprint('bridge, first')))
    assert.equal(new Set([before, ...fingerprints]).size, 4)
  })
  it("should hash a quote's parts and its article's publisher where its article's digest is not known", () => {
    const data = site('Traffic flows again')
    const page = data.quotePages[0] as QuotePage
    const quote = page.quotes.find((entry) => entry.quote.article === 'bridge-reopens')
    assert.ok(quote)
    const before = pageFingerprints('salt').quotePages(page)
    quote.publisher = 'The Harbour Gazette'
    const publisherChanged = pageFingerprints('salt').quotePages(page)
    quote.quote.text = 'Traffic is slow,'
    assert.equal(new Set([before, publisherChanged, pageFingerprints('salt').quotePages(page)]).size, 3)
  })
})

/**
 * The guard of the fingerprints: a page is taken from the previous site only
 * when what its template prints is the same. For changes that reach a page
 * from elsewhere in the archive, every page whose printed data changed must
 * have a new fingerprint.
 */
describe('page fingerprints against what pages print', () => {
  const story = (slug: string, date: string, text: string, extra = '') => extractText(`---\nheadline: ${slug}\npublished: ${date}\n${extra}---\n\n${text}`, `${slug}.md`)
  const pledge = '“The ferry will run every hour from the spring onwards,” said Tom Vell, the transport minister.'
  const dock = story('Dock strike ends', '2024-02-01', '“We are back at work,” said Ines Varga, a union leader. Tom Vell welcomed the end of the strike.')
  const ferry = story('Ferry timetable', '2024-03-01', pledge)
  const variants: Record<string, { records: ReturnType<typeof extractText>[]; aliases?: string }> = {
    'a speaker renamed by an editor': { records: [dock, ferry], aliases: 'Thomas Vell: Tom Vell\n' },
    'another article reporting the statement': { records: [dock, ferry, story('Ferry plans', '2024-03-05', pledge)] },
    'an older article reporting the statement first': { records: [dock, ferry, story('Early ferry plans', '2024-01-05', pledge)] },
    'the publisher of an article': { records: [dock, story('Ferry timetable', '2024-03-01', pledge, 'publisher: The Harbour Gazette\n')] },
    'an actor named in one article becoming a speaker in another': { records: [dock, ferry, story('Strike talks', '2024-02-10', '“Talks went well,” said Lena Varga. Ines Varga spoke to reporters.')] }
  }
  const build = (records: ReturnType<typeof extractText>[], aliases = '') => siteData(buildArchive(records, parseAliases(aliases).aliases), { baseUrl: 'https://example.org/', searchIndexes: [] })
  /** Every page by its file: what its template prints, as JSON, and its fingerprint. */
  const pagesOf = (data: ReturnType<typeof build>) => {
    const views = pageViews(data.baseUrl)
    const fingerprints = pageFingerprints('salt')
    const pages = new Map<string, { printed: string; fingerprint: string }>()
    const add = <T extends { url: string }>(list: readonly T[], view: (page: T) => unknown, fingerprint: (page: T) => string) => {
      for (const page of list) pages.set(page.url, { printed: JSON.stringify(view(page)), fingerprint: fingerprint(page) })
    }
    add(data.articles, views.articles, fingerprints.articles)
    add(data.actorPages, views.actorPages, fingerprints.actorPages)
    add(data.sourcePages, views.sources, fingerprints.sources)
    add(data.quotePages, views.quotePages, fingerprints.quotePages)
    add(data.articlePages, views.articlePages, fingerprints.articlePages)
    add(data.actorListPages, views.actorListPages, fingerprints.actorListPages)
    return pages
  }
  const before = pagesOf(build([dock, ferry]))
  for (const [change, { records, aliases }] of Object.entries(variants)) {
    it(`should give a new fingerprint to every page whose printed data changes with ${change}`, () => {
      const after = pagesOf(build(records, aliases))
      const changed = [...after].filter(([url, page]) => before.has(url) && before.get(url)?.printed !== page.printed)
      assert.ok(changed.length > 0, 'the change shows on some page that was there before')
      assert.deepEqual(changed.filter(([url, page]) => before.get(url)?.fingerprint === page.fingerprint).map(([url]) => url), [])
    })
  }
  it('should keep the fingerprint of a page whose printed data is the same', () => {
    const after = pagesOf(build([dock, ferry, story('Harbour news', '2023-05-01', '“Boats are in,” said Omar Diallo.')]))
    assert.equal(after.get('/articles/dock-strike-ends/')?.fingerprint, before.get('/articles/dock-strike-ends/')?.fingerprint)
  })
  it('should cover every kind of page', () => {
    assert.deepEqual([...pageKinds].sort(), ['actorListPages', 'actorPages', 'articlePages', 'articles', 'quotePages', 'sources'])
  })
})

describe('pages of /quotes/', () => {
  const many = Array.from({ length: 210 }, (_, index) => `“We agree on point ${index + 1},” said Ines Varga.`).join('\n\n')
  const older = extractText(`Talks go on\n\nGENEVA, March 3, 2019 (Reuters) - Talks went on.\n\n${many}`, 'talks.txt')
  const newer = extractText('Talks end\n\nGENEVA, May 5, 2021 (Reuters) - Talks ended.\n\n“We are done,” said Ines Varga.', 'end.txt')
  const quotePages = (records: ReturnType<typeof extractText>[]) => siteData(buildArchive(records), { baseUrl: 'https://example.org/', searchIndexes: ['/pagefind/all/'] }).quotePages

  it('should list every quote once, newest article first, the newest page at /quotes/ and the oldest at /quotes/page-1/', () => {
    const pages = quotePages([older, newer]).map(pageViews('https://example.org/').quotePages)
    const texts = pages.flatMap((page) => page.quotes.map((quote) => quote.text))
    assert.deepEqual(texts, ['We are done,', ...Array.from({ length: 210 }, (_, index) => `We agree on point ${index + 1},`)])
    assert.equal(pages[0]?.url, '/quotes/')
    assert.equal(pages.at(-1)?.url, '/quotes/page-1/')
    assert.equal(pages.at(-1)?.quotes.at(-1)?.text, 'We agree on point 210,')
    // Every page but the newest holds between the fewest and the most a page holds.
    assert.ok(pages.slice(1).every((page) => page.quotes.length >= quotesPerPageOfAll.least && page.quotes.length <= quotesPerPageOfAll.most))
  })
  it('should link each page to the next newer and the next older', () => {
    const many = Array.from({ length: 900 }, (_, index) => `“We agree on clause ${index + 1},” said Ines Varga.`).join('\n\n')
    const pages = quotePages([extractText(`Long talks\n\nGENEVA, March 3, 2019 (Reuters) - Talks went on.\n\n${many}`, 'long.txt')])
    // 900 quotes at most 400 a page: at least three pages.
    assert.ok(pages.length >= 3)
    const [newest, next] = pages
    assert.equal(newest?.page.previous, next?.url)
    assert.equal(next?.page.next, '/quotes/')
    assert.deepEqual(pages.map((page) => page.page.number), pages.map((_, index) => pages.length - index))
  })
  it('should change only the newest page when a newer article comes in', () => {
    const before = planRender({ ...site('Traffic flows again'), quotePages: quotePages([older]) }, 'salt', {}, everything)
    const after = planRender({ ...site('Traffic flows again'), quotePages: quotePages([older, newer]) }, 'salt', before.fingerprints, everything)
    assert.deepEqual(after.render.quotePages.map((page) => page.url), ['/quotes/'])
    assert.ok(after.reuse.includes('quotes/page-1/index.html'))
  })
  it('should change only the page a quote is added to in an older article, not every newer one', () => {
    const report = (month: number, extra = '') =>
      extractText(
        `Port report ${month}\n\nHALIFAX, May ${month}, 2020 (Reuters) - Trade went on.\n\n${extra}${Array.from({ length: 60 }, (_, index) => `“Berth ${index + 1} of month ${month} is open,” said Lena Varga.`).join('\n\n')}`,
        `port-${month}.txt`
      )
    const months = Array.from({ length: 20 }, (_, index) => index + 1)
    const before = quotePages(months.map((month) => report(month)))
    const after = quotePages(months.map((month) => report(month, month === 4 ? '“One more berth is open,” said Lena Varga.\n\n' : '')))
    const plan = planRender({ ...site('Traffic flows again'), quotePages: after }, 'salt', planRender({ ...site('Traffic flows again'), quotePages: before }, 'salt', {}, everything).fingerprints, everything)
    // 1,200 quotes make several pages. The new quote, first in the fourth oldest article, gives that article's other quotes
    // new numbers (its q1 is now q2): the pages that hold that article's quotes change, and the newest, which gives the
    // total; no other.
    assert.ok(before.length >= 4)
    assert.equal(after.length, before.length)
    const holding = after.filter((page) => page.quotes.some(({ quote }) => quote.article === 'port-report-4')).map((page) => page.url)
    assert.ok(holding.length <= 2 && !holding.includes('/quotes/'))
    assert.deepEqual(plan.render.quotePages.map((page) => page.url), ['/quotes/', ...holding])
  })
  it('should leave the pages far from the newest as they are when newer quotes make a page more', () => {
    const report = (day: number, count: number) =>
      extractText(
        `Port report ${day}\n\nHALIFAX, May ${day}, 2020 (Reuters) - Trade went on.\n\n${Array.from({ length: count }, (_, index) => `“Berth ${index + 1} of day ${day} is open,” said Lena Varga.`).join('\n\n')}`,
        `port-${day}.txt`
      )
    const days = Array.from({ length: 27 }, (_, index) => index + 1)
    const before = quotePages(days.map((day) => report(day, 60)))
    // 450 newer quotes: more than the most a page holds, so at least one page more.
    const after = quotePages([...days.map((day) => report(day, 60)), report(30, 450)])
    assert.ok(after.length > before.length && before.length >= 7, `${before.length} pages, then ${after.length}`)
    const plan = planRender({ ...site('Traffic flows again'), quotePages: after }, 'salt', planRender({ ...site('Traffic flows again'), quotePages: before }, 'salt', {}, everything).fingerprints, everything)
    const rendered = new Set(plan.render.quotePages.map((page) => page.page.number))
    // Pages 1 to (count before − 5) link to no page whose number or address the new page changes.
    const far = Array.from({ length: before.length - 5 }, (_, index) => index + 1)
    assert.deepEqual(far.filter((number) => rendered.has(number)), [])
  })
})

describe('quotePageRanges', () => {
  // Keys that end a page here are those that say so, so that where pages end can be read from the list.
  const ends = (key: string) => key.endsWith('!')
  it('should fill pages from the oldest quote (the end of the list) up, ending one after a key that ends a page once it holds the fewest', () => {
    const keys = ['k', 'j', 'i!', 'h', 'g', 'f!', 'e!', 'd', 'c', 'b', 'a']
    // From the oldest: a b c d e! (five, past the fewest, three) | f! (one, too few) g h i! | j k, the newest, the rest.
    assert.deepEqual(quotePageRanges(keys, ends, 3, 10), [[6, 11], [2, 6], [0, 2]])
  })
  it('should end a page at the most it holds, whatever its keys', () => {
    assert.deepEqual(quotePageRanges(['e', 'd', 'c', 'b', 'a'], ends, 1, 2), [[3, 5], [1, 3], [0, 1]])
  })
  it('should keep where later pages end when a quote is added before them', () => {
    const keys = ['m', 'l', 'k!', 'j', 'i', 'h!', 'g', 'f', 'e!', 'd', 'c', 'b!', 'a']
    const withOneMore = [...keys.slice(0, 10), 'new', ...keys.slice(10)]
    const pagesOf = (list: string[]) => quotePageRanges(list, ends, 3, 10).map(([start, end]) => list.slice(start, end).join(' '))
    assert.deepEqual(pagesOf(keys), ['e! d c b! a', 'h! g f', 'k! j i', 'm l'])
    assert.deepEqual(pagesOf(withOneMore), ['e! d new c b! a', 'h! g f', 'k! j i', 'm l'])
  })
  it('should give one empty page when there are no quotes', () => {
    assert.deepEqual(quotePageRanges([], ends), [[0, 0]])
  })
})

describe('endsAPage', () => {
  it('should end a page after about one quote in a hundred', () => {
    const ending = Array.from({ length: 10_000 }, (_, index) => `article-${index % 97}\0Words of quote ${index}`).filter(endsAPage).length
    // One in a hundred of 10,000 is 100; the bounds are four standard deviations either side.
    assert.ok(ending > 60 && ending < 140, `${ending} of 10,000`)
  })
})

describe('slices', () => {
  it('should cut the pages into runs of one kind and at most the given size, in order, losing none', () => {
    const plan = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const runs = slices(plan.render, 1)
    assert.ok(runs.every((run) => Object.values(run).flat().length === 1))
    assert.deepEqual(runs.flatMap((run) => run.articles), plan.render.articles)
    assert.deepEqual(runs.flatMap((run) => run.actorPages), plan.render.actorPages)
    assert.equal(runs.length, Object.values(plan.render).flat().length)
  })
  it('should give one empty run when nothing is to be rendered, for the site-wide pages', () => {
    assert.deepEqual(slices(emptySelection(), 10), [{ articles: [], actorPages: [], sources: [], quotePages: [], articlePages: [], actorListPages: [] }])
  })

  describe('by the quotes the pages show', () => {
    // Three articles of 3, 150 and 60 quotes, each by its own speaker.
    const article = (slug: string, speaker: string, count: number) =>
      extractText(`${slug}\n\n${Array.from({ length: count }, (_, index) => `“We checked item ${index + 1} of the list,” said ${speaker}.`).join('\n\n')}`, `${slug}.txt`)
    const data = siteData(buildArchive([article('Small audit', 'Ana Quist', 3), article('Large audit', 'Tom Vell', 150), article('Middle audit', 'Lena Varga', 60)]), {
      baseUrl: 'https://example.org/',
      searchIndexes: []
    })
    const selection = { ...emptySelection(), articles: data.articles, actorPages: data.actorPages }
    const shown = (runs: ReturnType<typeof slices>) => runs.map((run) => [...run.articles, ...run.actorPages].map((page) => page.url))
    it('should end a run before the page that would take it past the quotes given', () => {
      assert.deepEqual(shown(slices(selection, 100, 160)), [
        ['/articles/large-audit/'],
        ['/articles/middle-audit/', '/articles/small-audit/'],
        ['/actors/ana-quist/', '/actors/lena-varga/'],
        ['/actors/tom-vell/']
      ])
    })
    it('should give a page that alone shows more than the quotes given a run of its own, losing none', () => {
      const runs = slices(selection, 100, 10)
      assert.equal(runs.length, 6)
      assert.deepEqual(runs.flatMap((run) => run.articles), data.articles)
      assert.deepEqual(runs.flatMap((run) => run.actorPages), data.actorPages)
    })
    it('should count the quotes of a page of /quotes/', () => {
      const quotePage = data.quotePages[0]
      assert.ok(quotePage && quotePage.quotes.length > 0)
      const twice = { ...emptySelection(), quotePages: [quotePage, quotePage] }
      assert.equal(slices(twice, 100, 2 * quotePage.quotes.length - 1).length, 2)
      assert.equal(slices(twice, 100, 2 * quotePage.quotes.length).length, 1)
    })
    it('should still cut runs at the pages given, however few quotes they show', () => {
      assert.equal(slices(selection, 1, 1000).length, 3 + 3)
      assert.equal(slices(selection, 100, 1000).length, 2)
    })
  })
})
