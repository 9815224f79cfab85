/**
 * The site as a reader uses it, in headless Chromium: search finds a quote and
 * lands on it, filters narrow the results, and axe-core finds no accessibility
 * violations.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { build } from '../../scripts/build.ts'
import { serveFolder } from '../../src/site/serve.ts'
import { browserMissing, launchBrowser } from './browser.ts'
import { writeMixedInput } from '../helpers.ts'

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
  // The seeds and the dated test articles in small shards, so that search merges several indexes as it does on a large archive.
  sharded = path.join(folder, 'sharded')
  const mixed = path.join(folder, 'mixed')
  await writeMixedInput(mixed)
  // One statement reported by two outlets, two months apart: statements, citations and charts have something to show.
  await writeFile(path.join(mixed, 'harbour-one.md'), '---\nheadline: Harbour bridge to open before winter, mayor says\npublisher: The Tidewater Ledger\npublished: 2021-03-02\n---\n\n“The bridge will be finished before the winter floods arrive in the valley,” Mayor Ines Varga said. “We have the money and the crews.”\n')
  await writeFile(path.join(mixed, 'harbour-two.md'), '---\nheadline: Portvale council approves bridge budget\npublisher: Coastal Wire\npublished: 2021-05-10\n---\n\nMayor Ines Varga repeated that the bridge “will be finished before the winter floods arrive,” and thanked the council.\n\n“This is a good day for Portvale,” Varga said.\n')
  await build({ input: mixed, output: sharded, baseUrl: 'http://localhost/sharded/', documentsPerShard: 4, log: () => {} })
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

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => /\d+ results?|No results|No \w+ is called/.test(document.getElementById('search-status')?.textContent ?? ''))
}

async function search(page: Page, words: string): Promise<void> {
  await page.fill('#search-input', words)
  await page.waitForFunction((term) => document.getElementById('search-results')?.dataset['answers'] === term, words.trim())
}

/** Every result, "Load more" pressed until there is no more. */
async function allResults(page: Page): Promise<string[]> {
  while (await page.locator('.search-more').isVisible()) {
    const shown = await page.locator('#search-results li').count()
    await page.locator('.search-more').click()
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length > count, shown)
  }
  return page.locator('#search-results li').allInnerTexts()
}

const statusCount = async (page: Page): Promise<number> => Number(/^(\d+) results?/.exec(await page.locator('#search-status').textContent() ?? '')?.[1] ?? NaN)

