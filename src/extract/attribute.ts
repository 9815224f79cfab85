/**
 * Who said each quote: a walk through the story in reading order that keeps
 * track of whom the discourse is about. Quoted words are masked first, so a
 * speaker is never a word inside a quotation.
 */
import type { Range } from './sentences.ts'
import { splitSentences } from './sentences.ts'
import { wordsOf } from './words.ts'
import { findMentions, type Mention } from './rules/mentions.ts'
import { findCues, type Cue } from './rules/cues.ts'
import { Registry, type Entry } from './rules/registry.ts'
import { openingClauseEnd, resolveMentions, subjectOf, type Discourse } from './resolve.ts'
import type { QuoteSpan } from './rules/quote-marks.ts'
import type { QuoteKind } from '../types.ts'

export interface Attribution {
  span: QuoteSpan
  kind: QuoteKind
  speaker: Entry | undefined
  cue: string | null
  /** The sentence the quote opens in. */
  sentence: Range
  /** Index of the earlier attribution this quote continues. */
  continues?: number
}

/**
 * The text the attribution rules read: the words inside quotations replaced
 * with `_` (their last punctuation kept, so sentences still end), and every
 * quotation's marks written as curly double marks, so that the rules see one
 * family of marks. A two-character mark (`''`, ` `` `) is padded, at offsets
 * that still match the file's: an opening one as masked words (`“_`), a
 * closing one with a space (`” `).
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let masked = ''
  let at = 0
  for (const span of spans) {
    const inner = text.slice(span.start, span.end)
    const tail = /[.!?,;:…]*$/.exec(inner)?.[0] ?? ''
    const openLength = /^(?:''|``)/.test(text.slice(span.open, span.open + 2)) ? 2 : 1
    masked += text.slice(at, span.open) + (openLength === 2 ? '“_' : '“') + text.slice(span.open + openLength, span.start)
    masked += inner.slice(0, inner.length - tail.length).replace(/[^\r\n]/g, '_') + tail + text.slice(span.end, span.close)
    const closeLength = span.after - span.close
    masked += closeLength === 0 ? '' : closeLength === 2 ? '” ' : '”'
    at = span.after
  }
  return masked + text.slice(at)
}

interface Walk extends Discourse {
  attributions: Attribution[]
  lastBlock: number
  /** The block of the latest subject. */
  subjectBlock: number
}

export function attributeQuotes(text: string, blocks: readonly Range[], spans: readonly QuoteSpan[]): { attributions: Attribution[]; registry: Registry } {
  const masked = maskQuotes(text, spans)
  const discourse: Walk = { registry: new Registry(), subjects: [], attributions: [], lastBlock: -1, subjectBlock: -1 }
  for (const [blockIndex, block] of blocks.entries()) {
    for (const sentence of splitSentences(masked, block.start, block.end)) {
      const words = wordsOf(masked.slice(sentence.start, sentence.end), sentence.start)
      const mentions = findMentions(words, masked)
      const resolved = resolveMentions(mentions, masked, discourse)
      const subject = subjectOf(mentions, resolved, openingClauseEnd(masked, sentence)) ?? subjectOf(mentions, resolved)
      const cues = findCues(words, mentions, masked)
      const inSentence = spans.filter((span) => span.open >= sentence.start && span.open < sentence.end)
      const context: SentenceContext = { text, masked, sentence, blockIndex, cues, resolved, subject }
      for (const span of inSentence) attribute(span, context, discourse)
      if (subject) {
        discourse.subjects.push(subject)
        discourse.subjectBlock = blockIndex
      }
    }
  }
  shareChainSpeakers(discourse.attributions)
  return { attributions: discourse.attributions, registry: discourse.registry }
}

/**
 * A quote over several paragraphs is often attributed only in its last part
 * ("… ,” Ruiz said.): every part of a chain takes the speaker its cue names.
 */
function shareChainSpeakers(attributions: Attribution[]): void {
  for (let end = attributions.length - 1; end >= 0; end -= 1) {
    const last = attributions[end]
    if (!last || last.continues === undefined) continue
    for (let part = attributions[last.continues]; part; part = part.continues === undefined ? undefined : attributions[part.continues]) {
      // A paragraph that opens a quote and leaves it open is an utterance, never a scare quote.
      if (part.kind === 'scare') part.kind = last.kind
      if (part.cue || !last.cue || !last.speaker) continue
      part.speaker = last.speaker
    }
  }
}

/** What one sentence gives the quotes that open in it. */
interface SentenceContext {
  text: string
  masked: string
  sentence: Range
  blockIndex: number
  cues: readonly Cue[]
  resolved: ReadonlyMap<Mention, Entry | undefined>
  subject: Entry | undefined
}

