/**
 * A rebuild takes what did not change from the site it replaces: an article
 * whose page and original are the same keeps its folder, carried over whole,
 * and so does a search shard whose documents are the same; other unchanged
 * pages and originals are hard links to the previous files (the same inode).
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from '../../scripts/build.ts'
import { buildRecordFile } from '../../src/archive/output-guard.ts'

const articles: Record<string, string> = {
  'port.txt': 'Port strike spreads\n\nROTTERDAM, March 3, 2019 (Reuters) - Dock workers walked out on Monday.\n\n“We will stay out until the talks resume,” said Jonas Brandt, a union leader.\n',
  'rail.txt': 'Rail fares rise\n\nLYON, May 5, 2021 (AFP) - Fares rise in June.\n\n“Riders will pay more,” said Clara Moreau, the transport minister.\n',
  'floods.txt': 'Floods ease\n\nDHAKA, July 7, 2023 (AP) - Water levels fell.\n\n“The worst is over,” said Amara Osei, a relief official.\n'
}

let folder = ''
let input = ''
let site = ''
const inode = (relative: string) => statSync(path.join(site, relative)).ino
const rebuild = () => build({ input, output: site, baseUrl: 'http://localhost:8080/', documentsPerShard: 1, log: () => {} })

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-incremental-'))
  input = path.join(folder, 'input')
  site = path.join(folder, 'site')
  await mkdir(input)
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(input, name), text)
  await rebuild()
})
after(() => rm(folder, { recursive: true, force: true }))

describe('a rebuild after one article changed', () => {
  it('should shard the index by year, newest first, actors last, the search page knowing every shard', async () => {
    for (const shard of ['2019', '2021', '2023', 'other']) assert.ok(existsSync(path.join(site, 'pagefind', shard, 'pagefind-entry.json')), shard)
    assert.match(await readFile(path.join(site, 'search', 'index.html'), 'utf8'), /data-indexes="\/pagefind\/2023\/ \/pagefind\/2021\/ \/pagefind\/2019\/ \/pagefind\/other\/ "/)
  })

  it('should keep the unchanged pages and shards, and make the changed ones again', async () => {
    const before = {
      port: inode('articles/port-strike-spreads/index.html'),
      floods: inode('articles/floods-ease/index.html'),
      brandt: inode('actors/jonas-brandt/index.html'),
      osei: inode('actors/amara-osei/index.html'),
      shard2019: inode('pagefind/2019/pagefind-entry.json'),
      shard2019Folder: inode('pagefind/2019'),
      shard2023: inode('pagefind/2023/pagefind-entry.json'),
      portOriginal: inode('articles/port-strike-spreads/original.txt'),
      floodsOriginal: inode('articles/floods-ease/original.txt'),
      portFolder: inode('articles/port-strike-spreads'),
      floodsFolder: inode('articles/floods-ease')
    }
    await appendFile(path.join(input, 'floods.txt'), '\n“Rebuilding starts tomorrow,” said Amara Osei.\n')
    await rebuild()
    assert.equal(inode('articles/port-strike-spreads/index.html'), before.port)
    assert.equal(inode('actors/jonas-brandt/index.html'), before.brandt)
    assert.equal(inode('pagefind/2019/pagefind-entry.json'), before.shard2019)
    // The unchanged shard's folder itself is the old one, carried over whole rather than made again and its files linked.
    assert.equal(inode('pagefind/2019'), before.shard2019Folder)
    assert.notEqual(inode('articles/floods-ease/index.html'), before.floods)
    assert.notEqual(inode('actors/amara-osei/index.html'), before.osei)
    assert.notEqual(inode('pagefind/2023/pagefind-entry.json'), before.shard2023)
    assert.equal(inode('articles/port-strike-spreads/original.txt'), before.portOriginal)
    assert.notEqual(inode('articles/floods-ease/original.txt'), before.floodsOriginal)
    // An article whose page and original did not change keeps its folder itself, carried over whole.
    assert.equal(inode('articles/port-strike-spreads'), before.portFolder)
    assert.notEqual(inode('articles/floods-ease'), before.floodsFolder)
    assert.deepEqual(await readFile(path.join(site, 'articles', 'floods-ease', 'original.txt')), await readFile(path.join(input, 'floods.txt')))
    assert.match(await readFile(path.join(site, 'articles', 'floods-ease', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
    assert.match(await readFile(path.join(site, 'actors', 'amara-osei', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
    assert.match(await readFile(path.join(site, 'quotes', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
  })

  it("should link an article's unchanged original into a new folder when only its page changed", async () => {
    const before = { folder: inode('articles/port-strike-spreads'), page: inode('articles/port-strike-spreads/index.html'), original: inode('articles/port-strike-spreads/original.txt') }
    // The same words from the same speaker in another article: the port article's page now says so, its text is as it was.
    await appendFile(path.join(input, 'rail.txt'), '\n“We will stay out until the talks resume,” said Jonas Brandt.\n')
    await rebuild()
    assert.match(await readFile(path.join(site, 'articles', 'port-strike-spreads', 'index.html'), 'utf8'), /Also reported in 1 other article/)
    assert.notEqual(inode('articles/port-strike-spreads'), before.folder)
    assert.notEqual(inode('articles/port-strike-spreads/index.html'), before.page)
    assert.equal(inode('articles/port-strike-spreads/original.txt'), before.original)
  })

  it('should render a page again, and write an original again, when the previous site lost it', async () => {
    await rm(path.join(site, 'articles', 'rail-fares-rise', 'index.html'))
    await rm(path.join(site, 'articles', 'rail-fares-rise', 'original.txt'))
    await rebuild()
    assert.match(await readFile(path.join(site, 'articles', 'rail-fares-rise', 'index.html'), 'utf8'), /Riders will pay more/)
    assert.deepEqual(await readFile(path.join(site, 'articles', 'rail-fares-rise', 'original.txt')), await readFile(path.join(input, 'rail.txt')))
  })

  it('should make everything again when the build record is missing', async () => {
    const port = inode('articles/port-strike-spreads/index.html')
    const shardFolder = inode('pagefind/2019')
    const original = inode('articles/port-strike-spreads/original.txt')
    await rm(path.join(site, buildRecordFile))
    const lines: string[] = []
    await build({ input, output: site, baseUrl: 'http://localhost:8080/', documentsPerShard: 1, log: (line) => lines.push(line) })
    assert.notEqual(inode('articles/port-strike-spreads/index.html'), port)
    // Every shard is indexed again, none carried over; the files that come out byte for byte the same are then linked.
    assert.ok(lines.includes('onrecord: indexing 4 of 4 search shards while rendering the pages'), lines.join('\n'))
    assert.notEqual(inode('pagefind/2019'), shardFolder)
    assert.notEqual(inode('articles/port-strike-spreads/original.txt'), original)
    assert.ok(existsSync(path.join(site, buildRecordFile)))
  })

  it('should index a shard again when merging the archive changes its documents, though no file in it changed', async () => {
    const folders = { 2019: inode('pagefind/2019'), 2023: inode('pagefind/2023') }
    // An editor's name for the union leader: his quotes (in 2019, and in 2021 since an earlier case) are shown by it from now on; 2023 does not quote him.
    await writeFile(path.join(input, 'aliases.yml'), 'Jonas B. Brandt: Jonas Brandt\n')
    try {
      await rebuild()
      assert.notEqual(inode('pagefind/2019'), folders[2019])
      assert.equal(inode('pagefind/2023'), folders[2023])
      const fragments = path.join(site, 'pagefind', '2019', 'fragment')
      const texts = (await readdir(fragments)).map((name) => gunzipSync(readFileSync(path.join(fragments, name))).subarray(12).toString('utf8'))
      assert.ok(texts.some((text) => text.includes('"speaker":["Jonas B. Brandt"]')), texts.join('\n'))
    } finally {
      await rm(path.join(input, 'aliases.yml'))
      await rebuild()
    }
  })
})

describe("a rebuild after a web page's page changed", () => {
  const page = (paragraph: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Ferry timetable changes</title>
<meta property="og:title" content="Ferry timetable changes">
<meta property="article:published_time" content="2022-04-02T08:00:00Z"></head><body>
<article><h1>Ferry timetable changes</h1>
<p>The island ferry will leave an hour earlier from May, the operator said on Friday.</p>
<p>“Passengers asked for an earlier crossing,” said Lena Varga, who runs the operator.</p>
${paragraph}</article></body></html>`
  let pageSite = ''
  let pageInput = ''
  const pageInode = (relative: string) => statSync(path.join(pageSite, relative)).ino
  const rebuildPages = () => build({ input: pageInput, output: pageSite, baseUrl: 'http://localhost:8080/', log: () => {} })

  before(async () => {
    pageInput = path.join(folder, 'pages-input')
    pageSite = path.join(folder, 'pages-site')
    await mkdir(pageInput)
    await writeFile(path.join(pageInput, 'ferry.html'), page('<p>Fares stay as they are.</p>'))
    await writeFile(path.join(pageInput, 'port.txt'), articles['port.txt'] ?? '')
    await rebuildPages()
  })

  it("should link the unchanged article's original, and make both of the page's again", async () => {
    const ferry = 'articles/ferry-timetable-changes'
    const before = { port: pageInode('articles/port-strike-spreads/original.txt'), text: pageInode(`${ferry}/original.txt`), html: pageInode(`${ferry}/original.html`) }
    assert.doesNotMatch(await readFile(path.join(pageSite, ferry, 'original.txt'), 'utf8'), /<p>/)
    await writeFile(path.join(pageInput, 'ferry.html'), page('<p>Fares rise by a tenth in June.</p>'))
    await rebuildPages()
    assert.equal(pageInode('articles/port-strike-spreads/original.txt'), before.port)
    assert.notEqual(pageInode(`${ferry}/original.txt`), before.text)
    assert.notEqual(pageInode(`${ferry}/original.html`), before.html)
    assert.match(await readFile(path.join(pageSite, ferry, 'original.txt'), 'utf8'), /Fares rise by a tenth in June\./)
    assert.match(await readFile(path.join(pageSite, ferry, 'original.html'), 'utf8'), /^<meta http-equiv="Content-Security-Policy"[^\n]*\n<!DOCTYPE html>[^]*Fares rise by a tenth/)
  })

  it("should link a web page's originals when nothing changed", async () => {
    const ferry = 'articles/ferry-timetable-changes'
    const before = { text: pageInode(`${ferry}/original.txt`), html: pageInode(`${ferry}/original.html`) }
    await rebuildPages()
    assert.equal(pageInode(`${ferry}/original.txt`), before.text)
    assert.equal(pageInode(`${ferry}/original.html`), before.html)
  })
})

describe('a rebuild of an archive whose quotes fill several pages of /quotes/', () => {
  // 210 quotes in 2019 and one in 2021: two pages of quotes, the older one full.
  const longArticle = `Council hears residents\n\nLEEDS, June 4, 2019 - Residents spoke for hours.\n\n${Array.from({ length: 210 }, (_, index) => `“We need answer number ${index + 1} by spring,” said Ana Ruiz.`).join('\n\n')}\n`
  const shortArticle = (extra: string) => `Bridge reopens\n\nYORK, May 2, 2021 - The bridge reopened.\n\n“Traffic will ease,” said Tom Vell, the engineer.\n${extra}`
  let root = ''
  const files = async (site: string) => {
    const found = new Map<string, string>()
    for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name === buildRecordFile) continue
      const file = path.join(entry.parentPath, entry.name)
      found.set(path.relative(site, file), readFileSync(file).toString('base64'))
    }
    return found
  }
  const buildInto = (input: string, output: string) => build({ input, output, baseUrl: 'http://localhost:8080/', log: () => {} })

  before(async () => {
    root = path.join(folder, 'many-quotes')
    await mkdir(path.join(root, 'input'), { recursive: true })
    await writeFile(path.join(root, 'input', 'council.txt'), longArticle)
    await writeFile(path.join(root, 'input', 'bridge.txt'), shortArticle(''))
    await buildInto(path.join(root, 'input'), path.join(root, 'site'))
  })

  it('should come out as a fresh build of the same articles after a quote is added, the older page of quotes taken unchanged', async () => {
    const olderPage = path.join(root, 'site', 'quotes', 'page-1', 'index.html')
    const before = statSync(olderPage).ino
    await writeFile(path.join(root, 'input', 'bridge.txt'), shortArticle('\n“Buses return next week,” said Tom Vell.\n'))
    await buildInto(path.join(root, 'input'), path.join(root, 'site'))
    assert.equal(statSync(olderPage).ino, before)
    await buildInto(path.join(root, 'input'), path.join(root, 'fresh'))
    const [rebuilt, fresh] = [await files(path.join(root, 'site')), await files(path.join(root, 'fresh'))]
    assert.deepEqual([...rebuilt.keys()].sort(), [...fresh.keys()].sort())
    assert.deepEqual([...rebuilt].filter(([file, bytes]) => fresh.get(file) !== bytes).map(([file]) => file), [])
    // The total is on the newest page, which changed with it.
    assert.match(readFileSync(path.join(root, 'site', 'quotes', 'index.html'), 'utf8'), /212 quotes in all/)
  })
})
