/**
 * The same statement across reports. Wire copy and follow-up stories repeat
 * a quote, often trimmed, split in two by its attribution, with a bracketed
 * insertion, other quote marks or a word changed. Quotes that are one
 * speaker's same words are grouped as one statement; different speakers'
 * words never are, and neither are scare quotes or quotes of fewer than
 * `minimumWords` words, which too many people say alike.
 *
 * Two reports are the same statement when most of the shorter one's word
 * pairs are in the longer one (`sameStatement`). No pair of quotes is compared
 * unless they share a rare word pair: each quote looks up only its rarest
 * pairs, enough of them that a match cannot be missed (see `probesFor`), so
 * the work grows with the archive, not with its square.
 */
import type { ArchiveQuote, Speaker, Statement, StatementReport } from '../types.ts'
import { chainText, quoteChains } from './chains.ts'

/** Quotes shorter than this are never grouped: "We will win" is said by many. */
export const minimumWords = 5

/** The share of the shorter report's word pairs the longer one must have. */
export const sameShare = 0.8

type Unassigned = Omit<ArchiveQuote, 'statementId'>

/** One report: a quote and its later parts, as a reader reads it. */
interface Report {
  parts: Unassigned[]
  speaker: Speaker
  words: string[]
}

export interface Grouping {
  /** The statements reported more than once, by id, each with its reports oldest first. */
  statements: Statement[]
  /** The statement of each quote (every part of a split quote), by the quote's `archiveId`. */
  statementIdOf: Map<string, string>
}

/**
 * The words that decide whether two reports are the same statement: lower
 * case, one kind of apostrophe, a bracketed insertion ("[the plan]") and all
 * punctuation left out.
 */
export function statementWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
}

/**
 * A report's word pairs, each a number made of its two words' numbers in
 * `vocabulary`, which numbers each new word as it comes: a pair as a number
 * rather than a string of its words is what makes grouping 100,000 quotes
 * cheap. One speaker's reports share a vocabulary, far smaller than the
 * `pairBase` words that keep two pairs' numbers apart.
 */
function pairsOf(words: readonly string[], vocabulary: Map<string, number>): Set<number> {
  const numbers = words.map((word) => {
    let number = vocabulary.get(word)
    if (number === undefined) {
      number = vocabulary.size
      if (number >= pairBase) throw new Error(`more than ${pairBase} different words to compare`)
      vocabulary.set(word, number)
    }
    return number
  })
  const pairs = new Set<number>()
  for (let index = 0; index + 1 < numbers.length; index += 1) pairs.add((numbers[index] as number) * pairBase + (numbers[index + 1] as number))
  return pairs
}

/** More words than one speaker's reports can hold; its square is below 2^53, so every pair's number is exact. */
const pairBase = 2 ** 26

/** Whether two reports' words are one statement: `sameShare` of the shorter one's word pairs are the longer one's. */
export function sameStatement(a: readonly string[], b: readonly string[]): boolean {
  const vocabulary = new Map<string, number>()
  return a.length >= minimumWords && b.length >= minimumWords && samePairs(pairsOf(a, vocabulary), pairsOf(b, vocabulary))
}

/** The rule `sameStatement` states, on word pairs already made: what grouping compares. */
function samePairs(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const pair of shorter) if (longer.has(pair)) shared += 1
  return shorter.size > 0 && shared / shorter.size >= sameShare
}

/**
 * How many of its rarest pairs a report looks up: one more than it may miss.
 * A report that is the same statement as another shares all but a
 * (1 - `sameShare`) part of its pairs with it, so among any that many pairs
 * at least one is shared.
 */
function probesFor(pairCount: number): number {
  return Math.floor(pairCount * (1 - sameShare)) + 1
}

