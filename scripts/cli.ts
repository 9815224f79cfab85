/**
 * The `onrecord` command. Each command imports what it needs when it runs:
 * extracting one article should not pay for loading Eleventy and Pagefind.
 */
import { parseArgs } from 'node:util'
import { problemLine } from '../src/archive/problem-line.ts'
import { UnsafeOutputError } from '../src/archive/output-guard.ts'
import type { Problem } from '../src/types.ts'

const usage = `Usage:
  onrecord extract <file-or-folder>... [--out DIR] [--strict] [--max-bytes N]
      Print a JSON array of article records on stdout; problems go to stderr. With --out, write
      them instead to one records file (JSON Lines) in DIR, for onrecord build --records DIR:
      run it on shares of the articles, anywhere, in parallel.
  onrecord build [--input DIR | --records DIR] [--output DIR] [--base-url URL] [--cache DIR | --no-cache] [--search-shard-size N] [--timings] [--strict] [--max-bytes N]
      Build the archive site from the articles in --input (default seeds/) into --output (default _site/);
      with --records, from the records files onrecord extract --out wrote there, without extracting.
      --base-url is the address the site will be served from (default http://localhost:8080/);
      its path, such as /archive/, prefixes every link. Extraction results are cached by content
      in --cache (default .onrecord-cache/); --no-cache extracts everything again.
      --search-shard-size is how many documents a shard of the search index holds (default 6000):
      smaller shards make a rebuild re-index less and Pagefind hold less, and make a first search fetch more.
      --timings logs how long each step of the build took.

  onrecord eval <folder> [--errors] [--json]
      Extract every NAME.txt in the folder that has human attribution labels in NAME.ann (brat
      standoff) beside it, and report how many direct quotes onrecord finds and how often it gives
      them the labelled speaker, in total and by outlet. --errors lists each wrong or missed quote;
      --json prints the whole report as JSON.

  --strict       exit with status 1 when any file had a problem, warnings included
  --max-bytes N  refuse article files larger than N bytes (default 10485760)`

/** Where the command runs: in the build's worker thread (see `src/archive/heap.ts`), with whether the main thread writes to a terminal. */
interface Context {
  worker?: { stderrIsTTY: boolean }
}

export async function main(argv: readonly string[], context: Context = {}): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>
  try {
    parsed = parseOptions(argv)
  } catch (error) {
    // parseArgs throws for an unknown option or a missing value; the reader gets one line and the usage, not a stack.
    return fail(`${error instanceof Error ? error.message.split('. ')[0] : String(error)}; see onrecord --help`)
  }
  const [command, ...paths] = parsed.positionals
  return run(parsed.values, command, paths, argv, context)
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      input: { type: 'string', default: 'seeds' },
      output: { type: 'string', default: '_site' },
      'base-url': { type: 'string', default: 'http://localhost:8080/' },
      cache: { type: 'string', default: '.onrecord-cache' },
      'no-cache': { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      'search-shard-size': { type: 'string' },
      timings: { type: 'boolean', default: false },
      out: { type: 'string' },
      records: { type: 'string' },
      errors: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
}

