/**
 * The one seam to Eleventy: renders `templates/` with the site data into a
 * folder. Nunjucks escapes everything it prints; article text reaches the
 * templates only as data, never as template source.
 */
import Eleventy, { HtmlBasePlugin } from '@11ty/eleventy'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { hashFolder, packageVersion } from '../archive/fingerprint.ts'
import { ownCode, packageRoot } from '../package-files.ts'
import { pageViews, type SiteData } from './data.ts'
import { xmlText } from './format.ts'
import { emptySelection, pageCount, pageKinds, type Selection } from './plan.ts'

export const templatesFolder = path.join(packageRoot, 'templates')

/**
 * Eleventy holds a run's pages and their data until the run ends, so a large
 * archive is rendered in runs of this many pages, which bounds that memory
 * whatever the archive's size.
 */
export const pagesPerRun = 2500

/**
 * And of pages that show this many quotes in all, about what a run of
 * articles' pages shows: most of a page's data and HTML is its quotes, and
 * a page of /quotes/ shows about 200 where an article's shows ten. Counted
 * in pages alone, a run of pages of /quotes/ held every quote of the
 * archive up to half a million; at 10,000 articles it was the build's
 * largest live heap (BENCHMARKS.md, twenty-fifth session).
 */
export const quotesPerRun = 25_000

export interface RenderOptions {
  output: string
  /** The path the site is served under, e.g. `/` or `/archive/`. */
  pathPrefix: string
  /** Called after each run with the pages rendered so far and the pages to render. */
  onProgress?: (done: number, total: number) => void
  /** Once aborted (the build failed elsewhere), no further run starts, and the rendering fails with the signal's reason. */
  signal?: AbortSignal
}

/**
 * Renders the site-wide pages (home, lists, search, feed) and the selected
 * pages of each kind into `options.output`, in runs of at most `pagesPerRun`
 * pages and `quotesPerRun` quotes.
 */
export async function renderSite(site: SiteData, selection: Selection, options: RenderOptions): Promise<void> {
  const runs = slices(selection, pagesPerRun, quotesPerRun)
  const total = pageCount(selection)
  let done = 0
  options.onProgress?.(done, total)
  for (const [number, render] of runs.entries()) {
    options.signal?.throwIfAborted()
    await renderRun(site, render, number === 0, options)
    done += pageCount(render)
    options.onProgress?.(done, total)
  }
}

async function renderRun(site: SiteData, render: Selection, siteWide: boolean, options: RenderOptions): Promise<void> {
  const eleventy = new Eleventy(templatesFolder, options.output, {
    quietMode: true,
    pathPrefix: options.pathPrefix,
    config(config: EleventyConfig) {
      config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })
      config.setTemplateFormats(['njk'])
      config.addNunjucksFilter('xmlText', xmlText)
      config.addGlobalData('site', site)
      config.addGlobalData('render', pagesData(render, site.baseUrl))
      // The site-wide pages are the templates without pagination; they are rendered in the first run only.
      if (!siteWide) config.addPreprocessor('site-wide-once', 'njk', (data) => (data['pagination'] ? undefined : false))
      else config.addPassthroughCopy({ [path.join(templatesFolder, 'assets')]: 'assets' })
      config.addPlugin(HtmlBasePlugin)
      config.setDataDirectory('no-data-directory')
    }
  })
  // The build reports its own progress; Eleventy's "Wrote N files" line a run would only repeat it.
  ;(eleventy as unknown as { disableLogger(): void }).disableLogger()
  await eleventy.write()
}

/** What the templates print for a run's pages, each kind made from its pages in the site data. */
function pagesData(render: Selection, baseUrl: string) {
  const views = pageViews(baseUrl)
  return {
    articles: render.articles.map(views.articles),
    actorPages: render.actorPages.map(views.actorPages),
    sources: render.sources.map(views.sources),
    quotePages: render.quotePages.map(views.quotePages),
    articlePages: render.articlePages.map(views.articlePages),
    actorListPages: render.actorListPages.map(views.actorListPages)
  }
}

/**
 * The selection cut into runs of pages of one kind each, at most `size` pages
 * and, but for a page that alone shows more, `quotes` quotes; always at least
 * one run.
 */
export function slices(selection: Selection, size: number, quotes = Infinity): Selection[] {
  const runs: Selection[] = []
  for (const kind of pageKinds) {
    const pages: ReadonlyArray<Selection[typeof kind][number]> = selection[kind]
    let start = 0
    let shown = 0
    for (const [at, page] of pages.entries()) {
      const weight = quotesShown(page)
      if (at > start && (at - start === size || shown + weight > quotes)) {
        runs.push({ ...emptySelection(), [kind]: pages.slice(start, at) })
        start = at
        shown = 0
      }
      shown += weight
    }
    if (pages.length > start) runs.push({ ...emptySelection(), [kind]: pages.slice(start) })
  }
  return runs.length > 0 ? runs : [emptySelection()]
}

/** How many quotes a page of any kind shows: an article's, a speaker's statements, a source's credits', a page of /quotes/; a list shows none. */
function quotesShown(page: Selection[keyof Selection][number]): number {
  if ('statements' in page) return page.statements.length
  if ('credits' in page) return page.credits.reduce((sum, credit) => sum + credit.quotes.length, 0)
  if ('quotes' in page) return page.quotes.length
  return 0
}

/**
 * What the rendered pages depend on besides their data: the templates, the
 * code that shapes the data, Eleventy's version and the address the site is
 * served from. A change to any of them renders every page again.
 */
export async function renderFingerprint(baseUrl: string): Promise<string> {
  const hash = createHash('sha256').update(baseUrl).update('\0').update(await packageVersion('@11ty/eleventy'))
  await hashFolder(hash, templatesFolder)
  for (const folder of ownCode('site')) await hashFolder(hash, folder)
  return hash.digest('base64url')
}

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void
  setTemplateFormats(formats: string[]): void
  addGlobalData(name: string, value: unknown): void
  addNunjucksFilter(name: string, filter: (value: unknown) => string): void
  addPassthroughCopy(paths: Record<string, string>): void
  addPreprocessor(name: string, extensions: string, preprocess: (data: Record<string, unknown>, content: string) => unknown): void
  addPlugin(plugin: unknown): void
  setDataDirectory(folder: string): void
}
