/**
 * `npm run bench`: builds a synthetic archive of N articles with onrecord and,
 * side by side on the same articles, with the floor of the toolchain (plain
 * Eleventy, then plain Pagefind); measures each phase's wall time and peak
 * memory, the output size, the bytes a browser fetches for a first search,
 * and rebuilds after one article changes and after one is added, each a few
 * times (single rebuilds here differ by a fifth from one run to the next).
 * Appends the run to BENCHMARKS.md (or --output) as a section of its own.
 *
 *   npm run bench -- --articles 10000
 *   npm run bench -- --sizes 1000,10000,50000
 *   npm run bench -- --articles 10000 --shard-size 2500   (passed to --search-shard-size)
 *   npm run bench -- --articles 10000 --repeat 5          (rebuilds of each kind; 3 by default)
 */
import { appendFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { runPhases, type Phase } from './measure.ts'
import { writeSyntheticArchive } from './synthetic.ts'
import { prepareFloorInput } from './floor.ts'
import { serveFolder } from '../../src/site/serve.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const onrecordMarkers = [
  ['read and extract', /reading and extracting/],
  ['render and index', /^onrecord: indexing/],
  ['done', /^onrecord: \d+ articles/]
] as const
const floorMarkers = [
  ['render', /^floor: rendering/],
  ['index', /^floor: indexing/],
  ['done', /^floor: done/]
] as const

/** Searches measured: a phrase every synthetic article has (the worst case), and a surname a few hundred have. */
const searches = [
  ['phrase in every article', 'We will not accept this outcome'],
  ['a surname', 'Marlowe']
] as const

interface Run {
  articles: number
  onrecord: Phase[]
  floor: Phase[]
  onrecordBytes: number
  floorBytes: number
  /** Bytes fetched for each of `searches`, onrecord then floor. */
  searchBytes: Array<[number, number]>
  /** The times of the rebuilds after one article changed, and after one was added, in the order run. */
  rebuildChanged: number[]
  rebuildAdded: number[]
}

async function folderSize(folder: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return total
}

/**
 * Bytes of the Pagefind files a browser fetches for a first search, up to its
 * results on screen. On onrecord's site this is its own search page (which
 * merges the shards and loads the first 30 pages' results); on the floor's,
 * Pagefind's API loading the same 30 results.
 */
async function searchBytes(site: string, term: string, onrecord: boolean): Promise<number> {
  const { server, url } = await serveFolder(site, 0)
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] })
  try {
    const page = await browser.newPage()
    const bodies: Array<Promise<number>> = []
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) bodies.push(response.body().then((body) => body.length, () => 0))
    })
    if (onrecord) {
      await page.goto(`${url}search/?q=${encodeURIComponent(term)}`)
      await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 120_000 })
    } else {
      await page.goto(url)
      await page.evaluate(async (words) => {
        const pagefind = await import('/pagefind/pagefind.js' as string)
        const search = await pagefind.search(words)
        await Promise.all(search.results.slice(0, 30).map((result: { data: () => Promise<unknown> }) => result.data()))
      }, term)
    }
    await page.waitForLoadState('networkidle')
    return (await Promise.all(bodies)).reduce((total, bytes) => total + bytes, 0)
  } finally {
    await browser.close()
    server.close()
  }
}

const sum = (phases: readonly Phase[]) => phases.reduce((total, phase) => total + phase.seconds, 0)
const peak = (phases: readonly Phase[]) => Math.max(0, ...phases.map((phase) => phase.peakRss))

