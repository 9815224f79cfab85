/**
 * Shapes the archive into what the templates print. Templates loop and print;
 * every choice about what a page shows is made here. The site data holds
 * each page as what it is made of (`siteData`), which is all a page's
 * fingerprint needs; what its template prints is made from that alone
 * (`pageViews`), only for the pages a build renders.
 */
import type { Archive } from '../archive/archive.ts'
import type { ArchiveActor, ArchiveQuote, ArchiveSource, ArticleRecord, Statement } from '../types.ts'
import { renderBody } from './body.ts'
import { plural, publishedBasis, publishedLabel, readableDate, wordCount } from './format.ts'
import { monthsBetween, quotesPerMonth, rankedBars, rowHeight, shareBar } from './charts.ts'
import { actorEntity, jsonLdScript, newsArticle } from './json-ld.ts'
import { evidenceText } from './evidence.ts'
import { dataLists } from './data-page.ts'
import { paths } from './paths.ts'
import { chainText, quoteChains } from '../archive/chains.ts'
import { citationText, quoteCitation } from '../archive/citations.ts'

export { paths }

/** Statements on one page of an actor's. */
export const statementsPerPage = 200

/** The fewest quotes a page of /quotes/ holds but the newest, and the most; 200 on average. */
export const quotesPerPageOfAll = { least: 100, most: 400 }

/** Articles on one page of the list of articles. */
export const articlesPerPage = 50

/** Articles crediting a source on one page of the source's. */
export const creditsPerPage = 100

/** Actors on one page of the list of actors. */
export const actorsPerPage = 300

const sourceKindLabels: Record<ArchiveSource['kind'], string> = {
  agency: 'News agency',
  outlet: 'Outlet',
  organization: 'Organisation',
  document: 'Document'
}

const actorKindLabels: Record<ArchiveActor['kind'], string> = {
  person: 'People',
  organization: 'Organisations',
  anonymous: 'Unnamed sources',
  document: 'Documents'
}

/**
 * Named people and organisations have a page of their own. An unnamed source
 * or a document belongs to one article (they are never merged across
 * articles), so it is shown there, at an anchor, rather than on a page that
 * would repeat the article's quotes.
 */
export function hasPage(actor: Pick<ArchiveActor, 'kind'>): boolean {
  return actor.kind === 'person' || actor.kind === 'organization'
}

/** Where an actor is shown: their page, or their entry among who is quoted on their article's page (the article, when they are not quoted). */
export function actorUrl(actor: Pick<ArchiveActor, 'id' | 'kind' | 'articles' | 'quoteCount'>): string {
  if (hasPage(actor)) return paths.actor(actor.id)
  const article = paths.article(actor.articles[0] ?? '')
  return actor.quoteCount > 0 ? `${article}#${speakerAnchor(actor.id)}` : article
}

/** The id of an actor's entry in an article page's list of who is quoted. */
export function speakerAnchor(actorId: string): string {
  return `speaker-${actorId}`
}

/** A site path, such as `/actors/x/`, as an address under the base URL, such as `https://example.org/archive/actors/x/`. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl).href
}

/** An article as a list of an actor's articles shows it. */
interface ArticleLink {
  headline: string
  url: string
  dateLabel: string
}

export interface SiteOptions {
  /** Absolute URL the site is served from, ending in a slash, e.g. `https://example.org/archive/`. */
  baseUrl: string
  /** Base paths of the search indexes the search page merges, the first one's bundle loaded (see `search/shards.ts`). */
  searchIndexes: readonly string[]
  /** Slugs of the articles that came as web pages whose page is kept as `original.html`. */
  originalPages?: ReadonlySet<string>
}