/** The archive's quotes as the API gives them, a split quote counted once. */
async function apiQuotes(): Promise<Array<{ text: string; speaker: { name: string } | null; continues?: string }>> {
  return JSON.parse(await readFile(path.join(folder, 'site', 'api', 'quotes.json'), 'utf8'))
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

  it('should return, for a phrase, only quotes that hold it, with the words marked', async () => {
    const { page, errors } = await open('search/')
    // Pagefind matches a word's stem: "puppets" finds "puppet" too.
    for (const [phrase, word] of [['barrel bombs', 'barrel'], ['"barrel bombs"', 'barrel'], ['puppets', 'puppet']] as const) {
      await search(page, phrase)
      const quotes = await page.locator('#search-results li.search-quote q').allInnerTexts()
      assert.ok(quotes.length > 0, phrase)
      for (const quote of quotes) assert.match(quote, new RegExp(word, 'i'), `${phrase}: ${quote}`)
      const marked = await page.locator('#search-results li.search-quote mark').allInnerTexts()
      assert.ok(marked.some((text) => new RegExp(word, 'i').test(text)), `${phrase}: the words are marked`)
    }
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('should list a speaker’s quotes, and only those, when the speaker filter is chosen alone', async () => {
    const { page, errors } = await open('search/')
    await page.fill('#filter-speaker', 'Bashar al-Assad')
    await page.locator('#filter-speaker').dispatchEvent('change')
    await settled(page)
    const items = await allResults(page)
    const expected = (await apiQuotes()).filter((quote) => quote.speaker?.name === 'Bashar al-Assad' && quote.continues === undefined).length
    assert.equal(items.length, expected)
    assert.equal(await statusCount(page), expected)
    for (const item of items) assert.match(item, /Said by Bashar al-Assad/)
    assert.equal(await page.locator('#search-results li:not(.search-quote)').count(), 0)
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('should give the true count of results, and list them all through “Load more”', async () => {
    const { page, errors } = await open('search/?q=Syria')
    await settled(page)
    const count = await statusCount(page)
    assert.ok(count > 20, `${count} results, more than one page`)
    assert.equal(await page.locator('#search-results li').count(), 20)
    const items = await allResults(page)
    assert.equal(items.length, count)
    assert.equal(new Set(await page.locator('#search-results li a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).size, count)
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('should say when a filter value is unknown, and offer to remove filters when nothing is found', async () => {
    const { page } = await open('search/?speaker=Nobody+Of+That+Name')
    await settled(page)
    assert.match(await page.locator('#search-status').textContent() ?? '', /No speaker is called “Nobody Of That Name”/)
    await page.goto(new URL('search/?q=puppets&type=person', base).href)
    await settled(page)
    assert.match(await page.locator('#search-status').textContent() ?? '', /No results\. Try removing a filter/)
    await page.locator('.remove-filter').click()
    await settled(page)
    assert.ok(await statusCount(page) > 0)
    await page.close()
  })

  it('should show a hint before anything is searched', async () => {
    const { page } = await open('search/')
    assert.ok(await page.locator('#search-hints').isVisible())
    await search(page, 'Syria')
    assert.ok(!(await page.locator('#search-hints').isVisible()))
    await page.close()
  })

  it('should fit a 320 px screen', async () => {
    const { page } = await open('search/?q=Syria')
    await page.setViewportSize({ width: 320, height: 640 })
    await settled(page)
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320)
    await page.close()
  })

  it('should merge the shards and list results newest first, or oldest first, across them, the undated last', async () => {
    const shards = await readdir(path.join(sharded, 'pagefind'))
    assert.ok(shards.length > 1, shards.join(', '))
    const merged = await open('search/', shardBase)
    await search(merged.page, 'absurd to look at him')
    assert.match(await merged.page.locator('#search-results').textContent() ?? '', /it is absurd to look at him as a potential partner/)
    assert.deepEqual(merged.errors, [])
    await merged.page.close()
    for (const [order, expected] of [['desc', ['2024', '2023', '2021', 'undated']], ['asc', ['2021', '2023', '2024', 'undated']]] as const) {
      const { page, errors } = await open(`search/?q=said&sort=${order}`, shardBase)
      await settled(page)
      await allResults(page)
      const years = (await page.locator('#search-results .quote-meta, #search-results .result-meta').allTextContents()).map((text) => /\b(\d{4})\s*$/.exec(text)?.[1] ?? 'undated')
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

describe('reading and copying an article', { skip }, () => {
  it('should copy the article’s text without the speakers’ names', async () => {
    const { page } = await open('articles/assad-rules-out-cooperation-with-us-led-campaign-against-isil/')
    const copied = await page.evaluate(() => {
      const body = document.querySelector('.article-body') as HTMLElement
      const range = document.createRange()
      range.selectNodeContents(body)
      const selection = window.getSelection() as Selection
      selection.removeAllRanges()
      selection.addRange(range)
      return selection.toString()
    })
    assert.match(copied, /not to be puppets,”/)
    assert.doesNotMatch(copied, /puppets,”\s*Bashar al-Assad/)
    assert.doesNotMatch(copied, /”Bashar al-Assad/)
    const markers = await page.locator('.article-body .quote-speaker').count()
    assert.ok(markers > 0)
    assert.match(await page.locator('.article-body .quote-speaker').first().getAttribute('aria-label') ?? '', /^said by .+ \(quote \d+\)$/)
    await page.close()
  })

  it('should show the panel before the list of quotes on a phone, and give speaker markers room to tap', async () => {
    const { page } = await open('articles/assad-rules-out-cooperation-with-us-led-campaign-against-isil/')
    await page.setViewportSize({ width: 360, height: 740 })
    const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
    assert.ok(await top('.article-panel') < await top('.article-quotes'))
    assert.ok(await top('.article-body') < await top('.article-panel'))
    const box = await page.locator('.article-body .quote-speaker').first().boundingBox()
    assert.ok(box && box.height >= 24 && box.width >= 24, JSON.stringify(box))
    await page.close()
  })

  it('should print who said each quote, without the panel or the links into the text', async () => {
    const { page } = await open('articles/assad-rules-out-cooperation-with-us-led-campaign-against-isil/')
    await page.emulateMedia({ media: 'print' })
    assert.ok(await page.locator('.article-body .quote-speaker').first().isVisible())
    const printed = await page.locator('.article-body .quote-speaker').first().evaluate((element) => getComputedStyle(element, '::after').content)
    assert.match(printed, /Bashar al-Assad|\[/)
    assert.ok(!(await page.locator('.article-panel').isVisible()))
    assert.ok(!(await page.locator('.in-text').first().isVisible()))
    await page.close()
  })

  it('should mark the current section in the main navigation', async () => {
    const { page } = await open('actors/')
    assert.equal(await page.locator('.site-header nav a[aria-current]').textContent(), 'Actors')
    await page.goto(new URL('actors/bashar-al-assad/', base).href)
    assert.equal(await page.locator('.site-header nav a[aria-current]').getAttribute('aria-current'), 'true')
    await page.close()
  })

  it('should keep the attributing sentence in view when landing on a quote', async () => {
    const { page } = await open('articles/assad-rules-out-cooperation-with-us-led-campaign-against-isil/#q10')
    const top = await page.locator('#q10').evaluate((element) => element.getBoundingClientRect().top)
    const height = await page.evaluate(() => window.innerHeight)
    assert.ok(top > height * 0.2, `the quote is ${top} px from the top of a ${height} px window`)
    await page.close()
  })
})

describe('research features', { skip }, () => {
  const harbourOne = 'articles/harbour-bridge-to-open-before-winter-mayor-says/'
  const harbourTwo = 'articles/portvale-council-approves-bridge-budget/'
  const shardedApi = async <T>(name: string): Promise<T> => JSON.parse(await readFile(path.join(sharded, 'api', name), 'utf8')) as T
  /** Quotes as the API gives them, each split quote once: what the charts count. */
  const wholeQuotes = async () => (await shardedApi<ArchiveQuoteLike[]>('quotes.json')).filter((quote) => quote.continues === undefined)

  it('should give a citation to paste, with the date of reading filled in and a button that copies it', async () => {
    const context = await (browser as Browser).newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(new URL(harbourOne, shardBase).href)
    const cite = page.locator('.quote-list .cite').first()
    await cite.locator('summary').click()
    const text = await cite.locator('.citation').innerText()
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
    assert.equal(
      text,
      `Ines Varga, quoted in “Harbour bridge to open before winter, mayor says,” The Tidewater Ledger 2 March 2021: “The bridge will be finished before the winter floods arrive in the valley, … We have the money and the crews.” http://localhost/sharded/${harbourOne}#q1. Accessed ${today}.`
    )
    await cite.locator('.copy-citation').click()
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent === 'Copied')
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text)
    await context.close()
  })

  it('should show the citation as text without a script', async () => {
    const context = await (browser as Browser).newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(new URL(harbourOne, shardBase).href)
    const cite = page.locator('.quote-list .cite').first()
    await cite.locator('summary').click()
    assert.ok(await cite.locator('.citation').isVisible())
    assert.match(await cite.locator('.citation').innerText(), /^Ines Varga, quoted in .* Accessed \[date accessed\]\.$/)
    await context.close()
  })

  it('should show where else a quote was reported, and list the statement once on its speaker’s page, oldest report first', async () => {
    const { page } = await open(harbourTwo, shardBase)
    const also = page.locator('.quote-list .also-reported').first()
    await also.locator('summary').click()
    assert.equal(await also.locator('summary').innerText(), 'Also reported in 1 other article')
    assert.equal(await also.locator('a').getAttribute('href'), `/sharded/${harbourOne}#q1`)
    await page.goto(new URL('actors/ines-varga/', shardBase).href)
    assert.match(await page.locator('.actor-header').innerText(), /2 statements in 3 reports/)
    const reports = page.locator('.statement').filter({ hasText: 'winter floods' }).locator('.reports li')
    assert.deepEqual(await reports.allInnerTexts(), ['Harbour bridge to open before winter, mayor says 2 March 2021 first report', 'Portvale council approves bridge budget 10 May 2021'])
    await page.close()
  })

  it('should give each chart the same numbers as a table, as the API counts them', async () => {
    const quotes = await wholeQuotes()
    const actors = await shardedApi<Array<{ id: string; name: string; kind: string }>>('actors.json')
    const { page } = await open('', shardBase)
    const named = new Set(actors.filter((actor) => actor.kind === 'person' || actor.kind === 'organization').map((actor) => actor.id))
    const counts = new Map<string, number>()
    for (const quote of quotes) if (quote.speaker && named.has(quote.speaker.actorId)) counts.set(quote.speaker.name, (counts.get(quote.speaker.name) ?? 0) + 1)
    const rows = await page.locator('.chart-table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', Number(tr.querySelector('td')?.textContent)]))
    assert.ok(rows.length > 0)
    for (const [name, count] of rows) assert.equal(count, counts.get(String(name)), `${name}`)
    assert.equal(rows[0]?.[1], Math.max(...counts.values()))
    const yearRow = await page.locator('.chart-table').nth(1).locator('tbody tr', { hasText: '2021' }).locator('td').allTextContents()
    assert.deepEqual(yearRow, [`${quotes.filter((quote) => quote.published?.date.startsWith('2021') && quote.speaker).length} (100%)`, '0 (0%)', '0 (0%)'])
    await page.goto(new URL('actors/ines-varga/', shardBase).href)
    const months = await page.locator('.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent?.trim()))
    assert.deepEqual(months, ['March 20211', 'May 20212'])
    await page.goto(new URL(harbourOne, shardBase).href)
    assert.deepEqual(await page.locator('.article-panel .chart-legend li').allInnerTexts(), ['Named speakers: 2 (100%)', 'Unnamed sources and documents: 0 (0%)', 'No speaker: 0 (0%)'])
    await page.close()
  })
})

/** What the research tests read of a quote in the API. */
interface ArchiveQuoteLike {
  continues?: string
  speaker: { actorId: string; name: string } | null
  published: { date: string } | null
}

describe('accessibility', { skip }, () => {
  const pages: Array<[string, string]> = [
    ...['', 'articles/us-state-department-says-assad-not-partner-in-war-on-terror/', 'actors/dina-badawy/', 'actors/bashar-al-assad/', 'quotes/', 'search/', 'search/?q=Syria', 'actors/', 'sources/', 'sources/reuters/', 'api/', 'data/'].map((url): [string, string] => [url, 'archive']),
    // The charts, statements and citations on a dated archive.
    ...['', 'actors/ines-varga/', 'articles/harbour-bridge-to-open-before-winter-mayor-says/'].map((url): [string, string] => [url, 'sharded'])
  ]
  for (const [url, site] of pages) {
    it(`should have no axe-core violations on /${site}/${url}`, async () => {
      const { page } = await open(url, site === 'archive' ? base : shardBase)
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