async function benchmark(articles: number, work: string, log: (line: string) => void): Promise<Run> {
  const input = path.join(work, `articles-${articles}`)
  if (!existsSync(input)) {
    log(`bench: writing ${articles} synthetic articles`)
    await writeSyntheticArchive(root, input, articles)
  }
  const site = path.join(work, `onrecord-${articles}`)
  const floorInput = path.join(work, `floor-input-${articles}`)
  const floorSite = path.join(work, `floor-${articles}`)
  await rm(site, { recursive: true, force: true })
  await rm(path.join(root, '.onrecord-cache'), { recursive: true, force: true })
  log(`bench: onrecord build of ${articles} articles`)
  const build = ['bin/onrecord.js', 'build', '--input', input, '--output', site, ...(values['shard-size'] ? ['--search-shard-size', values['shard-size']] : [])]
  const onrecord = await runPhases(process.execPath, build, onrecordMarkers)
  const first = (await readdir(input))[0] ?? ''
  const changed = path.join(input, first)
  const original = await readFile(changed, 'utf8')
  const rebuildChanged: number[] = []
  for (let round = 1; round <= repeat; round += 1) {
    // Each round's line differs from the last round's: each rebuild finds one article changed.
    await writeFile(changed, `${original}\n“One more line for rebuild ${round},” said Ana Quist.\n`)
    log(`bench: rebuild after one article changed (${round} of ${repeat})`)
    rebuildChanged.push(sum(await runPhases(process.execPath, build, onrecordMarkers)))
  }
  await writeFile(changed, original)
  // Articles added today, one a rebuild, as news archives grow: a new headline and today's date in the dateline.
  const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' })
  const added = Array.from({ length: repeat }, (_, index) => path.join(input, `added-for-rebuild-${index + 1}.txt`))
  const rebuildAdded: number[] = []
  for (const [index, file] of added.entries()) {
    await writeFile(file, original.replace(/^.*$/m, (headline) => `${headline}, again ${index + 1}`).replace(/\b[A-Z][a-z]+ \d{1,2}, \d{4}\b/, today))
    log(`bench: rebuild after one article added (${index + 1} of ${repeat})`)
    rebuildAdded.push(sum(await runPhases(process.execPath, build, onrecordMarkers)))
  }
  for (const file of added) await rm(file)
  log('bench: floor (plain Eleventy, then plain Pagefind)')
  await rm(floorInput, { recursive: true, force: true })
  await rm(floorSite, { recursive: true, force: true })
  await prepareFloorInput(input, floorInput)
  const floor = await runPhases(process.execPath, ['--import', 'tsx', 'scripts/bench/floor.ts', floorInput, floorSite], floorMarkers)
  const measured: Array<[number, number]> = []
  for (const [, term] of searches) measured.push([await searchBytes(site, term, true), await searchBytes(floorSite, term, false)])
  return {
    articles,
    onrecord,
    floor,
    onrecordBytes: await folderSize(site),
    floorBytes: await folderSize(floorSite),
    searchBytes: measured,
    rebuildChanged,
    rebuildAdded
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const seconds = (value: number) => `${value.toFixed(1)} s`

/** The middle of the times (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Rebuild times as a line's figures: the median, its share of the full build, and every time measured. */
function rebuilds(times: readonly number[], full: number): string {
  return `${seconds(median(times))}, ${((median(times) / full) * 100).toFixed(0)} % of the full build (median of ${times.map(seconds).join(', ')})`
}

function table(run: Run): string {
  const rows = [
    '| build | phase | wall time | peak memory (RSS) | articles / s |',
    '| --- | --- | --- | --- | --- |',
    ...run.onrecord.map((phase) => `| onrecord | ${phase.name} | ${seconds(phase.seconds)} | ${mb(phase.peakRss)} | ${(run.articles / phase.seconds).toFixed(0)} |`),
    `| onrecord | **total** | **${seconds(sum(run.onrecord))}** | **${mb(peak(run.onrecord))}** | ${(run.articles / sum(run.onrecord)).toFixed(0)} |`,
    ...run.floor.map((phase) => `| floor | ${phase.name} | ${seconds(phase.seconds)} | ${mb(phase.peakRss)} | ${(run.articles / phase.seconds).toFixed(0)} |`),
    `| floor | **total** | **${seconds(sum(run.floor))}** | **${mb(peak(run.floor))}** | ${(run.articles / sum(run.floor)).toFixed(0)} |`
  ]
  return [
    `### ${run.articles.toLocaleString('en')} articles`,
    '',
    ...rows,
    '',
    `- onrecord / floor, total time: **${(sum(run.onrecord) / sum(run.floor)).toFixed(2)}×** (target ≤ 1.25×)`,
    `- time per article: onrecord ${((sum(run.onrecord) / run.articles) * 1000).toFixed(2)} ms, floor ${((sum(run.floor) / run.articles) * 1000).toFixed(2)} ms`,
    `- output size: onrecord ${mb(run.onrecordBytes)}, floor ${mb(run.floorBytes)}`,
    ...searches.map(([label, term], index) => `- bytes fetched for a first search, ${label} (“${term}”): onrecord ${kb(run.searchBytes[index]?.[0] ?? 0)}, floor ${kb(run.searchBytes[index]?.[1] ?? 0)} (target < 300 KB)`),
    `- rebuild after one article changed: ${rebuilds(run.rebuildChanged, sum(run.onrecord))} (target < 15 %)`,
    `- rebuild after one article added: ${rebuilds(run.rebuildAdded, sum(run.onrecord))}`,
    ''
  ].join('\n')
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    sizes: { type: 'string' },
    output: { type: 'string', default: 'BENCHMARKS.md' },
    'shard-size': { type: 'string' },
    repeat: { type: 'string', default: '3' }
  }
})
const repeat = Math.max(1, Number(values.repeat) || 1)
const sizes = (values.sizes ?? values.articles).split(',').map(Number)
const work = path.join(os.tmpdir(), 'onrecord-bench')
await mkdir(work, { recursive: true })
const runs: Run[] = []
for (const size of sizes) {
  const run = await benchmark(size, work, (line) => process.stderr.write(`${line}\n`))
  runs.push(run)
  process.stdout.write(`${table(run)}\n`)
}
const cpu = os.cpus()[0]?.model ?? 'unknown processor'
const machine = `${os.cpus().length} × ${cpu}, ${mb(os.totalmem())} memory, ${os.type()} ${os.release()}, Node.js ${process.version}`
const report = [`## Run of ${new Date().toISOString().slice(0, 10)} on ${machine}`, '', ...runs.map(table)].join('\n')
// Appended as a section of its own: BENCHMARKS.md holds the figures and notes of earlier runs, which a run must not replace.
await appendFile(path.resolve(root, values.output), `\n${report}\n`)
process.stderr.write(`bench: added the run to ${values.output}\n`)
