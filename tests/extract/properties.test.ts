/**
 * Properties that hold on any text: extraction never throws, every span is the
 * file's own words, quotes do not overlap, and the record fits the schema.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { Ajv } from 'ajv'
import { extractArticle } from '../../src/extract/extract.ts'
import type { ArticleRecord } from '../../src/types.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
/** The published schema file, the one users validate against. */
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(root, 'schema', 'record.schema.json'), 'utf8')) as object)
const seeds = path.join(root, 'seeds')
const seedTexts = readdirSync(seeds).map((name) => readFileSync(path.join(seeds, name), 'utf8'))

function checkRecord(text: string, format: 'text' | 'markdown'): void {
  const result = extractArticle({ file: `article.${format === 'text' ? 'txt' : 'md'}`, text, format })
  if (!result.ok) {
    assert.ok(result.reason.length > 0)
    return
  }
  const record: ArticleRecord = result.record
  assert.ok(validate(record), JSON.stringify(validate.errors))
  const spans = [
    ...record.quotes,
    ...record.quotes.map((quote) => quote.context),
    ...record.quotes.flatMap((quote) => [quote.cue, quote.mention].filter((span) => span !== null && span !== undefined)),
    ...record.body,
    ...record.captions,
    ...record.captions.flatMap((caption) => (caption.credit ? [caption.credit] : [])),
    ...record.dates,
    ...record.sources.flatMap((source) => source.mentions)
  ]
  for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text)
  if (record.dateline?.start !== undefined) assert.equal(text.slice(record.dateline.start, record.dateline.end), record.dateline.text)
  const quotes = [...record.quotes].sort((a, b) => a.start - b.start)
  for (const [index, quote] of quotes.entries()) assert.ok(index === 0 || (quotes[index - 1]?.end ?? 0) <= quote.start, 'quotes do not overlap')
  const actorIds = new Set(record.actors.map((actor) => actor.id))
  for (const quote of record.quotes) if (quote.speaker) assert.ok(actorIds.has(quote.speaker.actorId), 'a speaker is an actor of the record')
}

/** Text built from the pieces news articles are made of, so that the rules are actually exercised. */
const newsText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('“', '”', '"', '‘', '’', "'", "''", '—', '–', ' - ', '\n', '\n\n', '\r\n', '\r', ', ', '. ', ': ', '(', ')', '…', '\u00a0', '\ufeff'),
      fc.constantFrom('he said', 'she added', 'said Ann Lee', 'a senior official', 'the official', 'told the BBC', 'according to', 'Mr. Smith', 'al- Hakim', 'LONDON (Reuters) -', 'TEL AVIV, Israel –', 'on March 3, 2020', 'EXCLUSIVE –', '| The Daily News', 'the document', 'so-called')
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(''))

describe('extraction on arbitrary text', () => {
  it('should never throw, and keep every span verbatim and every record valid', () => {
    fc.assert(fc.property(newsText, fc.constantFrom('text' as const, 'markdown' as const), (text, format) => checkRecord(text, format)), { numRuns: 400 })
  })
  it('should hold on any Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkRecord(text, 'text')), { numRuns: 300 })
  })
})

describe('extraction on mutated seeds', () => {
  const mutated = fc
    .tuple(fc.constantFrom(...seedTexts), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.constantFrom('drop-marks', 'duplicate', 'swap'))
    .map(([text, picks, mutation]) => {
      const lines = text.split('\n')
      if (mutation === 'drop-marks') {
        let count = 0
        return text.replace(/[“”"]/g, (mark) => (picks.includes(count++ % 7) ? '' : mark))
      }
      for (const pick of picks) {
        const index = pick % lines.length
        if (mutation === 'duplicate') lines.splice(index, 0, lines[index] ?? '')
        else [lines[index], lines[(index + 1) % lines.length]] = [lines[(index + 1) % lines.length] ?? '', lines[index] ?? '']
      }
      return lines.join('\n')
    })
  it('should keep its properties when marks are dropped, paragraphs repeated or lines swapped', () => {
    fc.assert(fc.property(mutated, (text) => checkRecord(text, 'text')), { numRuns: 150 })
  })
})

describe('speakers never come from inside quotes', () => {
  const name = fc.tuple(fc.constantFrom('Vera', 'Omar', 'Lena', 'Kofi', 'Ines'), fc.constantFrom('Quist', 'Marlowe', 'Adeyemi', 'Sorensen', 'Takeda')).map(([first, last]) => `${first} ${last}`)
  const article = fc
    .tuple(name, fc.constantFrom('the official said', 'said a spokesman', 'she told reporters', 'according to the memo', ''), fc.constantFrom('said', 'told', 'Mr.', 'according to'), fc.boolean())
    .map(([inside, cue, verb, curly]) => {
      const [open, close] = curly ? ['“', '”'] : ['"', '"']
      return { inside, text: `A headline\n\n${open}${inside} ${verb} it was over, and ${inside} knew it,${close} ${cue}.\n\n${open}Ask ${inside},${close} he said.` }
    })
  it('should never make a name that stands only inside quotation marks a speaker', () => {
    fc.assert(
      fc.property(article, ({ inside, text }) => {
        const result = extractArticle({ file: 'a.txt', text, format: 'text' })
        assert.ok(result.ok)
        for (const quote of result.record.quotes) assert.notEqual(quote.speaker?.name, inside)
        for (const actor of result.record.actors) assert.ok(![actor.name, ...actor.aliases].some((alias) => alias.includes(inside.split(' ')[1] ?? '')), actor.name)
      }),
      { numRuns: 200 }
    )
  })
})
