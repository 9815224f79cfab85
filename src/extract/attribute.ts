/**
 * Who said each quote: a walk through the story in reading order that keeps
 * track of whom the discourse is about. Quoted words are masked first, so a
 * speaker is never a word inside a quotation.
 */
import type { Range } from './sentences.ts'
import { splitSentences } from './sentences.ts'
import { endsInSingleS, opensOnCapital, pieceCount, wordsOf, type Word } from './words.ts'
import { hasListenerPassive, namingVerbs, participleForms, reportingVerbForms, reportingVerbSet, verbModifiers } from './lexicon/reporting-verbs.ts'
import { commonWordTest, findMentions, isDocumentNoun, isSpeakerNoun, opensOnVerb, type Mention } from './rules/mentions.ts'
import { findCues, type Cue } from './rules/cues.ts'
import { Registry, type Entry } from './rules/registry.ts'
import { unmarkedVerbForms } from './lexicon/verbs.ts'
import { organizationWords, signNouns, workNouns } from './lexicon/titles.ts'
import { namedAgo, openingClause, openingClauseEnd, resolveMentions, subjectMentionOf, type Discourse } from './resolve.ts'
import { latestOf } from './lookback.ts'
import type { QuoteSpan } from './rules/quote-marks.ts'
import type { QuoteKind, Via } from '../types.ts'

/** How a speaker was found, and the words of the text that name them. */
export interface Finding {
  entry: Entry
  via: Via
  /** The words that name the speaker: the cue's subject, the pronoun, the description, or the mention a continuation goes back to. */
  mention?: Range
}

export interface Attribution {
  span: QuoteSpan
  kind: QuoteKind
  speaker: Entry | undefined
  /** How the speaker was found; none when there is no speaker. */
  finding?: Finding
  /** The actors the text names about equally well, when it is not said which of them speaks. */
  candidates?: Entry[]
  cue: Cue | undefined
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
    const wordsEnd = punctuationEnding(inner)
    const openLength = /^(?:''|``)/.test(text.slice(span.open, span.open + 2)) ? 2 : 1
    masked += text.slice(at, span.open) + (openLength === 2 ? '“_' : '“') + text.slice(span.open + openLength, span.start)
    masked += masks(inner.slice(0, wordsEnd)) + inner.slice(wordsEnd) + text.slice(span.end, span.close)
    const closeLength = span.after - span.close
    masked += closeLength === 0 ? '' : closeLength === 2 ? '” ' : '”'
    at = span.after
  }
  return masked + text.slice(at)
}

const closingPunctuation: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':', '…'])

/** Where the punctuation that ends `words` begins: read from the end, not tried at every position as a pattern would be. */
function punctuationEnding(words: string): number {
  let start = words.length
  while (start > 0 && closingPunctuation.has(words[start - 1] ?? '')) start -= 1
  return start
}

/** `words` with each character but a line break written as `_`. */
function masks(words: string): string {
  return /[\r\n]/.test(words) ? words.replace(/[^\r\n]/g, '_') : '_'.repeat(words.length)
}

/**
 * A word that names a place or nationality is a person's surname once that
 * person has been named in full: after "Ana Jordan", "Jordan said" is her.
 */
function surnamesOverPlaces(mentions: Mention[], registry: Registry): Mention[] {
  return mentions.map((mention) => {
    const surname = mention.type === 'name' && mention.category === 'place' && registry.isSurname(mention.name)
    return surname ? { ...mention, category: 'person' as const } : mention
  })
}

/**
 * "Local news station KXLV reported", "Band member Tom Lee wrote": a
 * capitalised word alone that opens a sentence is a common word, and no name,
 * where the text also writes it in lower case and never capitalises it inside
 * a sentence, or where it is a verb opening a command or a question ("Do keep
 * every receipt", `opensOnVerb`).
 */
function commonWordOut(mentions: Mention[], words: readonly Word[], isCommonWord: (word: string) => boolean): Mention[] {
  const opening = mentions[0]
  // A title alone ("Justice vows …") is whoever holds it, and is left to the registry.
  const alone = opening?.type === 'name' && opening.start === words[0]?.start && opening.title === undefined && !opening.titleOnly
  return alone && (isCommonWord(opening.name) || opensOnVerb(words)) ? mentions.slice(1) : mentions
}

interface Walk extends Discourse {
  /** The last sentence read. */
  lastSentence: Range
  attributions: Attribution[]
  lastBlock: number
  /** Whether most of the article's quotes stand in single marks, as British papers print them, rather than only its headings. */
  singleMarks: boolean
  /** The block of the latest subject. */
  subjectBlock: number
  /**
   * A person a sentence without quotes has been about since the last quote,
   * and where it names them; null where it was about two together ("Lee and
   * Ruiz say …"), so that no one of them is singled out.
   */
  topicSinceQuote?: { finding: Finding | null; block: number }
}

/** How many sentences' actors the discourse keeps: as far back as a "he" or "she" nothing else resolves may find the one person it fits (`soleFit` in resolve.ts). */
const recentSentences = 4

/** Words (marks included) of a sentence short enough to point at whom it names: "Just look at Ana Ruiz." */
const shortSentence = 10

export function attributeQuotes(text: string, blocks: readonly Range[], spans: readonly QuoteSpan[]): { attributions: Attribution[]; registry: Registry } {
  const masked = maskQuotes(text, spans)
  const isCommonWord = commonWordTest(masked)
  const discourse: Walk = { registry: new Registry(), subjects: [], possessors: [], pointer: false, recent: [], lastSentence: { start: 0, end: 0 }, attributions: [], lastBlock: -1, singleMarks: quotesInSingleMarks(text, spans), subjectBlock: -1 }
  for (const [blockIndex, block] of blocks.entries()) {
    for (const sentence of splitSentences(masked, block.start, block.end)) {
      const words = wordsOf(masked.slice(sentence.start, sentence.end), sentence.start)
      const mentions = surnamesOverPlaces(commonWordOut(findMentions(words, masked), words, isCommonWord), discourse.registry)
      const opening = openingClause(masked, sentence)
      const cues = findCues(words, mentions, masked)
      const speaking = new Set<Mention>()
      for (const cue of cues) if (cue.speaker !== 'subject') speaking.add(cue.speaker)
      const resolved = resolveMentions(mentions, masked, discourse, opening, speaking)
      // "Vell also greeted the crowd, saying …": a participle of speech makes the one word that opens the sentence someone who speaks.
      const subjectSpeaks = cues.some((cue) => cue.speaker === 'subject')
      markOpeningName(mentions, resolved, masked, sentence.start, false, subjectSpeaks)
      if (opening) markOpeningName(mentions, resolved, masked, opening.end, opening.mainClauseSeen)
      const openingEnd = opening?.end ?? -1
      const subjectMention = subjectMentionOf(mentions, resolved, openingEnd) ?? subjectMentionOf(mentions, resolved)
      const subject = subjectMention && resolved.get(subjectMention)
      const inSentence = spans.filter((span) => span.open >= sentence.start && span.open < sentence.end)
      const context: SentenceContext = { text, masked, sentence, openingEnd, blockIndex, mentions, cues, resolved, subjectMention }
      for (const span of inSentence) attribute(span, context, discourse)
      // A sentence with a cue or a quote is about its speaker, whoever's thing opens it ("Vell’s plan fails, Ruiz said").
      const reports = cues.length > 0 || inSentence.length > 0
      const owner = reports ? undefined : ownerOfSubject(mentions, resolved, masked, openingEnd === -1 ? sentence.start : openingEnd, discourse.registry)
      const about = owner ?? subject
      if (about) {
        discourse.subjects.push(about)
        discourse.subjectBlock = blockIndex
      }
      const quoted = quotedReporter(discourse.attributions.at(-1), inSentence, subject, masked)
      if (quoted) discourse.subjects.push(quoted)
      if (inSentence.length === 0 && sentence.start === block.start) signPreviousQuote(words, mentions, resolved, masked, sentence, blockIndex, discourse)
      if (inSentence.length === 0) {
        const spoken = spokenTopic(cues, resolved, masked, sentence)
        const topic = spoken !== undefined ? spoken : subjectTopic(subjectMention, subject, masked, sentence)
        if (topic !== undefined) discourse.topicSinceQuote = { finding: topic, block: blockIndex }
        const reporter = reportingClauseSpeaker(cues, resolved, masked, sentence) ?? namedSpeaker(spoken, subject)
        if (reporter && reporter !== subject) discourse.subjects.push(reporter)
      }
      discourse.recent = [...discourse.recent.slice(1 - recentSentences), namedIn(mentions, resolved)]
      discourse.possessors = possessorsIn(mentions, resolved)
      discourse.pointer = subject === undefined && words.length <= shortSentence
      discourse.lastSentence = sentence
    }
  }
  shareChainSpeakers(discourse.attributions)
  return { attributions: discourse.attributions, registry: discourse.registry }
}