export function siteData(archive: Archive, options: SiteOptions) {
  const absolute = (path: string) => absoluteUrl(options.baseUrl, path)
  const actorsById = new Map(archive.actors.map((actor) => [actor.id, actor]))
  const urlOf = (actorId: string) => {
    const actor = actorsById.get(actorId)
    return actor ? actorUrl(actor) : paths.actor(actorId)
  }
  const recordsBySlug = new Map(archive.records.map((record) => [record.slug, record]))
  // One link an article, shared by every actor's page that lists it: the benchmark's 10,000 articles are listed 87,000 times.
  const linkTo = new Map<string, ArticleLink>()
  for (const record of archive.records) linkTo.set(record.slug, { headline: record.headline, url: paths.article(record.slug), dateLabel: publishedLabel(record.published) })
  const articleLinks = (slugs: readonly string[]) => slugs.flatMap((slug) => linkTo.get(slug) ?? [])
  const reportedIn = new Map(archive.statements.map((statement) => [statement.id, articlesReporting(statement)]))
  // Each quote is listed once, as its chain of parts, on its article's page, its speaker's, a page of /quotes/ and its sources';
  // its view, the largest part of the pages' data, is made only for the pages a build renders (`pageViews`).
  const quotes = quoteChains(archive.quotes, (quote) => quote.article).map((chain) =>
    quoteEntry(chain, recordsBySlug.get(chain[0]?.article ?? '')?.publisher, urlOf, reportedIn.get(chain[0]?.statementId ?? ''))
  )
  const quotesBySpeaker = groupBy(quotes, ({ speakerId }) => speakerId)
  const quotesByArticle = groupBy(quotes, ({ quote }) => quote.article)
  const articles = archive.records.map((record) => {
    const originalPageUrl = options.originalPages?.has(record.slug) ? paths.originalPage(record.slug) : undefined
    return articleEntry(record, shownActors(record, actorsById, urlOf), absolute, quotesByArticle.get(record.slug) ?? [], originalPageUrl)
  })
  const actors = archive.actors.map((actor) => {
    const url = actorUrl(actor)
    const quoted = quotesBySpeaker.get(actor.id) ?? []
    const quotedIn = new Set(quoted.map(({ quote }) => quote.article)).size
    const statements = new Set(quoted.map(({ quote }) => quote.statementId)).size
    return {
      ...actor,
      url,
      canonical: absolute(url),
      kindLabel: actorKindLabels[actor.kind],
      // Quotes are counted once however many parts their attribution splits them into; a statement once however many articles report it.
      summary: quoted.length > 0
        ? `${plural(statements, 'statement')} in ${plural(quoted.length, 'report')}; quoted in ${plural(quotedIn, 'article')}, named in ${plural(actor.articles.length, 'article')}`
        : `named in ${plural(actor.articles.length, 'article')}, never quoted`
    }
  })
  // A person quoted thousands of times gets their statements over several pages, `statementsPerPage` each, the first at their own address;
  // each statement is shown once, with every report of it under it, the statement first reported most recently first.
  const span = archiveMonths(quotes.map(({ quote }) => quote.published?.date))
  const actorPages = actors.filter(hasPage).flatMap((actor) => {
    const statements = statementsOf(quotesBySpeaker.get(actor.id) ?? [])
    const perMonth = quotesPerMonth((quotesBySpeaker.get(actor.id) ?? []).map(({ quote }) => quote.published?.date), span)
    return pagesOf(statements, statementsPerPage, actor.url, absolute).map(({ items, ...page }) => ({
      ...actor,
      ...page,
      statements: items,
      articleLinks: page.page.number === 1 ? articleLinks(actor.articles) : [],
      /** Their quotes per month over the archive's span, on their first page. */
      perMonth: page.page.number === 1 && perMonth.total > 0 ? monthsChart(perMonth) : undefined,
      jsonLd: jsonLdScript(actorEntity(actor, actor.canonical))
    }))
  })
  // A quote reported in more articles than it shows links to its statement on its speaker's page, which lists every report.
  const statementUrls = new Map(actorPages.flatMap((page) => page.statements.map((statement) => [statement.first.quote.statementId, `${page.url}#${statement.anchor}`] as const)))
  for (const { links, quote } of quotes) links.allReportsUrl = links.alsoReported.count > links.alsoReported.shown.length ? statementUrls.get(quote.statementId) : undefined
  const sources = archive.sources.map((source) => ({
    ...source,
    url: paths.source(source.id),
    canonical: absolute(paths.source(source.id)),
    kindLabel: sourceKindLabels[source.kind]
  }))
  // An agency credited by thousands of articles gets its credits over several pages, `creditsPerPage` each.
  const credits = creditsBySource(archive.records)
  const sourcePages = sources.flatMap((source) =>
    pagesOf(credits.get(source.id) ?? [], creditsPerPage, source.url, absolute).map(({ items, ...page }) => ({
      ...source,
      ...page,
      /** How each article credits the source, and the quotes that came through it. */
      credits: items.map(({ quoteIds, ...credit }) => ({
        ...credit,
        quotes: (quotesByArticle.get(credit.article) ?? []).filter(({ quote }) => quoteIds.has(quote.id))
      }))
    }))
  )
  // Pages are cut from the oldest quote up, where the quotes themselves say (`quotePageRanges`): an article added today changes
  // the newest page, and a quote more or fewer in an older article the page it is on, not every newer one.
  const ranges = quotePageRanges(quotes.map(({ quote }) => `${quote.article}\0${quote.text}`))
  const pageCount = ranges.length
  const quotePages = ranges.map(([start, end], index) => {
    const number = index + 1
    const url = paths.quotes(number, pageCount)
    return {
      url,
      canonical: absolute(url),
      title: number === pageCount ? 'All quotes' : `All quotes, page ${number} counting from the oldest`,
      /** How many quotes the archive holds, on the newest page only: a page's data holds all it prints, and on every page the total would make every page change with it. */
      total: number === pageCount ? archive.quotes.length : undefined,
      page: quotesNav(number, pageCount),
      quotes: quotes.slice(start, end)
    }
  }).reverse()
  const counts = { articles: articles.length, quotes: archive.quotes.length, actors: actors.length, sources: sources.length, statements: archive.statements.length }
  // The archive's totals are data of the pages that print them (the home page, the newest page of quotes), so that their fingerprints change with them.
  const articlePages = articleListPages(articles, absolute).map((page, index) => (index === 0 ? { ...page, charts: homeCharts(quotes, actors, quotesBySpeaker), counts } : page))
  const actorListPages = actorLists(actors, absolute)
  const years = [...new Set(articles.flatMap((article) => (article.year ? [article.year] : [])))].sort().reverse()
  const undated = articles.some((article) => !article.year)
  return {
    baseUrl: options.baseUrl,
    searchIndexes: options.searchIndexes,
    years,
    /** Whether any article has no date: search lists those under a year value of their own. */
    undated,
    feedUpdated: atomDate(archive.records.find((record) => record.published)?.published?.date),
    dataLists: dataLists(counts),
    articles,
    actors,
    actorPages,
    sources,
    sourcePages,
    quotePages,
    articlePages,
    actorListPages,
    kindLabels: Object.values(kindLabels),
    pages: [
      ...articlePages.map((page) => page.url),
      ...actorListPages.map((page) => page.url),
      '/sources/',
      '/search/',
      '/data/',
      ...quotePages.map((page) => page.url),
      ...articles.map((article) => article.url),
      ...actorPages.map((actor) => actor.url),
      ...sourcePages.map((source) => source.url)
    ].map(absolute)
  }
}

