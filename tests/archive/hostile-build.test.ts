/**
 * The corpus of bad input (scripts/make-hostile.ts) built together with the
 * seeds: every good article comes out, every bad file is named with its
 * reason, nothing from an article runs, and nothing is written outside the
 * output folder.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import { build, type BuildSummary } from '../../scripts/build.ts'
import { writeHostileCorpus } from '../../scripts/make-hostile.ts'
import { serveFolder } from '../../src/site/serve.ts'
import { browserMissing, launchBrowser } from '../site/browser.ts'
import type { ArticleRecord } from '../../src/types.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
const asRoot = process.getuid?.() === 0

/** What each bad file must be refused for; every other file must become a record. */
const refused: Record<string, RegExp> = {
  'empty.txt': /^empty file \(no text\)$/,
  'whitespace.txt': /^empty file \(no text\)$/,
  'picture.txt': /^binary file \(PNG image\), not article text$/,
  'archive.txt': /^binary file \(gzip archive\), not article text$/,
  'nul-bytes.txt': /^binary file \(contains NUL bytes\), not article text$/,
  'invalid-utf-8.txt': /^not valid UTF-8, and not plainly Windows-1252 either$/,
  'twenty-megabytes.txt': /^file is 20971520 bytes, over the limit of 10485760 bytes \(--max-bytes\)$/,
  'invalid-yaml.md': /^front matter is not valid YAML \(.+\)$/,
  'dotdot-headline.txt': /^no recognisable headline/,
  'punctuation-headline.txt': /^no recognisable headline/,
  'no-breaks.txt': /^no recognisable headline/,
  'link-outside.txt': /^symbolic link to outside the input folder; skipped$/,
  ...(asRoot ? {} : { 'unreadable.txt': /^cannot be read \(permission denied\)$/ })
}

let folder = ''
let input = ''
let output = ''
let summary: BuildSummary
let records: ArticleRecord[] = []
let html = ''

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-hostile-'))
  input = path.join(folder, 'input')
  output = path.join(folder, 'site')
  await writeHostileCorpus(input, path.join(folder, 'outside'))
  for (const name of await readdir(path.join(root, 'seeds'))) await copyFile(path.join(root, 'seeds', name), path.join(input, name))
  summary = await build({ input, output, baseUrl: 'http://localhost/', log: () => {} })
  records = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as ArticleRecord[]
  const files = await readdir(output, { recursive: true, withFileTypes: true })
  const pages = files.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name))
  html = (await Promise.all(pages.map((page) => readFile(page, 'utf8')))).join('\n')
})
after(() => rm(folder, { recursive: true, force: true }))

