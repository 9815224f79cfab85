/**
 * Named programmes, publications and firms an article credits, found by the
 * words around them rather than a list of names: a descriptor before the
 * name ("research firm Kestrel Analytics said", "the tech news site
 * Pageturn"), or a programme word after it ("on the Ana Ruiz show",
 * "told Harbor Radio Live").
 */
import type { Range } from '../sentences.ts'
import type { Span, SourceKind } from '../../types.ts'

export interface Credit {
  name: Span
  kind: Exclude<SourceKind, 'document' | 'agency'>
}

const name = String.raw`(?:\p{Lu}[\p{L}\p{N}&’'.-]*|\p{N}+)(?:\s+(?:of\s+|&\s+|and\s+)?(?:\p{Lu}[\p{L}\p{N}&’'.-]*|\p{N}+)){0,4}`
// Not "pollster" or "analyst", which name people ("pollster Ana Ruiz").
const firmWords = String.raw`(?:research|consulting|consultancy|polling|analytics|data|market[- ]research|investment|advisory|law|lobbying|security|accounting|public[- ]relations|PR|marketing)\s+(?:firm|company|group)|think\s+tank|watchdog\s+group|rating(?:s)?\s+agency`
// Not "show" or "program" alone, which are verbs too ("polls show Ruiz ahead").
const publicationWords = String.raw`(?:(?:\p{Ll}+\s+){0,2})(?:news\s+)?(?:site|website|blog|magazine|newspaper|tabloid|journal|newsletter|network|channel|radio\s+station|broadcaster|talk\s+show|podcast)`
/** A descriptor, then the name: "research firm Kestrel Analytics", "the news site Pageturn". */
const before = new RegExp(String.raw`(?<![\p{L}])(?:(?<firm>${firmWords})|(?<publication>${publicationWords}))\s+(?<name>${name})`, 'gu')
/**
 * The name, then a programme word: "the Ana Ruiz show", "the Morning Ledger
 * podcast" (after "the", so that "Polls show" is no programme), "Harbor Radio Live".
 */
// A programme word ends the clause or is followed by a preposition: "the Republicans show signs of …" names no show.
const programmeEnd = String.raw`(?=\s*(?:[,.;:)”"]|$)|\s+(?:on|in|at|that|where|when|with|about|and|last|this|to|for)\b)`
const after = new RegExp(String.raw`(?<![\p{L}])(?:(?<=[Tt]he\s+)(?<programme>${name}\s+(?:[Ss]how|[Pp]odcast))${programmeEnd}|(?<radio>${name}\s+Radio(?:\s+\p{Lu}[\p{L}\p{N}]*){0,3}))(?![\p{L}])`, 'gu')

/** The credited names in the ranges of `text`, each a verbatim span. */
export function findCredits(text: string, ranges: readonly Range[]): Credit[] {
  const credits: Credit[] = []
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end)
    for (const match of slice.matchAll(before)) {
      const printed = trimName(match.groups?.['name'] ?? '')
      if (!printed) continue
      const start = range.start + (match.index ?? 0) + match[0].length - (match.groups?.['name'] ?? '').length
      credits.push({ name: { text: printed, start, end: start + printed.length }, kind: match.groups?.['firm'] ? 'organization' : 'outlet' })
    }
    for (const match of slice.matchAll(after)) {
      const printed = trimName(match.groups?.['programme'] ?? match.groups?.['radio'] ?? '')
      // A person's or a place's name has lower-case letters; "the TV show" names no programme.
      if (!/\p{Ll}/u.test(printed.replace(/\s+(?:show|podcast)$/i, ''))) continue
      const start = range.start + (match.index ?? 0)
      credits.push({ name: { text: printed, start, end: start + printed.length }, kind: 'outlet' })
    }
  }
  return credits
}

/** The name without a possessive or a sentence's full stop at its end; none when it runs over a sentence's end ("Party. Polls"). */
function trimName(printed: string): string {
  const name = printed.replace(/(?:’s|'s)$/, '').replace(/[.,]$/, '').trim()
  return /[.!?]\s/.test(name) ? '' : name
}
