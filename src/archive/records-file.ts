/**
 * Records on disk, between the two halves of a build that may run on
 * different machines: `onrecord extract --out DIR` writes a share of the
 * articles as one JSON Lines file, and `onrecord build --records DIR` builds
 * the site from every such file in DIR without extracting again.
 *
 * Each line is one JSON object: `{ "record": <article record>, "text": <the
 * file's text> }`, the text being the decoded file whose offsets every span
 * of the record points into (it becomes the page's `original.txt`), or
 * `{ "problem": { "file", "reason", "severity" } }` for a file that did not
 * extract.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename } from 'node:fs/promises'
import path from 'node:path'
import { Value } from '@sinclair/typebox/value'
import { ArticleRecord, type Problem } from '../types.ts'
import { decodeArticleFile } from '../read/files.ts'
import { writePieces } from './write.ts'

export interface RecordEntry {
  record: ArticleRecord
  text: string
}

export const recordsExtension = '.jsonl'

/**
 * Writes one records file in `folder`, named by a hash of the files it holds,
 * so that the shares of one archive, extracted anywhere, never overwrite one
 * another and extracting the same share again replaces its own file. It is
 * written under a temporary name and renamed, so a reader never sees half a file.
 */
export async function writeRecordsFile(folder: string, entries: readonly RecordEntry[], problems: readonly Problem[]): Promise<string> {
  await mkdir(folder, { recursive: true })
  const files = [...entries.map((entry) => entry.record.file), ...problems.map((problem) => problem.file)].sort()
  const name = `records-${createHash('sha256').update(files.join('\0')).digest('hex').slice(0, 16)}${recordsExtension}`
  const target = path.join(folder, name)
  const temporary = `${target}.${process.pid}.partial`
  await writePieces(temporary, async (write) => {
    for (const entry of entries) await write(`${JSON.stringify({ record: entry.record, text: entry.text })}\n`)
    for (const problem of problems) await write(`${JSON.stringify({ problem })}\n`)
  })
  await rename(temporary, target)
  return target
}

/** Writes the records with the text each was made from, read again from its file, as one records file in `folder`. */
export async function writeRecords(folder: string, records: readonly ArticleRecord[], problems: readonly Problem[]): Promise<string> {
  const entries: RecordEntry[] = []
  const unread: Problem[] = []
  for (const record of records) {
    const read = decodeArticleFile(record.file, await readFile(record.file))
    if (read.ok) entries.push({ record, text: read.article.text })
    else unread.push({ file: record.file, reason: read.reason, severity: 'error' })
  }
  return writeRecordsFile(folder, entries, [...problems, ...unread])
}

/**
 * Every record in the records files of `folder`. A line that is not JSON, or
 * whose record does not match the record schema, is one problem
 * (`FILE:LINE: reason`); the other lines still count.
 */
export async function readRecordsFolder(folder: string): Promise<{ entries: RecordEntry[]; problems: Problem[] }> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(recordsExtension)).sort()
  const entries: RecordEntry[] = []
  const problems: Problem[] = []
  for (const name of names) {
    const file = path.join(folder, name)
    const lines = (await readFile(file, 'utf8')).split('\n')
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue
      const read = readLine(line)
      if ('entry' in read) entries.push(read.entry)
      else if ('problem' in read) problems.push(read.problem)
      else problems.push({ file: `${file}:${index + 1}`, reason: read.reason, severity: 'error' })
    }
  }
  if (names.length === 0) problems.push({ file: folder, reason: `no records files (*${recordsExtension}) here; write them with onrecord extract --out`, severity: 'error' })
  return { entries, problems }
}

function readLine(line: string): { entry: RecordEntry } | { problem: Problem } | { reason: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return { reason: 'not a line of JSON' }
  }
  if (!parsed || typeof parsed !== 'object') return { reason: 'not a JSON object' }
  const { record, text, problem } = parsed as { record?: unknown; text?: unknown; problem?: unknown }
  if (problem !== undefined) return isProblem(problem) ? { problem } : { reason: 'a problem without file, reason and severity' }
  if (typeof text !== 'string') return { reason: 'a record without its text' }
  if (!Value.Check(ArticleRecord, record)) {
    const [first] = [...Value.Errors(ArticleRecord, record)]
    return { reason: `not an article record (${first ? `${first.path || 'the record'}: ${first.message}` : 'invalid'})` }
  }
  // Every span is the slice of the text at its offsets; a record that says otherwise was not made from this text.
  const astray = record.quotes.find((quote) => text.slice(quote.start, quote.end) !== quote.text)
  if (astray) return { reason: `${record.file}: quote ${astray.id} is not the text at its offsets` }
  return { entry: { record, text } }
}

function isProblem(value: unknown): value is Problem {
  const problem = value as Partial<Problem> | null
  return typeof problem?.file === 'string' && typeof problem.reason === 'string' && (problem.severity === 'error' || problem.severity === 'warning')
}