export type SiteData = ReturnType<typeof siteData>
export type ActorPage = SiteData['actorPages'][number]
export type SourcePage = SiteData['sourcePages'][number]
export type QuotePage = SiteData['quotePages'][number]
export type ArticleListPage = SiteData['articlePages'][number]
export type ActorListPage = SiteData['actorListPages'][number]

/** What each kind of quote is, said once where quotes are listed. */
export const kindLabels: Record<ArchiveQuote['kind'], { label: string; meaning: string }> = {
  statement: { label: 'statement', meaning: 'a sentence or more of someone’s words, standing on its own' },
  fragment: { label: 'fragment', meaning: 'a few of someone’s words inside the writer’s own sentence' },
  scare: { label: 'scare quote', meaning: 'a term in quote marks that nobody is said to speak: the writer’s distance from the word' }
}

/**
 * A quote as the site data lists it: its chain of parts (a quote split by its
 * attribution or a paragraph break is listed once), its article's publisher,
 * and what it is shown with from beyond its article (`links`). What a page
 * prints of it, its view, is made from these alone (`quoteView`), only for
 * the pages a build renders; a page's fingerprint takes the same parts.
 */
function quoteEntry(chain: readonly ArchiveQuote[], publisher: string | undefined, urlOf: (actorId: string) => string, reported: ReportingArticles | undefined) {
  const [first] = chain
  if (!first) throw new Error('a quote chain has at least one part')
  const { speaker } = foundPart(chain)
  return {
    quote: first,
    chain,
    publisher,
    speakerId: chain.find((part) => part.speaker)?.speaker?.actorId,
    /** All a quote's view takes from beyond its article: its speaker's name and address, the other articles that report it, where all the reports are listed. */
    links: {
      speaker: speaker ? { name: speaker.name, url: urlOf(speaker.actorId) } : null,
      /** How many other articles report the same statement, and the oldest of them. */
      alsoReported: otherArticles(reported, first.article),
      /** Where the statement is listed with every report: on its speaker's page, at its anchor (set once the speaker's pages are cut). */
      allReportsUrl: undefined as string | undefined
    }
  }
}

export type QuoteEntry = ReturnType<typeof quoteEntry>

/** The part of a chain whose speaker was found (the one with the reporting words), else the first. */
function foundPart(chain: readonly ArchiveQuote[]): ArchiveQuote {
  const found = chain.find((part) => part.cue && part.speaker) ?? chain.find((part) => part.speaker) ?? chain[0]
  if (!found) throw new Error('a quote chain has at least one part')
  return found
}

/**
 * How a quote is shown in a list: on its article's page, its speaker's, its
 * sources' and a page of /quotes/. A quote split by its attribution or a
 * paragraph break is shown once, its parts joined, with the sentences it
 * stands in and its words marked inside them.
 */
