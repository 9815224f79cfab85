/**
 * Which pages a build renders and which it takes, unchanged, from the site it
 * replaces. Each page's fingerprint is a hash of the data its template prints
 * and of everything else rendering depends on (templates, site code, base
 * URL); a page whose fingerprint is the one recorded by the previous build,
 * and whose file is still there, is hard-linked rather than rendered again.
 * Site-wide pages (the list of sources, search, feed, sitemap) are always rendered:
 * almost any change to an article changes them.
 */
import { createHash } from 'node:crypto'
import { paths, type ActorListPage, type ActorPage, type ArticleListPage, type ArticleView, type QuotePage, type SiteData, type SourcePage } from './data.ts'

/** The pages of each kind a build renders. */
export interface Selection {
  articles: ArticleView[]
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
export function planRender(site: SiteData, salt: string, previous: PageFingerprints, available: (file: string) => boolean): RenderPlan {
  const plan: RenderPlan = { render: emptySelection(), reuse: [], fingerprints: {} }
  const choose = <T extends { url: string }>(pages: readonly T[], chosen: T[]) => {
    for (const page of pages) {
      const file = paths.file(page.url)
      const fingerprint = createHash('sha256').update(salt).update(JSON.stringify(page)).digest('base64url')
      plan.fingerprints[file] = fingerprint
      if (previous[file] === fingerprint && available(file)) plan.reuse.push(file)
      else chosen.push(page)
    }
  }
  choose(site.articles, plan.render.articles)
  choose(site.actorPages, plan.render.actorPages)
  choose(site.sourcePages, plan.render.sources)
  choose(site.quotePages, plan.render.quotePages)
  choose(site.articlePages, plan.render.articlePages)
  choose(site.actorListPages, plan.render.actorListPages)
  return plan
}