describe('a build of the hostile corpus', () => {
  it('should refuse each bad file with its reason, once', () => {
    const errors = summary.problems.filter((problem) => problem.severity === 'error')
    const named = new Map(errors.map((problem) => [path.basename(problem.file), problem.reason]))
    assert.equal(named.size, errors.length, 'one line a file')
    for (const [name, reason] of Object.entries(refused)) assert.match(named.get(name) ?? '(not refused)', reason, name)
    assert.deepEqual([...named.keys()].filter((name) => !(name in refused)).sort(), [])
  })

  it('should warn, not refuse, for text it could read with care', () => {
    const warned = summary.problems.filter((problem) => problem.severity === 'warning').map((problem) => `${path.basename(problem.file)}: ${problem.reason}`)
    assert.ok(warned.includes('utf-16.txt: decoded as UTF-16LE (byte-order mark)'))
    assert.ok(warned.includes('windows-1252.txt: not valid UTF-8; decoded as Windows-1252'))
    assert.ok(warned.some((line) => line.startsWith('yaml-bomb.md: ') && line.endsWith('(9 times)')))
  })

  it('should build every good article, seeds included', () => {
    const ids = new Set(records.map((record) => record.id))
    for (const name of ['000_a462fa80f57905d0', 'fifty-thousand-paragraphs', 'forty-thousand-pronouns', 'one-megabyte-line', 'ten-thousand-quotes', 'utf-16', 'windows-1252', 'mixed-newlines', 'file name with spaces', 'ünïcödé-名前', '-leading-dash', 'same-headline-a', 'same-headline-b', 'injection-html', 'injection-template', 'injection-links', 'front-matter-permalink', 'yaml-bomb', 'quote-in-every-word', 'unbalanced-quotes', 'nested-quotes']) {
      assert.ok(ids.has(name), name)
    }
    assert.equal(records.find((record) => record.id === 'ten-thousand-quotes')?.quotes.length, 10_000)
  })

  it('should give unique, ASCII, non-empty slugs, with a suffix on a clash', () => {
    const slugs = records.map((record) => record.slug)
    assert.equal(new Set(slugs).size, slugs.length)
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    assert.equal(records.find((record) => record.id === 'cjk-headline')?.slug, 'cjk-headline', 'a headline with no ASCII slug takes the file name')
    const same = records.filter((record) => record.id.startsWith('same-headline-')).map((record) => [record.id, record.slug]).sort()
    assert.deepEqual(same, [['same-headline-a', 'the-same-headline-twice'], ['same-headline-b', 'the-same-headline-twice-2']])
  })

  it('should keep every quote the file’s own words', async () => {
    for (const record of records) {
      const text = await readFile(path.join(output, 'articles', record.slug, 'original.txt'))
      const decoded = record.id === 'utf-16' ? text.subarray(2).toString('utf16le') : record.id === 'windows-1252' ? undefined : text.toString('utf8').replace(/^\uFEFF/, '')
      if (decoded === undefined) continue
      for (const quote of record.quotes) assert.equal(decoded.slice(quote.start, quote.end), quote.text, `${record.id} ${quote.id}`)
    }
  })

  it('should show article markup and template syntax as text, and link only to http, https or the site', async () => {
    assert.doesNotMatch(html, /<script>alert|<img src=x|<iframe|<\/textarea>|<b>Lee<\/b>/)
    const template = records.find((record) => record.id === 'injection-template')
    const page = await readFile(path.join(output, 'articles', template?.slug ?? '', 'index.html'), 'utf8')
    assert.match(page, /\{\{ 7\*7 \}\}/)
    assert.doesNotMatch(page, />[^<]*\b49\b/)
    // Attributes of real elements only: in article text a "<" is escaped, so href="…" there is just text.
    for (const [, url] of html.matchAll(/<[a-z][a-z0-9]*\s[^<>]*?(?:href|src)="([^"]*)"/g)) assert.match(url ?? '', /^(?:https?:\/\/|\/|#|data:,$)/, url)
  })

  it('should write nothing outside the output folder', async () => {
    assert.deepEqual((await readdir(folder)).sort(), ['input', 'outside', 'site'])
    assert.ok(!existsSync('/etc/x'))
    assert.deepEqual((await readdir(path.join(folder, 'outside'))).sort(), ['secret.txt'])
  })
})

describe('the hostile corpus in the browser', { skip: browserMissing() }, () => {
  let server: Server | undefined
  after(() => server?.close())
  it('should run no script, log no error and send no request off the site', async () => {
    const served = await serveFolder(output, 0)
    server = served.server
    const origin = new URL(served.url).origin
    const browser = await launchBrowser()
    const page = await browser.newPage()
    const incidents: string[] = []
    page.on('dialog', async (dialog) => {
      incidents.push(`dialog: ${dialog.message()}`)
      await dialog.dismiss()
    })
    page.on('pageerror', (error) => incidents.push(`error: ${String(error)}`))
    page.on('console', (message) => {
      if (message.type() === 'error') incidents.push(`console: ${message.text()}`)
    })
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue()
      incidents.push(`request: ${url}`)
      return route.abort()
    })
    for (const record of records.filter((each) => each.quotes.length < 2000)) await page.goto(`${served.url}articles/${record.slug}/`)
    await browser.close()
    assert.deepEqual(incidents, [])
  })
})
