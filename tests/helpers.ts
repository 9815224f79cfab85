/** Shared by the tests: extracting from a string, and checking a record against an expectation written by reading. */
import assert from 'node:assert/strict'
import { cp, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { extractArticle } from '../src/extract/extract.ts'
import type { ArticleRecord } from '../src/types.ts'

export function extractText(text: string, file = 'article.txt'): ArticleRecord {
  const result = extractArticle({ file, text, format: file.endsWith('.md') ? 'markdown' : 'text' })
  assert.ok(result.ok, result.ok ? '' : result.reason)
  return result.record
}

/** What a reader wrote down about an article; see tests/fixtures/README.md. */
export interface Expectation {
  headline: string
  kicker: string | null
  publisher: string | null
  url?: string
  dateline: { text: string; places: string[]; country?: string; agency?: string; outlet?: string } | null
  published: { date: string; basis: string } | null
  captions: Array<{ opens: string; credit: string | null }>
  bodyOpens: string
  notInBody: string[]
  subheadings: string[]
  sources: string[]
  /** `continues`: the quote goes on from the one before (a paragraph break or an attribution between them). */
  quotes: Array<{ opens: string; kind: string; speaker: string | null; continues?: boolean }>
}

export function assertMatches(record: ArticleRecord, expected: Expectation, text: string): void {
  assert.equal(record.headline, expected.headline, 'headline')
  assert.equal(record.kicker ?? null, expected.kicker, 'kicker')
  assert.equal(record.publisher ?? null, expected.publisher, 'publisher')
  if (expected.url) assert.equal(record.url, expected.url, 'url')
  if (expected.dateline === null) assert.equal(record.dateline, null, 'no dateline')
  else {
    assert.ok(record.dateline, 'a dateline')
    const { text: printed, places, country, agency, outlet } = record.dateline
    assert.deepEqual(dropUndefined({ text: printed, places, country, agency, outlet }), expected.dateline, 'dateline')
  }
  assert.deepEqual(record.published, expected.published, 'published')
  assert.deepEqual(
    record.captions.map((caption) => ({ opens: caption.text.slice(0, expected.captions[0]?.opens.length ?? 0), credit: caption.credit?.text ?? null })),
    expected.captions.map((caption) => ({ opens: caption.opens, credit: caption.credit })),
    'captions'
  )
  assert.ok(record.body[0]?.text.startsWith(expected.bodyOpens), `body opens with "${expected.bodyOpens}", not "${record.body[0]?.text.slice(0, 40)}"`)
  for (const furniture of expected.notInBody) {
    assert.ok(!record.body.some((block) => block.text.includes(furniture)), `"${furniture}" is left out of the body`)
  }
  assert.deepEqual(record.body.filter((block) => block.kind === 'subheading').map((block) => block.text), expected.subheadings, 'subheadings')
  assert.deepEqual(new Set(record.sources.map((source) => source.name)), new Set(expected.sources), 'sources')
  assert.deepEqual(
    record.quotes.map((quote) => describeQuote(quote, expected.quotes.find((wanted) => quote.text.startsWith(wanted.opens))?.opens)),
    expected.quotes.map((quote) => ({ opens: quote.opens, kind: quote.kind, speaker: quote.speaker, ...(quote.continues ? { continues: true } : {}) })),
    'quotes: opening words, kind and speaker'
  )
  for (const quote of record.quotes) assert.equal(text.slice(quote.start, quote.end), quote.text, `quote ${quote.id} is the file's words`)
}

function describeQuote(quote: ArticleRecord['quotes'][number], opens: string | undefined): Record<string, unknown> {
  const described: Record<string, unknown> = { opens: opens ?? quote.text.slice(0, 30), kind: quote.kind, speaker: quote.speaker?.name ?? null }
  if (quote.continues !== undefined) described['continues'] = true
  return described
}

function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>
}

const root = path.resolve(import.meta.dirname, '..')

/**
 * The seeds and the test articles in one input folder: the seeds carry no
 * date of their own, the test articles span years, so together they make an
 * archive that search can put in date order and cut into year shards.
 */
export async function writeMixedInput(folder: string): Promise<void> {
  await cp(path.join(root, 'seeds'), folder, { recursive: true })
  for (const name of await readdir(path.join(root, 'tests', 'fixtures', 'articles'))) {
    const source = path.join(root, 'tests', 'fixtures', 'articles', name)
    const input = (await readdir(source)).find((file) => file.startsWith('input.'))
    if (input) await cp(path.join(source, input), path.join(folder, `${name}${path.extname(input)}`))
  }
}

/** One very long article (8,000 quoted paragraphs) in `folder`: a build with it takes long enough, and enough memory, to be stopped in every phase. */
export async function writeLongArticle(folder: string): Promise<void> {
  const paragraphs = Array.from({ length: 8_000 }, (_, index) => `“Line ${index},” the clerk said.`).join('\n\n')
  await writeFile(path.join(folder, 'long.txt'), `A very long article\n\n${paragraphs}\n`)
}
