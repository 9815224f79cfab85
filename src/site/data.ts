/**
 * Shapes the archive into what the templates print. Templates loop and print;
 * every choice about what a page shows is made here.
 */
import type { Archive } from '../archive/archive.ts'
import type { ArchiveActor, ArchiveQuote, ArchiveSource, ArticleRecord } from '../types.ts'
import { renderBody } from './body.ts'
import { plural, publishedLabel, readableDate, wordCount } from './format.ts'
import { actorEntity, jsonLdScript, newsArticle } from './json-ld.ts'
import { evidenceText } from './evidence.ts'

export const paths = {
  article: (slug: string) => `/articles/${slug}/`,
  original: (slug: string) => `/articles/${slug}/original.txt`,
  actor: (id: string) => `/actors/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  /** `/quotes/` for the newest page, `/quotes/page-1/` for the oldest, counting up. */
  quotes: (page: number, pages: number) => (page === pages ? '/quotes/' : `/quotes/page-${page}/`),
  /** The file Eleventy writes for a page's URL. */
  file: (url: string) => `${url.slice(1)}index.html`
}

/** Quotes on one page of /quotes/, and of an actor's page. */
export const quotesPerPage = 200

const sourceKindLabels: Record<ArchiveSource['kind'], string> = {
  agency: 'News agency',
  outlet: 'Outlet',
  organization: 'Organisation',
  document: 'Document'
}

const kindLabels: Record<ArchiveActor['kind'], string> = {
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

export interface SiteOptions {
  /** Absolute URL the site is served from, ending in a slash, e.g. `https://example.org/archive/`. */
  baseUrl: string
  /** Base paths of the search indexes the search page merges, the first one's bundle loaded (see `search/shards.ts`). */
  searchIndexes: readonly string[]
}