/**
 * `“Great speech. She is ready.” ¶ — Tomas Veld, writing after the speech.`:
 * a paragraph that opens on a dash and a name signs the quote that made up
 * the paragraph before, unless a cue named its speaker, as under a pull
 * quote or in a list of voices.
 */
function signPreviousQuote(words: readonly Word[], mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, sentence: Range, blockIndex: number, discourse: Walk): void {
  const dash = signingDash(words, masked, sentence)
  const signer = mentions[0]
  const entry = signer && resolved.get(signer)
  if (!dash || signer?.start !== dash.nameStart || signer.type !== 'name' || signer.possessive || !entry) return
  if (!/^\s*(?:[,.;]|$)/.test(masked.slice(signer.end, sentence.end))) return
  const previous = discourse.attributions.at(-1)
  const wholeParagraph = previous !== undefined && discourse.lastBlock === blockIndex - 1 && /^\s*$/.test(masked.slice(previous.sentence.start, previous.span.open))
  // A signature is better evidence than going on from before, not than a cue.
  const named = previous?.finding?.via === 'cue' || previous?.candidates !== undefined
  if (!previous || named || !wholeParagraph || signer.category === 'place') return
  previous.speaker = entry
  previous.cue = { text: masked.slice(dash.start, dash.end), start: dash.start, end: dash.end, speaker: signer }
  previous.finding = { entry, via: 'cue', mention: { start: signer.start, end: signer.end } }
  entry.evidence = true
}

/**
 * The dash that opens a paragraph, and where the words after it start: a
 * dash of its own (`— Ana Ruiz`, `-Ana Ruiz`), or the marker of a list item
 * that Markdown took out of the paragraph (`- Ana Ruiz.`).
 */
function signingDash(words: readonly Word[], masked: string, sentence: Range): { start: number; end: number; nameStart: number } | undefined {
  const [first, second] = words
  if (first && second && /^[—–-]$/.test(first.text)) return { start: first.start, end: first.end, nameStart: second.start }
  const marker = /(?:^|\n)[ \t]*([—–-])[ \t]+$/.exec(masked.slice(Math.max(0, sentence.start - 8), sentence.start))
  if (!marker?.[1] || !first) return undefined
  const start = sentence.start - (marker[0].length - marker[0].indexOf(marker[1]))
  return { start, end: start + 1, nameStart: first.start }
}

/**
 * The actors a sentence names, in order: what a pronoun in the next sentence
 * can mean besides its subject. "between a man and a woman" names no one.
 */
function namedIn(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>): Entry[] {
  const named: Entry[] = []
  for (const mention of mentions) {
    const entry = resolved.get(mention)
    const generic = mention.type === 'description' && !mention.definite && mention.afterPreposition
    if (entry && mention.type !== 'pronoun' && !mention.possessive && !generic) named.push(entry)
  }
  return named
}

/**
 * "Vell’s essay also attacked Kerr.": a clause that opens on a person's
 * possessive and a thing of theirs is about that person, the thing's owner,
 * not about a name later in it (Kerr is the object), so that a "he" in the
 * next sentence is Vell. Where the thing is a document, the owner is
 * printed inside its description ("Vell’s column"), and is a person the
 * text has named before.
 */
function ownerOfSubject(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, clauseStart: number, registry: Registry): Entry | undefined {
  const index = mentions.findIndex((mention) => mention.start >= clauseStart)
  const first = mentions[index]
  if (!first || !/^[\s,]*$/.test(masked.slice(clauseStart, first.start))) return undefined
  // "Ana Ruiz’s campaign said", "Vell’s campaign said": a body or someone of the owner's speaks for themselves.
  const owned = first.type === 'description' ? first : mentions[index + 1]
  const ownedIsSomeone = owned !== undefined && owned.category !== 'document' && (owned === first || /^\s*$/.test(masked.slice(first.end, owned.start)))
  if (ownedIsSomeone) return undefined
  if (first.type === 'description') {
    const owner = possessiveOpening.exec(masked.slice(first.start, first.end))?.[1]
    return owner === undefined ? undefined : registry.personNamed(owner)
  }
  const entry = resolved.get(first)
  return first.possessive && entry?.kind === 'person' ? entry : undefined
}

/** A name of one to three capitalised words and "’s" that opens a description: "Vell’s", "Ana Ruiz’s". */
const possessiveOpening = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s/u

/** The actors a sentence names only as possessors ("Ana Ruiz’s speech"). */
function possessorsIn(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>): Entry[] {
  const possessors: Entry[] = []
  for (const mention of mentions) {
    const entry = resolved.get(mention)
    if (entry && mention.type === 'name' && mention.possessive) possessors.push(entry)
  }
  return possessors
}

/**
 * "Tal Oren opposed it.", "In July, Ivana Torres strode across the stage.": a
 * name of two or three words that opens a sentence, or its main clause after
 * an opening phrase, before a lower-case word, is someone acting, an actor a
 * later "he" can mean, though nothing else marks it yet. "Asked whether …,
 * Ban demurred.": one word is too where a verb was seen right after it.
 */
function markOpeningName(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, clauseStart: number, oneWord = false, speaks = false): void {
  const subject = mentions.find((mention) => mention.start >= clauseStart)
  const entry = subject && resolved.get(subject)
  if (!subject || !entry || subject.type !== 'name' || entry.kind !== 'unknown' || entry.outlet || subject.possessive) return
  const words = pieceCount(subject.name)
  const after = masked.slice(subject.end, subject.end + 24)
  // "…, Ostrow campaign chief Ivo Lind released": one word before a noun is no one acting.
  const fits = words <= 3 && (words >= 2 || (oneWord && verbFollows(after)) || (speaks && speaksFirst(subject.name, after)))
  if (!fits || masked.slice(clauseStart, subject.start).trim() !== '' || !/^\s+\p{Ll}/u.test(after)) return
  entry.kind = 'person'
  entry.evidence = true
}

const bodyWords: ReadonlySet<string> = new Set(organizationWords)
/** The first lower-case word after a name, past one of the words news style puts before a verb ("Vell also greeted"). */
const adverbThenWord = new RegExp(`^\\s+(?:(?:${verbModifiers.join('|')}|\\p{Ll}+ly)\\s+)?(\\p{Ll}+)`, 'u')

/**
 * "Vell also greeted the crowd, stating …": one word that opens a sentence
 * whose participle of speech is its subject's is someone, where a past verb
 * follows it, perhaps after an adverb. Not a word in "-ing" or a plural
 * ("Rallying …", "Guidelines issued …"), a reporting verb's form or a
 * body's word ("State missed the deadline", "Court records showed").
 */
function speaksFirst(word: string, after: string): boolean {
  if (/(?:ing|[^s]s)$/.test(word) || reportingVerbSet.has(word.toLowerCase()) || bodyWords.has(word)) return false
  const verb = adverbThenWord.exec(after)?.[1] ?? ''
  return hasVerb(verb) || reportingVerbSet.has(verb)
}

/** Whether a word that reads as a verb comes right after a name: "Ban demurred", "Ban has", "Ban says". */
function verbFollows(after: string): boolean {
  const word = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? ''
  return hasVerb(word) || reportingVerbSet.has(word) || endsInSingleS(word) || /^(?:did|does|do|may|might|must|should|shall)$/.test(word)
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
      if (last.finding) part.finding = { ...last.finding, via: 'continuation' }
    }
  }
}

/** What one sentence gives the quotes that open in it. */
interface SentenceContext {
  text: string
  masked: string
  sentence: Range
  /** Where the sentence's opening phrase or clause ends, or -1. */
  openingEnd: number
  blockIndex: number
  mentions: readonly Mention[]
  cues: readonly Cue[]
  resolved: ReadonlyMap<Mention, Entry | undefined>
  subjectMention: Mention | undefined
}

