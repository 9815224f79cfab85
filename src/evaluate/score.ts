/**
 * Scores one extracted record against human attribution labels, the way a
 * reader of the archive would judge it:
 *
 * - a labelled **direct quote** is a quote-mark-delimited part, of four words
 *   or more, of a labelled content; it is **found** when one extracted quote
 *   covers at least half of it;
 * - its **speaker** is right when the extracted speaker's name, or one of its
 *   other names, shares a name word with the labelled source. A source that
 *   is "he" or "she" is scored against whom the labels say it means (a
 *   `Coreference` relation), else against the nearest earlier labelled
 *   source that is a name or a description, which is who a reader would
 *   usually take the pronoun to mean. Other pronouns ("they", "who", "I")
 *   and contents with no source are not scored for speaker;
 * - an extracted **statement** is **precise** when at least half of it lies
 *   inside some labelled content (direct, indirect or mixed speech).
 */
import type { ArticleRecord, Quote, Via } from '../types.ts'
import type { LabelledAttribution, LabelSpan } from './brat.ts'

/** How the labelled source names the speaker. */
export type SourceClass = 'named' | 'pronoun' | 'other' | 'none'

export interface QuoteOutcome {
  /** The labelled direct quote, as a range of the text. */
  start: number
  end: number
  sourceClass: SourceClass
  /** The labelled source as written, and for a pronoun the name or description it is scored against. */
  labelled: string | null
  reference: string | null
  /** For a pronoun, whether the labels say whom it means, rather than the nearest earlier name standing in. */
  referenceLabelled?: boolean
  found: boolean
  /** The extracted speaker's name; null when the extracted quote has none. */
  given: string | null
  /** The cue the extracted quote was given, if any. */
  cue: string | null
  /** How the extracted speaker was found (`cue`, `pronoun`, `continuation`, …), if there is one. */
  via: Via | null
  /** Whether the speaker is right; undefined when not scored (not found, or a source not scored). */
  correct?: boolean
  /** The sentence the quote stands in, from the extracted quote or the text around the label. */
  sentence: string
}

export interface ArticleScore {
  quotes: QuoteOutcome[]
  statements: number
  preciseStatements: number
  /** Extracted statements outside every labelled content, with their speakers. */
  imprecise: Array<{ text: string; given: string | null }>
}

const pronouns = new Set(['he', 'she'])
const otherPronouns = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'they', 'them', 'their', 'it', 'its', 'him', 'his', 'her', 'hers',
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'one', 'someone', 'somebody', 'some', 'others',
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'both', 'all', 'many', 'each'
])
/** Words that say nothing about who someone is: articles, prepositions, honorifics, possessive endings. */
const notNameWords = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'mr', 'mrs', 'ms', 'miss', 'dr', 's', 'jr', 'sr'])

const minimumWords = 4

export function wordsIn(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !notNameWords.has(word))
}

export function classifySource(source: LabelSpan | undefined): SourceClass {
  if (!source) return 'none'
  const words = source.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 1 && pronouns.has(words[0] ?? '')) return 'pronoun'
  if (words.length === 0 || words.every((word) => otherPronouns.has(word) || pronouns.has(word))) return 'other'
  return 'named'
}

/** Whether two ways of naming someone share a name word. */
export function sharesNameWord(given: readonly string[], labelled: string): boolean {
  const wanted = new Set(wordsIn(labelled))
  return given.some((name) => wordsIn(name).some((word) => wanted.has(word)))
}

/**
 * The quote-mark-delimited stretches of `text`, paragraph by paragraph:
 * curly double marks, straight double marks, two apostrophes used as a
 * double mark, and guillemets. A quote left open runs to the end of its
 * paragraph, as a quote that goes on into the next paragraph does. Written
 * here on its own, apart from the extractor, so that the measure does not
 * share the extractor's mistakes.
 */
