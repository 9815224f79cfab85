/**
 * The API, and a rebuild's API made with the unchanged articles' pieces
 * taken from the previous site's files: it must be byte for byte what
 * writing every piece again gives.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { apiRecordOf, mergedParts, placeIn, recordDigest, recordDigests, writeApi as startApi, type ApiRecord, type PreviousApi } from '../../src/archive/api.ts'
import { buildArchive, type Archive } from '../../src/archive/archive.ts'
import { extractText } from '../helpers.ts'
import type { Aliases } from '../../src/read/aliases.ts'
import { assignUniqueSlugs } from '../../src/archive/slugs.ts'
import type { ArticleRecord } from '../../src/types.ts'

const baseUrl = 'https://example.org/archive/'
const day = '2026-12-04'

const texts: Record<string, string> = {
  'ferry.txt': 'Ferry fares rise\n\nPORTMERE, March 3, 2024 - Fares rise in June.\n\n“Riders will pay more, but the boats will run on time,” said Lena Varga, who runs the ferry company.\n',
  'school.txt': 'School opens\n\nHALDEN, May 5, 2024 - The new school opened on Monday.\n\n“Every child in the valley has a place now,” said Omar Diallo, the mayor. “We waited ten years,” he added.\n',
  'quiet.txt': 'Library hours\n\nHALDEN, May 9, 2024 - The library keeps its hours.\n'
}

/** A fresh archive of `articles` (file name → text): each write mutates its records' actor ids, so each write gets its own. */
function archiveOf(articles: Record<string, string>, aliases?: Aliases): Archive {
  return buildArchive(Object.entries(articles).map(([file, text]) => extractText(text, file)), aliases)
}

let folder = ''
let count = 0
const newSite = () => path.join(folder, `site-${(count += 1)}`)

/** Writes the API and waits for the files its threads write. */
async function writeApi(site: string, archive: Archive, base: string, accessed: string, previous?: PreviousApi, extractedFrom?: Map<ArticleRecord, string>) {
  const written = await startApi(site, archive, base, accessed, previous, recordDigests(archive.records, extractedFrom))
  await written.written
  return written
}

/** Every file under a site's /api/, by name. */
async function apiFiles(site: string): Promise<Map<string, string>> {
  const names = (await readdir(path.join(site, 'api'))).sort()
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(site, 'api', name), 'utf8')] as const)))
}

/** Writes the API of `articles` afresh and after a site written by `first`, and returns both sites and what the second build recorded. */
async function rewrite(first: { site: string; record: ApiRecord }, articles: Record<string, string>, accessed = day) {
  const fresh = newSite()
  await writeApi(fresh, archiveOf(articles), baseUrl, accessed)
  const rebuilt = newSite()
  const { record } = await writeApi(rebuilt, archiveOf(articles), baseUrl, accessed, { folder: first.site, record: first.record })
  return { fresh, rebuilt, record }
}

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-api-'))
})
after(() => rm(folder, { recursive: true, force: true }))

