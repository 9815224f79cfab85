/**
 * Named programmes, publications and firms an article credits, found by the
 * words around them rather than a list of names: a descriptor before the
 * name ("research firm Kestrel Analytics said", "the tech news site
 * Pageturn"), or a programme word after it ("on the Ana Ruiz show",
 * "told Harbor Radio Live").
 */
import type { Range } from '../sentences.ts'
import { letter, matchesOf } from '../scan.ts'
import type { Span, SourceKind } from '../../types.ts'

export interface Credit {
  name: Span
  kind: Exclude<SourceKind, 'document' | 'agency'>
}

const nameWord = String.raw`(?:\p{Lu}[\p{L}\p{N}&’'.-]*|\p{N}+)`
const name = String.raw`${nameWord}(?:\s+(?:of\s+|&\s+|and\s+)?${nameWord}){0,4}`
/**
 * The words credits hang on, found first (they are rare) so that the rest
 * of a long article costs one quick scan: a descriptor followed by a
 * capital, or a programme word.
 */
const anchor = /(?:(?<descriptor>firm|company|group|tank|agency|agencies|site|website|blog|magazine|newspaper|tabloid|journal|newsletter|network|channel|station|broadcaster|show|podcast)\s+(?=[\p{Lu}\p{N}])|(?<programme>[Ss]how|[Pp]odcast|Radio)(?![\p{L}]))/gu
// Not "pollster" or "analyst", which name people ("pollster Ana Ruiz"); not "show" or "program" alone, which are verbs too ("polls show Ruiz ahead").
const firmBefore = /(?:research|consulting|consultancy|polling|analytics|data|market[- ]research|investment|advisory|law|lobbying|security|accounting|public[- ]relations|PR|marketing)\s+(?:firm|company|group)$|think\s+tank$|watchdog\s+group$|ratings?\s+agency$/u
const publicationBefore = /(?:^|\s)(?:site|website|blog|magazine|newspaper|tabloid|journal|newsletter|network|channel|radio\s+station|broadcaster|talk\s+show|podcast)$/u
const nameAfter = new RegExp(`^${name}`, 'u')
/** "the Ana Ruiz show", "the Morning Ledger podcast": after "the", so that "Polls show" names no programme. */
const programmeName = new RegExp(String.raw`(?:^|\s)[Tt]he\s+(${name})\s+$`, 'u')
const radioName = new RegExp(String.raw`(${name})\s+$`, 'u')
const radioTail = /^(?:\s+\p{Lu}[\p{L}\p{N}]*){0,3}/u
// A programme word ends the clause or is followed by a preposition: "the Republicans show signs of …" names no show.
const programmeEnd = /^(?:\s*(?:[,.;:)”"]|$)|\s+(?:on|in|at|that|where|when|with|about|and|last|this|to|for)\b)/u

/** The credited names in the ranges of `text`, each a verbatim span. */
export function findCredits(text: string, ranges: readonly Range[]): Credit[] {
  const credits: Credit[] = []
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end)
    for (const match of matchesOf(anchor, slice, letter)) {
      const at = match.index ?? 0
      const credit = match.groups?.['descriptor'] ? afterDescriptor(slice, at, match[0].length) : beforeProgrammeWord(slice, at, match[0])
      if (credit) credits.push({ ...credit, name: { ...credit.name, start: range.start + credit.name.start, end: range.start + credit.name.end } })
    }
  }
  return credits
}

/** "research firm Kestrel Analytics": the name after a descriptor, a firm's when the words before make it one. */
function afterDescriptor(slice: string, at: number, length: number): Credit | undefined {
  const lead = slice.slice(Math.max(0, at - 40), at + length).trimEnd()
  const firm = firmBefore.test(lead)
  if (!firm && !publicationBefore.test(lead)) return undefined
  const printed = trimName(nameAfter.exec(slice.slice(at + length, at + length + 120))?.[0] ?? '')
  if (!printed) return undefined
  const start = at + length
  return { name: { text: printed, start, end: start + printed.length }, kind: firm ? 'organization' : 'outlet' }
}

/** "the Ana Ruiz show", "Harbor Radio Live": the name before a programme word, with it. */
function beforeProgrammeWord(slice: string, at: number, word: string): Credit | undefined {
  const lead = slice.slice(Math.max(0, at - 120), at)
  const radio = word === 'Radio'
  const before = (radio ? radioName : programmeName).exec(lead)?.[1]
  if (!before || (!radio && !programmeEnd.test(slice.slice(at + word.length, at + word.length + 12)))) return undefined
  // A person's or a place's name has lower-case letters; "the TV show" names no programme.
  if (!/\p{Ll}/u.test(before)) return undefined
  const tail = radio ? (radioTail.exec(slice.slice(at + word.length, at + word.length + 60))?.[0] ?? '') : ''
  const start = at - (lead.length - lead.lastIndexOf(before))
  const printed = trimName(slice.slice(start, at + word.length + tail.length))
  return printed ? { name: { text: printed, start, end: start + printed.length }, kind: 'outlet' } : undefined
}

/** The name without a possessive or a sentence's full stop at its end; none when it runs over a sentence's end ("Party. Polls"). */
function trimName(printed: string): string {
  const name = printed.replace(/(?:’s|'s)$/, '').replace(/[.,]$/, '').trim()
  return /[.!?]\s/.test(name) ? '' : name
}