export function quoteView(entry: QuoteEntry, baseUrl: string) {
  const { quote: first, chain, links } = entry
  const found = foundPart(chain)
  return {
    id: first.id,
    number: first.id.replace(/^q/, ''),
    text: chainText(chain),
    parts: chain.length,
    kind: first.kind,
    kindLabel: kindLabels[first.kind].label,
    cue: found.cue?.text,
    sentences: sentencesOf(chain),
    /** Why the quote has its speaker, as text; on an article's page, the quote in the body is described by it. */
    evidence: evidenceText(found),
    speaker: links.speaker,
    archiveId: first.archiveId,
    statementId: first.statementId,
    /** The citation a reader pastes, the date they read it left as `accessedPlaceholder` for the page's script to fill in. */
    citation: citationText(quoteCitation(chain, entry.publisher, baseUrl)),
    alsoReported: links.alsoReported,
    allReportsUrl: links.allReportsUrl,
    url: first.url,
    headline: first.headline,
    article: first.article,
    articleUrl: paths.article(first.article),
    dateLabel: publishedLabel(first.published)
  }
}

/** The sentences a quote stands in, each once, as stretches of plain and quoted text. */
function sentencesOf(chain: readonly ArchiveQuote[]): Array<Array<{ text: string; quoted: boolean }>> {
  const sentences = new Map<number, { context: ArchiveQuote['context']; parts: ArchiveQuote[] }>()
  for (const part of chain) {
    const sentence = sentences.get(part.context.start) ?? { context: part.context, parts: [] }
    sentence.parts.push(part)
    sentences.set(part.context.start, sentence)
  }
  return [...sentences.values()].map(({ context, parts }) => {
    const stretches: Array<{ text: string; quoted: boolean }> = []
    let at = context.start
    for (const part of parts) {
      // A quote's sentence is cut at 300 characters either side; a part beyond the cut is left unmarked.
      if (part.start < at || part.end > context.end) continue
      if (part.start > at) stretches.push({ text: context.text.slice(at - context.start, part.start - context.start), quoted: false })
      stretches.push({ text: context.text.slice(part.start - context.start, part.end - context.start), quoted: true })
      at = part.end
    }
    if (at < context.end) stretches.push({ text: context.text.slice(at - context.start), quoted: false })
    return stretches
  })
}

export type QuoteView = ReturnType<typeof quoteView>

/**
 * The actors an article's page names, as the merged archive knows them: each
 * of its record's actors and speakers by id, with their name across the
 * archive, whether they have a page of their own, and where they are shown.
 */
function shownActors(record: ArticleRecord, actorsById: ReadonlyMap<string, ArchiveActor>, urlOf: (actorId: string) => string) {
  const ids = [...record.actors.map((actor) => actor.id), ...record.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.actorId] : []))]
  return Object.fromEntries(
    ids.map((id) => {
      const actor = actorsById.get(id)
      return [id, { name: actor?.name, named: actor ? hasPage(actor) : false, url: urlOf(id) }]
    })
  )
}

/**
 * An article as the site data lists it: what its lists, the feed and the
 * home page show of it, and what its page is made of (its record, its quotes,
 * the actors it names as the archive knows them). The page's own data is
 * made from these alone (`articleView`), only when a build renders it.
 */
function articleEntry(record: ArticleRecord, actors: ReturnType<typeof shownActors>, absolute: (path: string) => string, quotes: readonly QuoteEntry[], originalPageUrl: string | undefined) {
  const url = paths.article(record.slug)
  return {
    slug: record.slug,
    url,
    canonical: absolute(url),
    headline: record.headline,
    dateLabel: publishedLabel(record.published),
    year: record.published?.date.slice(0, 4),
    feedDate: atomDate(record.published?.date),
    summary: record.body.find((block) => block.kind === 'standfirst' || block.kind === 'paragraph')?.text.slice(0, 280) ?? '',
    quoteCount: record.quotes.length,
    /** The web page the article came as, kept beside its text. */
    originalPageUrl,
    actors,
    quotes,
    record
  }
}

export type ArticleEntry = ReturnType<typeof articleEntry>

