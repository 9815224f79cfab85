/** Sentence boundaries in a block whose quoted words are masked. */
import { isAbbreviation } from './words.ts'
import { isGoingOn, singleWordVerbForms } from './lexicon/reporting-verbs.ts'

export interface Range {
  start: number
  end: number
}

/** A sentence's end: its mark, any closing marks, and a space before a capital; or a closing quote mark right before a capital, where a scrape lost the space (`… Hispanics!”Former …`). */
const boundary = /[.!?…]+[”"’'»)\]]*\s+(?=[“"‘'«(\[_]?[\p{Lu}\p{N}_])|[.!?…]+”(?=\p{Lu})/gu

/**
 * `“Why now?” Ana Ruiz asked.`: a question or exclamation that closes a quote
 * ends no sentence when its cue follows: a reporting verb (or any past form)
 * after at most four capitalised words, or an inverted verb first.
 * `“We are ready.” Ruiz said.`: nor does a full stop, where a name and a
 * listed reporting verb follow and end their own short sentence (not "Ruiz
 * said the plan …", which reports something else, nor "Ruiz replied, “…”",
 * which introduces the next quote).
 */
export function cueFollows(mark: string, after: string): boolean {
  if (/^\.[”"]/.test(mark)) return shortCueFollows(after)
  if (!/[!?][.!?]*[”"]/.test(mark)) return false
  // `“Go!” She replied, “No.”`: a capitalised pronoun opens a sentence; a cue after the quote would write "she".
  if (/^(?:He|She|They|We|It)\s/.test(after)) return false
  const words = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,4})(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after)
  const verb = words?.[1] ?? ''
  return singleWordVerbForms.has(verb) || isGoingOn(verb, words?.[2]) || /^\p{Ll}{3,}ed$/u.test(verb)
}

function shortCueFollows(after: string): boolean {
  const clause = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(\p{Ll}+)(?:\s+(?:on|in|at|last|this)?\s*\p{L}+){0,2}\s*\./u.exec(after)
  return clause !== null && singleWordVerbForms.has(clause[1] ?? '')
}

/**
 * No sentence in news copy runs this long; a stretch that does is run-on text
 * (a list, a transcript without capitals, a scrape that lost its breaks) and
 * is cut into pieces no longer than this, so that a sentence's cost and
 * everything copied from it stay bounded.
 */
export const maxSentenceLength = 1000

/** Splits `text.slice(from, to)` into sentences; a full stop after an abbreviation or an initial ends none. */
export function splitSentences(text: string, from: number, to: number): Range[] {
  const ranges: Range[] = []
  const slice = text.slice(from, to)
  let start = 0
  for (const match of slice.matchAll(boundary)) {
    const index = match.index ?? 0
    const before = /[\p{L}.]+$/u.exec(slice.slice(Math.max(0, index - 12), index + 1))?.[0] ?? ''
    if (match[0].startsWith('.') && isAbbreviation(before)) continue
    if (cueFollows(match[0], slice.slice(index + match[0].length, index + match[0].length + 80))) continue
    const end = index + match[0].trimEnd().length
    ranges.push({ start: from + start, end: from + end })
    start = index + match[0].length
  }
  if (start < slice.length) ranges.push({ start: from + start, end: to })
  const bounded = ranges.some((range) => range.end - range.start > maxSentenceLength) ? ranges.flatMap((range) => cutRunOn(text, range)) : ranges
  return bounded.filter((range) => text.slice(range.start, range.end).trim() !== '')
}

/**
 * A range longer than `maxSentenceLength` in pieces: each cut at the last
 * sentence or clause mark (`.!?…;:`) followed by a space within the limit,
 * else at the last space, else at the limit.
 */
export function cutRunOn(text: string, range: Range): Range[] {
  if (range.end - range.start <= maxSentenceLength) return [range]
  const pieces: Range[] = []
  let start = range.start
  while (range.end - start > maxSentenceLength) {
    const window = text.slice(start, start + maxSentenceLength)
    const cut = lastCut(window)
    pieces.push({ start, end: start + cut })
    start += cut
    while (start < range.end && /\s/.test(text[start] ?? '')) start += 1
  }
  if (start < range.end) pieces.push({ start, end: range.end })
  return pieces
}

/** Where to cut a window of run-on text: after its last clause mark before a space, else at its last space, else at its end. */
function lastCut(window: string): number {
  // Only the second half is searched, so that no piece is short.
  let space = -1
  for (let index = window.length - 1; index > window.length / 2; index -= 1) {
    if (!/\s/.test(window[index] ?? '')) continue
    if (/[.!?…;:]/.test(window[index - 1] ?? '')) return index
    if (space < 0) space = index
  }
  return space > 0 ? space : window.length
}
