/**
 * Which pages a build renders and which it takes, unchanged, from the site it
 * replaces. Each page's fingerprint is a hash of what the data its template
 * prints is made of (its page in the site data, with its quotes and record
 * hashed) and of everything else rendering depends on (templates, site code,
 * base URL); a page whose fingerprint is the one recorded by the previous
 * build, and whose file is still there, is taken rather than rendered again.
 * The printed data itself is made only for the pages rendered.
 * Site-wide pages (the list of sources, search, feed, sitemap) are always rendered:
 * almost any change to an article changes them.
 */
import { createHash } from 'node:crypto'
import { digest } from '../archive/fingerprint.ts'
import { recordDigest } from '../archive/api.ts'
import { paths, type ActorListPage, type ActorPage, type ArticleEntry, type ArticleListPage, type QuoteEntry, type QuotePage, type SiteData, type SourcePage } from './data.ts'
import type { ArticleRecord } from '../types.ts'

/** The pages of each kind a build renders. */
export interface Selection {
  articles: ArticleEntry[]
  actorPages: ActorPage[]
  sources: SourcePage[]
  quotePages: QuotePage[]
  articlePages: ArticleListPage[]
  actorListPages: ActorListPage[]
}

export const pageKinds = ['articles', 'actorPages', 'sources', 'quotePages', 'articlePages', 'actorListPages'] as const

export function emptySelection(): Selection {
  return { articles: [], actorPages: [], sources: [], quotePages: [], articlePages: [], actorListPages: [] }
}

/** How many pages a selection holds, of every kind. */
export function pageCount(selection: Selection): number {
  return pageKinds.reduce((sum, kind) => sum + selection[kind].length, 0)
}

/** Output file → fingerprint of the data it was rendered from. */
export type PageFingerprints = Record<string, string>

export interface RenderPlan {
  render: Selection
  /** Output files the previous site has as they would be rendered now. */
  reuse: string[]
  fingerprints: PageFingerprints
}

/**
 * Splits the site's pages into those to render and those to reuse.
 * `previous` holds the fingerprints the previous build recorded (none, render
 * everything); `available` says whether the previous site still has a file.
 */
export function planRender(site: SiteData, salt: string, previous: PageFingerprints, available: (file: string) => boolean, known?: KnownDigests): RenderPlan {
  const plan: RenderPlan = { render: emptySelection(), reuse: [], fingerprints: {} }
  const fingerprints = pageFingerprints(salt, known)
  const choose = <T extends { url: string }>(pages: readonly T[], chosen: T[], fingerprintOf: (page: T) => string) => {
    for (const page of pages) {
      const file = paths.file(page.url)
      const fingerprint = fingerprintOf(page)
      plan.fingerprints[file] = fingerprint
      if (previous[file] === fingerprint && available(file)) plan.reuse.push(file)
      else chosen.push(page)
    }
  }
  choose(site.articles, plan.render.articles, fingerprints.articles)
  choose(site.actorPages, plan.render.actorPages, fingerprints.actorPages)
  choose(site.sourcePages, plan.render.sources, fingerprints.sources)
  choose(site.quotePages, plan.render.quotePages, fingerprints.quotePages)
  choose(site.articlePages, plan.render.articlePages, fingerprints.articlePages)
  choose(site.actorListPages, plan.render.actorListPages, fingerprints.actorListPages)
  return plan
}

/**
 * A function that fingerprints a page of any kind: a hash of the salt and of
 * what the page is made of, as JSON. A page in the site data holds what its
 * template's data is made from (`pageViews` in `data.ts` makes that data
 * from it alone), so the page's data is never made to be fingerprinted.
 * The same quote is listed on several pages (its article's, its speaker's,
 * its sources', a page of /quotes/), so each quote, and each article's
 * record, is hashed once, and a page's JSON holds that hash where the quote
 * or the record would be. `known` holds what was hashed elsewhere (by the API).
 */
export function pageFingerprints(salt: string, known: KnownDigests = { records: new Map(), articles: new Map() }): PageFingerprinter {
  const digests = new Map<object, Digest>()
  const memo = <T extends object>(hashOf: (part: T) => string) => (part: T): Digest => {
    let hashed = digests.get(part)
    if (!hashed) {
      // An object with a key no page's data has, so that a hash never reads as one of the page's own strings.
      hashed = { '#': hashOf(part) }
      digests.set(part, hashed)
    }
    return hashed
  }
  const recordPart = memo((record: ArticleRecord) => known.records.get(record) ?? recordDigest(record))
  const quotePart = memo((entry: QuoteEntry) => {
    // Where the article's digest is known, it stands for all that a quote takes from its article: its parts as the
    // archive lists them and the article's publisher.
    const fromArticle = known.articles.get(entry.quote.article) ?? [entry.chain, entry.publisher]
    return digest(JSON.stringify([fromArticle, entry.quote.id, entry.links]))
  })
  const hash = (shape: object) => createHash('sha256').update(salt).update(JSON.stringify(shape)).digest('base64url')
  return {
    articles: (page) => hash({ ...page, record: recordPart(page.record), quotes: page.quotes.map(quotePart) }),
    actorPages: (page) => hash({ ...page, statements: page.statements.map((statement) => ({ ...statement, first: quotePart(statement.first) })) }),
    sources: (page) => hash({ ...page, credits: page.credits.map((credit) => ({ ...credit, quotes: credit.quotes.map(quotePart) })) }),
    quotePages: (page) => hash({ ...page, quotes: page.quotes.map(quotePart) }),
    articlePages: hash,
    actorListPages: hash
  }
}

/** What pages are made of, hashed elsewhere already (by the API). */
export interface KnownDigests {
  /** Each record's hash, which changes whenever its JSON does (`recordDigest` in `archive/api.ts`). */
  records: ReadonlyMap<ArticleRecord, string>
  /** For each article by slug, a digest that changes whenever its record, or any of its quotes as the archive lists them, does. */
  articles: ReadonlyMap<string, string>
}

/** A shared part of pages as a page's fingerprint sees it. */
type Digest = { '#': string }

/** For each kind of page, what fingerprints a page of that kind. */
export type PageFingerprinter = { [Kind in keyof Selection]: (page: Selection[Kind][number]) => string }
