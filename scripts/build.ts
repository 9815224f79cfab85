/**
 * `onrecord build`: extract the articles, merge the archive, render the site
 * with Eleventy, index it with Pagefind. Everything is built in a staging
 * folder that replaces the output only when every step succeeded.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { extractAll } from '../src/archive/extract-all.ts'
import { progressReporter } from '../src/archive/progress.ts'
import { buildArchive, type Archive } from '../src/archive/archive.ts'
import { readAliases } from '../src/read/aliases.ts'
import { buildRecordJson, readBuildRecord } from '../src/archive/build-record.ts'
import { buildAtomically, isWithin, linkFiles, wholeFolders, writeFiles, type CarryOver } from '../src/archive/write.ts'
import { allEnded } from '../src/archive/concurrency.ts'
import { originalsOf, planOriginals, writeOriginals, type OriginalFingerprints, type OriginalsPlan } from '../src/archive/originals.ts'
import { recordDigests, writeApi } from '../src/archive/api.ts'
import { siteData } from '../src/site/data.ts'
import { renderFingerprint, renderSite } from '../src/site/eleventy.ts'
import { pageCount, planRender, type KnownDigests, type PageFingerprints } from '../src/site/plan.ts'
import { archiveDocuments } from '../src/search/documents.ts'
import { shardDocuments, shardPath, type Shard } from '../src/search/shards.ts'
import { indexSite, searchFingerprint } from '../src/search/index.ts'
import { buildRecordFile, checkOutput } from '../src/archive/output-guard.ts'
import { problemLine } from '../src/archive/problem-line.ts'
import { readRecordsFolder } from '../src/archive/records-file.ts'
import { isWebPage } from '../src/read/files.ts'
import { assignUniqueSlugs, type KeptSlug } from '../src/archive/slugs.ts'
import type { ArticleRecord, Problem } from '../src/types.ts'

export interface BuildOptions {
  input: string
  /** A folder of records files (`onrecord extract --out`): build from these instead of extracting `input`. */
  records?: string
  output: string
  /** Absolute URL the site will be served from; its path is the path prefix of every link. */
  baseUrl: string
  maxBytes?: number
  /** Folder of the extraction cache; none, no cache. */
  cacheFolder?: string
  /** Search documents a shard holds (see `search/shards.ts`); smaller shards, faster rebuilds and heavier first searches. */
  documentsPerShard?: number
  log: (line: string) => void
  /** Where progress bars are drawn, when the build runs on a terminal. */
  terminal?: { write: (text: string) => void }
  /** Whether to log how long each step took (`--timings`). */
  timings?: boolean
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
  const output = path.resolve(options.output)
  const source = options.records ?? options.input
  await checkOutput(options.output, [source])
  // The lock and the clean-up on Ctrl+C cover the whole build, extraction included.
  const { problems, archive, step } = await buildAtomically(options.output, async (staging, carryOver) => {
    // The site being replaced lends its articles' slugs, and the pages, search shards, originals and API pieces that would come out the same.
    const previous = await readBuildRecord(output)
    const inputPath = (record: ArticleRecord) => (options.records === undefined ? path.relative(options.input, record.file) : record.file)
    const progress = (phase: string, unit: string) =>
      progressReporter({ phase, unit, write: options.terminal?.write ?? ((text) => options.log(text.trimEnd())), terminal: options.terminal !== undefined })
    const step = stepTimer(options)
    const { records, problems, texts, digests, extractedFrom, fromRecords } = await readOrExtract(options, (record) => previous.slugs[inputPath(record)], progress('extract', 'articles'))
    step('read and extract')
    const editor = await readAliases(source)
    for (const reason of editor.problems) problems.push({ file: editor.file, reason, severity: 'warning' })
    const archive = buildArchive(records, editor.aliases)
    step('merge the archive')
    const recordHashes = recordDigests(archive.records, extractedFrom)
    const shards = shardDocuments(archiveDocuments(archive, recordHashes), options.documentsPerShard, await searchFingerprint())
    step('search documents and shards')
    const changedShards = shards.filter((shard) => previous.shards[shard.name] !== shard.fingerprint).length
    options.log(`onrecord: indexing ${changedShards} of ${shards.length} search ${shards.length === 1 ? 'shard' : 'shards'} while rendering the pages`)
    const [onRender, onIndex] = sharedProgress(progress('render and index', 'pages and documents'))
    const inPrevious = (file: string) => existsSync(path.join(output, file))
    // A failed index fails the build: the pages stop at the end of the run being rendered rather than all being rendered first.
    const indexFailed = new AbortController()
    // Pagefind indexes in a process of its own, on the second core, while this one shapes and renders the pages.
    const indexing = indexSite(staging, shards, { previous: { folder: output, shards: previous.shards }, carryOver, onProgress: onIndex })
    indexing.catch((error: unknown) => indexFailed.abort(error))
    const [search, { pageFingerprints, originalFingerprints, api }] = await bothSettled(
      timed(indexing, stepTimer(options), 'search index (beside the other steps)'),
      (async () => {
        // A web page's page itself is kept beside its article's text, where the page is at hand (not in a records build).
        const webPages = new Set(fromRecords ? [] : archive.records.filter((record) => isWebPage(record.file)))
        // The API comes before the pages: what it makes is garbage at once, and made while the heap holds the least
        // (before the pages' data), it does not make the heap grow (BENCHMARKS.md, nineteenth session).
        const api = await writeApi(staging, archive, baseUrl, new Date().toISOString().slice(0, 10), { folder: output, record: previous.api }, recordHashes)
        step('API written')
        // Its files are written from threads of their own, beside the rest of the build.
        const apiWriting = timed(api.written, stepTimer(options), 'API files written (beside the site data)')
        apiWriting.catch(() => undefined)
        const originals = planOriginals(originalsOf(archive.records, texts, webPages, digests), previous.originals, inPrevious)
        await writeOriginals(staging, originals.write)
        step('originals written')
        const renderOptions: RenderOptions = {
          ...options,
          output,
          baseUrl,
          pathPrefix,
          previous: previous.pages,
          inPrevious,
          known: { records: recordHashes, articles: api.articleDigests },
          originals,
          previousOriginals: previous.originals,
          carryOver,
          onRender,
          step,
          signal: indexFailed.signal
        }
        try {
          const { fingerprints, linking } = await renderPages(archive, webPages, shards, staging, renderOptions)
          // Both end before a failure is passed on: nothing may still be writing into the staging folder when a failed build removes it.
          await allEnded([linking, apiWriting])
          return { pageFingerprints: fingerprints, originalFingerprints: originals.fingerprints, api: api.record }
        } finally {
          // Rendering may have failed while the API's threads still wrote.
          await apiWriting.catch(() => undefined)
        }
      })()
    )
    step('waited for the search index')
    options.log(`onrecord: search shards indexed ${search.indexed}, unchanged ${search.reused}`)
    const record = {
      pages: pageFingerprints,
      shards: Object.fromEntries(shards.map((shard) => [shard.name, shard.fingerprint])),
      originals: originalFingerprints,
      api,
      slugs: Object.fromEntries(archive.records.map((record) => [inputPath(record), record.slug]))
    }
    await writeFiles(staging, new Map([[buildRecordFile, buildRecordJson(record)]]))
    step('build record written')
    return { problems, archive, step }
  })
  step('new site swapped in, old one removed')
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
  for (const problem of problems) options.log(problemLine(problem))
  return summary
}