/** What an article's page prints, made from its entry: `viewOf` gives its quotes' views. */
export function articleView(entry: ArticleEntry, baseUrl: string, viewOf: (quote: QuoteEntry) => QuoteView) {
  const { record, actors } = entry
  const speakerUrl = (actorId: string) => actors[actorId]?.url ?? paths.actor(actorId)
  const attributed = record.quotes.filter((quote) => quote.speaker)
  const words = new Map<string, number>()
  for (const quote of attributed) words.set(quote.speaker?.actorId ?? '', (words.get(quote.speaker?.actorId ?? '') ?? 0) + wordCount(quote.text))
  const totalWords = [...words.values()].reduce((sum, count) => sum + count, 0)
  const quoted = [...groupBy(attributed, (quote) => quote.speaker?.actorId)].map(([actorId, quotes]) => ({
    name: actors[actorId]?.name ?? quotes[0]?.speaker?.name ?? '',
    url: speakerUrl(actorId),
    anchor: speakerAnchor(actorId),
    named: actors[actorId]?.named ?? false,
    count: quotes.length,
    share: totalWords === 0 ? 0 : Math.round(((words.get(actorId) ?? 0) / totalWords) * 100)
  })).sort((a, b) => b.share - a.share || b.count - a.count)
  return {
    ...entry,
    originalUrl: paths.original(record.slug),
    /** The article on the web, only when front matter gives an http or https address. */
    webUrl: record.url && /^https?:\/\//i.test(record.url) && URL.canParse(record.url) ? record.url : undefined,
    kicker: record.kicker,
    publisher: record.publisher,
    dateline: record.dateline,
    dateBasis: publishedBasis(record.published),
    dateIso: record.published?.date,
    dates: record.dates.map((date) => ({ text: date.text, label: readableDate(date.date), iso: date.date })),
    captions: record.captions,
    quotes: entry.quotes.map(viewOf),
    quoted,
    profile: sourcingProfile(
      quoted.filter((speaker) => speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      quoted.filter((speaker) => !speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      record.quotes.length - attributed.length
    ),
    sources: record.sources.map((source) => ({ name: source.name, url: paths.source(source.id) })),
    bodyHtml: renderBody(record, { actor: speakerUrl }),
    jsonLd: jsonLdScript(newsArticle(record, entry.canonical, (actorId) => absoluteUrl(baseUrl, speakerUrl(actorId))))
  }
}

/**
 * For each kind of page, what its template prints, made from its page in
 * the site data: the views of its quotes, and an article's own. A quote's
 * view is made once, however many of the pages given show it; a renderer
 * makes one of these for each run of pages, so that views do not outlive it.
 */
export function pageViews(baseUrl: string) {
  const views = new Map<QuoteEntry, QuoteView>()
  const viewOf = (entry: QuoteEntry): QuoteView => {
    let view = views.get(entry)
    if (!view) {
      view = quoteView(entry, baseUrl)
      views.set(entry, view)
    }
    return view
  }
  return {
    articles: (page: ArticleEntry) => articleView(page, baseUrl, viewOf),
    actorPages: (page: ActorPage) => ({ ...page, statements: page.statements.map((statement) => ({ ...statement, first: viewOf(statement.first) })) }),
    sources: (page: SourcePage) => ({ ...page, credits: page.credits.map((credit) => ({ ...credit, quotes: credit.quotes.map(viewOf) })) }),
    quotePages: (page: QuotePage) => ({ ...page, quotes: page.quotes.map(viewOf) }),
    articlePages: (page: ArticleListPage) => page,
    actorListPages: (page: ActorListPage) => page
  }
}

/**
 * Where the list of all quotes (newest first), given as each quote's key,
 * is cut into the pages of /quotes/: each page as [start, end) in the list,
 * the oldest page first. A page is filled from the oldest quote up and ends
 * after a quote whose key `ends` a page once it holds `least`, or at
 * `most`; the newest page holds the rest. Where a page ends so depends on
 * the quotes near it, not on how many come before: a quote more or fewer in
 * an older article changes the page it is on (rarely the next as well),
 * where pages of a fixed size would all move from there to the newest.
 */
export function quotePageRanges(keys: readonly string[], ends: (key: string) => boolean = endsAPage, least = quotesPerPageOfAll.least, most = quotesPerPageOfAll.most): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let end = keys.length
  for (let at = keys.length - 1; at >= 0; at -= 1) {
    const size = end - at
    if (size >= most || (size >= least && ends(keys[at] ?? ''))) {
      ranges.push([at, end])
      end = at
    }
  }
  if (end > 0 || ranges.length === 0) ranges.push([0, end])
  return ranges
}

/** Whether a quote's key ends a page of /quotes/: one key in a hundred, by a hash of it (FNV-1a, its bits then mixed as MurmurHash3 does, so that its low digits are even). */
export function endsAPage(key: string): boolean {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return (hash >>> 0) % 100 === 0
}

/** A list cut into pages of `perPage`, the first at `url`, the others at `url` + `page-N/`: each page's address, navigation and items. */
function pagesOf<T>(items: readonly T[], perPage: number, url: string, absolute: (path: string) => string) {
  const count = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (number: number) => (number === 1 ? url : `${url}page-${number}/`)
  return Array.from({ length: count }, (_, index) => ({
    url: pageUrl(index + 1),
    canonical: absolute(pageUrl(index + 1)),
    page: pageNav(index + 1, count, pageUrl),
    items: items.slice(index * perPage, (index + 1) * perPage)
  }))
}

/** Numbered links to the pages of a list: the current one marked, at most `window` either side, the first and last always. */
export function pageNav(number: number, count: number, urlOf: (page: number) => string, window = 3) {
  const shown = pagesShown(number, count, window)
  const links = shown.map((page, index) => ({ number: page, url: urlOf(page), current: page === number, gapBefore: index > 0 && page - (shown[index - 1] ?? page) > 1 }))
  return {
    number,
    count,
    links,
    previous: number > 1 ? urlOf(number - 1) : undefined,
    next: number < count ? urlOf(number + 1) : undefined
  }
}

/** The pages a list's navigation links to, in order: the first, the last, and at most `window` either side of the current one. */
function pagesShown(number: number, count: number, window: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1).filter((page) => page === 1 || page === count || Math.abs(page - number) <= window)
}