function attribute(span: QuoteSpan, context: SentenceContext, discourse: Walk): void {
  const previous = discourse.attributions.at(-1)
  const cue = chooseCue(span, context.cues, context.masked, context.sentence)
  const attribution = span.continuesPrevious && previous ? continueQuote(span, cue, previous, context, discourse) : startQuote(span, cue, previous, context, discourse)
  const namesakes = attribution.speaker?.ambiguousWith
  const salient = namesakes && salientNamesake(namesakes, span, context, discourse)
  if (salient && attribution.finding) {
    // "Eric Trump called. … Trump said": the namesake the last sentences are about.
    attribution.speaker = salient
    attribution.finding.entry = salient
  } else if (namesakes) {
    // "Okafor said" in an article about two Okafors, neither of them just named: no guess; the reader is shown both.
    attribution.candidates = namesakes
    attribution.speaker = undefined
    delete attribution.finding
  }
  if (attribution.speaker) {
    attribution.speaker.evidence = true
    discourse.subjects.push(attribution.speaker)
  }
  discourse.attributions.push(attribution)
  discourse.lastBlock = context.blockIndex
  delete discourse.topicSinceQuote
}

/**
 * "Quintanilla seemed taken aback. “Does that not speak to your judgment?”":
 * a sentence between two quotes that opens on a person makes them whom the
 * story is about now, and a quote that follows with no cue is theirs rather
 * than the last speaker's. Only a subject that opens its sentence counts: a
 * name further in ("The plan, which Lee drafted, …") is no topic.
 */