export function siteData(archive: Archive, options: SiteOptions) {
  const absolute = (path: string) => absoluteUrl(options.baseUrl, path)
  const actorsById = new Map(archive.actors.map((actor) => [actor.id, actor]))
  const urlOf = (actorId: string) => {
    const actor = actorsById.get(actorId)
    return actor ? actorUrl(actor) : paths.actor(actorId)
  }
  const recordsBySlug = new Map(archive.records.map((record) => [record.slug, record]))
  const articleLinks = (slugs: readonly string[]) =>
    slugs.flatMap((slug) => {
      const record = recordsBySlug.get(slug)
      return record ? [{ headline: record.headline, url: paths.article(slug), dateLabel: publishedLabel(record.published) }] : []
    })
  // Each quote's view is made once and shown on its article's page, its speaker's and a page of /quotes/.
  const quotes = archive.quotes.map((quote) => ({ quote, view: quoteView(quote, urlOf) }))
  const quotesBySpeaker = groupBy(quotes, ({ quote }) => quote.speaker?.actorId)
  const quotesByArticle = groupBy(quotes, ({ quote }) => quote.article)
  const articles = archive.records.map((record) => articleView(record, actorsById, urlOf, absolute, (quotesByArticle.get(record.slug) ?? []).map(({ view }) => view)))
  const actors = archive.actors.map((actor) => {
    const url = actorUrl(actor)
    return {
      ...actor,
      url,
      canonical: absolute(url),
      kindLabel: kindLabels[actor.kind],
      summary: `${plural(actor.quoteCount, 'quote')} in ${plural(actor.articles.length, 'article')}`
    }
  })
  // A person quoted thousands of times gets their quotes over several pages, `quotesPerPage` each, the first at their own address.
  const actorPages = actors.filter(hasPage).flatMap((actor) => {
    const quoted = [...(quotesBySpeaker.get(actor.id) ?? [])].sort((a, b) => byDate(a.quote, b.quote)).map(({ view }) => view)
    const count = Math.max(1, Math.ceil(quoted.length / quotesPerPage))
    const pageUrl = (number: number) => (number === 1 ? actor.url : `${actor.url}page-${number}/`)
    return Array.from({ length: count }, (_, index) => ({
      ...actor,
      url: pageUrl(index + 1),
      canonical: absolute(pageUrl(index + 1)),
      page: { number: index + 1, count, previous: index > 0 ? pageUrl(index) : undefined, next: index + 1 < count ? pageUrl(index + 2) : undefined },
      quotes: quoted.slice(index * quotesPerPage, (index + 1) * quotesPerPage),
      articleLinks: index === 0 ? articleLinks(actor.articles) : [],
      jsonLd: jsonLdScript(actorEntity(actor, actor.canonical))
    }))
  })
  const sources = archive.sources.map((source) => ({
    ...source,
    url: paths.source(source.id),
    canonical: absolute(paths.source(source.id)),
    kindLabel: sourceKindLabels[source.kind],
    articleLinks: articleLinks(source.articles)
  }))
  const speakers = actors.filter((actor) => actor.quoteCount > 0)
  const quotedArticles = articles.filter((article) => article.quoteCount > 0).map((article) => ({ headline: article.headline, url: `${article.url}#quotes-title`, count: article.quoteCount }))
  // Pages are cut from the end of the list (the oldest article's last quote) up, so that an article added today changes the newest page only.
  const pageCount = Math.max(1, Math.ceil(quotes.length / quotesPerPage))
  const quotePages = Array.from({ length: pageCount }, (_, index) => {
    const number = pageCount - index
    const url = paths.quotes(number, pageCount)
    return {
      url,
      canonical: absolute(url),
      title: number === pageCount ? 'All quotes' : `All quotes, page ${number} counting from the oldest`,
      newer: number < pageCount ? paths.quotes(number + 1, pageCount) : undefined,
      older: number > 1 ? paths.quotes(number - 1, pageCount) : undefined,
      /** The newest page also carries the filters, which link to speakers' and articles' own lists. */
      filters: number === pageCount ? { speakers: speakers.map((actor) => ({ name: actor.name, url: hasPage(actor) ? `${actor.url}#quotes-title` : actor.url, count: actor.quoteCount })), articles: quotedArticles } : undefined,
      quotes: quotes.slice(Math.max(0, quotes.length - number * quotesPerPage), quotes.length - (number - 1) * quotesPerPage).map(({ view }) => view)
    }
  })
  const years = [...new Set(articles.flatMap((article) => (article.year ? [article.year] : [])))].sort().reverse()
  const undated = articles.some((article) => !article.year)
  return {
    baseUrl: options.baseUrl,
    searchIndexes: options.searchIndexes,
    years,
    /** Whether any article has no date: search lists those under a year value of their own. */
    undated,
    feedUpdated: atomDate(archive.records.find((record) => record.published)?.published?.date),
    counts: { articles: articles.length, quotes: archive.quotes.length, actors: actors.length, sources: sources.length },
    articles,
    actors,
    actorPages,
    actorGroups: (Object.keys(kindLabels) as Array<ArchiveActor['kind']>)
      .map((kind) => ({ kind, label: kindLabels[kind], actors: actors.filter((actor) => actor.kind === kind) }))
      .filter((group) => group.actors.length > 0),
    sources,
    quotePages,
    pages: [
      '/',
      '/actors/',
      '/sources/',
      '/search/',
      ...quotePages.map((page) => page.url),
      ...articles.map((article) => article.url),
      ...actorPages.map((actor) => actor.url),
      ...sources.map((source) => source.url)
    ].map(absolute)
  }
}

export type SiteData = ReturnType<typeof siteData>
export type ArticleView = SiteData['articles'][number]
export type ActorPage = SiteData['actorPages'][number]
export type SourcePage = SiteData['sources'][number]
export type QuotePage = SiteData['quotePages'][number]