/**
 * The links to the pages of /quotes/, newest first: the newest, at most
 * `window` either side of the current page, and the oldest (page 1). The
 * newest is named as such, not by its number, so that a page more than
 * `window` + 1 from it holds nothing that changes when a page is added (each
 * 200 quotes or so) and is taken unchanged from the previous site.
 */
export function quotesNav(number: number, count: number, window = 3) {
  const shown = pagesShown(number, count, window).reverse()
  const links = shown.map((page, index) => ({
    label: page === count ? 'Newest' : `Page ${page}`,
    url: paths.quotes(page, count),
    current: page === number,
    gapBefore: index > 0 && (shown[index - 1] ?? page) - page > 1
  }))
  return {
    number,
    links,
    previous: number > 1 ? paths.quotes(number - 1, count) : undefined,
    next: number < count ? paths.quotes(number + 1, count) : undefined
  }
}

/** Quotes by named speakers, by unnamed sources and documents, and with no speaker: as counts and as one bar of shares. */
function sourcingProfile(named: number, unnamed: number, unattributed: number) {
  return {
    named,
    unnamed,
    unattributed,
    bar: shareBar([
      { key: 'named', label: 'Named speakers', value: named },
      { key: 'unnamed', label: 'Unnamed sources and documents', value: unnamed },
      { key: 'unattributed', label: 'No speaker', value: unattributed }
    ])
  }
}

/** A chart of quotes per month with its months in words: "March 2024". */
function monthsChart(chart: ReturnType<typeof quotesPerMonth>) {
  const bars = chart.bars.map((bar) => ({ ...bar, month: readableDate(bar.label) }))
  return { ...chart, bars, from: bars[0]?.month ?? '', to: bars.at(-1)?.month ?? '', busiest: { month: readableDate(chart.busiest?.label ?? ''), value: chart.busiest?.value ?? 0 } }
}

/** The months from the archive's first dated quote to its last, or none. */
function archiveMonths(dates: ReadonlyArray<string | undefined>): string[] {
  const months = dates.flatMap((date) => (date && date.length >= 7 ? [date.slice(0, 7)] : [])).sort()
  const [first] = months
  const last = months.at(-1)
  return first && last ? monthsBetween(first, last) : []
}

/** How many speakers the home page ranks. */
const mostQuotedShown = 10

/**
 * The home page's pictures: who is quoted most (quotes counted once however
 * many parts), and each year's quotes by named speakers, unnamed sources and
 * none, as shares.
 */
function homeCharts(quotes: ReadonlyArray<{ quote: ArchiveQuote; speakerId: string | undefined }>, actors: ReadonlyArray<{ id: string; name: string; url: string; kind: ArchiveActor['kind'] }>, bySpeaker: ReadonlyMap<string, readonly unknown[]>) {
  const ranked = actors
    .filter(hasPage)
    .map((actor) => ({ label: actor.name, url: actor.url, value: bySpeaker.get(actor.id)?.length ?? 0 }))
    .filter((actor) => actor.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, mostQuotedShown)
  const kindOf = new Map(actors.map((actor) => [actor.id, actor.kind]))
  const years = new Map<string, { named: number; unnamed: number; unattributed: number }>()
  for (const { quote, speakerId } of quotes) {
    const year = quote.published?.date.slice(0, 4)
    if (!year) continue
    const counts = years.get(year) ?? { named: 0, unnamed: 0, unattributed: 0 }
    const kind = speakerId === undefined ? undefined : kindOf.get(speakerId)
    if (kind === undefined) counts.unattributed += 1
    else if (hasPage({ kind })) counts.named += 1
    else counts.unnamed += 1
    years.set(year, counts)
  }
  const byYear = [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, counts], index) => ({ year, y: index * rowHeight, ...sourcingProfile(counts.named, counts.unnamed, counts.unattributed) }))
  return { mostQuoted: rankedBars(ranked), byYear, byYearHeight: byYear.length * rowHeight, undatedQuotes: quotes.filter(({ quote }) => !quote.published).length }
}