function subjectTopic(mention: Mention | undefined, subject: Entry | undefined, masked: string, sentence: Range): Finding | null | undefined {
  if (!mention || !subject || subject.plural || (subject.kind !== 'person' && subject.kind !== 'anonymous')) return undefined
  const clauseStart = Math.max(sentence.start, openingClauseEnd(masked, sentence))
  const lead = masked.slice(clauseStart, mention.start)
  if (lead.length > 40 || /[,;:“”"]/.test(lead) || hasVerb(lead)) return undefined
  if (coordinated(mention, masked)) return null
  // "Ruiz declined to comment. “…”": whoever said nothing is not whom the next words are from.
  if (declinedComment.test(masked.slice(mention.end, sentence.end))) return undefined
  return { entry: subject, via: 'continuation', mention: { start: mention.start, end: mention.end } }
}

/** What a sentence says of someone who gave no words: "declined to comment", "was not available for comment", "did not respond to". */
const declinedComment = /\b(?:(?:declined|refused)\s+to\s+(?:comment|respond|be\s+interviewed)|not\s+(?:immediately\s+)?available\s+for\s+comment|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|return|reply|answer)|could\s+not\s+be\s+reached)\b/i

/** "Lee and Ruiz", "Lee, Ruiz and Ito": a mention joined to another as one subject. */
function coordinated(mention: Mention, masked: string): boolean {
  const before = masked.slice(Math.max(0, mention.start - 5), mention.start)
  const after = masked.slice(mention.end, mention.end + 5)
  return /\b(?:and|or)\s+$/.test(before) || /^,?\s+(?:and|or)\s+\p{Lu}/u.test(after)
}

/**
 * "The plan is dead, Lee says. “Nobody wants it.”": whoever a sentence with no
 * quote reports speaking is the topic, before its subject; one of two who
 * speak together ("Bush and Christie say") is not. A sentence that ends on a
 * colon introduces the words after it, so there a body, a group or an outlet
 * is the topic too ("the port committee said about its plan: ¶ “…”").
 */
function spokenTopic(cues: readonly Cue[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, sentence: Range): Finding | null | undefined {
  const introduces = /:\s*$/.test(masked.slice(sentence.start, sentence.end))
  for (const cue of cues) {
    const entry = cue.speaker === 'subject' ? undefined : resolved.get(cue.speaker)
    const speaksAlone = entry && !entry.outlet && !entry.plural && entry.kind !== 'organization'
    if (cue.speaker === 'subject' || !entry || !(speaksAlone || introduces)) continue
    if (coordinated(cue.speaker, masked)) return null
    return { entry, via: 'continuation', mention: { start: cue.speaker.start, end: cue.speaker.end } }
  }
  return undefined
}

/**
 * "Ruiz's plan was backed by Sen. Ana Lee, who said it …": where a sentence
 * with no person for its subject reports a named person speaking, a "she"
 * after it means that person.
 */
function namedSpeaker(spoken: Finding | null | undefined, subject: Entry | undefined): Entry | undefined {
  const speaker = spoken?.entry
  const named = speaker !== undefined && speaker.kind === 'person' && speaker.keys.size > 0
  return named && subject?.kind !== 'person' ? speaker : undefined
}

/**
 * "Ruiz will struggle in the fall, Tomas Veld said.": the one a reporting clause
 * that ends the sentence names is whom a "he" after it means, before the
 * subject of the words reported.
 */
function reportingClauseSpeaker(cues: readonly Cue[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, sentence: Range): Entry | undefined {
  const cue = cues.at(-1)
  if (!cue || cue.speaker === 'subject') return undefined
  const entry = resolved.get(cue.speaker)
  const { start, end } = cueExtent(cue)
  // "…, said Jo Park, an editor.": after an inverted verb, the name's appositive may follow;
  // "…, Lee said in a statement." only words of where and when, not a clause ("Lee said her group planned …").
  const rest = masked.slice(end, sentence.end)
  const inverted = cue.start < cue.speaker.start
  const endsSentence = inverted ? /^[^;:“”]*$/.test(rest) : /^[^,;:“”]*$/.test(rest) && !hasVerb(rest) && !/\bthat\b/.test(rest)
  const closes = /,\s*$/.test(masked.slice(sentence.start, start)) && endsSentence
  const speaks = entry && !entry.outlet && !entry.plural && (entry.kind === 'person' || entry.kind === 'anonymous')
  return closes && speaks ? entry : undefined
}

/** Where a cue's words stand, its verb and its speaker together ("said Jo Park", "Jo Park said"). */
function cueExtent(cue: Cue): Range {
  if (cue.speaker === 'subject') return { start: cue.start, end: cue.end }
  return { start: Math.min(cue.start, cue.speaker.start), end: Math.max(cue.end, cue.speaker.end) }
}

/**
 * "Lund has made it “a club with no rules,” Vell said. “It works,” he said.": whoever
 * the cue after a sentence's last quote names, or a cue set off by commas
 * ("Lund, Vell said, has built “…”"), is whom a pronoun after the sentence
 * means when that is not its subject, as after a sentence that reports them
 * without quotes ("…, the groups say. They argue …"). Not the speaker a cue
 * of a clause before the quote names ("defended it after a colleague called
 * it “…”").
 */
function quotedReporter(last: Attribution | undefined, inSentence: readonly QuoteSpan[], subject: Entry | undefined, masked: string): Entry | undefined {
  const cue = last?.cue
  if (!last || !cue || !inSentence.includes(last.span) || last.speaker === subject) return undefined
  const { start, end } = cueExtent(cue)
  const closing = start >= last.span.close
  const aside = /,\s*$/.test(masked.slice(Math.max(0, start - 3), start)) && /^\s*,/.test(masked.slice(end, end + 3))
  return closing || aside ? last.speaker : undefined
}

/**
 * Of namesakes a surname could mean, the one the discourse is about: the
 * latest subject, or someone named in the last sentence or earlier in this
 * one, when exactly one of them is and no other was named just before.
 */
function salientNamesake(namesakes: readonly Entry[], span: QuoteSpan, context: SentenceContext, discourse: Walk): Entry | undefined {
  const topic = discourse.subjects.at(-1)
  if (topic && namesakes.includes(topic) && onlyTopic(topic, namesakes, context.masked, discourse)) return topic
  const speaker = discourse.attributions.at(-1)?.speaker
  // “Go,” said Tom Meyer. “Stay,” said Ana Meyer. “Wait,” Meyer said: both just spoke, no guess.
  const rivalSpoke = discourse.attributions.slice(-4).some(({ speaker: earlier }) => earlier !== undefined && earlier !== speaker && namesakes.includes(earlier))
  if (speaker && namesakes.includes(speaker) && !rivalSpoke && spokeJustBefore(speaker, context, discourse)) return speaker
  const earlier = context.mentions.filter((mention) => mention.end <= span.open).map((mention) => context.resolved.get(mention))
  const recent = new Set([discourse.subjects.at(-1), ...namedAgo(discourse, 1), ...earlier])
  const salient = namesakes.filter((entry) => recent.has(entry))
  // Two namesakes named a sentence apart ("Tom Okafor spoke. Ada Okafor followed.") stay a guess.
  const alsoRecent = namesakes.filter((entry) => entry !== salient[0] && namedAgo(discourse, 2).includes(entry))
  return salient.length === 1 && alsoRecent.length === 0 ? salient[0] : dominant(namesakes)
}

/**
 * "… former governor Tom Okafor said his wife, Ada Okafor, was ready “…”. ¶
 * Okafor said, “…”": the namesake whose words the last sentence reported,
 * through a cue, in this paragraph or the one before, goes on speaking,
 * whoever else that sentence named.
 */
function spokeJustBefore(speaker: Entry, context: SentenceContext, discourse: Walk): boolean {
  const last = discourse.attributions.at(-1)
  const { start, end } = discourse.lastSentence
  const inLast = last !== undefined && last.span.start >= start && last.span.end <= end
  return inLast && last.speaker === speaker && last.finding?.via === 'cue' && context.blockIndex - discourse.lastBlock <= 1
}

/**
 * In a story about Ivanka Trump that names her father twice, "Trump said"
 * means her: the namesake the text has named at least three times as often as
 * each of the others, and three times or more.
 */
function dominant(namesakes: readonly Entry[]): Entry | undefined {
  const [first, second] = [...namesakes].sort((a, b) => b.mentions.length - a.mentions.length)
  if (!first || !second) return undefined
  return first.mentions.length >= 3 && first.mentions.length >= 3 * second.mentions.length ? first : undefined
}

/**
 * "Pat Holm, mother of the late Sean Holm, objected. … Holm said": the
 * namesake the story is about, when no other was a subject just before and
 * the last sentence names the others only inside the topic's appositive ("Ada
 * Holm and her brother, Sean Holm, spoke" names two equally).
 */
function onlyTopic(topic: Entry, namesakes: readonly Entry[], masked: string, discourse: Walk): boolean {
  const rivals = namesakes.filter((entry) => entry !== topic)
  if (discourse.subjects.slice(-4).some((entry) => rivals.includes(entry))) return false
  const { start, end } = discourse.lastSentence
  const inLast = (entry: Entry) => entry.mentions.find((mention) => mention.start >= start && mention.end <= end)
  const named = inLast(topic)
  return rivals.every((rival) => {
    const mention = inLast(rival)
    if (!mention) return true
    const between = named ? masked.slice(named.end, mention.start) : ''
    return /^\s*,/.test(between) && !/\b(?:and|or|with)\b/.test(between)
  })
}

/** A paragraph that re-opens the quote the paragraph before left open: the same utterance, its speaker unless a cue names another. */
function continueQuote(span: QuoteSpan, cue: Cue | undefined, previous: Attribution, context: SentenceContext, discourse: Walk): Attribution {
  const finding = cue ? cueSpeaker(cue, context) : going(previous)
  const attribution: Attribution = { span, kind: previous.kind === 'scare' ? 'statement' : previous.kind, speaker: finding?.entry, cue, sentence: context.sentence, continues: discourse.attributions.length - 1 }
  if (finding) attribution.finding = finding
  return attribution
}

/** The previous quote's speaker, going on: the same naming words, found by continuation. */
function going(previous: Attribution | undefined): Finding | undefined {
  if (!previous?.speaker) return undefined
  const finding: Finding = { entry: previous.speaker, via: 'continuation' }
  if (previous.finding?.mention) finding.mention = previous.finding.mention
  return finding
}

function startQuote(span: QuoteSpan, cue: Cue | undefined, previous: Attribution | undefined, context: SentenceContext, discourse: Walk): Attribution {
  const { text, masked, blockIndex } = context
  const recent = previous && blockIndex - discourse.lastBlock <= 1 ? previous : undefined
  const wordCount = pieceCount(text.slice(span.start, span.end))
  const sameBlock = previous !== undefined && blockIndex === discourse.lastBlock
  const between = previous ? masked.slice(previous.span.after, span.open) : ''
  let finding: Finding | undefined
  // "a sign that said “…”": a reporting verb of a relative clause right before the quote says whose words they are, or that they are nobody's.
  const relative = carriedWords(span, context) ? null : relativeSpeaker(span, context)
  if (relative !== undefined && (!cue || cue.end <= span.open)) finding = relative ?? undefined
  else if (cue) finding = restatedSpeaker(cue, sameSpeakerGoingOn(cue, cueSpeaker(cue, context), recent, context), context)
  // “We will win,” she said. “Soon.”: the attribution between two quotes serves both, however short,
  // and where it names nobody the reader can tell, the second part is nobody's either.
  else if (sameBlock && isCueOnly(previous, span, between, context.sentence)) finding = going(previous)
  // "Q: “…”": an interviewer's question, whom the text does not name; 'A change of heart.': a section's heading.
  else if (asksQuestion(span, context) || sectionHeading(span, context, discourse.singleMarks)) finding = undefined
  // No cue: a short quote is nobody's words, unless it is a whole sentence of its own (“It still does.”). A longer one inside a
  // clause is its subject's ("Ruiz called the plan “a gift to the banks”"); one that opens its sentence goes on with the last
  // speaker, or with whom the last sentences were about.
  else if (wordCount >= 4 || wholeSentence(span, context, discourse.singleMarks)) finding = uncuedSpeaker(span, context, recent, discourse)
  if (finding && (!cue || cue.end <= span.open) && deniedSaying(finding, masked, context.sentence, span.open)) finding = undefined
  const speaker = finding?.entry
  // “She has fought for this,” Delgado said, “and she is not going to wait.”: one sentence split by its attribution.
  const splitSentence = sameBlock && /,$/.test(text.slice(previous.span.start, previous.span.end)) && /^[^.!?“”"]*,\s*$/.test(between)
  const kind = previous?.kind === 'statement' && splitSentence && speaker ? 'statement' : quoteKind(span, text, masked, context.sentence, speaker)
  const attribution: Attribution = { span, kind, speaker: kind === 'scare' ? undefined : speaker, cue, sentence: context.sentence }
  if (finding && kind !== 'scare') attribution.finding = finding
  if (sameBlock && speaker && speaker === previous.speaker && kind === 'statement' && previous.kind === 'statement' && isCueOnly(previous, span, between, context.sentence)) {
    attribution.continues = discourse.attributions.length - 1
  }
  return attribution
}

/**
 * “It still does.”: a quote of two words or more that is its whole
 * sentence, from a capital to a full stop or a question mark. Not an
 * exclamation, which is as often a crowd's chant (“Lock them up!”), nor
 * one in single marks, which US newspapers use for a section's heading
 * ('A change of heart.'), unless the article prints its quotes in them.
 */
function wholeSentence(span: QuoteSpan, context: SentenceContext, singleMarks: boolean): boolean {
  const { masked, text, sentence } = context
  const quoted = text.slice(span.start, span.end)
  const around = masked.slice(sentence.start, span.open) + masked.slice(span.after, sentence.end)
  return (!span.single || singleMarks) && /^\p{Lu}\S*\s+\S/u.test(quoted) && /[.?]$/.test(quoted) && /^\s*$/.test(around)
}

/**
 * 'A change of heart.' alone on its line: US newspapers head a section with
 * a few quoted words in single marks, someone's in the section it heads,
 * not the last speaker's going on. At most eight words. Not in an article
 * that prints most quotes in single marks (‘It was terrifying.’).
 */
function sectionHeading(span: QuoteSpan, context: SentenceContext, singleMarks: boolean): boolean {
  return !singleMarks && span.single && aloneOnLine(context.text, span) && pieceCount(context.text.slice(span.start, span.end)) <= 8
}

/** Whether a quote is all its line holds. */
function aloneOnLine(text: string, span: QuoteSpan): boolean {
  const lineStart = text.lastIndexOf('\n', span.open) + 1
  const lineEnd = text.indexOf('\n', span.after)
  return /^\s*$/.test(text.slice(lineStart, span.open)) && /^\s*$/.test(text.slice(span.after, lineEnd < 0 ? text.length : lineEnd))
}

/** Whether an article prints its quotes in single marks: more of them in running text than in double marks. */
function quotesInSingleMarks(text: string, spans: readonly QuoteSpan[]): boolean {
  const inText = spans.filter((span) => span.single && !aloneOnLine(text, span)).length
  return inText > spans.filter((span) => !span.single).length
}

/** `Q: “Will the port close?”`: a quote right after a question's mark that opens its sentence. */
function asksQuestion(span: QuoteSpan, context: SentenceContext): boolean {
  return /^\s*(?:Q|Question)\s*[:.]\s*$/.test(context.masked.slice(context.sentence.start, span.open))
}

/** Verbs of saying words, which a negation can deny (not "agree" or "continue", whose negation denies something else). */
const sayingVerbs = ['say', 'says', 'said', 'saying', 'call', 'calls', 'called', 'calling', 'tell', 'tells', 'told', 'telling', 'describe', 'describes', 'described', 'describing', 'state', 'stated', 'stating', 'write', 'wrote', 'written', 'writing', 'use', 'used', 'using'].join('|')
const auxiliary = '(?:did|does|do|has|have|had|was|is|would|will|could|should|can|may|might|must)'
/** Right after the speaker: "did not say", "didn’t call", "never said", "has denied calling". */
const negatedAfter = new RegExp(String.raw`^\s+(?:${auxiliary}\s*)?(?:(?:not|never)\s+|n['’]t\s+)(?:(?:have|ever|once|even|actually|really|publicly|explicitly)\s+)*(?:${sayingVerbs})\b|^\s+(?:(?:has|had)\s+)?denie[sd]\s+(?:ever\s+)?(?:having\s+)?(?:${sayingVerbs})\b`, 'iu')
const neitherNorBefore = /\bneither\b[^.;:“”]*\bnor\s+$/iu
const sayingAfter = new RegExp(String.raw`^\s+(?:${sayingVerbs})\b`, 'iu')
const anyVerb = new RegExp(String.raw`\b(?:${reportingVerbForms.join('|')})\b`, 'giu')

/**
 * "Vell did not say the port was “…”", "Vell never called it “…”", "Neither
 * Lee nor Vell said “…”": where the one a finding names is said not to have
 * said the words the quote holds, they are nobody's. Only the speaker's own
 * verb, negated, with no other reporting verb before the quote: "Vell
 * called for Lee to quit for not calling it “…”" is Vell's.
 */
function deniedSaying(finding: Finding, masked: string, sentence: Range, open: number): boolean {
  const mention = finding.mention
  if (!mention || mention.end > open) return false
  const after = masked.slice(mention.end, open)
  const lead = masked.slice(sentence.start, mention.start)
  const negated = negatedAfter.exec(after) ?? (lead.includes('either') && neitherNorBefore.test(lead) ? sayingAfter.exec(after) : null)
  if (!negated) return false
  return [...after.slice(negated[0].length).matchAll(anyVerb)].length === 0
}

const relativePronoun = /who|that|which/

/**
 * "Ruiz met a farmer who said “…”", "Ruiz held up a sign that said “…”",
 * "under a headline which read, “…”": a quote right after "who", "that" or
 * "which" and a reporting verb is the words of what stands before them, the
 * actor named there, or nobody where that is a thing no actor names; not the
 * clause subject's, nor the speaker of a cue further back. Undefined where
 * the quote does not follow such a clause, or where the thing is what the
 * clause's subject put out ("Lee released a video that said “…”"), whose
 * words the other rules give to the subject.
 */
function relativeSpeaker(span: QuoteSpan, context: SentenceContext): Finding | null | undefined {
  const before = context.masked.slice(context.sentence.start, span.open)
  // The pronoun is looked for first: the pattern, anchored at the end, is tried at every position of the sentence.
  const relative = relativePronoun.test(before) ? /\b(\p{Ll}+),?\s+(?:who|that|which)\s+(\p{Ll}+),?\s*$/u.exec(before) : null
  if (!relative?.[1] || !reportingVerbSet.has(relative[2] ?? '')) return undefined
  const antecedentEnd = context.sentence.start + relative.index + relative[1].length
  // "Lee released a video that said “…”": what someone puts out says their words, as the rules for cues have it.
  if (putOut.test(before.slice(0, relative.index + relative[1].length))) return undefined
  const antecedent = context.mentions.find((mention) => mention.end === antecedentEnd && !mention.possessive)
  const entry = antecedent && context.resolved.get(antecedent)
  if (!antecedent) return null
  return entry ? { entry, via: viaOf(antecedent, entry), mention: { start: antecedent.start, end: antecedent.end } } : undefined
}

/**
 * "Lund held up a placard reading “…”", "wore a cap saying, “…”": words
 * that a thing someone wears or holds carries, right before the quote, are
 * nobody's, not the wearer's, as "a sign that said “…”" is.
 */
function carriedWords(span: QuoteSpan, context: SentenceContext): boolean {
  // Two words and a mark: the few characters before the quote hold them.
  const carried = /\b(\p{L}[\p{L}-]*)\s+(\p{Ll}+)[,:]?\s*$/u.exec(context.masked.slice(Math.max(context.sentence.start, span.open - 48), span.open))
  return carried !== null && participleForms.has(carried[2] ?? '') && signNouns.has((carried[1] ?? '').toLowerCase())
}

/** A verb of putting something out, then the thing, at most four words with no article or preposition among them: "released a campaign video", "added the caption". */
const putOutVerbs = 'released|releases|issued|issues|published|publishes|posted|posts|added|adds|sent|sends|tweeted|tweets|wrote|writes|aired|airs|ran|runs'
const notArticleOrPreposition = String.raw`(?!(?:a|an|the|of|in|on|at|to|by|for|from|with|under|over|about|into)\s)`
const putOut = new RegExp(String.raw`\b(?:${putOutVerbs})\s+(?:a|an|the|his|her|its|their)\s+(?:${notArticleOrPreposition}[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$`, 'u')

/**
 * A quote of four words or more with no cue. Inside a clause whose subject
 * is a person, it is theirs ("Ruiz called the plan “a gift to the banks”");
 * else it goes on with the speaker of the paragraph before, or with whom the
 * last sentences were about (a body or a thing as subject is more often part
 * of that speaker's reported words), else it is the clause subject's.
 */
function uncuedSpeaker(span: QuoteSpan, context: SentenceContext, recent: Attribution | undefined, discourse: Walk): Finding | undefined {
  const author = authorOfOpening(span, context)
  if (author) return author
  if (opensOnThing(span, context)) return undefined
  const subject = clauseSubject(span, context)
  if (subject && toldOrAsked(subject, span, context)) return undefined
  if (subject && speaksAsSubject(subject, span, context)) return subject
  // “I went there first”: one person's words, never a group's nor a document's.
  const singular = /\b(?:I|I'm|I’m|I've|I’ve|my|me|myself)\b/.test(context.text.slice(span.start, span.end))
  const speaksAlone = (entry: Entry) => entry.kind === 'person' || entry.kind === 'anonymous'
  const canSpeak = (entry: Entry) => singular ? speaksAlone(entry) && !entry.plural : speaksAlone(entry) || entry.kind === 'document'
  const about = context.blockIndex - discourse.subjectBlock <= 1 ? latestOf(discourse.subjects, canSpeak) : undefined
  const topic = discourse.topicSinceQuote
  const topicSinceQuote = topic !== undefined && topic.finding?.entry !== recent?.speaker && context.blockIndex - topic.block <= 1
  const goingOn = going(recent) ?? (about ? lastNamed(about, span.open) : undefined) ?? subject
  const found = topicSinceQuote ? topic?.finding ?? undefined : goingOn
  return found && fitsUnresolvedSubject(found.entry, span, context) ? found : undefined
}

/**
 * "Twelve winters ago, she backed the toll as “…”": where the quote's clause
 * has for its subject a "he" or a "she" nothing resolved, whoever the quote
 * would go on with must be of that sex when theirs is known; a man's words
 * going on into a "she" clause are someone else's, whom the text did not
 * name again.
 */
function fitsUnresolvedSubject(entry: Entry, span: QuoteSpan, context: SentenceContext): boolean {
  const clauseStart = quoteClauseStart(span, context)
  const unresolved = context.mentions.find((mention) => {
    const heOrShe = mention.name === 'he' || mention.name === 'she'
    return heOrShe && mention.start >= clauseStart && mention.end <= span.open && context.resolved.get(mention) === undefined
  })
  return unresolved === undefined || entry.gender === undefined || entry.gender === unresolved.gender
}

/**
 * "Vell was asked, “…”", "The council was told “…”": words put to the
 * clause's subject are someone else's, whom the clause does not name (with
 * "by", a cue names them); not the subject's, nor the last speaker's going on.
 */
function toldOrAsked(subject: Finding, span: QuoteSpan, context: SentenceContext): boolean {
  return subject.mention !== undefined && hasListenerPassive(context.masked.slice(subject.mention.end, span.open))
}

/** A phrase that opens on someone's own words: "In an address that …", "During her speech to …". */
const ownWordsOpening = /^(?:in|at|during|with)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:address|speech|interview|statement|remarks|op-ed|essay|letter|post|message|column|memoir|tweet)\b/iu

/**
 * "In a speech that touched on the “anger of the docks”, Ana Ruiz
 * …": a quote in an opening phrase about someone's own words is the words
 * of the main clause's subject, when a person.
 */
function authorOfOpening(span: QuoteSpan, context: SentenceContext): Finding | undefined {
  const { openingEnd } = context
  if (openingEnd < 0 || span.open >= openingEnd || !ownWordsOpening.test(context.masked.slice(context.sentence.start, span.open))) return undefined
  const subject = context.mentions.find((mention) => mention.start >= openingEnd && !mention.afterPreposition && !mention.possessive)
  const entry = subject && context.resolved.get(subject)
  const person = entry && (entry.kind === 'person' || entry.kind === 'anonymous') && /^\s*$/.test(context.masked.slice(openingEnd, subject.start))
  return subject && entry && person ? { entry, via: 'subject', mention: { start: subject.start, end: subject.end } } : undefined
}

/**
 * Whether a clause subject speaks the quote in its clause. A person does,
 * and so does a document named as such ("The complaint alleged that the
 * party “failed …”"). A body does when it opens the clause ("The board saw her as “the
 * driver we needed”"), unless the quote stands in a relative clause about
 * someone else; one named further in is more often part of what the last
 * speaker said.
 */
function speaksAsSubject(subject: Finding, span: QuoteSpan, context: SentenceContext): boolean {
  const { kind } = subject.entry
  if (kind === 'person' || kind === 'anonymous') return true
  if (!subject.mention || (kind !== 'organization' && kind !== 'document')) return false
  // "It wasn’t the cries of “…” that rattled him": "it" is seldom a body or a document there.
  if (/^it$/i.test(context.masked.slice(subject.mention.start, subject.mention.end))) return false
  if (kind === 'document') return true
  const clauseStart = Math.max(context.sentence.start, context.openingEnd)
  const opensClause = /^\s*(?:(?:the|a|an|its|his|her|their)\s+)?$/i.test(context.masked.slice(clauseStart, subject.mention.start))
  // "the regime favoured the rebels, which “dragged the city into war”": words about someone else, more often the last speaker's.
  const relative = /,\s*(?:which|who|whose|where)\b[^,]*$/.test(context.masked.slice(subject.mention.end, span.open))
  return opensClause && !relative
}

/**
 * A thing named with an article or a named owner, then its verb: "The plan
 * promises to", "A campaign ad released Monday accuses him of", "Lee's
 * website lists him as", "One ad, which aired twice, argues". The first
 * noun phrase of a clause, at most seven words, ending where a word reads as
 * a verb. Not "His claim was that …", whose owner is whom the discourse is
 * about, speaking.
 */
const ownerOrDeterminer = String.raw`(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Oo]ne|[Aa]nother|(?!(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Ww]ho|[Hh]ere)['’])\p{Lu}[\p{L}.-]*['’]s)`
const nounWords = String.raw`(?:[\p{L}'’-]+,?\s+){0,6}?`
const relativeAside = String.raw`(?:,?\s*(?:which|who)\s[^,]{0,60},\s*)?`
const finiteVerb = String.raw`(?:\p{Ll}+(?:ed|[^s\W]s)|will|would|can|could|may|might|must|should)\b`
const thingThenVerb = new RegExp(`^\\s*${ownerOrDeterminer}\\s+${nounWords}${relativeAside}${finiteVerb}`, 'u')

/**
 * "The new charter calls for “a fair wage”": a quote with no cue inside a
 * clause whose subject is a thing the text names as no actor (a plan, an
 * ad, a page, a law) is that thing's words, not the last speaker's going on.
 * Not where the quote stands in a relative clause about something else
 * ("The treasury blamed the unions, which had “…”").
 */
function opensOnThing(span: QuoteSpan, context: SentenceContext): boolean {
  const clauseStart = quoteClauseStart(span, context)
  const clause = context.masked.slice(clauseStart, span.open)
  const thing = thingThenVerb.exec(clause)
  if (!thing || /,\s*(?:which|who|whose|where)\b/.test(clause.slice(thing[0].length))) return false
  // "The city’s treasurer warned …", "The danger he sees is …": a noun phrase that names an actor is no thing;
  // "One Club for Growth ad argues": a name before a document's noun names what put the document out.
  const phraseEnd = clauseStart + thing.index + thing[0].length
  const beforeDocument = (mention: Mention) => isDocumentNoun(/^\s+(\p{Ll}+)/u.exec(context.masked.slice(mention.end, mention.end + 20))?.[1] ?? '')
  return !context.mentions.some((mention) => mention.start >= clauseStart && mention.start < phraseEnd && !mention.possessive && !mention.qualifier && !beforeDocument(mention))
}

/** Whom the discourse is about, named where the text last named them before `before`. */
function lastNamed(entry: Entry, before: number): Finding {
  const mention = entry.mentions.findLast((named) => named.end <= before)
  return mention ? { entry, via: 'continuation', mention: { start: mention.start, end: mention.end } } : { entry, via: 'continuation' }
}

/** Reporting verbs that say the speaker had spoken just before: "he added", "she went on". */
const goingOnVerbs = new Set(['added', 'adds', 'continued', 'continues', 'went on', 'goes on'])

/**
 * “…,” he added: "added" and "continued" say that whoever spoke last goes on
 * speaking, so a "he" or "she" there is the last quote's speaker when the
 * pronoun fits them, though the sentences between named someone else. Not
 * where the pronoun's own sentence made its actor speak before it ("Lund
 * said the club broke its rules, which he added “is sad”").
 */
function sameSpeakerGoingOn(cue: Cue, finding: Finding | undefined, recent: Attribution | undefined, context: SentenceContext): Finding | undefined {
  const last = recent?.speaker
  if (!finding?.mention || finding.via !== 'pronoun' || !last || !goingOnVerbs.has(cue.text.toLowerCase())) return finding
  if (spokeEarlierInSentence(finding, cue, context)) return finding
  const pronoun = cue.speaker === 'subject' ? undefined : cue.speaker
  const fits = pronoun?.gender !== undefined && !last.plural && (last.kind === 'person' || last.kind === 'anonymous') && (last.gender === undefined || last.gender === pronoun.gender)
  return fits ? { ...finding, entry: last } : finding
}

/**
 * "Vell shot back that she welcomed the attack since, she said, it had
 * “…”": a "he" or "she" cue set off by commas inside what the
 * sentence's subject is reported to say restates who speaks, when the
 * pronoun fits them, though a name between fits it too.
 */
function restatedSpeaker(cue: Cue, finding: Finding | undefined, context: SentenceContext): Finding | undefined {
  if (!finding || finding.via !== 'pronoun' || cue.speaker === 'subject') return finding
  const pronoun = cue.speaker
  const { start, end } = cueExtent(cue)
  const setOff = /,\s*$/.test(context.masked.slice(context.sentence.start, start)) && /^\s*,/.test(context.masked.slice(end, context.sentence.end))
  if (!setOff) return finding
  const subject = context.subjectMention
  const entry = subject && subject.end <= start ? context.resolved.get(subject) : undefined
  const reports = entry !== undefined && context.cues.some((other) => other.speaker !== 'subject' && other.speaker.start === subject?.start && other.end <= start)
  const fits = reports && entry.kind === 'person' && !entry.plural && entry.gender === pronoun.gender
  return fits && entry !== finding.entry ? { ...finding, entry } : finding
}

/** Whether the actor a finding names is the speaker of a cue before `cue` in its sentence. */
function spokeEarlierInSentence(finding: Finding, cue: Cue, context: SentenceContext): boolean {
  return context.cues.some((other) => other.speaker !== 'subject' && other.end <= cue.start && context.resolved.get(other.speaker) === finding.entry)
}

/**
 * The subject of the clause a quote stands in, when the sentence has words
 * before the quote: the first actor there, not after a preposition, with no
 * verb before it ("The treasury blamed the unions, which …": the unions are
 * no subject).
 */
function clauseSubject(span: QuoteSpan, context: SentenceContext): Finding | undefined {
  const clauseStart = quoteClauseStart(span, context)
  const before = context.mentions.filter((mention) => mention.start >= clauseStart && mention.end <= span.open)
  const subject = before.find((mention) => !mention.afterPreposition && !mention.possessive && !mention.qualifier && context.resolved.get(mention) !== undefined)
  if (!subject || hasVerb(context.masked.slice(clauseStart, subject.start))) return undefined
  const entry = context.resolved.get(subject)
  return entry && !entry.outlet ? { entry, via: 'subject', mention: { start: subject.start, end: subject.end } } : undefined
}

/** Where the clause that holds a quote starts: after an opening phrase, or after the word joining it to the clause before. */
function quoteClauseStart(span: QuoteSpan, context: SentenceContext): number {
  return Math.max(context.sentence.start, context.openingEnd, coordinateClauseStart(span.open, context))
}

/**
 * "Lee signed the order, while Ruiz, a former governor, proposed “…”": where
 * what stands at `before` is in a clause joined by ", while", ", whereas",
 * ", but" or ", and" to the one before, that clause starts after the joining
 * word; -1 where there is none.
 */
function coordinateClauseStart(before: number, context: SentenceContext): number {
  const words = context.masked.slice(context.sentence.start, before)
  let start = -1
  for (const join of words.matchAll(/,\s+(?:while|whereas|but|and)\s+(?=(?:the|a|an)\s|\p{Lu})/gu)) start = context.sentence.start + (join.index ?? 0) + join[0].length
  return start
}

/** A lower-case word that reads as a finite verb: a past form in -ed, an irregular past ("won", "took"), or a common auxiliary. */
function hasVerb(words: string): boolean {
  if (/\b(?:\p{Ll}+ed|will|would|says|said|told)\b/u.test(words)) return true
  return words.split(/[^\p{Ll}]+/u).some((word) => unmarkedVerbForms.has(word))
}

/**
 * The actor a cue names. A participle (", adding", ", saying") speaks for
 * the subject of the verb it hangs on: the speaker of an earlier cue in the
 * sentence ("Korver said, adding …"), else the sentence's subject. An outlet
 * that is itself said to report is the quote's speaker, of its own kind.
 */
function cueSpeaker(cue: Cue, context: SentenceContext): Finding | undefined {
  const mention = cue.speaker !== 'subject' ? cue.speaker : subjectOfCue(cue, context)
  const entry = mention && context.resolved.get(mention)
  if (!mention || !entry) return undefined
  return { entry, via: viaOf(mention, entry), mention: { start: mention.start, end: mention.end } }
}

/**
 * Who a cue with no subject of its own (", saying", "and said") is said of,
 * in this order: the speaker of an earlier cue in the sentence; the person
 * subject of a clause of "as", "when" or "where" right before it; the
 * subject of its own clause: the sentence's first actor when the cue stands
 * in an opening clause ("When Lee spoke and said “…”, the crowd cheered"),
 * the subject of a clause joined by ", while" or ", and", else the main
 * clause's subject before the cue; a bare name before all of these.
 */
function subjectOfCue(cue: Cue, context: SentenceContext): Mention | undefined {
  // "a class called “Perception” on his page, writing …": a verb that names a thing reports no one.
  const earlier = context.cues.filter((other) => other.end <= cue.start && other.speaker !== 'subject' && !namingVerbs.has(other.text.toLowerCase())).at(-1)
  const subordinate = subordinateSubject(cue, context)
  if (!subordinate && unnamedSubordinate(context.masked.slice(earlier?.end ?? context.sentence.start, cue.start))) return undefined
  // "He tweeted when Ostrow ended the meeting, remarking, “…”": a clause of "when" between the two is whom the participle follows.
  if (earlier && earlier.speaker !== 'subject' && !(subordinate && subordinate.start > earlier.end)) return earlier.speaker
  const inOpeningClause = cue.end <= context.openingEnd
  const ownClause = coordinateSubject(cue, context) ?? mainSubjectBefore(cue, context)
  const main = inOpeningClause ? subjectMentionOf(context.mentions, context.resolved) : ownClause
  const subject = subordinate ?? main
  const bare = bareNameSubject(cue, context)
  return bare && (!subject || bare.start < subject.start) ? bare : subject
}

/**
 * The main clause's subject, when it stands before the cue. "Hundreds of
 * marchers filed past, chanting “…”, and asked whether Lee would …": a
 * participle hangs on a verb before it, so an actor named only after it is
 * never its subject.
 */
function mainSubjectBefore(cue: Cue, context: SentenceContext): Mention | undefined {
  const subject = context.subjectMention
  if (!subject || subject.start >= cue.start) return undefined
  return outletBefore(subject, context) ?? subject
}

/**
 * "The Ledger obtained a video of the speech and said …": an outlet that opens
 * the clause is its subject, though a thing it did comes first among the
 * actors that are not outlets.
 */
function outletBefore(subject: Mention, context: SentenceContext): Mention | undefined {
  if (context.resolved.get(subject)?.kind !== 'document') return undefined
  const clauseStart = Math.max(context.sentence.start, context.openingEnd)
  const first = context.mentions.find((mention) => mention.start >= clauseStart && mention.start < subject.start)
  const opens = first && /^\s*(?:the\s+)?$/i.test(context.masked.slice(clauseStart, first.start))
  return opens && !first.afterPreposition && !first.possessive && context.resolved.get(first)?.outlet ? first : undefined
}

/** "Lee signed it, while Ruiz objected and said …": the subject of the joined clause the cue stands in. */
function coordinateSubject(cue: Cue, context: SentenceContext): Mention | undefined {
  const start = coordinateClauseStart(cue.start, context)
  if (start < 0) return undefined
  const subject = context.mentions.find((mention) => mention.start >= start && mention.end <= cue.start && !mention.afterPreposition && !mention.possessive)
  return subject && context.resolved.get(subject) && !hasVerb(context.masked.slice(start, subject.start)) ? subject : undefined
}

function isPerson(mention: Mention | undefined, context: SentenceContext): boolean {
  const entry = mention && context.resolved.get(mention)
  return entry !== undefined && (entry.kind === 'person' || entry.kind === 'anonymous')
}

/** The words that open a subordinate clause a participle may hang on. */
const subordinating = 'as|while|when|where|after|because|since|though|although'

/** A subordinating word, and words of number before a plural ("where about 50 protesters"). */
const subordinateOpener = new RegExp(String.raw`\b(${subordinating})\s+(?:(?:about|some|nearly|almost|around|over|more than|\d[\d,]*|hundreds of|dozens of|thousands of)\s+)*$`, 'i')
/** Words that open a clause of what happens at the same time, which a participle after a comma may hang on ("as Ruiz took the stage, saying"). */
const simultaneous = /^(?:as|while|when|where)$/i

/**
 * "It was a tense night, as Ana Ruiz took up the charge, saying …",
 * "Lee spoke nearby, where about 50 protesters had gathered, chanting …": a
 * participle hangs on the clause of "as", "when", "where" … right before it,
 * when a person is that clause's subject; on a clause of "after", "because"
 * … only with no comma between ("although Vell won it by saying").
 */
function subordinateSubject(cue: Cue, context: SentenceContext): Mention | undefined {
  const before = context.mentions.filter((mention) => mention.end <= cue.start && !mention.possessive && !mention.afterPreposition)
  for (const mention of before.reverse()) {
    const opener = subordinateOpener.exec(context.masked.slice(Math.max(0, mention.start - 40), mention.start))?.[1]
    if (!opener) continue
    // "when Ruiz ended the meeting with a nod to the film “Harbour Wars”, remarking": a short title inside the clause does not end it.
    const between = context.masked.slice(mention.end, cue.start).replace(/[“"][^“”"]{0,40}[”"]/g, '')
    // "Lee spoke after Ruiz won her primary, remarking": after a comma, a participle hangs on the main clause, not on one of "after" or "because".
    const hangs = simultaneous.test(opener) || !/,\s*$/.test(between)
    return hasVerb(between) && hangs && !/[.;:“”"]/.test(between) && isPerson(mention, context) ? mention : undefined
  }
  return undefined
}

/**
 * "Ruiz smiled as a janitor walked past, saying he was “here to fix the
 * sink”": a participle hangs on the clause of "as", "while" … right before
 * it (`text` runs up to the participle), even where that clause's subject is
 * a noun for someone that names no actor the rules know. The participle then
 * names no one: the main clause's subject, or an earlier cue's, would be a
 * guess against the sentence. A clause whose subject is no one ("because the
 * meeting ran late, saying") or a document ("after her statement was shown
 * to be false, stating") leaves the participle to the main clause.
 */
function unnamedSubordinate(text: string): boolean {
  const words = unnamedClause.exec(text)?.[1]?.split(/\s+/) ?? []
  const verb = words.findIndex((word, index) => index > 0 && index < 4 && (/\p{Ll}(?:ed|[^s]s)$/u.test(word) || unmarkedVerbForms.has(word)))
  const subject = words[verb - 1] ?? ''
  return verb > 0 && isSpeakerNoun(subject) && !isDocumentNoun(subject)
}

/** A clause of a subordinating word and a noun with a determiner, up to the comma at the end of the text: its words after the determiner. */
const unnamedClause = new RegExp(String.raw`\b(?:${subordinating})\s+(?:a|an|the|one|another|some|his|her|their|its)\s+([\p{Ll}\s-]+?),\s*$`, 'u')

/**
 * "Sanders stepped up his attacks, saying …", "Huma Vance emailed supporters,
 * telling them …": a name nothing else marks as an actor yet is the subject
 * when it is the first mention before the cue and not after a preposition;
 * the cue is what marks it.
 */
function bareNameSubject(cue: Cue, context: SentenceContext): Mention | undefined {
  const clauseStart = context.openingEnd
  const before = context.mentions.filter((mention) => mention.start >= clauseStart && mention.end <= cue.start && context.resolved.get(mention) !== undefined)
  const first = before.find((mention) => !mention.afterPreposition && !mention.possessive)
  const entry = first && context.resolved.get(first)
  // "I'm old enough to remember …": a contraction of "I" opens no name.
  const bare = first?.type === 'name' && entry?.kind === 'unknown' && !entry.outlet && !/['’](?:m|re|ll|ve|d)$/i.test(first.name)
  return bare ? first : undefined
}

/** A pronoun's speaker is found through the pronoun, a description's through the description when it stands for a named actor. */
function viaOf(mention: Mention, entry: Entry): Via {
  if (mention.type === 'pronoun') return 'pronoun'
  if (mention.type === 'description' && entry.keys.size > 0) return 'description'
  return 'cue'
}

/**
 * The cue right after the quote, else the nearest before it, else the nearest
 * later in the sentence. A participle introduces what follows it: in `called
 * him a “liar,” saying, “…”` it is not the first quote's cue; with no quote
 * after it (`“…?” a reporter can be heard asking him.`) it is.
 */
function chooseCue(span: QuoteSpan, cues: readonly Cue[], masked: string, sentence: Range): Cue | undefined {
  const startOf = (cue: Cue) => cueExtent(cue).start
  const introducesQuote = (cue: Cue) => participleForms.has(cue.text.toLowerCase()) && (cue.speaker === 'subject' || masked.slice(cue.end, sentence.end).includes('“'))
  const later = cues.filter((cue) => startOf(cue) > span.close && !introducesQuote(cue))
  const adjacent = later.find((cue) => /^[\s,.!?;:—–-]*$/.test(masked.slice(span.after, startOf(cue))))
  const before = cues.filter((cue) => cue.end <= span.open)
  const nearest = before.at(-1)
  // "Vell said the vote was “a fraud.” Ruiz agreed.": a quote that ends its sentence after a cue of its own leaves the next words to themselves.
  const endsSentence = /[.!?]$/.test(masked.slice(span.start, span.end))
  if (adjacent && !(endsSentence && nearest)) return adjacent
  // "Ruiz said the tweet saying … meant that “…”": the participle's clause ends at a verb of its own before the quote.
  if (nearest && participleForms.has(nearest.text.toLowerCase()) && verbThatBefore(masked.slice(nearest.end, span.open))) return before.at(-2) ?? later[0]
  return nearest ?? later[0]
}

/** Words that end on a finite verb and "that": "… meant that". */
function verbThatBefore(words: string): boolean {
  const verb = /\b(\p{Ll}+)\s+that\s*$/u.exec(words)?.[1] ?? ''
  return /[^e]ed$/.test(verb) || unmarkedVerbForms.has(verb)
}

/**
 * Only a short attribution stands between two parts of a split quote: `,” he
 * said. “`, `,” wrote the paper. “`: the first part's own cue, or a common
 * reporting verb, and no sentence after the one that holds it.
 */
function isCueOnly(previous: Attribution, span: QuoteSpan, between: string, sentence: Range): boolean {
  if (between.length > 120 || /[“”"]/.test(between.slice(1, -1))) return false
  // `,” says Vell. Ruiz disagrees. “`: a sentence of its own after the cue's makes the next quote a new one.
  const afterCueSentence = Math.max(0, previous.sentence.end - previous.span.after)
  const beforeOwnSentence = Math.max(afterCueSentence, sentence.start - previous.span.after)
  if (/\S/.test(between.slice(afterCueSentence, beforeOwnSentence))) return false
  const cue = previous.cue
  const ownCue = cue !== undefined && cue.start >= previous.span.after && cue.end <= span.open
  return ownCue || /\b(?:said|says|added|told|noted|continued|adding|saying)\b/.test(between)
}

/**
 * Words before a quote that make it the title of a work: "author of “…”",
 * "the book “…”", and "titled" after a work or a piece that carries a
 * headline ("a video titled “…”", "an article headlined “…”"), or opening
 * the sentence ("Titled “…,” the ad shows …"). Not "a memo titled “…”": a
 * memo's title is its author's words. In lower case, so that "Dr. Paul Song
 * “…”" is no song.
 */
function namesWork(before: string): boolean {
  return workBefore.test(before) || titledBefore.test(before)
}

const workBefore = new RegExp(`\\b(?:author of|co-author of|${workNouns.join('|')})\\s*,?$`)
/** Pieces whose title is a headline rather than anyone's words. */
const headlinedNouns = ['article', 'story', 'column', 'op-ed', 'editorial', 'piece', 'post', 'video', 'ad', 'advertisement', 'episode', 'segment']
const titledBefore = new RegExp(`(?:^|\\b(?:${[...workNouns, ...headlinedNouns].join('|')})\\s+)(?:titled|entitled|headlined)\\s*,?$`, 'i')

/**
 * `“This Kind of War,” by T. R. Fehrenbach`: words in title case, every word
 * of four letters or more capitalised, right before "by" and a name, are a
 * work's title.
 */
function titleByAuthor(quoted: string, after: string): boolean {
  if (!/^[,.]?\s*by\s+\p{Lu}/u.test(after)) return false
  const long = quoted.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  return long.length > 0 && long.every((word) => opensOnCapital(word))
}

/**
 * A statement stands as its own sentence (or follows a cue and a colon or
 * comma) and starts with a capital. A short quote nobody is said to speak is a
 * scare quote; anything else is a fragment of someone's words.
 */
function quoteKind(span: QuoteSpan, text: string, masked: string, sentence: Range, speaker: Entry | undefined): QuoteKind {
  const quoted = text.slice(span.start, span.end)
  const shortUnspoken = !speaker && pieceCount(quoted) < 4
  const before = masked.slice(sentence.start, span.open).trimEnd()
  // "the so-called ‘modernisation’ package": the writer's own distance from the term; "author of “The Long Road”": a work's title.
  // "called the show “the news show of record”" describes; a title is capitalised.
  const work = (/^[\p{Lu}\p{N}]/u.test(quoted) && namesWork(before)) || titleByAuthor(quoted, masked.slice(span.after, span.after + 12))
  if (shortUnspoken || /\bso-called$/i.test(before) || work) return 'scare'
  const opensSentence = before === '' || /[:,]$/.test(before) || span.continuesPrevious
  const capital = /^[\p{Lu}\p{N}[(…'‘]/u.test(text.slice(span.start, span.start + 1))
  return opensSentence && capital ? 'statement' : 'fragment'
}