export function quotedStretches(text: string): Array<{ start: number; end: number }> {
  const stretches: Array<{ start: number; end: number }> = []
  const marks = /''|[“”"«»\n]/g
  let open: { at: number; kind: string } | undefined
  for (const match of text.matchAll(marks)) {
    const mark = match[0]
    const at = match.index ?? 0
    if (mark === '\n') {
      if (open && at > open.at) stretches.push({ start: open.at, end: at })
      open = undefined
      continue
    }
    const kind = mark === '“' || mark === '”' ? 'curly' : mark === '«' || mark === '»' ? 'angle' : mark
    const opens = mark === '“' || mark === '«' || ((mark === '"' || mark === "''") && open?.kind !== kind)
    if (open && !opens && (open.kind === kind || (open.kind === "''" && mark === '”'))) {
      stretches.push({ start: open.at, end: at })
      open = undefined
    } else if (opens && (!open || open.kind === kind || mark === '“')) {
      open = { at: at + mark.length, kind }
    }
  }
  if (open && text.length > open.at) stretches.push({ start: open.at, end: text.length })
  return stretches
}

/** Ranges merged where they overlap, so that no character is counted twice. */
function union(ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = []
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/** The labelled direct quotes: each stretch between quote marks, cut to a content fragment, of four words or more. */
function directQuotes(text: string, labels: readonly LabelledAttribution[]): Array<{ start: number; end: number; label: LabelledAttribution }> {
  const stretches = quotedStretches(text)
  const found: Array<{ start: number; end: number; label: LabelledAttribution }> = []
  const seen = new Set<string>()
  for (const label of labels) {
    for (const fragment of label.contents.flatMap((content) => content.fragments)) {
      for (const stretch of stretches) {
        const start = Math.max(stretch.start, fragment.start)
        const end = Math.min(stretch.end, fragment.end)
        if (end <= start || (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < minimumWords) continue
        const key = `${start}:${end}`
        if (seen.has(key)) continue
        seen.add(key)
        found.push({ start, end, label })
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The nearest labelled source before `at` that is a name or a description. */
function nearestNamed(labels: readonly LabelledAttribution[], at: number): string | null {
  let best: LabelSpan | undefined
  for (const label of labels) {
    const source = label.source
    const start = source?.fragments[0]?.start
    if (!source || start === undefined || start >= at || classifySource(source) !== 'named') continue
    if (!best || start > (best.fragments[0]?.start ?? -1)) best = source
  }
  return best?.text ?? null
}

function speakerNames(record: ArticleRecord, quote: Quote): string[] {
  if (!quote.speaker) return []
  const actor = record.actors.find((candidate) => candidate.id === quote.speaker?.actorId)
  return [quote.speaker.name, ...(actor?.aliases ?? [])]
}

export function scoreArticle(record: ArticleRecord, text: string, labels: readonly LabelledAttribution[]): ArticleScore {
  const quotes = directQuotes(text, labels).map(({ start, end, label }): QuoteOutcome => {
    const part = { start, end }
    const best = record.quotes.reduce<Quote | undefined>((chosen, quote) => (overlap(quote, part) > (chosen ? overlap(chosen, part) : 0) ? quote : chosen), undefined)
    const found = best !== undefined && overlap(best, part) * 2 >= end - start
    const sourceClass = classifySource(label.source)
    const labelled = label.source?.text ?? null
    const referent = sourceClass === 'pronoun' ? label.source?.refersTo?.text : undefined
    const nearest = sourceClass === 'pronoun' ? nearestNamed(labels, label.source?.fragments[0]?.start ?? start) : null
    const reference = sourceClass === 'named' ? labelled : (referent ?? nearest)
    const outcome: QuoteOutcome = {
      start,
      end,
      sourceClass,
      labelled,
      reference,
      ...(sourceClass === 'pronoun' ? { referenceLabelled: referent !== undefined } : {}),
      found,
      given: found ? (best?.speaker?.name ?? null) : null,
      cue: found ? (best?.cue?.text ?? null) : null,
      via: found ? (best?.via ?? null) : null,
      sentence: found && best ? best.context.text : text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120)).replace(/\s+/g, ' ')
    }
    const scored = found && best && (sourceClass === 'named' || sourceClass === 'pronoun') && reference !== null
    if (scored) outcome.correct = sharesNameWord(speakerNames(record, best), reference)
    return outcome
  })
  const contents = union(labels.flatMap((label) => label.contents.flatMap((content) => content.fragments)))
  const statements = record.quotes.filter((quote) => quote.kind === 'statement')
  const precise = (quote: Quote) => contents.reduce((sum, fragment) => sum + overlap(quote, fragment), 0) * 2 >= quote.end - quote.start
  const imprecise = statements.filter((quote) => !precise(quote))
  return {
    quotes,
    statements: statements.length,
    preciseStatements: statements.length - imprecise.length,
    imprecise: imprecise.map((quote) => ({ text: quote.text, given: quote.speaker?.name ?? null }))
  }
}
