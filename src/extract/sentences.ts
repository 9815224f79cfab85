/** Sentence boundaries in a block whose quoted words are masked. */
import { isAbbreviation } from './words.ts'

export interface Range {
  start: number
  end: number
}

const boundary = /[.!?…]+[”"’'»)\]]*\s+(?=[“"‘'«(\[_]?[\p{Lu}\p{N}_])/gu

/** Splits `text.slice(from, to)` into sentences; a full stop after an abbreviation or an initial ends none. */
export function splitSentences(text: string, from: number, to: number): Range[] {
  const ranges: Range[] = []
  const slice = text.slice(from, to)
  let start = 0
  for (const match of slice.matchAll(boundary)) {
    const index = match.index ?? 0
    const before = /[\p{L}.]+$/u.exec(slice.slice(Math.max(0, index - 12), index + 1))?.[0] ?? ''
    if (match[0].startsWith('.') && isAbbreviation(before)) continue
    const end = index + match[0].trimEnd().length
    ranges.push({ start: from + start, end: from + end })
    start = index + match[0].length
  }
  if (start < slice.length) ranges.push({ start: from + start, end: to })
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== '')
}
