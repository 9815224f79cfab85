/** The headline line: kicker before it, site name after it. */
import { kickerWords } from '../lexicon/chrome.ts'
import type { Span } from '../../types.ts'
import { trimmedSpan } from '../span.ts'
import { recognizeOutlet } from './outlets.ts'
import { pieceCount } from '../words.ts'

export interface HeadlineParts {
  headline: Span
  kicker?: Span
  /** The site name printed after the headline ("… | Site Name"), as printed. */
  site?: Span
}

const kickerPattern = new RegExp(
  `^(?<kicker>${kickerWords.map((word) => word.replace(/ /g, '\\s+')).join('|')}|[A-Z][A-Z'’]{3,}(?:\\s+[A-Z][A-Z'’]+){0,2})\\s*(?:[-–—:|]\\s*)`,
  'i'
)
const siteSeparator = /\s+[|]\s+|\s+[-–—]\s+(?=[^-–—]*$)/

/**
 * A headline is one short line that does not read as a sentence of body
 * text: it ends without a full stop, or it is short, or its words are
 * capitalised as headlines are ("Mayor Says Budget Is Safe, For Now.").
 */
export function looksLikeHeadline(text: string): boolean {
  const words = pieceCount(text)
  if (text.includes('\n') || words > 30 || text.length > 250) return false
  return !/[.;,]$/.test(text) || words <= 15 || isTitleCase(text)
}

/** Most words of four letters or more begin with a capital, as in a headline and never in a sentence of prose. */
export function isTitleCase(text: string): boolean {
  const long = text.match(/[\p{L}’']{4,}/gu) ?? []
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length
  return long.length >= 4 && capitalised / long.length >= 0.7
}

export function splitHeadline(text: string, start: number): HeadlineParts {
  let from = 0
  let to = text.length
  const parts: Omit<HeadlineParts, 'headline'> = {}
  const kicker = kickerPattern.exec(text)
  // A kicker in capitals must be followed by more headline, in other case.
  if (kicker?.groups?.['kicker'] && isKicker(kicker.groups['kicker'], text.slice(kicker[0].length))) {
    parts.kicker = trimmedSpan(text, 0, kicker.groups['kicker'].length, start)
    from = kicker[0].length
  }
  const bar = /\s+\|\s+/.exec(text.slice(from))
  if (bar) {
    const siteStart = from + bar.index + bar[0].length
    parts.site = trimmedSpan(text, siteStart, text.length, start)
    to = from + bar.index
  } else {
    const dash = siteSeparator.exec(text.slice(from))
    const tail = dash ? text.slice(from + dash.index + dash[0].length) : ''
    if (dash && isSiteName(tail)) {
      parts.site = trimmedSpan(text, from + dash.index + dash[0].length, text.length, start)
      to = from + dash.index
    }
  }
  return { headline: trimmedSpan(text, from, to, start), ...parts }
}

function isKicker(kicker: string, rest: string): boolean {
  if (rest.trim().length < 8) return false
  const listed = kickerWords.includes(kicker.toLowerCase().replace(/\s+/g, ' '))
  return listed || (kicker === kicker.toUpperCase() && rest !== rest.toUpperCase())
}

/** "… - BBC News": a tail after a dash is a site name only when it names an outlet. */
function isSiteName(tail: string): boolean {
  return pieceCount(tail.trim()) <= 6 && recognizeOutlet(tail.trim()) !== undefined
}

