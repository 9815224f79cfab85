/**
 * `npm run bench:parallel -- --articles 50000`: the two halves of a build run
 * apart, as on many machines, with GNU parallel on this one as the stand-in:
 * `onrecord extract --out` on shares of the articles, `--jobs` at a time,
 * then `onrecord build --records`. Prints the wall time of each half. A
 * measurement, not a test; needs GNU parallel (`apt-get install parallel`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { writeSyntheticArchive } from './synthetic.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    share: { type: 'string', default: '2500' },
    jobs: { type: 'string', default: String(os.availableParallelism()) },
    work: { type: 'string', default: path.join(os.tmpdir(), 'onrecord-parallel') }
  }
})
const articles = Number(values.articles)
const input = path.join(values.work, `articles-${articles}`)
const records = path.join(values.work, 'records')
const site = path.join(values.work, 'site')
if (!existsSync(input)) {
  process.stderr.write(`bench: writing ${articles} synthetic articles\n`)
  await writeSyntheticArchive(root, input, articles)
}
await rm(records, { recursive: true, force: true })
await mkdir(records, { recursive: true })
const bin = path.join(root, 'bin', 'onrecord.js')

const timed = (label: string, run: () => void): number => {
  const started = performance.now()
  run()
  const seconds = (performance.now() - started) / 1000
  process.stderr.write(`bench: ${label}: ${seconds.toFixed(1)} s\n`)
  return seconds
}
const files = (await readdir(input)).map((name) => path.join(input, name)).join('\n')
const extract = timed('extract, in parallel shares', () => {
  const result = spawnSync('parallel', ['--jobs', values.jobs, '-N', values.share, '--halt', 'now,fail=1', process.execPath, bin, 'extract', '--out', records, '{}'], { input: files, stdio: ['pipe', 'inherit', 'inherit'], maxBuffer: 1 << 30 })
  if (result.status !== 0) throw new Error(`parallel failed with status ${result.status}`)
})
const shares = (await readdir(records)).length
const build = timed('build from the records', () => {
  execFileSync(process.execPath, [bin, 'build', '--records', records, '--output', site, '--no-cache'], { stdio: ['ignore', 'inherit', 'inherit'] })
})
process.stdout.write(
  `| articles | shares (jobs at a time) | extract, in parallel | build from records | total |\n| ---: | ---: | ---: | ---: | ---: |\n` +
    `| ${articles} | ${shares} (${values.jobs}) | ${extract.toFixed(0)} s | ${build.toFixed(0)} s | ${(extract + build).toFixed(0)} s |\n`
)