async function run(values: ReturnType<typeof parseOptions>['values'], command: string | undefined, paths: string[], argv: readonly string[], context: Context): Promise<number> {
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`)
    return values.help ? 0 : 2
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes'])
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) return fail('--max-bytes takes a whole number of bytes')
  const options = maxBytes === undefined ? {} : { maxBytes }
  const shardSize = values['search-shard-size'] === undefined ? undefined : Number(values['search-shard-size'])
  if (shardSize !== undefined && !(Number.isInteger(shardSize) && shardSize > 0)) return fail('--search-shard-size takes a whole number of documents')
  // An option another command takes is a mistake here, not something to ignore: "build --out DIR" would build into _site/.
  if (values.out !== undefined && command !== 'extract') return fail('--out is for onrecord extract; onrecord build writes the site into --output')
  if (values.records !== undefined && command !== 'build') return fail('--records is for onrecord build')
  if (values.timings && command !== 'build') return fail('--timings is for onrecord build')
  if (command === 'extract') {
    if (paths.length === 0) return fail('extract needs at least one file or folder')
    const { extractAll } = await import('../src/archive/extract-all.ts')
    const { streamJsonArray } = await import('../src/archive/write.ts')
    const { records, problems } = await extractAll(paths, options)
    if (values.out !== undefined) {
      const { writeRecords } = await import('../src/archive/records-file.ts')
      const written = await writeRecords(values.out, records, problems)
      process.stderr.write(`onrecord: ${records.length} records → ${written}\n`)
      return report(problems, values.strict)
    }
    // A record at a time, waiting for stdout: the array of a large archive is longer than a string can be.
    await streamJsonArray(records, (text) => new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve()))), 2)
    return report(problems, values.strict)
  }
  if (command === 'eval') {
    const [folder, ...rest] = paths
    if (!folder || rest.length > 0) return fail('eval takes one folder of NAME.txt articles with NAME.ann labels')
    const { evaluateFolder, rates } = await import('../src/evaluate/evaluate.ts')
    const { formatReport } = await import('../src/evaluate/report.ts')
    const evaluation = await evaluateFolder(folder)
    if (evaluation.total.articles === 0) return fail(`no NAME.txt with a NAME.ann beside it in ${folder}`)
    process.stdout.write(values.json ? `${JSON.stringify({ ...evaluation, rates: rates(evaluation.total) }, null, 2)}\n` : formatReport(evaluation, { errors: values.errors }))
    return 0
  }
  if (command === 'build') {
    const baseUrlProblem = checkBaseUrl(values['base-url'])
    if (baseUrlProblem) return fail(baseUrlProblem)
    // The main thread hands a build of articles to a worker thread with a heap sized for it; the worker builds.
    const terminal = context.worker?.stderrIsTTY ?? process.stderr.isTTY
    try {
      const handed = context.worker ? undefined : await buildInLimitedWorker(values, argv)
      if (handed !== undefined) return handed
      const { build } = await import('./build.ts')
      const { problems } = await build({
        input: values.input,
        ...(values.records === undefined ? {} : { records: values.records }),
        output: values.output,
        baseUrl: values['base-url'],
        ...options,
        ...(values['no-cache'] ? {} : { cacheFolder: values.cache }),
        ...(shardSize === undefined ? {} : { documentsPerShard: shardSize }),
        timings: values.timings,
        log: (line) => process.stderr.write(`${line}\n`),
        ...(terminal ? { terminal: { write: (text: string) => process.stderr.write(text) } } : {})
      })
      return strictStatus(problems, values.strict)
    } catch (error) {
      // Not a mistake in how the command was written, so no usage after it: the message says what to do.
      if (error instanceof UnsafeOutputError) {
        process.stderr.write(`onrecord: ${error.message}\n`)
        return 2
      }
      process.stderr.write(`onrecord: the build failed, and ${values.output} was left as it was: ${error instanceof Error ? error.message : String(error)}\n`)
      return 1
    }
  }
  return fail(`unknown command "${command}"`)
}

/**
 * A build of articles runs in a worker thread whose heap is sized from the
 * number of articles (see `src/archive/heap.ts`); returns its exit status,
 * or undefined to build in this thread: where the heap was chosen
 * otherwise, for --records, or after the worker ran out of memory.
 */
async function buildInLimitedWorker(values: ReturnType<typeof parseOptions>['values'], argv: readonly string[]): Promise<number | undefined> {
  if (values.records !== undefined) return undefined
  const { buildInWorker, chosenLimit, heapVariable } = await import('../src/archive/heap.ts')
  const { listArticles } = await import('../src/read/files.ts')
  const limit = chosenLimit((await listArticles([values.input])).files.length)
  if (limit === undefined) return undefined
  const handed = await buildInWorker(argv, limit, values.output)
  if ('status' in handed) return handed.status
  process.stderr.write(`onrecord: the build needed more than its heap of ${limit} MB; building again with Node's default heap (${heapVariable} sets the limit)\n`)
  return undefined
}

/** One line `FILE: reason` a problem; with --strict any problem makes the exit status 1. */
function report(problems: readonly Problem[], strict: boolean): number {
  for (const problem of problems) process.stderr.write(`${problemLine(problem)}\n`)
  return strictStatus(problems, strict)
}

/** What is wrong with a base URL, if anything: it must be an absolute http(s) address with no query or fragment. */
export function checkBaseUrl(value: string): string | undefined {
  const example = 'such as https://example.org/archive/'
  if (!URL.canParse(value)) return `--base-url takes an absolute URL, ${example}`
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `--base-url takes an http or https URL, ${example}`
  if (url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) return `--base-url takes an address without a query or fragment, ${example}`
  if (url.username !== '' || url.password !== '') return `--base-url takes an address without a user name or password, ${example}`
  return undefined
}

function strictStatus(problems: readonly Problem[], strict: boolean): number {
  return strict && problems.length > 0 ? 1 : 0
}

function fail(message: string): number {
  process.stderr.write(`onrecord: ${message}\n\n${usage}\n`)
  return 2
}