/** How a quote is shown in a list: on its article's page, its speaker's and a page of /quotes/. */
function quoteView(quote: ArchiveQuote, urlOf: (actorId: string) => string) {
  return {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    context: quote.context.text,
    /** Why the quote has its speaker, as text; on an article's page, the quote in the body is described by it. */
    evidence: evidenceText(quote),
    speaker: quote.speaker ? { name: quote.speaker.name, url: urlOf(quote.speaker.actorId) } : null,
    url: `${paths.article(quote.article)}#${quote.id}`,
    headline: quote.headline,
    articleUrl: paths.article(quote.article),
    dateLabel: publishedLabel(quote.published)
  }
}

type QuoteView = ReturnType<typeof quoteView>

/**
 * What an article page shows. The body's HTML and the structured data are
 * made by `articlePage`, only for the pages a build renders; the record is
 * kept in the view so that a page's data says everything it depends on.
 */
function articleView(
  record: ArticleRecord,
  actorsById: ReadonlyMap<string, ArchiveActor>,
  urlOf: (actorId: string) => string,
  absolute: (path: string) => string,
  quotes: readonly QuoteView[]
) {
  const url = paths.article(record.slug)
  const attributed = record.quotes.filter((quote) => quote.speaker)
  const words = new Map<string, number>()
  for (const quote of attributed) words.set(quote.speaker?.actorId ?? '', (words.get(quote.speaker?.actorId ?? '') ?? 0) + wordCount(quote.text))
  const totalWords = [...words.values()].reduce((sum, count) => sum + count, 0)
  const quoted = [...groupBy(attributed, (quote) => quote.speaker?.actorId)].map(([actorId, quotes]) => {
    const actor = actorsById.get(actorId)
    return {
      name: actor?.name ?? quotes[0]?.speaker?.name ?? '',
      url: urlOf(actorId),
      anchor: speakerAnchor(actorId),
      named: actor ? hasPage(actor) : false,
      count: quotes.length,
      share: totalWords === 0 ? 0 : Math.round(((words.get(actorId) ?? 0) / totalWords) * 100)
    }
  })
  return {
    slug: record.slug,
    url,
    canonical: absolute(url),
    originalUrl: paths.original(record.slug),
    /** The article on the web, only when front matter gives an http or https address. */
    webUrl: record.url && /^https?:\/\//i.test(record.url) && URL.canParse(record.url) ? record.url : undefined,
    headline: record.headline,
    kicker: record.kicker,
    publisher: record.publisher,
    dateline: record.dateline,
    dateLabel: publishedLabel(record.published),
    dateIso: record.published?.date,
    year: record.published?.date.slice(0, 4),
    feedDate: atomDate(record.published?.date),
    dates: record.dates.map((date) => ({ text: date.text, label: readableDate(date.date), iso: date.date })),
    captions: record.captions,
    summary: record.body.find((block) => block.kind === 'standfirst' || block.kind === 'paragraph')?.text.slice(0, 280) ?? '',
    quoteCount: record.quotes.length,
    quotes,
    quoted,
    speakerUrls: Object.fromEntries(record.actors.map((actor) => [actor.id, urlOf(actor.id)])),
    profile: {
      named: quoted.filter((speaker) => speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      unnamed: quoted.filter((speaker) => !speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      unattributed: record.quotes.length - attributed.length
    },
    sources: record.sources.map((source) => ({ name: source.name, url: paths.source(source.id) })),
    record
  }
}

/** An article view with its body as HTML and its structured data: what the article template prints. */
export function articlePage(view: ArticleView, baseUrl: string) {
  const speakerUrl = (actorId: string) => view.speakerUrls[actorId] ?? paths.actor(actorId)
  return {
    ...view,
    bodyHtml: renderBody(view.record, { actor: speakerUrl }),
    jsonLd: jsonLdScript(newsArticle(view.record, view.canonical, (actorId) => absoluteUrl(baseUrl, speakerUrl(actorId))))
  }
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
