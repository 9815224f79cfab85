/** Spans: verbatim stretches of the file text. */
import type { Span } from '../types.ts'

/** The span of `text.slice(from, to)` with surrounding white space left out; offsets shift by `offset`. */
export function trimmedSpan(text: string, from: number, to: number, offset = 0): Span {
  const slice = text.slice(from, to)
  const lead = slice.length - slice.trimStart().length
  const value = slice.trim()
  return { text: value, start: offset + from + lead, end: offset + from + lead + value.length }
}