describe('writeApi', () => {
  it('should write each list as JSON an item a line, each quote once in CSV, and a citation for each quote and the parts continuing it', async () => {
    const site = newSite()
    const archive = archiveOf(texts)
    await writeApi(site, archive, baseUrl, day)
    const files = await apiFiles(site)
    const articles = JSON.parse(files.get('articles.json') ?? '') as Array<{ slug: string }>
    assert.deepEqual(
      articles.map((article) => article.slug),
      ['library-hours', 'school-opens', 'ferry-fares-rise']
    )
    assert.equal(files.get('articles.json')?.split('\n').length, 3 + 3)
    const quotes = JSON.parse(files.get('quotes.json') ?? '') as Array<{ text: string; speaker: { name: string } | null }>
    assert.deepEqual(
      quotes.map((quote) => [quote.text, quote.speaker?.name]),
      [
        ['Every child in the valley has a place now,', 'Omar Diallo'],
        ['We waited ten years,', 'Omar Diallo'],
        ['Riders will pay more, but the boats will run on time,', 'Lena Varga']
      ]
    )
    assert.equal(files.get('quotes.csv')?.split('\r\n').filter(Boolean).length, 1 + 3)
    assert.equal(files.get('articles.csv')?.split('\r\n').filter(Boolean).length, 1 + 3)
    // The mayor's second sentence, "he added", continues his first: one citation of both.
    assert.equal((files.get('citations.bib') ?? '').match(/^@misc\{/gm)?.length, 2)
    const citations = JSON.parse(files.get('citations.json') ?? '') as Array<{ id: string; accessed: unknown }>
    assert.deepEqual(
      citations.map((citation) => citation.id),
      ['school-opens/q1', 'ferry-fares-rise/q1']
    )
    assert.deepEqual(citations[0]?.accessed, { 'date-parts': [[2026, 12, 4]] })
  })

  it("should give each record's hash as the pages' fingerprints and the search shards take it: of its JSON where nothing says what it was extracted from", () => {
    const archive = archiveOf(texts)
    const [first] = archive.records
    assert.ok(first)
    const digests = recordDigests(archive.records, new Map([[first, 'key of the first']]))
    assert.equal(digests.size, 3)
    assert.equal(digests.get(first), recordDigest(first, 'key of the first'))
    assert.notEqual(digests.get(first), createHash('sha256').update(JSON.stringify(first)).digest('base64url'))
    for (const record of archive.records.slice(1)) assert.equal(digests.get(record), createHash('sha256').update(JSON.stringify(record)).digest('base64url'))
  })

  it('should hash a record extracted here by what it came from and what merging changed in it, not by the rest', () => {
    const [record] = archiveOf({ 'ferry.txt': texts['ferry.txt'] ?? '' }).records
    assert.ok(record)
    const copy = (change: (record: ArticleRecord) => void) => {
      const changed = structuredClone(record)
      change(changed)
      return changed
    }
    const hash = recordDigest(record, 'ferry.txt as read')
    // The rest of the record is what extraction made of the same file: it is not read again.
    assert.equal(recordDigest(copy((changed) => (changed.headline = 'Another headline')), 'ferry.txt as read'), hash)
    assert.notEqual(recordDigest(record, 'ferry.txt edited'), hash)
    assert.notEqual(recordDigest(copy((changed) => (changed.slug = 'ferry-fares-rise-2')), 'ferry.txt as read'), hash)
    assert.notEqual(recordDigest(copy((changed) => ((changed.actors[0] as { id: string }).id = 'lena-k-varga')), 'ferry.txt as read'), hash)
    assert.notEqual(recordDigest(copy((changed) => (changed.quotes[0] = { ...changed.quotes[0], speaker: { actorId: 'lena-varga', name: 'Lena K. Varga' } } as ArticleRecord['quotes'][number])), 'ferry.txt as read'), hash)
    assert.notEqual(recordDigest(copy((changed) => (changed.quotes[0] = { ...changed.quotes[0], candidates: [] } as ArticleRecord['quotes'][number])), 'ferry.txt as read'), hash)
    // Without what it came from, a record is hashed as JSON.
    assert.equal(recordDigest(record), createHash('sha256').update(JSON.stringify(record)).digest('base64url'))
  })

  it('should change nothing in a record when the archive is merged but its merged parts', () => {
    const articles: Record<string, string> = {
      ...texts,
      'ferry-again.txt': 'Ferry fares rise\n\nPORTMERE, April 2, 2024 - A second rise is planned.\n\n“We will run more boats in summer,” said Varga. An official said the plan was sound.\n',
      'harbour.txt': 'Harbour works\n\nPORTMERE, June 9, 2024 - Works start.\n\n“The harbour stays open,” Lena Varga told reporters, and a port official agreed.\n'
    }
    const aliases: Aliases = new Map([['Omar Diallo', 'Omar B. Diallo']])
    // As a build makes it: slugs made unique (two articles share a headline), then merged.
    const records = Object.entries(articles).map(([file, text]) => extractText(text, file))
    assignUniqueSlugs(records)
    const archive = buildArchive(records, aliases)
    for (const merged of archive.records) {
      const extracted = extractText(articles[merged.file] ?? '', merged.file)
      const parts = mergedParts(merged) as { slug: string; actors: string[]; quotes: Array<[ArticleRecord['quotes'][number]['speaker'], ArticleRecord['quotes'][number]['candidates']]> }
      extracted.slug = parts.slug
      for (const [index, id] of parts.actors.entries()) (extracted.actors[index] as { id: string }).id = id
      for (const [index, [speaker, candidates]] of parts.quotes.entries()) {
        const quote = extracted.quotes[index] as ArticleRecord['quotes'][number]
        if (speaker) quote.speaker = speaker
        if (candidates) quote.candidates = candidates
      }
      assert.equal(JSON.stringify(extracted), JSON.stringify(merged), merged.file)
    }
    assert.deepEqual(archive.records.map((record) => record.slug).sort(), ['ferry-fares-rise', 'ferry-fares-rise-2', 'harbour-works', 'library-hours', 'school-opens'])
  })

  it('should fail when a file cannot be written, once every other file is written', async () => {
    const site = newSite()
    // A folder where the quotes' CSV goes: its thread cannot open the file.
    await mkdir(path.join(site, 'api', 'quotes.csv'), { recursive: true })
    const { written } = await startApi(site, archiveOf(texts), baseUrl, day)
    await assert.rejects(written, /EISDIR/)
    const read = (name: string) => readFile(path.join(site, 'api', name), 'utf8')
    for (const name of ['articles.json', 'quotes.json', 'citations.json', 'statements.json']) assert.doesNotThrow(JSON.parse.bind(JSON, await read(name)), name)
    assert.match(await read('citations.bib'), /^@misc\{/)
  })

  it('should write empty lists and a CSV of its header alone for an archive without quotes', async () => {
    const site = newSite()
    await writeApi(site, archiveOf({ 'quiet.txt': texts['quiet.txt'] ?? '' }), baseUrl, day)
    const files = await apiFiles(site)
    assert.equal(files.get('quotes.json'), '[]\n')
    assert.equal(files.get('citations.json'), '[]\n')
    assert.equal(files.get('citations.bib'), '')
    assert.match(files.get('quotes.csv') ?? '', /^id,[^\n]*\r\n$/)
  })
})

describe('writeApi after a previous build', () => {
  let first = { site: '', record: {} as ApiRecord }
  before(async () => {
    first.site = newSite()
    first.record = (await writeApi(first.site, archiveOf(texts), baseUrl, day)).record
  })

  it('should give byte for byte what a fresh write gives, when one article changed', async () => {
    const changed = { ...texts, 'ferry.txt': `${texts['ferry.txt']}\n“The winter timetable stays,” said Lena Varga.\n` }
    const { fresh, rebuilt } = await rewrite(first, changed)
    assert.deepEqual(await apiFiles(rebuilt), await apiFiles(fresh))
    assert.match((await apiFiles(rebuilt)).get('quotes.csv') ?? '', /The winter timetable stays/)
  })

  it('should give byte for byte what a fresh write gives, when an article was added and one removed', async () => {
    const { 'school.txt': _removed, ...rest } = texts
    const changed = { ...rest, 'bridge.txt': 'Bridge closes\n\nPORTMERE, June 1, 2024 - The bridge closes for repairs.\n\n“Repairs take a week,” said Tom Vell, the engineer.\n' }
    const { fresh, rebuilt } = await rewrite(first, changed)
    assert.deepEqual(await apiFiles(rebuilt), await apiFiles(fresh))
  })

  it('should take unchanged pieces that lay one after the other, with the separator between them, byte for byte', async () => {
    // Newest first: the bridge, the library (no quotes), the school, the ferry. Only the ferry, the oldest, changes.
    const withBridge = { ...texts, 'bridge.txt': 'Bridge closes\n\nPORTMERE, June 1, 2024 - The bridge closes for repairs.\n\n“Repairs take a week,” said Tom Vell, the engineer.\n' }
    const site = newSite()
    const { record } = await writeApi(site, archiveOf(withBridge), baseUrl, day)
    const changed = { ...withBridge, 'ferry.txt': `${texts['ferry.txt']}\n“The winter timetable stays,” said Lena Varga.\n` }
    const { fresh, rebuilt } = await rewrite({ site, record }, changed)
    assert.deepEqual(await apiFiles(rebuilt), await apiFiles(fresh))
  })

  it("should take an unchanged article's pieces from the previous files, and make a changed one's again", async () => {
    const site = newSite()
    const { record } = await writeApi(site, archiveOf(texts), baseUrl, day)
    // A mark of the same length in the previous files shows which pieces were taken rather than made.
    for (const name of ['quotes.json', 'quotes.csv', 'citations.bib']) {
      const file = path.join(site, 'api', name)
      await writeFile(file, (await readFile(file, 'utf8')).replace('Every child', 'EVERY CHILD').replace('Riders will', 'RIDERS WILL'))
    }
    const changed = { ...texts, 'ferry.txt': `${texts['ferry.txt']}\n“The winter timetable stays,” said Lena Varga.\n` }
    const { rebuilt } = await rewrite({ site, record }, changed)
    const files = await apiFiles(rebuilt)
    for (const name of ['quotes.json', 'quotes.csv', 'citations.bib']) {
      assert.match(files.get(name) ?? '', /EVERY CHILD/, name)
      assert.match(files.get(name) ?? '', /Riders will pay more/, name)
    }
  })

  it("should make again the pieces of an article whose record merging changed, though its file did not", async () => {
    // Each file is the same in both builds, so each record comes from what it came from before.
    const keyed = (archive: Archive) => new Map(archive.records.map((record) => [record, `extracted from ${record.file}`] as const))
    const aliases: Aliases = new Map([['Lena Varga', 'Lena K. Varga']])
    const site = newSite()
    const before = archiveOf(texts)
    const { record } = await writeApi(site, before, baseUrl, day, undefined, keyed(before))
    const renamed = archiveOf(texts, aliases)
    const rebuilt = newSite()
    await writeApi(rebuilt, renamed, baseUrl, day, { folder: site, record }, keyed(renamed))
    const fresh = newSite()
    await writeApi(fresh, archiveOf(texts, aliases), baseUrl, day)
    assert.deepEqual(await apiFiles(rebuilt), await apiFiles(fresh))
    assert.match((await apiFiles(rebuilt)).get('articles.json') ?? '', /Lena K\. Varga/)
  })

  it('should take nothing from a file whose length is not the recorded one', async () => {
    const site = newSite()
    const { record } = await writeApi(site, archiveOf(texts), baseUrl, day)
    const file = path.join(site, 'api', 'quotes.json')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Every child', 'EVERY CHILD!'))
    const { rebuilt } = await rewrite({ site, record }, texts)
    assert.doesNotMatch((await apiFiles(rebuilt)).get('quotes.json') ?? '', /EVERY CHILD/)
  })

  it('should make the citations again on another day, and take the rest', async () => {
    const site = newSite()
    const { record } = await writeApi(site, archiveOf(texts), baseUrl, day)
    for (const name of ['citations.json', 'quotes.json']) {
      const file = path.join(site, 'api', name)
      await writeFile(file, (await readFile(file, 'utf8')).replace('Every child', 'EVERY CHILD'))
    }
    const { fresh, rebuilt } = await rewrite({ site, record }, texts, '2026-12-05')
    const files = await apiFiles(rebuilt)
    assert.equal(files.get('citations.json'), (await apiFiles(fresh)).get('citations.json'))
    assert.match(files.get('citations.json') ?? '', /\[2026,12,5\]/)
    assert.match(files.get('quotes.json') ?? '', /EVERY CHILD/)
  })

  it("should make an article's pieces again when its quote joins a statement another article reports", async () => {
    const site = newSite()
    const { record } = await writeApi(site, archiveOf(texts), baseUrl, day)
    const file = path.join(site, 'api', 'quotes.json')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Every child', 'EVERY CHILD'))
    const repeated = { ...texts, 'wire.txt': 'Valley school\n\nHALDEN, May 4, 2024 - A school opens tomorrow.\n\n“Every child in the valley has a place now,” said Omar Diallo.\n' }
    const { fresh, rebuilt } = await rewrite({ site, record }, repeated)
    const quotes = JSON.parse((await apiFiles(rebuilt)).get('quotes.json') ?? '') as Array<{ archiveId: string; statementId: string }>
    assert.equal(quotes.find((quote) => quote.archiveId === 'school-opens/q1')?.statementId, quotes.find((quote) => quote.archiveId === 'valley-school/q1')?.statementId)
    assert.deepEqual(await apiFiles(rebuilt), await apiFiles(fresh))
  })
})

describe('apiRecordOf', () => {
  it('should keep well-formed entries and leave out the rest', () => {
    // A start and a length in each of the six per-article files; an entry of a build that made five is left out.
    const places = [0, 10, 10, 5, 0, 0, 0, 0, 0, 0, 0, 0]
    const pieces = { good: ['f', ...places], short: ['f', 1, 2], fiveFiles: ['f', ...places.slice(2)], notes: [3, ...places], odd: ['f', ...places.slice(1), 0.5] }
    const record = apiRecordOf({ accessed: day, sizes: { 'api/quotes.json': 20, 'api/quotes.csv': 'big' }, pieces })
    assert.deepEqual(record, { accessed: day, sizes: { 'api/quotes.json': 20 }, pieces: { good: ['f', ...places] } })
    assert.deepEqual(apiRecordOf('not an object'), { accessed: '', sizes: {}, pieces: {} })
  })
})

describe('placeIn', () => {
  const entry: ApiRecord['pieces'][string] = ['f', 0, 3, 5, 4, 32, 6, 7, 0, 36, 0]
  const file = { path: 'quotes.json', size: 36 }

  it('should give the range an entry places a piece at in each file', () => {
    assert.deepEqual(placeIn(file, entry, 0), { from: 0, to: 3 })
    assert.deepEqual(placeIn(file, entry, 1), { from: 5, to: 9 })
    assert.deepEqual(placeIn(file, entry, 3), { from: 7, to: 7 })
    assert.deepEqual(placeIn(file, entry, 4), { from: 36, to: 36 })
  })

  it('should give none for a piece that runs past the end of the file, or an entry without that file', () => {
    assert.equal(placeIn(file, entry, 2), undefined)
    assert.equal(placeIn(file, entry, 5), undefined)
  })
})
