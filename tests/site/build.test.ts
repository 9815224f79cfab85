/**
 * A build of the seeds into a temporary folder, served from a sub-path:
 * the pages exist, links resolve, structured data parses, the API validates
 * and html-validate finds no errors.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv } from 'ajv'
import { HtmlValidate } from 'html-validate'
import { build } from '../../scripts/build.ts'
import type { ArchiveActor, ArchiveQuote } from '../../src/types.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
const prefix = '/archive/'
let folder = ''
let site = ''
const pages = new Map<string, string>()

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name))
}

/** The file a site URL is served from, or undefined for other origins. */
function fileFor(url: string): string | undefined {
  const { pathname } = new URL(url, `http://localhost:8080${prefix}`)
  if (!pathname.startsWith(prefix)) return undefined
  const relative = decodeURIComponent(pathname.slice(prefix.length))
  return path.join(site, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative)
}

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-site-'))
  site = path.join(folder, 'site')
  await build({ input: path.join(root, 'seeds'), output: site, baseUrl: `http://localhost:8080${prefix}`, log: () => {} })
  for (const file of await htmlFiles(site)) pages.set(file, await readFile(file, 'utf8'))
})
after(() => rm(folder, { recursive: true, force: true }))

describe('the built site', () => {
  it('should have a page for every article, with the original text beside it', async () => {
    const records = JSON.parse(await readFile(path.join(site, 'api', 'articles.json'), 'utf8')) as Array<{ slug: string; file: string }>
    assert.equal(records.length, 5)
    for (const record of records) {
      assert.ok(existsSync(path.join(site, 'articles', record.slug, 'index.html')), record.slug)
      assert.deepEqual(readFileSync(path.join(site, 'articles', record.slug, 'original.txt')), readFileSync(record.file))
    }
  })

  it('should give one person one page across spellings', async () => {
    const actors = JSON.parse(await readFile(path.join(site, 'api', 'actors.json'), 'utf8')) as ArchiveActor[]
    const assad = actors.filter((actor) => /Assad$/.test(actor.name))
    assert.equal(assad.length, 1, assad.map((actor) => actor.name).join(', '))
    assert.ok(assad[0]?.aliases.includes('Bashar Assad'))
    assert.ok((assad[0]?.articles.length ?? 0) >= 3)
    const page = pages.get(path.join(site, 'actors', assad[0]?.id ?? '', 'index.html')) ?? ''
    assert.match(page, /We’re prepared to work on our common interests/)
  })

  it('should have no broken internal links or anchors', () => {
    const broken: string[] = []
    for (const [file, html] of pages) {
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (!url || url.startsWith('data:') || /^https?:/.test(url) && !url.startsWith('http://localhost:8080')) continue
        const target = fileFor(new URL(url.replaceAll('&amp;', '&'), `http://localhost:8080${prefix}`).href)
        if (!target) {
          broken.push(`${path.relative(site, file)}: ${url} is outside ${prefix}`)
          continue
        }
        if (!existsSync(target)) broken.push(`${path.relative(site, file)}: ${url}`)
        const anchor = url.split('#')[1]
        if (anchor && existsSync(target) && !readFileSync(target, 'utf8').includes(`id="${anchor}"`)) broken.push(`${path.relative(site, file)}: ${url} (no anchor)`)
      }
    }
    assert.deepEqual(broken, [])
  })

  it('should land every quote on its anchor in the article', async () => {
    const quotes = JSON.parse(await readFile(path.join(site, 'api', 'quotes.json'), 'utf8')) as ArchiveQuote[]
    for (const quote of quotes) {
      const page = pages.get(path.join(site, 'articles', quote.article, 'index.html')) ?? ''
      assert.ok(page.includes(`<q id="${quote.id}"`), `${quote.article}#${quote.id}`)
    }
  })

  it('should have JSON-LD that parses, with a NewsArticle on article pages', () => {
    for (const [file, html] of pages) {
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const data = JSON.parse(json ?? '') as { '@type': string; headline?: string }
        if (file.includes(`${path.sep}articles${path.sep}`)) {
          assert.equal(data['@type'], 'NewsArticle')
          assert.ok(data.headline)
        }
      }
    }
  })

  it('should publish API files that validate against the schemas', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const published = async (name: string) => JSON.parse(await readFile(path.join(site, 'api', name), 'utf8')) as object
    const checks: Array<[string, string]> = [
      ['articles.json', 'record.schema.json'],
      ['actors.json', 'actor.schema.json'],
      ['sources.json', 'source.schema.json'],
      ['quotes.json', 'quote.schema.json'],
      ['statements.json', 'statement.schema.json']
    ]
    for (const [name, schemaName] of checks) {
      const validate = ajv.compile(await published(schemaName))
      for (const item of JSON.parse(await readFile(path.join(site, 'api', name), 'utf8')) as unknown[]) assert.ok(validate(item), `${name}: ${JSON.stringify(validate.errors)}`)
    }
  })

  it('should publish quotes, actors and articles as CSV, one row per item, the same fields', async () => {
    for (const name of ['quotes', 'actors', 'articles']) {
      const items = JSON.parse(await readFile(path.join(site, 'api', `${name}.json`), 'utf8')) as Array<Record<string, unknown>>
      const [header, ...rows] = parseCsv(await readFile(path.join(site, 'api', `${name}.csv`), 'utf8'))
      assert.equal(rows.length, items.length, name)
      assert.equal(header?.[0], 'id')
      assert.deepEqual(rows.map((row) => row[0]), items.map((item) => item['id']))
    }
    const quotes = JSON.parse(await readFile(path.join(site, 'api', 'quotes.json'), 'utf8')) as ArchiveQuote[]
    const [header, ...rows] = parseCsv(await readFile(path.join(site, 'api', 'quotes.csv'), 'utf8'))
    const column = (name: string) => header?.indexOf(name) ?? -1
    assert.deepEqual(rows.map((row) => row[column('text')]), quotes.map((quote) => quote.text))
    assert.deepEqual(rows.map((row) => row[column('speaker.name')]), quotes.map((quote) => quote.speaker?.name ?? ''))
  })

  it('should publish a citation of every quote as BibTeX and CSL-JSON', async () => {
    const quotes = JSON.parse(await readFile(path.join(site, 'api', 'quotes.json'), 'utf8')) as ArchiveQuote[]
    const whole = quotes.filter((quote) => quote.continues === undefined)
    const bib = await readFile(path.join(site, 'api', 'citations.bib'), 'utf8')
    assert.equal(bib.match(/^@misc\{/gm)?.length, whole.length)
    const csl = JSON.parse(await readFile(path.join(site, 'api', 'citations.json'), 'utf8')) as Array<{ id: string; URL: string }>
    assert.deepEqual(csl.map((item) => item.id), whole.map((quote) => quote.archiveId))
    assert.ok(csl.every((item) => item.URL.startsWith(`http://localhost:8080${prefix}articles/`)))
  })

  it('should pass html-validate with no errors', async () => {
    const validator = new HtmlValidate(JSON.parse(await readFile(path.join(root, '.htmlvalidate.json'), 'utf8')) as object)
    const errors: string[] = []
    for (const [file, html] of pages) {
      const report = await validator.validateString(html, file)
      for (const result of report.results) for (const message of result.messages) errors.push(`${path.relative(site, file)}:${message.line} ${message.ruleId} ${message.message}`)
    }
    assert.deepEqual(errors, [])
  })

  it('should write the feed, sitemap, robots.txt and 404 page with absolute URLs under the base', async () => {
    for (const name of ['feed.xml', 'sitemap.xml', 'robots.txt', '404.html', 'pagefind/all/pagefind.js']) assert.ok(existsSync(path.join(site, name)), name)
    const sitemap = await readFile(path.join(site, 'sitemap.xml'), 'utf8')
    assert.match(sitemap, /<loc>http:\/\/localhost:8080\/archive\/articles\/[a-z0-9-]+\/<\/loc>/)
    assert.match(await readFile(path.join(site, 'feed.xml'), 'utf8'), /<entry>/)
  })
})

/** Rows of RFC 4180 CSV: fields in quotes may hold commas, quote marks (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index += 1
    } else field += character
  }
  return rows
}
