/**
 * The site as a reader uses it, in headless Chromium: search finds a quote and
 * lands on it, filters narrow the results, and axe-core finds no accessibility
 * violations.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { build } from '../../scripts/build.ts'
import { serveFolder } from '../../src/site/serve.ts'
import { browserMissing, launchBrowser } from './browser.ts'

const skip = browserMissing()
if (skip) process.stderr.write(`browser tests skipped: ${skip}\n`)
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const root = path.resolve(import.meta.dirname, '..', '..')

let folder = ''
let server: Server | undefined
let browser: Browser | undefined
let base = ''
let sharded = ''
let shardServer: Server | undefined
let shardBase = ''

before(async () => {
  if (skip) return
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-browser-'))
  const site = path.join(folder, 'site')
  await build({ input: path.join(root, 'seeds'), output: site, baseUrl: 'http://localhost/archive/', log: () => {} })
  const served = await serveFolder(site, 0, '/archive/')
  server = served.server
  base = served.url
  // The same archive in small shards, so that search merges several indexes as it does on a large archive.
  sharded = path.join(folder, 'sharded')
  await build({ input: path.join(root, 'seeds'), output: sharded, baseUrl: 'http://localhost/sharded/', documentsPerShard: 4, log: () => {} })
  const servedShards = await serveFolder(sharded, 0, '/sharded/')
  shardServer = servedShards.server
  shardBase = servedShards.url
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  server?.close()
  shardServer?.close()
  if (folder) await rm(folder, { recursive: true, force: true })
})

async function open(url: string, from = base): Promise<{ page: Page; errors: string[] }> {
  const page = await (browser as Browser).newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(new URL(url, from).href)
  return { page, errors }
}

async function search(page: Page, words: string): Promise<void> {
  await page.fill('#search-input', words)
  await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''))
}

describe('search in the browser', { skip }, () => {
  it('should find a quote by its words, show its speaker and article, and land on its anchor', async () => {
    const { page, errors } = await open('search/')
    await search(page, 'absurd to look at him')
    const first = page.locator('#search-results li').first()
    assert.match(await first.textContent() ?? '', /it is absurd to look at him as a potential partner/)
    assert.match(await first.textContent() ?? '', /Dina Badawy/)
    assert.match(await first.textContent() ?? '', /US State Department says Assad not partner in war on terror/)
    await Promise.all([page.waitForURL(/#q\d+$/), first.locator('a').click()])
    const anchor = new URL(page.url()).hash
    assert.equal(await page.locator(`${anchor}`).evaluate((element) => element.tagName), 'Q')
    assert.match(await page.locator(anchor).textContent() ?? '', /absurd to look at him/)
    assert.ok(await page.locator(anchor).isVisible())
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('should narrow the results with the speaker filter', async () => {
    const { page } = await open('search/')
    await search(page, 'Syria')
    const all = await page.locator('#search-results li').count()
    await page.selectOption('#filter-speaker', 'Bashar al-Assad')
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length !== count, all)
    const texts = await page.locator('#search-results li').allTextContents()
    assert.ok(texts.length > 0 && texts.length < all, `${texts.length} of ${all}`)
    for (const text of texts) assert.match(text, /Bashar al-Assad/)
    await page.close()
  })

  it('should merge the shards and list results newest first, or oldest first, across them', async () => {
    const shards = await readdir(path.join(sharded, 'pagefind'))
    assert.ok(shards.length > 1, shards.join(', '))
    const merged = await open('search/', shardBase)
    await search(merged.page, 'absurd to look at him')
    assert.match(await merged.page.locator('#search-results').textContent() ?? '', /it is absurd to look at him as a potential partner/)
    assert.deepEqual(merged.errors, [])
    await merged.page.close()
    for (const [order, expected] of [['desc', ['2016', '2015', '2014', '2005']], ['asc', ['2005', '2014', '2015', '2016']]] as const) {
      const { page, errors } = await open(`search/?q=Syria&sort=${order}`, shardBase)
      await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''))
      const years = (await page.locator('#search-results .quote-meta').allTextContents()).map((text) => /\b(\d{4})\s*$/.exec(text)?.[1] ?? '')
      assert.deepEqual([...new Set(years)], expected, order)
      assert.deepEqual(errors, [])
      await page.close()
    }
  })

  it('should announce the number of results to screen readers', async () => {
    const { page } = await open('search/')
    assert.equal(await page.locator('#search-status').getAttribute('role'), 'status')
    await search(page, 'terror')
    assert.match(await page.locator('#search-status').textContent() ?? '', /^\d+ results?/)
    await page.close()
  })
})

describe('accessibility', { skip }, () => {
  for (const url of ['', 'articles/us-state-department-says-assad-not-partner-in-war-on-terror/', 'actors/dina-badawy/', 'quotes/', 'search/', 'actors/', 'sources/']) {
    it(`should have no axe-core violations on /archive/${url}`, async () => {
      const { page } = await open(url)
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe
        return (await axe.run()).violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
      })
      assert.deepEqual(violations, [])
      await page.close()
    })
  }
})

describe('evidence for each speaker', { skip }, () => {
  it('should light up the cue and the naming words while the reader is on a quote, and describe the quote in words', async () => {
    const { page, errors } = await open('articles/us-state-department-says-assad-not-partner-in-war-on-terror/')
    const quote = page.locator('q.quote').first()
    const id = await quote.getAttribute('id')
    const marked = page.locator(`.evidence[data-for~="${id}"]`)
    assert.ok((await marked.count()) > 0, 'the quote has evidence in the text')
    assert.equal(await page.locator('.evidence-on').count(), 0)
    await quote.hover()
    assert.equal(await page.locator('.evidence-on').count(), await marked.count())
    await page.mouse.move(0, 0)
    assert.equal(await page.locator('.evidence-on').count(), 0)
    await page.locator(`.quote-speaker[data-quote="${id}"]`).focus()
    assert.equal(await page.locator('.evidence-on').count(), await marked.count(), 'keyboard focus on the speaker link lights it too')
    const described = await quote.getAttribute('aria-describedby')
    assert.match(await page.locator(`#${described}`).innerText(), /^Said by /)
    assert.deepEqual(errors, [])
    await page.close()
  })
})