interface RenderOptions extends Pick<BuildOptions, 'log' | 'timings'> {
  /** The site being replaced, whose unchanged pages are linked. */
  output: string
  baseUrl: string
  pathPrefix: string
  /** The page fingerprints the previous build recorded. */
  previous: PageFingerprints
  /** Whether the previous site still has a file. */
  inPrevious: (file: string) => boolean
  /** Shared parts of pages already hashed (the records, by the API). */
  known: KnownDigests
  /** The originals: those written, and those the previous site has. */
  originals: OriginalsPlan
  /** The originals' fingerprints the previous build recorded. */
  previousOriginals: OriginalFingerprints
  /** Takes a folder of the previous site whole into the new one at the swap. */
  carryOver: CarryOver
  /** Aborted when the build has failed elsewhere: the pages are not all rendered first. */
  signal: AbortSignal
  onRender: Progress
  step: (step: string) => void
}

/**
 * Shapes the site's data, renders the pages that changed into `staging`, and
 * takes the others, and the unchanged originals, from the previous site: an
 * article's folder (its page and originals) whole at the swap where nothing
 * in it changed, otherwise file by file, linked from now.
 * Returns the pages' fingerprints and the linking, still under way. The site
 * data, the largest thing a build holds after the archive, lives only here,
 * so that nothing after it holds it.
 */
