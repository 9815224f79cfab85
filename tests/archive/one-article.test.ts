/**
 * One article never fails the archive: run-on text with thousands of quotes,
 * names too long for a file system, a control character in a headline, and
 * a later article with a published article's headline each build, with the
 * rest of the archive, into a site that stays sound.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build, type BuildSummary } from '../../scripts/build.ts'
import { contextReach } from '../../src/extract/extract.ts'
import { maxSlugLength } from '../../src/extract/slug.ts'
import type { ArchiveActor, ArchiveSource, ArticleRecord } from '../../src/types.ts'

let folder = ''
let input = ''
let output = ''
let summary: BuildSummary
let records: ArticleRecord[] = []

const longName = Array.from({ length: 40 }, (_, index) => `Name${String.fromCharCode(65 + (index % 26))}x`).join(' ')
const longFileName = `${'a-very-long-file-name-'.repeat(10)}end.txt`

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-one-article-'))
  input = path.join(folder, 'input')
  output = path.join(folder, 'site')
  await mkdir(input)
  const runOn = Array.from({ length: 3000 }, (_, index) => `“item ${index} is ready,” said the clerk, and`).join(' ')
  await writeFile(path.join(input, 'run-on.txt'), `Ledger read aloud\n\n${runOn} that was the list.\n`)
  await writeFile(path.join(input, 'long-speaker.txt'), `Delegation arrives\n\n“We came a long way,” said ${longName}.\n`)
  await writeFile(path.join(input, 'long-correction.md'), `---\nheadline: Harbour reopens\nquotes:\n  - text: open again\n    speaker: ${'Pemberton '.repeat(30).trim()}\n---\n“The harbour is open again,” the official said.\n`)
  await writeFile(path.join(input, longFileName), `新しい橋が開通\n\n“Nothing to add,” said Ilse Varga.\n`)
  await writeFile(path.join(input, 'control.txt'), `Bridge\u0007 closes for repairs\n\n“It is rusted through,” said engineer Tomas Quill.\n`)
  summary = await build({ input, output, baseUrl: 'http://localhost/', log: () => {} })
  records = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as ArticleRecord[]
})
after(() => rm(folder, { recursive: true, force: true }))

describe('an archive with one extreme article of each kind', () => {
  it('should build every article', () => {
    assert.equal(summary.articles, 5, summary.problems.map((problem) => problem.reason).join('\n'))
  })
  it('should give each quote of run-on text a context near the quote, not the whole paragraph', () => {
    const runOn = records.find((record) => record.headline === 'Ledger read aloud')
    assert.ok(runOn)
    assert.equal(runOn.quotes.length, 3000)
    for (const quote of runOn.quotes) {
      assert.ok(quote.context.start >= quote.start - contextReach - 2 && quote.context.end <= quote.end + contextReach + 2, `${quote.id}: context ${quote.context.start}–${quote.context.end}`)
      assert.ok(quote.context.text.includes(quote.text))
    }
  })
  it('should keep every id and slug short enough for a file name, and still unique', async () => {
    const actors = JSON.parse(await readFile(path.join(output, 'api', 'actors.json'), 'utf8')) as ArchiveActor[]
    const sources = JSON.parse(await readFile(path.join(output, 'api', 'sources.json'), 'utf8')) as ArchiveSource[]
    const ids = [...records.map((record) => record.slug), ...actors.map((actor) => actor.id), ...sources.map((source) => source.id)]
    for (const id of ids) assert.ok(id.length <= maxSlugLength + 4, id)
    assert.equal(new Set(actors.map((actor) => actor.id)).size, actors.length)
    assert.ok(actors.some((actor) => actor.name === longName), 'the long-named speaker is an actor')
    assert.ok(actors.some((actor) => actor.name.startsWith('Pemberton Pemberton')), 'the long front-matter speaker is an actor')
    for (const actor of actors.filter((each) => each.kind === 'person' || each.kind === 'organization')) assert.ok((await stat(path.join(output, 'actors', actor.id, 'index.html'))).isFile())
  })
  it('should keep the feed well-formed XML when a headline holds a control character', async () => {
    const feed = await readFile(path.join(output, 'feed.xml'), 'utf8')
    assert.doesNotMatch(feed, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    assert.match(feed, /<title>Bridge closes for repairs<\/title>/)
  })
})

describe('a slug, once given', () => {
  it('should stay with its article when a later build adds one with the same headline', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-slugs-'))
    const input = path.join(folder, 'input')
    const output = path.join(folder, 'site')
    await mkdir(input)
    const story = (words: string) => `Mayor resigns\n\n“${words},” said Mayor Odile Brandt.\n`
    await writeFile(path.join(input, 'm-first.txt'), story('I am leaving today'))
    await build({ input, output, baseUrl: 'http://localhost/', log: () => {} })
    // The new file sorts before the published one, which used to take its slug.
    await writeFile(path.join(input, 'a-later.txt'), story('The office is yours now'))
    await build({ input, output, baseUrl: 'http://localhost/', log: () => {} })
    const after = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as ArticleRecord[]
    const slugOf = (name: string) => after.find((record) => record.file.endsWith(name))?.slug
    assert.equal(slugOf('m-first.txt'), 'mayor-resigns')
    assert.equal(slugOf('a-later.txt'), 'mayor-resigns-2')
    assert.match(await readFile(path.join(output, 'articles', 'mayor-resigns', 'index.html'), 'utf8'), /I am leaving today/)
    await rm(folder, { recursive: true, force: true })
  })
})
