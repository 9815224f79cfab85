/** Spans: verbatim stretches of the file text. */
import type { Span } from '../types.ts'

/** The span of `text.slice(from, to)` with surrounding white space left out; offsets shift by `offset`. */
export function trimmedSpan(text: string, from: number, to: number, offset = 0): Span {
  const slice = text.slice(from, to)
  const lead = slice.length - slice.trimStart().length
  const value = slice.trim()
  return { text: value, start: offset + from + lead, end: offset + from + lead + value.length }
}

/**
 * The spans that lie within each range, in one pass over both sorted by
 * start (not a filter of every span for every range, which is quadratic in
 * an article of many quoted paragraphs). Spans within no range are left out.
 */
export function spansWithin<R extends { start: number; end: number }, S extends { start: number; end: number }>(ranges: readonly R[], spans: readonly S[]): S[][] {
  const byStart = <T extends { start: number }>(items: readonly T[]) => items.map((item, index) => ({ item, index })).sort((a, b) => a.item.start - b.item.start || a.index - b.index)
  const groups: S[][] = ranges.map(() => [])
  const sortedSpans = byStart(spans)
  let next = 0
  for (const { item: range, index } of byStart(ranges)) {
    while (next < sortedSpans.length && (sortedSpans[next]?.item.start ?? 0) < range.start) next += 1
    for (let at = next; at < sortedSpans.length && (sortedSpans[at]?.item.start ?? 0) < range.end; at += 1) {
      const span = sortedSpans[at]?.item
      if (span && span.end <= range.end) groups[index]?.push(span)
    }
  }
  return groups
}
