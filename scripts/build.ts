/**
 * `onrecord build`: extract the articles, merge the archive, render the site
 * with Eleventy, index it with Pagefind. Everything is built in a staging
 * folder that replaces the output only when every step succeeded.
 */
import { extractAll } from '../src/archive/extract-all.ts'
import { progressReporter } from '../src/archive/progress.ts'
import { buildArchive } from '../src/archive/archive.ts'
import { buildAtomically, copyFiles, writeFiles, writeJsonArray } from '../src/archive/write.ts'
import { apiSchemas, schemaJson } from '../src/archive/schema.ts'
import { paths, siteData } from '../src/site/data.ts'
import { renderSite } from '../src/site/eleventy.ts'
import { actorDocument, articleDocument, indexSite } from '../src/search/index.ts'
import type { Problem } from '../src/types.ts'

export interface BuildOptions {
  input: string
  output: string
  /** Absolute URL the site will be served from; its path is the path prefix of every link. */
  baseUrl: string
  maxBytes?: number
  /** Folder of the extraction cache; none, no cache. */
  cacheFolder?: string
  log: (line: string) => void
  /** Where progress bars are drawn, when the build runs on a terminal. */
  terminal?: { write: (text: string) => void }
}

export interface BuildSummary {
  problems: Problem[]
  articles: number
  quotes: number
  actors: number
  sources: number
  seconds: number
}

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`
  const pathPrefix = new URL(baseUrl).pathname
  // The lock and the clean-up on Ctrl+C cover the whole build, extraction included.
  const { problems, archive } = await buildAtomically(options.output, async (staging) => {
    options.log(`onrecord: reading and extracting articles in ${options.input}`)
    const onProgress = progressReporter({ phase: 'extract', write: options.terminal?.write ?? ((text) => options.log(text.trimEnd())), terminal: options.terminal !== undefined })
    const { records, problems } = await extractAll([options.input], {
      onProgress,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.cacheFolder === undefined ? {} : { cacheFolder: options.cacheFolder })
    })
    const archive = buildArchive(records)
    const site = siteData(archive, { baseUrl })
    options.log(`onrecord: rendering ${archive.records.length} article pages, ${archive.actors.length} actor pages and ${archive.sources.length} source pages`)
    await renderSite(site, { output: staging, pathPrefix })
    await writeJsonArray(staging, 'api/articles.json', archive.records)
    await writeJsonArray(staging, 'api/actors.json', archive.actors)
    await writeJsonArray(staging, 'api/sources.json', archive.sources)
    await writeJsonArray(staging, 'api/quotes.json', archive.quotes)
    await writeFiles(staging, new Map([...apiSchemas].map(([name, schema]) => [`api/${name}`, schemaJson(schema)] as const)))
    await copyFiles(staging, new Map(archive.records.map((record) => [paths.original(record.slug).slice(1), record.file])))
    options.log('onrecord: indexing the site for search')
    await indexSite(staging, [...archive.records.map(articleDocument), ...archive.actors.map(actorDocument)])
    return { problems, archive }
  })
  const summary: BuildSummary = {
    problems,
    articles: archive.records.length,
    quotes: archive.quotes.length,
    actors: archive.actors.length,
    sources: archive.sources.length,
    seconds: (performance.now() - started) / 1000
  }
  const warnings = problems.filter((problem) => problem.severity === 'warning').length
  options.log(
    `onrecord: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.actors} actors, ${summary.sources} sources, ` +
      `${problems.length - warnings} files refused, ${warnings} warnings, ${summary.seconds.toFixed(1)} s → ${options.output}`
  )
  for (const problem of problems) options.log(`${problem.file}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.reason}`)
  return summary
}