/** How many of the oldest reporting articles a quote links to; all of them are listed on its speaker's page. */
const reportsShown = 5

interface ReportingArticles {
  count: number
  /** The oldest `reportsShown` + 1 articles that report the statement, each once: enough to show `reportsShown` besides any one. */
  oldest: Array<{ article: string; headline: string; url: string; dateLabel: string }>
}

/** The articles that report a statement, counted and the oldest kept, once a statement however many of its quotes there are. */
function articlesReporting(statement: Statement): ReportingArticles {
  const articles = new Set<string>()
  const oldest: ReportingArticles['oldest'] = []
  for (const report of statement.reports) {
    if (articles.has(report.article)) continue
    articles.add(report.article)
    if (oldest.length <= reportsShown) oldest.push({ article: report.article, headline: report.headline, url: report.url, dateLabel: publishedLabel(report.published) })
  }
  return { count: articles.size, oldest }
}

/** Where else a quote of article `own` was reported: how many other articles, and the oldest of them. */
function otherArticles(reported: ReportingArticles | undefined, own: string) {
  const others = reported?.oldest.filter((entry) => entry.article !== own).slice(0, reportsShown) ?? []
  return { count: reported ? reported.count - 1 : 0, shown: others.map(({ article, ...link }) => link) }
}

/** The anchor of a statement on its speaker's page. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId.replace(/[^a-z0-9-]/g, '-')}`
}

/**
 * A speaker's quotes as statements: each once, shown as its first report
 * (the earliest known source), with every report of it oldest first; the
 * statement first reported most recently comes first.
 */
function statementsOf(quotes: readonly QuoteEntry[]) {
  const statements = [...groupBy(quotes, ({ quote }) => quote.statementId).values()].flatMap((reports) => {
    const ordered = [...reports].sort((a, b) => byDate(a.quote, b.quote) || a.quote.url.localeCompare(b.quote.url))
    const [earliest] = ordered
    return earliest ? [{ earliest, ordered }] : []
  })
  statements.sort((a, b) => byDate(b.earliest.quote, a.earliest.quote))
  return statements.map(({ earliest, ordered }) => ({
    anchor: statementAnchor(earliest.quote.statementId),
    first: earliest,
    reports: ordered.map(({ quote }, index) => ({ headline: quote.headline, url: quote.url, dateLabel: publishedLabel(quote.published), first: index === 0 && ordered.length > 1 }))
  }))
}

/**
 * How each article credits each source: the words around every mention
 * ("…, told Reuters on Monday"), and the ids of the quotes whose sentence
 * credits it, which are the quotes that came through it.
 */
function creditsBySource(records: readonly ArticleRecord[]) {
  const credits = new Map<string, Array<{ article: string; headline: string; url: string; dateLabel: string; phrases: string[]; quoteIds: Set<string> }>>()
  for (const record of records) {
    for (const source of record.sources) {
      const phrases = [...new Set(source.mentions.map((mention) => creditPhrase(record, mention)))]
      const quoteIds = new Set(record.quotes.filter((quote) => source.mentions.some((mention) => mention.start >= quote.context.start && mention.end <= quote.context.end)).map((quote) => quote.id))
      const list = credits.get(source.id) ?? []
      list.push({ article: record.slug, headline: record.headline, url: paths.article(record.slug), dateLabel: publishedLabel(record.published), phrases, quoteIds })
      credits.set(source.id, list)
    }
  }
  return credits
}

/** The words around a mention of a source, within its block and sentence: "…, the official told Reuters on Monday." */
function creditPhrase(record: ArticleRecord, mention: { start: number; end: number; text: string }): string {
  const block = [...record.body, ...record.captions].find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end)
  if (!block) return mention.text
  const before = block.text.slice(0, mention.start - block.start)
  const after = block.text.slice(mention.end - block.start)
  // From the start of the mention's sentence, or 80 characters before the mention, whichever is nearer.
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('” ')) + 2
  const opening = Math.max(sentenceStart === 1 ? 0 : sentenceStart, before.length - 80)
  const closing = /[.!?](?:\s|$)/.exec(after)?.index
  const tail = after.slice(0, Math.min(closing === undefined ? after.length : closing + 1, 80))
  const cut = tail.length < after.length && !/[.!?]$/.test(tail)
  const cutBefore = opening > 0 && opening !== sentenceStart
  return `${cutBefore ? '…' : ''}${before.slice(Math.max(0, opening)).trimStart()}${mention.text}${tail}${cut ? '…' : ''}`
}

