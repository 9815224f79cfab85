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
      const subject = subjectOf(mentions, resolved)
      const cues = findCues(words, mentions, masked)
      const inSentence = spans.filter((span) => span.open >= sentence.start && span.open < sentence.end)
      for (const span of inSentence) attribute(span, text, cues, resolved, subject, blockIndex, masked, sentence, discourse)
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
    if (!last?.cue || !last.speaker || last.continues === undefined) continue
    for (let part = attributions[last.continues]; part && !part.cue; part = part.continues === undefined ? undefined : attributions[part.continues]) {
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
  const phrase = /^,\s*([^,;.“”"_]{3,120}?),/.exec(after)?.[1]
  if (mention.type !== 'name' || !phrase || !words.length) return
  const opening = findMentions(wordsOf(phrase, 0), phrase)[0]
  const describes = opening?.type === 'description' && opening.start === 0
  if (describes || /^(?:head|chief|director|chairman|chairwoman|spokesman|spokeswoman|spokesperson|leader|member|minister|president|secretary|envoy|ambassador)\b/i.test(phrase)) {
    entry.titles.add(phrase.replace(/^(?:a|an|the)\s+/i, '').trim())
    entry.evidence = true
    if (entry.kind === 'unknown') entry.kind = 'person'
  }
}

/** "A spokeswoman from the State Department, Dina Badawy, told": the description is the name that follows it. */
function mergeDescribedNames(mentions: readonly Mention[], resolved: Map<Mention, Entry | undefined>, masked: string): void {
  for (const description of mentions) {
    if (description.type !== 'description' || description.category === 'document') continue
    const name = mentions.find((candidate) => candidate.type === 'name' && candidate.start > description.end && /^[^,;.:“”"]{0,80},\s*$/.test(masked.slice(description.end, candidate.start)))
    const named = name && resolved.get(name)
    if (!name || !named || masked[name.end] !== ',') continue
    const between = masked.slice(description.end, name.start)
    named.titles.add(masked.slice(description.start, description.end + between.length - between.replace(/^[^,]*/, '').length).replace(/^(?:a|an|the)\s+/i, ''))
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

/** The subject: the first actor in the sentence that is not after a preposition or a possessive. */
function subjectOf(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>): Entry | undefined {
  for (const mention of mentions) {
    const entry = resolved.get(mention)
    if (entry && !entry.outlet && !mention.afterPreposition && !mention.possessive) return entry
  }
  return undefined
}

function attribute(span: QuoteSpan, text: string, cues: readonly Cue[], resolved: ReadonlyMap<Mention, Entry | undefined>, subject: Entry | undefined, blockIndex: number, masked: string, sentence: Range, discourse: Discourse): void {
  const previous = discourse.attributions.at(-1)
  const recent = previous && blockIndex - discourse.lastBlock <= 1 ? previous : undefined
  const cue = span.continuesPrevious ? undefined : chooseCue(span, cues, masked)
  let speaker = cue ? (cue.speaker === 'subject' ? subject : resolved.get(cue.speaker)) : undefined
  // An outlet reports; the words are those of whom the discourse is about.
  if (speaker?.outlet) speaker = recent?.speaker ?? [...discourse.subjects].reverse().find((entry) => !entry.outlet)
  // No cue: a short quote is nobody's words; a longer one goes on with the last speaker, or with whom the last sentences were about.
  const wordCount = text.slice(span.start, span.end).split(/\s+/).length
  if (!cue && wordCount < 4) speaker = undefined
  else if (!cue) speaker = recent?.speaker ?? (blockIndex - discourse.subjectBlock <= 1 ? [...discourse.subjects].reverse().find((entry) => entry.kind === 'person' || entry.kind === 'anonymous' || entry.kind === 'document') : undefined)
  const splitSentence = previous !== undefined && blockIndex === discourse.lastBlock && /,$/.test(text.slice(previous.span.start, previous.span.end)) && /^[^.!?“”"]*,\s*$/.test(masked.slice(previous.span.close + 1, span.open))
  const continued = previous?.kind === 'statement' && (span.continuesPrevious || splitSentence)
  const kind = continued && speaker ? 'statement' : quoteKind(span, text, masked, sentence, speaker)
  if (kind === 'scare') speaker = undefined
  const attribution: Attribution = { span, kind, speaker, cue: cue ? cue.text : null }
  const between = previous ? masked.slice(previous.span.close + 1, span.open) : ''
  if (previous && speaker && speaker === previous.speaker && (span.continuesPrevious || (kind === 'statement' && previous.kind === 'statement' && blockIndex === discourse.lastBlock && isCueOnly(between)))) {
    attribution.continues = discourse.attributions.length - 1
  }
  if (speaker) {
    speaker.evidence = true
    discourse.subjects.push(speaker)
  }
  discourse.attributions.push(attribution)
  discourse.lastBlock = blockIndex
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
