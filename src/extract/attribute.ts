/**
 * Who said each quote: a walk through the story in reading order that keeps
 * track of whom the discourse is about. Quoted words are masked first, so a
 * speaker is never a word inside a quotation.
 */
import type { Range } from './sentences.ts'
import { splitSentences } from './sentences.ts'
import { wordsOf, type Word } from './words.ts'
import { findMentions, type Mention } from './rules/mentions.ts'
import { findCues, type Cue } from './rules/cues.ts'
import { Registry, type Entry } from './rules/registry.ts'
import type { QuoteSpan } from './rules/quote-marks.ts'
import type { QuoteKind } from '../types.ts'
import { reportingVerbForms, verbModifiers } from './lexicon/reporting-verbs.ts'

const reportingVerbWithin = new RegExp(`\\b(?:${reportingVerbForms.join('|')})\\b`)
const reportingVerbAfter = new RegExp(`^\\s+(?:(?:${verbModifiers.join('|')})\\s+)*(?:${reportingVerbForms.join('|')})\\b`)

export interface Attribution {
  span: QuoteSpan
  kind: QuoteKind
  speaker: Entry | undefined
  cue: string | null
  /** Index of the earlier attribution this quote continues. */
  continues?: number
}

/** Replaces the words inside quotations with `_`, keeping their last punctuation so sentences still end. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let masked = ''
  let at = 0
  for (const span of spans) {
    const inner = text.slice(span.start, span.end)
    const tail = /[.!?,;:…]*$/.exec(inner)?.[0] ?? ''
    masked += text.slice(at, span.start) + inner.slice(0, inner.length - tail.length).replace(/[^\r\n]/g, '_') + tail
    at = span.end
  }
  return masked + text.slice(at)
}

interface Discourse {
  registry: Registry
  /** Subjects of recent sentences, most recent last. */
  subjects: Entry[]
  attributions: Attribution[]
  lastBlock: number
  /** The block of the latest subject. */
  subjectBlock: number
}