/** The list of articles, newest first and the undated after, `articlesPerPage` a page, with a jump to where each year starts. */
function articleListPages(articles: readonly ArticleEntry[], absolute: (path: string) => string) {
  const count = Math.max(1, Math.ceil(articles.length / articlesPerPage))
  const years: Array<{ year: string; url: string }> = []
  for (const [index, article] of articles.entries()) {
    const year = article.year ?? 'Undated'
    if (!years.some((entry) => entry.year === year)) years.push({ year, url: `${paths.articles(Math.floor(index / articlesPerPage) + 1)}#year-${year}` })
  }
  // Counted once, not on each of the list's pages: at 10,000 articles, 200 pages each counting them all took two seconds.
  const undated = articles.filter((article) => !article.year).length
  return Array.from({ length: count }, (_, index) => {
    const listed = articles.slice(index * articlesPerPage, (index + 1) * articlesPerPage)
    const url = paths.articles(index + 1)
    return {
      url,
      canonical: absolute(url),
      page: pageNav(index + 1, count, paths.articles),
      years,
      undated,
      articles: listed.map((article, position) => {
        const year = article.year ?? 'Undated'
        const previous = position > 0 ? listed[position - 1] : index > 0 ? articles[index * articlesPerPage - 1] : undefined
        return { headline: article.headline, url: article.url, dateLabel: article.dateLabel, quoteCount: article.quoteCount, yearStarts: previous?.year === article.year && previous !== undefined ? undefined : year }
      })
    }
  })
}

/**
 * The list of actors: people first, then organisations, unnamed sources and
 * documents, each by name, `actorsPerPage` a page, grouped by kind on each
 * page, with a jump to where each kind and each initial of a person's name starts.
 */
function actorLists(actors: ReadonlyArray<{ name: string; kind: ArchiveActor['kind']; url: string; summary: string }>, absolute: (path: string) => string) {
  const kinds = Object.keys(actorKindLabels) as Array<ArchiveActor['kind']>
  const sorted = [...actors].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.localeCompare(b.name))
  const count = Math.max(1, Math.ceil(sorted.length / actorsPerPage))
  const pageOf = (index: number) => paths.actors(Math.floor(index / actorsPerPage) + 1)
  const jumps: Array<{ label: string; url: string }> = []
  const anchors = new Map<number, string>()
  for (const [index, actor] of sorted.entries()) {
    const previous = sorted[index - 1]
    const initial = actor.kind === 'person' ? (actor.name.at(0) ?? '').toUpperCase() : ''
    const label = actor.kind === 'person' ? initial : actorKindLabels[actor.kind]
    const startsKind = previous?.kind !== actor.kind
    const startsInitial = actor.kind === 'person' && (startsKind || (previous?.name.at(0) ?? '').toUpperCase() !== initial)
    if (!startsKind && !startsInitial) continue
    const anchor = `from-${startsInitial ? `person-${initial.codePointAt(0) ?? 0}` : actor.kind}`
    anchors.set(index, anchor)
    jumps.push({ label, url: `${pageOf(index)}#${anchor}` })
  }
  return Array.from({ length: count }, (_, number) => {
    const url = paths.actors(number + 1)
    const groups: Array<{ kind: string; label: string; actors: Array<{ name: string; url: string; summary: string; anchor?: string }> }> = []
    for (let index = number * actorsPerPage; index < Math.min(sorted.length, (number + 1) * actorsPerPage); index += 1) {
      const actor = sorted[index]
      if (!actor) continue
      if (groups.at(-1)?.kind !== actor.kind) groups.push({ kind: actor.kind, label: actorKindLabels[actor.kind], actors: [] })
      const anchor = anchors.get(index)
      groups.at(-1)?.actors.push({ name: actor.name, url: actor.url, summary: actor.summary, ...(anchor ? { anchor } : {}) })
    }
    return { url, canonical: absolute(url), page: pageNav(number + 1, count, paths.actors), jumps, groups }
  })
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const value = key(item)
    if (value === undefined) continue
    const group = groups.get(value)
    if (group) group.push(item)
    else groups.set(value, [item])
  }
  return groups
}

function byDate(a: ArchiveQuote, b: ArchiveQuote): number {
  const dateA = a.published?.date ?? '9999'
  const dateB = b.published?.date ?? '9999'
  return dateA < dateB ? -1 : dateA > dateB ? 1 : 0
}

/** Atom wants a full timestamp: "2014-01" becomes "2014-01-01T00:00:00Z"; no date at all, the epoch. */
function atomDate(iso: string | undefined): string {
  const [year = '1970', month = '01', day = '01'] = (iso ?? '').split('-').filter(Boolean)
  return `${year}-${month}-${day}T00:00:00Z`
}
