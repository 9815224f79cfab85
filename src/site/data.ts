/**
 * Shapes the archive into what the templates print. Templates loop and print;
 * every choice about what a page shows is made here.
 */
import type { Archive } from '../archive/archive.ts'
import type { ArchiveActor, ArchiveQuote, ArticleRecord } from '../types.ts'
import { renderBody } from './body.ts'
import { plural, publishedLabel, readableDate, wordCount } from './format.ts'
import { actorEntity, jsonLdScript, newsArticle } from './json-ld.ts'

export const paths = {
  article: (slug: string) => `/articles/${slug}/`,
  original: (slug: string) => `/articles/${slug}/original.txt`,
  actor: (id: string) => `/actors/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  quotesByArticle: (slug: string) => `/quotes/articles/${slug}/`
}

const kindLabels: Record<ArchiveActor['kind'], string> = {
  person: 'People',
  organization: 'Organisations',
  anonymous: 'Unnamed sources',
  document: 'Documents'
}

export interface SiteOptions {
  /** Absolute URL the site is served from, ending in a slash, e.g. `https://example.org/archive/`. */
  baseUrl: string
}

export function siteData(archive: Archive, options: SiteOptions) {
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), options.baseUrl).href
  const actorsById = new Map(archive.actors.map((actor) => [actor.id, actor]))
  const recordsBySlug = new Map(archive.records.map((record) => [record.slug, record]))
  const quoteView = (quote: ArchiveQuote) => ({
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    context: quote.context.text,
    speaker: quote.speaker ? { name: quote.speaker.name, url: paths.actor(quote.speaker.actorId) } : null,
    url: `${paths.article(quote.article)}#${quote.id}`,
    headline: quote.headline,
    articleUrl: paths.article(quote.article),
    dateLabel: publishedLabel(quote.published)
  })
  const articleLinks = (slugs: readonly string[]) =>
    slugs.flatMap((slug) => {
      const record = recordsBySlug.get(slug)
      return record ? [{ headline: record.headline, url: paths.article(slug), dateLabel: publishedLabel(record.published) }] : []
    })
  const quotesBySpeaker = groupBy(archive.quotes, (quote) => quote.speaker?.actorId)
  const quotesByArticle = groupBy(archive.quotes, (quote) => quote.article)
  const articles = archive.records.map((record) => articleView(record, actorsById, absolute))
  const actors = archive.actors.map((actor) => {
    const quotes = [...(quotesBySpeaker.get(actor.id) ?? [])].sort(byDate)
    return {
      ...actor,
      url: paths.actor(actor.id),
      canonical: absolute(paths.actor(actor.id)),
      kindLabel: kindLabels[actor.kind],
      quotes: quotes.map(quoteView),
      articleLinks: articleLinks(actor.articles),
      summary: `${plural(actor.quoteCount, 'quote')} in ${plural(actor.articles.length, 'article')}`,
      jsonLd: jsonLdScript(actorEntity(actor, absolute(paths.actor(actor.id))))
    }
  })
  const sources = archive.sources.map((source) => ({
    ...source,
    url: paths.source(source.id),
    canonical: absolute(paths.source(source.id)),
    kindLabel: source.kind === 'agency' ? 'News agency' : source.kind === 'outlet' ? 'Outlet' : 'Document',
    articleLinks: articleLinks(source.articles)
  }))
  const quotes = archive.quotes.map(quoteView)
  const speakers = actors.filter((actor) => actor.quoteCount > 0)
  const years = [...new Set(articles.flatMap((article) => (article.year ? [article.year] : [])))].sort().reverse()
  return {
    baseUrl: options.baseUrl,
    years,
    feedUpdated: atomDate(archive.records.find((record) => record.published)?.published?.date),
    counts: { articles: articles.length, quotes: quotes.length, actors: actors.length, sources: sources.length },
    articles,
    actors,
    actorGroups: (Object.keys(kindLabels) as Array<ArchiveActor['kind']>)
      .map((kind) => ({ kind, label: kindLabels[kind], actors: actors.filter((actor) => actor.kind === kind) }))
      .filter((group) => group.actors.length > 0),
    sources,
    quotes,
    /** One filter value a name: search filters by the name a reader sees. */
    speakerNames: [...new Set(speakers.map((actor) => actor.name))].sort(),
    /** The speaker filter of /quotes/ links to the speaker's own list of quotes, on their page. */
    speakers: speakers.map((actor) => ({ name: actor.name, url: `${actor.url}#quotes-title`, count: actor.quoteCount })),
    quotedArticles: articles
      .filter((article) => article.quoteCount > 0)
      .map((article) => ({ headline: article.headline, url: paths.quotesByArticle(article.slug), canonical: absolute(paths.quotesByArticle(article.slug)), count: article.quoteCount, quotes: (quotesByArticle.get(article.slug) ?? []).map(quoteView) })),
    pages: [
      '/',
      '/actors/',
      '/sources/',
      '/quotes/',
      '/search/',
      ...articles.map((article) => article.url),
      ...actors.map((actor) => actor.url),
      ...sources.map((source) => source.url),
      ...articles.filter((article) => article.quoteCount > 0).map((article) => paths.quotesByArticle(article.slug))
    ].map(absolute)
  }
}

export type SiteData = ReturnType<typeof siteData>

function articleView(record: ArticleRecord, actorsById: ReadonlyMap<string, ArchiveActor>, absolute: (path: string) => string) {
  const url = paths.article(record.slug)
  const attributed = record.quotes.filter((quote) => quote.speaker)
  const words = new Map<string, number>()
  for (const quote of attributed) words.set(quote.speaker?.actorId ?? '', (words.get(quote.speaker?.actorId ?? '') ?? 0) + wordCount(quote.text))
  const totalWords = [...words.values()].reduce((sum, count) => sum + count, 0)
  const quoted = [...groupBy(attributed, (quote) => quote.speaker?.actorId)].map(([actorId, quotes]) => {
    const actor = actorsById.get(actorId)
    return {
      name: actor?.name ?? quotes[0]?.speaker?.name ?? '',
      url: paths.actor(actorId),
      named: actor?.kind === 'person' || actor?.kind === 'organization',
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
    bodyHtml: renderBody(record, { actor: paths.actor }),
    summary: record.body.find((block) => block.kind === 'standfirst' || block.kind === 'paragraph')?.text.slice(0, 280) ?? '',
    quoteCount: record.quotes.length,
    quoted,
    profile: {
      named: quoted.filter((speaker) => speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      unnamed: quoted.filter((speaker) => !speaker.named).reduce((sum, speaker) => sum + speaker.count, 0),
      unattributed: record.quotes.length - attributed.length
    },
    sources: record.sources.map((source) => ({ name: source.name, url: paths.source(source.id) })),
    jsonLd: jsonLdScript(newsArticle(record, absolute(url), (id) => absolute(paths.actor(id))))
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