export function attributeQuotes(text: string, blocks: readonly Range[], spans: readonly QuoteSpan[]): { attributions: Attribution[]; registry: Registry } {
  const masked = maskQuotes(text, spans)
  const discourse: Discourse = { registry: new Registry(), subjects: [], attributions: [], lastBlock: -1, subjectBlock: -1 }
  for (const [blockIndex, block] of blocks.entries()) {
    for (const sentence of splitSentences(masked, block.start, block.end)) {
      const words = wordsOf(masked.slice(sentence.start, sentence.end), sentence.start)
      const mentions = findMentions(words, masked)
      const resolved = resolveAll(mentions, words, masked, discourse)
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

function resolveAll(mentions: readonly Mention[], words: readonly Word[], masked: string, discourse: Discourse): Map<Mention, Entry | undefined> {
  const resolved = new Map<Mention, Entry | undefined>()
  for (const [index, mention] of mentions.entries()) {
    const entry = mention.type === 'pronoun'
      ? resolvePronoun(mention, mentions.slice(0, index), resolved, discourse)
      : discourse.registry.resolve(mention, masked.slice(mention.start, mention.end))
    resolved.set(mention, entry)
    if (entry && mention.type !== 'pronoun') addAppositive(entry, mention, words, masked)
  }
  mergeDescribedNames(mentions, resolved, masked)
  return resolved
}

/** "Khattar Abou Diab, a political science lecturer at …," gives the title; "(IS)" after a name gives an alias. */
function addAppositive(entry: Entry, mention: Mention, words: readonly Word[], masked: string): void {
  const after = masked.slice(mention.end, mention.end + 160)
  const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}.&-]{1,9})\)/u.exec(after)
  if (acronym?.[1]) {
    entry.aliases.add(acronym[1])
    entry.keys.add(acronym[1].toLowerCase())
    if (entry.kind === 'unknown') entry.kind = 'organization'
    entry.evidence = true
  }
  const phrase = /^,\s*([^,;.“”"_]{3,120}?)(?:,|\.(?:\s|$)|$)/.exec(after)?.[1]
  if (mention.type !== 'name' || !phrase || !words.length || reportingVerbWithin.test(phrase)) return
  const opening = findMentions(wordsOf(phrase, 0), phrase)[0]
  const describes = opening?.type === 'description' && opening.start === 0
  if (describes || /^(?:head|chief|director|chairman|chairwoman|spokesman|spokeswoman|spokesperson|leader|member|minister|president|secretary|envoy|ambassador)\b/i.test(phrase)) {
    entry.titles.add(phrase.replace(/^(?:a|an|the)\s+/i, '').trim())
    entry.evidence = true
    if (entry.kind === 'unknown') entry.kind = 'person'
  }
}

/**
 * A description beside a name is that name: "A spokeswoman from the State
 * Department, Dina Badawy, told" and "said Karen Holt, a spokeswoman for the
 * agency".
 */
function mergeDescribedNames(mentions: readonly Mention[], resolved: Map<Mention, Entry | undefined>, masked: string): void {
  for (const [index, description] of mentions.entries()) {
    if (description.type !== 'description' || description.category === 'document') continue
    const before = mentions[index - 1]
    // "…and al-Qaeda, a Syrian official told": a description followed by its verb starts a clause, it is no appositive.
    const startsClause = reportingVerbAfter.test(masked.slice(description.end, description.end + 60))
    const appositive = before?.type === 'name' && !startsClause && /^,\s*$/.test(masked.slice(before.end, description.start)) ? before : undefined
    const name = appositive ?? mentions.find((candidate) => candidate.type === 'name' && candidate.start > description.end && /^[^,;.:“”"]{0,80},\s*$/.test(masked.slice(description.end, candidate.start)) && masked[candidate.end] === ',')
    const named = name && resolved.get(name)
    if (!name || !named) continue
    if (!appositive) {
      const between = masked.slice(description.end, name.start)
      named.titles.add(masked.slice(description.start, description.end + between.lastIndexOf(',')).replace(/^(?:a|an|the)\s+/i, ''))
    }
    if (description.gender && !named.gender) named.gender = description.gender
    if (named.kind === 'unknown') named.kind = 'person'
    named.evidence = true
    resolved.set(description, named)
  }
}

/** A pronoun goes to the nearest fitting actor earlier in its sentence, else to the subject the discourse is about. */
function resolvePronoun(pronoun: Mention, earlier: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, discourse: Discourse): Entry | undefined {
  // A capitalised word nothing else marks as an actor ("Illusions over …") is no antecedent.
  const fits = (entry: Entry | undefined): entry is Entry => entry !== undefined && !entry.outlet && (entry.kind !== 'unknown' || entry.evidence) && agrees(pronoun, entry)
  // In its own sentence a pronoun is the subject's when it can be, else the nearest fitting actor's.
  const subject = subjectOf(earlier, resolved)
  const inSentence = fits(subject) ? subject : [...earlier].reverse().map((mention) => resolved.get(mention)).find(fits)
  return inSentence ?? [...discourse.subjects].reverse().find(fits) ?? lastDocumentOrOrganization(pronoun, discourse)
}

function lastDocumentOrOrganization(pronoun: Mention, discourse: Discourse): Entry | undefined {
  if (pronoun.name !== 'it') return undefined
  return [...discourse.registry.entries].reverse().find((entry) => !entry.outlet && (entry.kind === 'document' || entry.kind === 'organization'))
}

function agrees(pronoun: Mention, entry: Entry): boolean {
  if (pronoun.name === 'they') return entry.plural || entry.kind === 'organization'
  if (pronoun.name === 'it') return !entry.plural && (entry.kind === 'organization' || entry.kind === 'document')
  if (entry.plural || entry.kind === 'organization' || entry.kind === 'document') return false
  return entry.gender === undefined || entry.gender === pronoun.gender
}

/**
 * The subject: the first actor in the sentence that is not after a
 * preposition or a possessive, past an opening clause ("Asked whether …, the
 * official declined").
 */
function subjectOf(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, clauseEnd = -1): Entry | undefined {
  for (const mention of mentions) {
    const entry = resolved.get(mention)
    if (mention.start < clauseEnd || !entry || entry.outlet || mention.afterPreposition || mention.possessive) continue
    if (entry.kind !== 'unknown' || entry.evidence) return entry
  }
  return undefined
}

const openingClause = /^(?:asked|speaking|responding|according|when|while|after|before|although|though|if|because|since|as|despite|following|in|at|on|during|with)\b[^,]{0,200},/i

/** Where an opening subordinate clause ends, or -1. */
function openingClauseEnd(masked: string, sentence: Range): number {
  const match = openingClause.exec(masked.slice(sentence.start, sentence.end))
  return match ? sentence.start + match[0].length : -1
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

function attribute(span: QuoteSpan, context: SentenceContext, discourse: Discourse): void {
  const previous = discourse.attributions.at(-1)
  const cue = chooseCue(span, context.cues, context.masked)
  const attribution = span.continuesPrevious && previous
    ? { span, kind: previous.kind === 'scare' ? 'statement' as const : previous.kind, speaker: cue ? cueSpeaker(cue, context, discourse) : previous.speaker, cue: cue?.text ?? null, continues: discourse.attributions.length - 1 }
    : startQuote(span, cue, previous, context, discourse)
  if (attribution.speaker) {
    attribution.speaker.evidence = true
    discourse.subjects.push(attribution.speaker)
  }
  discourse.attributions.push(attribution)
  discourse.lastBlock = context.blockIndex
}

function startQuote(span: QuoteSpan, cue: Cue | undefined, previous: Attribution | undefined, context: SentenceContext, discourse: Discourse): Attribution {
  const { text, masked, blockIndex } = context
  const recent = previous && blockIndex - discourse.lastBlock <= 1 ? previous : undefined
  const wordCount = text.slice(span.start, span.end).split(/\s+/).length
  let speaker: Entry | undefined
  if (cue) speaker = cueSpeaker(cue, context, discourse)
  // No cue: a short quote is nobody's words; a longer one goes on with the last speaker, or with whom the last sentences were about.
  else if (wordCount >= 4) speaker = recent?.speaker ?? (blockIndex - discourse.subjectBlock <= 1 ? [...discourse.subjects].reverse().find((entry) => entry.kind === 'person' || entry.kind === 'anonymous' || entry.kind === 'document') : undefined)
  const sameBlock = previous !== undefined && blockIndex === discourse.lastBlock
  const between = previous ? masked.slice(previous.span.close + 1, span.open) : ''
  // “She has fought for this,” Delgado said, “and she is not going to wait.”: one sentence split by its attribution.
  const splitSentence = sameBlock && /,$/.test(text.slice(previous.span.start, previous.span.end)) && /^[^.!?“”"]*,\s*$/.test(between)
  const kind = previous?.kind === 'statement' && splitSentence && speaker ? 'statement' : quoteKind(span, text, masked, context.sentence, speaker)
  const attribution: Attribution = { span, kind, speaker: kind === 'scare' ? undefined : speaker, cue: cue?.text ?? null }
  if (sameBlock && speaker && speaker === previous.speaker && kind === 'statement' && previous.kind === 'statement' && isCueOnly(between)) {
    attribution.continues = discourse.attributions.length - 1
  }
  return attribution
}

/** The actor a cue names; an outlet reports, so its quote goes to whom the discourse is about. */
function cueSpeaker(cue: Cue, context: SentenceContext, discourse: Discourse): Entry | undefined {
  const speaker = cue.speaker === 'subject' ? context.subject : context.resolved.get(cue.speaker)
  if (!speaker?.outlet) return speaker
  const recent = context.blockIndex - discourse.lastBlock <= 1 ? discourse.attributions.at(-1)?.speaker : undefined
  return recent ?? [...discourse.subjects].reverse().find((entry) => !entry.outlet)
}

/** The cue right after the quote, else the nearest before it, else the nearest later in the sentence. */
function chooseCue(span: QuoteSpan, cues: readonly Cue[], masked: string): Cue | undefined {
  const startOf = (cue: Cue) => Math.min(cue.start, cue.speaker === 'subject' ? cue.start : cue.speaker.start)
  const adjacent = cues.find((cue) => startOf(cue) > span.close && /^[\s,.!?;:—–-]*$/.test(masked.slice(span.close + 1, startOf(cue))))
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