/** Groups the quotes of an archive into statements. */
export function groupStatements(quotes: readonly Unassigned[]): Grouping {
  const chains = quoteChains(quotes, (quote) => quote.article)
  const reports: Report[] = []
  const statementIdOf = new Map<string, string>()
  for (const parts of chains) {
    const first = parts[0]
    if (!first) continue
    // A quote stands for itself until it is found to report a statement made elsewhere.
    for (const part of parts) statementIdOf.set(part.archiveId, first.archiveId)
    const speaker = parts.find((part) => part.speaker)?.speaker
    const words = statementWords(chainText(parts))
    if (!speaker || first.kind === 'scare' || words.length < minimumWords) continue
    reports.push({ parts, speaker, words })
  }
  const statements: Statement[] = []
  for (const group of matchingGroups(reports)) {
    if (group.length < 2) continue
    const ordered = [...group].sort(byFirstReported)
    const earliest = ordered[0]?.parts[0]
    const longest = [...group].sort((a, b) => b.words.length - a.words.length)[0]
    if (!earliest || !longest) continue
    for (const report of group) for (const part of report.parts) statementIdOf.set(part.archiveId, earliest.archiveId)
    statements.push({ id: earliest.archiveId, speaker: longest.speaker, text: chainText(longest.parts), reports: ordered.map(reportOf) })
  }
  return { statements: statements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), statementIdOf }
}

/** The reports cut into groups of one speaker's same statement, found through each speaker's rare word pairs. */
function matchingGroups(reports: readonly Report[]): Report[][] {
  const bySpeaker = new Map<string, Report[]>()
  for (const report of reports) {
    const list = bySpeaker.get(report.speaker.actorId) ?? []
    list.push(report)
    bySpeaker.set(report.speaker.actorId, list)
  }
  const groups: Report[][] = []
  for (const own of bySpeaker.values()) groups.push(...groupsOfOneSpeaker(own))
  return groups
}

function groupsOfOneSpeaker(reports: readonly Report[]): Report[][] {
  // Union-find: each report points at another of its group, the group's root at itself.
  const parent = Int32Array.from(reports.keys())
  const root = (index: number): number => {
    let at = index
    while (parent[at] !== at) {
      parent[at] = parent[parent[at] as number] as number
      at = parent[at] as number
    }
    return at
  }
  // The same words word for word (wire copy reprinted) are one statement at once; only one of them is compared further,
  // so a statement reprinted a thousand times costs a thousand lookups, not a million comparisons.
  const distinct: number[] = []
  const firstWithWords = new Map<string, number>()
  for (const [index, report] of reports.entries()) {
    const words = report.words.join(' ')
    const first = firstWithWords.get(words)
    if (first === undefined) {
      firstWithWords.set(words, index)
      distinct.push(index)
    } else parent[index] = first
  }
  const vocabulary = new Map<string, number>()
  const pairs = new Map(distinct.map((index) => [index, pairsOf(reports[index]?.words ?? [], vocabulary)]))
  const holders = new Map<number, number[]>()
  for (const index of distinct) {
    for (const pair of pairs.get(index) ?? []) {
      const list = holders.get(pair) ?? []
      list.push(index)
      holders.set(pair, list)
    }
  }
  for (const index of distinct) {
    const own = pairs.get(index)
    if (!own) continue
    const rarest = [...own].sort((a, b) => (holders.get(a)?.length ?? 0) - (holders.get(b)?.length ?? 0))
    const candidates = new Set(rarest.slice(0, probesFor(rarest.length)).flatMap((pair) => holders.get(pair) ?? []))
    for (const other of candidates) {
      const others = pairs.get(other)
      if (other === index || !others || root(other) === root(index)) continue
      if (samePairs(own, others)) parent[root(other)] = root(index)
    }
  }
  const groups = new Map<number, Report[]>()
  for (const [index, report] of reports.entries()) {
    const group = groups.get(root(index)) ?? []
    group.push(report)
    groups.set(root(index), group)
  }
  return [...groups.values()]
}

/** Oldest first; undated reports after the dated, then by archive id. */
function byFirstReported(a: Report, b: Report): number {
  const first = (report: Report) => report.parts[0]
  const dateA = first(a)?.published?.date ?? '~'
  const dateB = first(b)?.published?.date ?? '~'
  if (dateA !== dateB) return dateA < dateB ? -1 : 1
  const idA = first(a)?.archiveId ?? ''
  const idB = first(b)?.archiveId ?? ''
  return idA < idB ? -1 : idA > idB ? 1 : 0
}

function reportOf(report: Report): StatementReport {
  const first = report.parts[0]
  if (!first) throw new Error('a report has at least one part')
  return { archiveId: first.archiveId, url: first.url, article: first.article, headline: first.headline, published: first.published }
}