async function renderPages(archive: Archive, webPages: ReadonlySet<ArticleRecord>, shards: readonly Shard[], staging: string, options: RenderOptions) {
  const { baseUrl, pathPrefix, step } = options
  options.signal.throwIfAborted()
  const site = siteData(archive, { baseUrl, searchIndexes: shards.map(shardPath), originalPages: new Set([...webPages].map((record) => record.slug)) })
  step('site data')
  const plan = planRender(site, await renderFingerprint(baseUrl), options.previous, options.inPrevious, options.known)
  step('page fingerprints')
  options.log(`onrecord: rendering ${pageCount(plan.render)} pages (${plan.reuse.length} unchanged) and the site-wide ones`)
  const taken = new Set([...plan.reuse, ...options.originals.reuse])
  // Each of these pages has a folder of its own, which holds that page and, for an article, its originals, and
  // never a site-wide page: what is planned here is all that goes in it.
  const ownFolders = [...site.articles, ...site.actorPages, ...site.sourcePages].map((page) => page.url.slice(1, -1))
  const files = [...Object.keys(plan.fingerprints), ...Object.keys(options.originals.fingerprints)]
  const carried = wholeFolders(ownFolders, files, taken, [...Object.keys(options.previous), ...Object.keys(options.previousOriginals)])
  for (const folder of carried) options.carryOver(folder)
  const inCarried = new Set(carried)
  const linked = [...taken].filter((file) => !isWithin(file, inCarried))
  const linking = timed(linkFiles(options.output, staging, linked), stepTimer(options), `unchanged pages and originals linked (beside rendering; ${carried.length} folders taken whole)`)
  // A failure to link is reported where the caller waits for it, once this thread has stopped writing.
  linking.catch(() => undefined)
  try {
    await renderSite(site, plan.render, { output: staging, pathPrefix, onProgress: options.onRender, signal: options.signal })
  } catch (error) {
    // Nothing may still be writing into the staging folder when a failed build removes it.
    await Promise.allSettled([linking])
    throw error
  }
  step('pages rendered')
  return { fingerprints: plan.fingerprints, linking }
}

/**
 * The records to build from: extracted from `options.input`, or read from the
 * records files in `options.records` with the text each was made from (which
 * becomes its `original.txt`, the source files being elsewhere).
 */
async function readOrExtract(options: BuildOptions, keptSlug: KeptSlug, onProgress: (done: number, total: number) => void) {
  if (options.records === undefined) {
    options.log(`onrecord: reading and extracting articles in ${options.input}`)
    const extracted = await extractAll([options.input], {
      onProgress,
      keptSlug,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.cacheFolder === undefined ? {} : { cacheFolder: options.cacheFolder })
    })
    return { ...extracted, fromRecords: false }
  }
  options.log(`onrecord: reading the records in ${options.records}`)
  const { entries, problems } = await readRecordsFolder(options.records)
  const records = entries.map((entry) => entry.record)
  assignUniqueSlugs(records, keptSlug)
  return { records, problems, texts: new Map(entries.map((entry) => [entry.record, entry.text])), digests: new Map<ArticleRecord, string>(), extractedFrom: new Map<ArticleRecord, string>(), fromRecords: true }
}

/**
 * With `--timings`, a function that logs how long the build spent since it
 * was last called (or made), naming the step that just ended; otherwise one
 * that does nothing.
 */
function stepTimer(options: Pick<BuildOptions, 'log' | 'timings'>): (step: string) => void {
  let last = performance.now()
  return (step) => {
    if (!options.timings) return
    const now = performance.now()
    options.log(`onrecord: ${step}: ${((now - last) / 1000).toFixed(1)} s`)
    last = now
  }
}

/** Waits for `task` and logs its time as `step`. */
async function timed<T>(task: Promise<T>, step: (step: string) => void, name: string): Promise<T> {
  const result = await task
  step(name)
  return result
}

type Progress = (done: number, total: number) => void

/** One progress line for two tasks that run at once: a callback for each. */
function sharedProgress(report: Progress): [Progress, Progress] {
  const counts: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0]
  ]
  const part =
    (index: 0 | 1): Progress =>
    (done, total) => {
      counts[index] = [done, total]
      report(counts[0][0] + counts[1][0], counts[0][1] + counts[1][1])
    }
  return [part(0), part(1)]
}

/** Like Promise.all, but waits for both tasks to end before failing: neither may still be writing into a staging folder being removed. */
async function bothSettled<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  await allEnded([first, second])
  return [await first, await second]
}