function attribute(span: QuoteSpan, context: SentenceContext, discourse: Walk): void {
  const previous = discourse.attributions.at(-1)
  const cue = chooseCue(span, context.cues, context.masked)
  const attribution = span.continuesPrevious && previous
    ? { span, kind: previous.kind === 'scare' ? 'statement' as const : previous.kind, speaker: cue ? cueSpeaker(cue, context, discourse) : previous.speaker, cue: cue?.text ?? null, sentence: context.sentence, continues: discourse.attributions.length - 1 }
    : startQuote(span, cue, previous, context, discourse)
  if (attribution.speaker) {
    attribution.speaker.evidence = true
    discourse.subjects.push(attribution.speaker)
  }
  discourse.attributions.push(attribution)
  discourse.lastBlock = context.blockIndex
}

function startQuote(span: QuoteSpan, cue: Cue | undefined, previous: Attribution | undefined, context: SentenceContext, discourse: Walk): Attribution {
  const { text, masked, blockIndex } = context
  const recent = previous && blockIndex - discourse.lastBlock <= 1 ? previous : undefined
  const wordCount = text.slice(span.start, span.end).split(/\s+/).length
  const sameBlock = previous !== undefined && blockIndex === discourse.lastBlock
  const between = previous ? masked.slice(previous.span.after, span.open) : ''
  let speaker: Entry | undefined
  if (cue) speaker = cueSpeaker(cue, context, discourse)
  // “We will win,” she said. “Soon.”: the attribution between two quotes serves both, however short.
  else if (sameBlock && previous.speaker && isCueOnly(between)) speaker = previous.speaker
  // No cue: a short quote is nobody's words; a longer one goes on with the last speaker, or with whom the last sentences were about.
  else if (wordCount >= 4) speaker = recent?.speaker ?? (blockIndex - discourse.subjectBlock <= 1 ? [...discourse.subjects].reverse().find((entry) => entry.kind === 'person' || entry.kind === 'anonymous' || entry.kind === 'document') : undefined)
  // “She has fought for this,” Delgado said, “and she is not going to wait.”: one sentence split by its attribution.
  const splitSentence = sameBlock && /,$/.test(text.slice(previous.span.start, previous.span.end)) && /^[^.!?“”"]*,\s*$/.test(between)
  const kind = previous?.kind === 'statement' && splitSentence && speaker ? 'statement' : quoteKind(span, text, masked, context.sentence, speaker)
  const attribution: Attribution = { span, kind, speaker: kind === 'scare' ? undefined : speaker, cue: cue?.text ?? null, sentence: context.sentence }
  if (sameBlock && speaker && speaker === previous.speaker && kind === 'statement' && previous.kind === 'statement' && isCueOnly(between)) {
    attribution.continues = discourse.attributions.length - 1
  }
  return attribution
}

/** The actor a cue names; an outlet reports, so its quote goes to whom the discourse is about. */
function cueSpeaker(cue: Cue, context: SentenceContext, discourse: Walk): Entry | undefined {
  const speaker = cue.speaker === 'subject' ? context.subject : context.resolved.get(cue.speaker)
  if (!speaker?.outlet) return speaker
  const recent = context.blockIndex - discourse.lastBlock <= 1 ? discourse.attributions.at(-1)?.speaker : undefined
  return recent ?? [...discourse.subjects].reverse().find((entry) => !entry.outlet)
}

/** The cue right after the quote, else the nearest before it, else the nearest later in the sentence. */
function chooseCue(span: QuoteSpan, cues: readonly Cue[], masked: string): Cue | undefined {
  const startOf = (cue: Cue) => Math.min(cue.start, cue.speaker === 'subject' ? cue.start : cue.speaker.start)
  const adjacent = cues.find((cue) => startOf(cue) > span.close && /^[\s,.!?;:—–-]*$/.test(masked.slice(span.after, startOf(cue))))
  if (adjacent) return adjacent
  const before = cues.filter((cue) => cue.end <= span.open).at(-1)
  return before ?? cues.find((cue) => startOf(cue) > span.close)
}

/** Only a short attribution stands between two parts of a split quote: `,” he said. “`. */
function isCueOnly(between: string): boolean {
  return between.length <= 120 && !/[“”"]/.test(between.slice(1, -1)) && /\b(?:said|says|added|told|noted|continued|adding|saying)\b/.test(between)
}

/**
 * A statement stands as its own sentence (or follows a cue and a colon or
 * comma) and starts with a capital. A short quote nobody is said to speak is a
 * scare quote; anything else is a fragment of someone's words.
 */
function quoteKind(span: QuoteSpan, text: string, masked: string, sentence: Range, speaker: Entry | undefined): QuoteKind {
  const wordCount = text.slice(span.start, span.end).split(/\s+/).length
  const before = masked.slice(sentence.start, span.open).trimEnd()
  // "the so-called ‘modernisation’ package": the writer's own distance from the term.
  if ((!speaker && wordCount < 4) || /\bso-called$/i.test(before)) return 'scare'
  const opensSentence = before === '' || /[:,]$/.test(before) || span.continuesPrevious
  const capital = /^[\p{Lu}\p{N}[(…'‘]/u.test(text.slice(span.start, span.start + 1))
  return opensSentence && capital ? 'statement' : 'fragment'
}
