/**
 * Attribution cues: the reporting verb and who it is said of. Works on masked
 * text, so no word inside a quotation can become a speaker.
 */
import { creditPhrases, isGoingOn, judgingParticiples, listenerVerbs, participleForms, singleWordVerbForms, twoWordForms, verbModifiers } from '../lexicon/reporting-verbs.ts'
import { bareWord, isLowerCaseWord, opensOnLowerCase, phraseOpenings, type Word } from '../words.ts'
import { partyAdjectives, workNouns } from '../lexicon/titles.ts'
import { months, weekdays } from '../lexicon/calendar.ts'
import { unmarkedVerbForms } from '../lexicon/verbs.ts'
import { isDescribingAdjective, isPartyAndState, nounVerbForms, opensWithInvertedVerb, type Mention } from './mentions.ts'

export interface Cue {
  /** The reporting words as printed: "said", "told", "according to", "quoted the document as saying". */
  text: string
  start: number
  end: number
  /** Who speaks: a mention, or the subject of the sentence (for ", adding, …"). */
  speaker: Mention | 'subject'
}

const phrases = creditPhrases.map((phrase) => phrase.split(' '))
const phraseStarts: ReadonlySet<string> = new Set(phrases.map((words) => words[0] ?? ''))
const twoWordOpenings = phraseOpenings(twoWordForms)
/** Nouns for what someone said, which a possessive before them makes theirs: "the senator’s answer was that …". */
const spokenNouns = new Set(['answer', 'response', 'reply', 'retort', 'message', 'argument', 'explanation', 'excuse', 'advice', 'verdict', 'view', 'position', 'slogan', 'motto', 'refrain', 'mantra'])
const modifierSet = new Set(verbModifiers)
/** The forms of "be" that make a passive of the participle after them. */
const beForms = /^(?:is|are|was|were|be|been|being)$/

/** Verbs that may come before their speaker after a quote: "…,” said Vidal. */
const invertible = new Set(['said', 'says', 'added', 'adds', 'asked', 'noted', 'continued', 'wrote', 'explained', 'replied', 'insisted', 'stressed', 'warned', 'claimed', 'argued', 'recalled', 'observed', 'remarked', 'concluded', 'declared', 'acknowledged', 'admitted', 'announced', 'confirmed', 'countered', 'retorted', 'tweeted', 'read', 'reads', 'writes', 'tweets', 'notes', 'explains', 'asks', 'continues', 'argues', 'warns', 'insists', 'claims', 'recalls', 'replies', 'concludes', 'observes', 'declares'])

/** Words right after an inverted verb that open no role before a name: "said of the campaign", "said in an interview". */
const notRoleWords = new Set(['of', 'in', 'on', 'at', 'to', 'about', 'with', 'for', 'from', 'by', 'after', 'before', 'during', 'that', 'than', 'as', 'and', 'but', 'or', 'it', 'this', 'there', 'so', 'when', 'while', 'because', 'if'])

/** Every cue in a sentence: its words (file offsets), the mentions found in it, and the masked file text. */
export function findCues(words: readonly Word[], mentions: readonly Mention[], text: string): Cue[] {
  const cues: Cue[] = []
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]
    if (!word) continue
    const lower = word.lower
    if (!cueOpenings.has(lower) && !isPastForm(word.text)) continue
    const phrased = phraseCue(words, mentions, index, text)
    if (phrased) cues.push(phrased)
    else if (participleForms.has(lower)) {
      const speaker = participleSpeaker(words, mentions, index, text)
      if (speaker) cues.push({ text: word.text, start: word.start, end: word.end, speaker })
    } else if ((singleWordVerbForms.has(lower) && !reportsNothing(words, index)) || goesOn(words, index) || twoWordVerb(words, index)) {
      const coordinated = afterConjunction(words, index) ? 'subject' : undefined
      // Right after `,”` any listed form may come before its speaker ("…,” stated Tom Ruiz), not only the common ones.
      const speaker = invertedAfterComma(words, mentions, index, text) ?? subjectBefore(words, mentions, index, text) ?? inverted(words, mentions, index, text, afterClosingQuote(text, word.start)) ?? coordinated
      const end = goesOn(words, index) || twoWordVerb(words, index) ? (words[index + 1]?.end ?? word.end) : word.end
      if (speaker) cues.push({ text: text.slice(word.start, end), start: word.start, end, speaker })
    } else if (isPastForm(word.text) && !reportsNothing(words, index) && (afterClosingQuote(text, word.start) || afterQuotedSpeaker(words, mentions, index, text) || unlistedBeforeQuote(words, index))) {
      // “…,” remembered Iris Volkov / “…,” Okonjo started: a verb between a closing mark and its subject is a reporting verb, listed or not.
      const speaker = subjectBefore(words, mentions, index, text) ?? inverted(words, mentions, index, text, true)
      if (speaker) cues.push({ text: word.text, start: word.start, end: word.end, speaker })
    } else {
      const phrase = phraseStarts.has(lower) ? phrases.find((candidate) => matchesAt(words, index, candidate)) : undefined
      const after = phrase ? mentionAfterArticle(words, mentions, index + phrase.length) : undefined
      const end = words[index + (phrase?.length ?? 1) - 1]?.end ?? word.end
      if (phrase && after) cues.push({ text: text.slice(word.start, end), start: word.start, end, speaker: after })
    }
  }
  return cues
}

/**
 * Every word, in lower case, that a cue of `findCues` opens on, besides a
 * past form in -ed (`isPastForm`): the words the phrase rules look for
 * ("quoted", "put", "words", a colon, a dash, a verb of telling, a noun for
 * what was said), a participle, a reporting verb's form of one word or the
 * first of two, "went" and "goes", the first word of a credit phrase. A rule
 * that opens a cue on another word adds it here.
 */
const cueOpenings: ReadonlySet<string> = new Set([
  'quoted', 'put', 'puts', 'words', ':', '—', '–', ...listenerVerbs, ...spokenNouns, ...participleForms, ...singleWordVerbForms,
  'went', 'goes', ...twoWordOpenings, ...phraseStarts
])

type PhraseRule = (words: readonly Word[], mentions: readonly Mention[], index: number, text: string) => Cue | undefined

/**
 * Cues that are a phrase with its own speaker rather than a reporting verb
 * and its subject, in the order they are tried at each word.
 */
const phraseRules: readonly PhraseRule[] = [quotedAs, asPutIt, inWordsOf, labelBefore, askedBy, possessorsWords, signedAfterDash]

function phraseCue(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  for (const rule of phraseRules) {
    const cue = rule(words, mentions, index, text)
    if (cue) return cue
  }
  return undefined
}

/**
 * Who speaks through "saying", "adding", "telling": after a comma or a
 * preposition of means or time, the clause's subject ("Ruiz urged voters to
 * back Lee, saying …" is Ruiz's, not Lee's; so is "Ruiz ended by saying …");
 * after someone and "for" or "of", that someone ("accused Lee of saying …");
 * a document that something put out speaks for whoever put it out ("the
 * union issued a statement saying …"); else the one named right before
 * ("footage of Ruiz saying …", "with Ruiz adding …"), unless another
 * preposition puts them there ("an email to supporters saying …" is the
 * clause's subject's).
 */
function participleSpeaker(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Mention | 'subject' | undefined {
  if (afterComma(words, index) || byMeansOf(words, index)) return 'subject'
  const blamed = objectBlamed(words, mentions, index)
  if (blamed) return blamed
  const before = subjectBefore(words, mentions, index, text)
  // "sent an email to supporters saying …", "wrote on Facebook saying …": whom it was sent to, or where, does not speak;
  // "received a letter from Ana Ruiz calling …", "a call from the mayor asking …": whom a message came from does.
  if (before && before.afterPreposition && !/^(?:of|with)$/i.test(wordBefore(words, before)) && !fromSender(words, before)) return 'subject'
  // "the newspaper’s editorial telling her …", "with one of her ads asking": a document a preposition governs, or that an owner
  // of its own holds, is not one the subject put out; it speaks itself.
  const ownHolder = before !== undefined && /(?:’s|'s)\s/.test(text.slice(before.start, before.end))
  // "received a letter from Ana Ruiz calling …": a document that came from someone is theirs.
  const sender = before?.category === 'document' ? senderOf(words, mentions, before, index) : undefined
  if (sender) return sender
  const issued = before?.category === 'document' && !before.afterPreposition && !ownHolder && mentions.some((mention) => mention.end <= before.start && !mention.afterPreposition)
  return issued ? 'subject' : before
}

/**
 * "ended the talk by saying", "after adding", "while insisting": a
 * preposition of means or time before a participle leaves it the subject's.
 * Not "for saying" or "of saying", whose speaker is the object before them
 * ("blamed Lee for saying"), nor a participle of judging ("after slamming").
 */
function byMeansOf(words: readonly Word[], index: number): boolean {
  return /^(?:by|after|before|while|upon)$/i.test(words[index - 1]?.text ?? '') && !judgingParticiples.has(words[index]?.lower ?? '')
}

/**
 * "accused Tom Vell of saying", "praised Ana Ruiz for calling": the object
 * of a verb, right before "of" or "for" and the participle, is whom the
 * words are said of, not the clause's subject who judges them. Not "gave
 * Vell three stars for saying": what is given is no one.
 */
function objectBlamed(words: readonly Word[], mentions: readonly Mention[], index: number): Mention | undefined {
  // "of asking" asks for something, or asks questions the quote names ("of asking her a string of “…” questions").
  if (!/^(?:for|of)$/i.test(words[index - 1]?.text ?? '') || words[index]?.lower === 'asking') return undefined
  const object = mentionEndingAt(mentions, words[index - 2]?.end ?? -1)
  const verb = object ? wordBefore(words, object) : ''
  return /^\p{Ll}+(?:ed|s)$/u.test(verb) || unmarkedVerbForms.has(verb) ? object : undefined
}

/** The word before a mention's first word, or before its article ("to the supporters"). */
function wordBefore(words: readonly Word[], mention: Mention): string {
  const first = words.findIndex((word) => word.start === mention.start)
  const previous = words[first - 1]?.text ?? ''
  return /^(?:the|a|an)$/i.test(previous) ? words[first - 2]?.text ?? '' : previous
}

/**
 * "a letter from Ana Ruiz calling", "no worse than one from Ana Ruiz calling":
 * someone after "from", a description or a name its words say is a
 * person's. Not "back from Harbor City saying", a name no word says is anyone.
 */
function fromSender(words: readonly Word[], mention: Mention): boolean {
  const someone = mention.type === 'description' ? mention.category !== 'document' : mention.gender !== undefined || mention.title !== undefined
  return someone && wordBefore(words, mention).toLowerCase() === 'from'
}

/** The someone after "from" between a document and the word at `index`: "a letter from Ana Ruiz calling". */
function senderOf(words: readonly Word[], mentions: readonly Mention[], document: Mention, index: number): Mention | undefined {
  const end = words[index]?.start ?? 0
  return mentions.find((mention) => mention.start > document.end && mention.end <= end && fromSender(words, mention))
}

/** Right after a comma, or after a quotation that ends in one: `the “reporter,” saying`. */
function afterComma(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]?.text
  return before === ',' || (before === '”' && words[index - 2]?.text === ',')
}

/** "the Times quoted the document as saying": the speaker is the one quoted. */
function quotedAs(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  if (words[index]?.text !== 'quoted') return undefined
  const object = mentionAt(mentions, words[index + 1]?.start)
  if (!object) return undefined
  const after = words.findIndex((word) => word.start >= object.end)
  if (words[after]?.text !== 'as' || !/^(saying|telling|writing)$/.test(words[after + 1]?.text ?? '')) return undefined
  const start = words[index]?.start ?? 0
  const end = words[after + 1]?.end ?? start
  return { text: text.slice(start, end), start, end, speaker: object }
}

/**
 * "Ruiz was asked by host Tom Lee, “…”", "the council was told by the mayor
 * that …": the agent of a passive of asking or telling is who speaks, and
 * the subject listened. A role ("host", "moderator") may stand before the name.
 */
function askedBy(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  const verb = words[index]
  if (!verb || !listenerVerbs.has(verb.text) || !beForms.test(words[index - 1]?.lower ?? '') || words[index + 1]?.text !== 'by') return undefined
  const end = words[index + 1]?.end ?? verb.end
  for (let next = index + 2; next <= index + 6; next += 1) {
    const agent = mentionAt(mentions, words[next]?.start)
    if (agent && ownsRoleOfName(words, mentions, agent, next)) next = lastWordOf(words, agent, next)
    else if (agent) return agent.type === 'pronoun' || agent.possessive ? undefined : { text: text.slice(verb.start, end), start: verb.start, end, speaker: agent }
    else if (!describesName(words[next]?.text ?? '', words[next + 1]?.text ?? '')) return undefined
  }
  return undefined
}

/** "Fox Business moderator Gerard Baker": a name, starting at word `first`, before a role of one or two lower-case words and the name that holds it. */
function ownsRoleOfName(words: readonly Word[], mentions: readonly Mention[], owner: Mention, first: number): boolean {
  const role = lastWordOf(words, owner, first) + 1
  const lowerCase = (at: number) => isLowerCaseWord(words[at]?.text ?? '')
  const nameAt = (at: number) => mentionAt(mentions, words[at]?.start)?.type === 'name'
  return owner.type === 'name' && lowerCase(role) && (nameAt(role + 1) || (lowerCase(role + 1) && nameAt(role + 2)))
}

/**
 * `“…” — Marta Vidal, resident`: a dash right after a closing quote mark,
 * then a name that ends its sentence or comes before an appositive, signs the
 * quote, as under a pull quote or in a list of voices.
 */
function signedAfterDash(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  const dash = words[index]
  if (!dash || (dash.text !== '—' && dash.text !== '–') || words[index - 1]?.text !== '”') return undefined
  const signer = mentionAt(mentions, words[index + 1]?.start)
  if (!signer || signer.type !== 'name' || signer.possessive || signer.category === 'place') return undefined
  return /^\s*(?:[,.;]|$)/.test(text.slice(signer.end, signer.end + 2)) ? { text: dash.text, start: dash.start, end: dash.end, speaker: signer } : undefined
}

/**
 * "The Florida senator’s answer was that “…”", "Ana Ruiz’s reply was: “…”":
 * a possessive before a noun for what was said, and "was" or "is", give the
 * words after them to the one who owns the noun.
 */
function possessorsWords(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  const noun = words[index]
  if (!noun || !spokenNouns.has(noun.text) || !/^(?:was|is)$/.test(words[index + 1]?.text ?? '')) return undefined
  // "… was that “…”", "… was: “…”"; not "the answer was indistinct".
  if (!/^(?:that|:|,|“)$/.test(words[index + 2]?.text ?? '')) return undefined
  const owner = mentions.find((mention) => mention.end === words[index - 1]?.end && mention.possessive && mention.type !== 'pronoun')
  const end = words[index + 1]?.end ?? noun.end
  return owner ? { text: text.slice(noun.start, end), start: noun.start, end, speaker: owner } : undefined
}

/** "In Ana Ruiz’s words, “…”", "in the words of Ana Ruiz": the one whose words they are speaks. */
function inWordsOf(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  const word = words[index]
  if (!word || word.lower !== 'words') return undefined
  const owner = mentions.find((mention) => mention.end === words[index - 1]?.end && mention.possessive && mention.type === 'name')
  const ownerOpens = owner !== undefined && /\bin\s+$/i.test(text.slice(Math.max(0, owner.start - 4), owner.start))
  if (owner && ownerOpens) return { text: word.text, start: word.start, end: word.end, speaker: owner }
  const after = words[index + 1]?.lower === 'of' ? mentions.find((mention) => mention.start === words[index + 2]?.start && mention.type === 'name') : undefined
  const opens = /\bin\s+the\s+$/i.test(text.slice(Math.max(0, word.start - 8), word.start))
  return after && opens ? { text: word.text, start: word.start, end: word.end, speaker: after } : undefined
}

/** "As Ana Ruiz put it, …", "as she puts it", "Ana Ruiz put it simply: …": the one named before "put it" speaks. */
function asPutIt(words: readonly Word[], mentions: readonly Mention[], index: number, text: string): Cue | undefined {
  const word = words[index]
  if (!word || (word.text !== 'put' && word.text !== 'puts') || words[index + 1]?.text !== 'it') return undefined
  // "As Tom Corr, the party's whip, put it": past an appositive.
  const speaker = subjectBefore(words, mentions, index, text)
  if (!speaker) return undefined
  // "As the economist Ana Ruiz put it", "As the Ledger’s Dana Milbank puts it": a determiner, a role and an owner may stand between "as" and the name.
  let before = words.findIndex((candidate) => candidate.start === speaker.start) - 1
  const between = /^(?:\p{Ll}+|The|\p{Lu}[\p{L}.-]*(?:’s|'s|’|'))$/u
  for (let role = 0; role < 3 && between.test(words[before]?.text ?? '') && words[before]?.text !== 'as'; role += 1) before -= 1
  if (words[before]?.lower !== 'as' && !introducesWords(words, index + 2)) return undefined
  const end = words[index + 1]?.end ?? word.end
  return { text: `${word.text} it`, start: word.start, end, speaker }
}

/** After "put it": a colon, perhaps after a word or two of manner ("simply", "this way", "more bluntly"). "Vell put it on the table" is no cue. */
function introducesWords(words: readonly Word[], from: number): boolean {
  for (let at = from; at < from + 3; at += 1) {
    const word = words[at]?.text ?? ''
    if (word === ':') return true
    if (!/^(?:\p{Ll}+ly|this|way|best|more|most|so|thus)$/u.test(word)) return false
  }
  return false
}

/**
 * `Ana Ruiz: “…”`, `… – more from Ruiz: “…”`: a name alone before a colon
 * and an opening mark labels the words that follow, as in a transcript or a
 * digest. The name must open its clause (the sentence, or after a dash or
 * "from"), so "three goals for Congress: “…”" labels nothing, unless it is a
 * person named with a role or a common given name.
 */
function labelBefore(words: readonly Word[], mentions: readonly Mention[], index: number): Cue | undefined {
  const colon = words[index]
  if (colon?.text !== ':' || words[index + 1]?.text !== '“') return undefined
  const speaker = mentionEndingAt(mentions, words[index - 1]?.end ?? -1)
  if (!speaker || speaker.type !== 'name' || speaker.possessive) return undefined
  const first = words.findIndex((word) => word.start === speaker.start)
  const opener = words[first - 1]?.lower
  const opensClause = first === 0 || opener === 'from' || /^[-–—]$/.test(opener ?? '')
  // "… does not surprise pollster Dan Shaw: “…”": a person named with a role or a given name may end the clause.
  // Not where a verb before it reports someone else ("wrote of Ms. Merkel: “…”").
  const verbBefore = words.slice(0, first).some((word) => singleWordVerbForms.has(word.lower))
  const titledPerson = !verbBefore && ((speaker.title !== undefined && speaker.category === 'person') || speaker.gender !== undefined)
  return opensClause || titledPerson ? { text: ':', start: colon.start, end: colon.end, speaker } : undefined
}

/**
 * Whether a reporting verb's form here reports no one's words: "Lee will
 * continue to be …", "is said to be" (a verb before "to" and another verb); a
 * passive ("a letter, written by Tom Moe", but not "Gao said by telephone");
 * money as the object ("charged a $100,000 fee").
 */
function reportsNothing(words: readonly Word[], index: number): boolean {
  const verb = words[index]?.lower ?? ''
  const previous = words[index - 1]?.lower ?? ''
  // "charged a $100,000 fee": a verb whose object is money reports no words.
  if (words.slice(index + 1, index + 4).some((next) => /^[$€£¥]/.test(next.text))) return true
  // An agent after "by" makes a passive; "by telephone" is a means.
  const agent = /^(?:\p{Lu}|(?:the|a|an|his|her|its|their)$)/u.test(words[index + 2]?.text ?? '')
  if (words[index + 1]?.text === 'by' && agent && (previous === ',' || beForms.test(previous))) return true
  // "the council was told …", "Lee was asked whether …": the subject of a passive of these verbs is who listened.
  if (listenerVerbs.has(verb) && beForms.test(previous)) return true
  if (pluralNounEndingClause(words, index)) return true
  return words[index + 1]?.text === 'to' && (/^continu/.test(verb) || /^(?:is|are|was|were|be|been)$/.test(previous))
}

/**
 * "He won in Southern states.", "the Senate remarks, …": a form that is a
 * plural noun as often as a verb, ending its clause, in a sentence with no
 * quotation, reports nothing; "Ruiz states that …" and "“…,” Ruiz notes." do.
 */
function pluralNounEndingClause(words: readonly Word[], index: number): boolean {
  if (!nounVerbForms.has(words[index]?.lower ?? '')) return false
  const endsClause = /^(?:[.,;!?)]|and|or|but)?$/.test(words[index + 1]?.text ?? '')
  return endsClause && !words.some((word) => word.text === '“' || word.text === '”')
}

/**
 * "Ruiz went on", "she goes on": a reporting phrase of two words, ending its
 * clause ("went on:", "went on to say"), not "goes on recess"; where it ends
 * the clause, only in a sentence with a quotation ("The talks went on." says
 * nothing).
 */
function goesOn(words: readonly Word[], index: number): boolean {
  const after = words[index + 2]?.text ?? ''
  if (!isGoingOn(words[index]?.text ?? '', words[index + 1]?.text)) return false
  const quoted = words.some((word) => word.text === '“' || word.text === '”')
  return after === 'to' || after === ':' || (!/[\p{L}\p{N}]/u.test(after) && quoted)
}

/** "pointed out", "shot back": a reporting verb of two words. */
function twoWordVerb(words: readonly Word[], index: number): boolean {
  const first = words[index]?.text ?? ''
  return twoWordOpenings.has(first) && twoWordForms.has(`${first} ${words[index + 1]?.text ?? ''}`)
}

/** A past form in lower case: "remembered", "quipped". */
function isPastForm(word: string): boolean {
  return word.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(word)
}

/** Right after a closing quote mark and the comma (or ! or ?) before it: `,” said`. */
function afterClosingQuote(text: string, at: number): boolean {
  return /[,!?]\s*”\s*$/.test(text.slice(Math.max(0, at - 4), at))
}

/**
 * `Ruiz resisted: “…”`: a verb no list holds reports the quote it stands
 * before, except in what someone else is reported to have said: in "Lee
 * said it was a blunder and that Ruiz has changed her mind: “…”", the
 * quote goes on with Lee's words.
 */
function unlistedBeforeQuote(words: readonly Word[], verb: number): boolean {
  // "that" may come long after the reporting verb: "Lee said it was a blunder and that …".
  return beforeOpeningQuote(words, verb) && !insideReportedClause(words, verb, Infinity)
}

/** `Ruiz resisted: “…”`, `Lee shot back, “…”`: the verb, and at most two lower-case words after it, stand right before a colon or comma and an opening mark. */
function beforeOpeningQuote(words: readonly Word[], verb: number): boolean {
  // "The plan was published, “…”": a passive reports nothing.
  if (beForms.test(words[verb - 1]?.lower ?? '')) return false
  for (let next = verb + 1; next <= verb + 3; next += 1) {
    const word = words[next]?.text ?? ''
    if ((word === ':' || word === ',') && words[next + 1]?.text === '“') return true
    if (!isLowerCaseWord(word)) return false
  }
  return false
}

/**
 * `,” Okonjo started`, `,” Ana Ruiz, the former mayor, proclaimed`, `,” an
 * angry Okonjo retorted`: the word follows its subject, which follows a
 * closing quote mark, perhaps after an article and a word or two describing
 * the speaker.
 */
function afterQuotedSpeaker(words: readonly Word[], mentions: readonly Mention[], verb: number, text: string): boolean {
  const before = subjectBefore(words, mentions, verb, text)
  if (!before) return false
  const described = /[,!?]\s*”\s*(?:an?|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/u.test(text.slice(Math.max(0, before.start - 40), before.start))
  return afterClosingQuote(text, before.start) || described
}

/** The speaker before the verb, past auxiliaries, adverbs, a time ("on Monday"), a party and state ("(D-Ore.)") and one appositive between commas. */
function subjectBefore(words: readonly Word[], mentions: readonly Mention[], verb: number, text: string): Mention | undefined {
  let cursor = verb - 1
  while (cursor >= 0) {
    const time = timeLength(words, cursor)
    if (time === 0 && !modifierSet.has(words[cursor]?.lower ?? '')) break
    cursor -= Math.max(time, 1)
  }
  cursor = beforeParenthesis(words, cursor)
  const word = words[cursor]
  if (!word) return undefined
  // "Attorney General Mona Field, who told Congress: “…”": the relative pronoun's antecedent speaks.
  if (word.lower === 'who') return relativeAntecedent(words, mentions, cursor)
  const direct = mentionEndingAt(mentions, word.end) ?? personFromPlace(words, mentions, word.end)
  // "The nurse who sued Ivo Brandt says": the name that ends a relative clause is its object.
  const head = relativeHeadBefore(words, mentions, cursor)
  if (head) return head
  if (direct && direct.afterPreposition) return modifiedBefore(words, mentions, direct) ?? (agentOfParticiple(words, direct) ? undefined : direct)
  if (direct) return direct
  const ofRole = roleBeforeOf(words, mentions, cursor) ?? infinitiveSubject(words, mentions, cursor) ?? perceivedSpeaker(words, mentions, verb)
  if (ofRole) return ofRole
  // "Ivo Brandt, author of “The Long Road,” put it": the aside ends in a title whose comma stands inside its marks.
  const titleLast = word.text === '”' && words[cursor - 1]?.text === ','
  if (word.text !== ',' && !titleLast) return undefined
  const appositive = nameBeforeAsides(words, mentions, titleLast ? cursor + 1 : cursor)
  if (appositive) return text.slice(appositive.end, word.start).length <= 200 ? appositive : undefined
  // "The complaint, which was filed in the county court, alleged": a name after a preposition ends an aside, it is not the subject.
  const named = mentionEndingAt(mentions, words[cursor - 1]?.end ?? -1)
  return named && named.type !== 'pronoun' && !named.afterPreposition ? named : undefined
}

/**
 * "a staffer in the room wondered", "the lawyer for the family said", "the
 * email to his supporters says": the description a phrase of a preposition
 * follows is the subject, not the preposition's object. A name is followed
 * so only by where it works: "Tom Vell of the Harbor Ledger wrote", "Ana
 * Ruiz at Brightwell said" (a place after "of" is handled by
 * `personFromPlace`).
 */
function modifiedBefore(words: readonly Word[], mentions: readonly Mention[], object: Mention): Mention | undefined {
  let first = words.findIndex((word) => word.start === object.start) - 1
  if (/^(?:the|a|an)$/i.test(words[first]?.text ?? '')) first -= 1
  const head = mentionEndingAt(mentions, words[first - 1]?.end ?? -1)
  if (!head || head.afterPreposition) return undefined
  // "Speaker of the House Lena Ostrow said": a title's "of" goes on with the title of the name after it.
  const worksAt = head.type === 'name' && !head.possessive && !head.titleOnly && /^(?:of|at)$/.test(words[first]?.text ?? '')
  return head.type === 'description' || worksAt ? head : undefined
}

/**
 * "the residents who wrote to the mayor on Friday say": the one a relative clause
 * of "who" (no comma, at most ten words) that ends at word `last` is about.
 */
function relativeHeadBefore(words: readonly Word[], mentions: readonly Mention[], last: number): Mention | undefined {
  // "Lee, a nurse who now works for the port, said": a comma closes an aside, whose subject is found before it.
  if (words[last]?.text === ',') return undefined
  for (let who = last - 1; who >= Math.max(1, last - 10); who -= 1) {
    const text = words[who]?.text ?? ''
    if (/^[,;:“”"()]$/.test(text)) return undefined
    if (words[who]?.lower !== 'who') continue
    const head = mentionEndingAt(mentions, words[who - 1]?.end ?? -1)
    if (!head) return nameBeforeUnknownNoun(words, mentions, who)
    return head.type !== 'pronoun' && !head.afterPreposition && head.category !== 'document' ? head : undefined
  }
  return undefined
}

/**
 * "Ana Ruiz, the ferry whiz who ran the night boats said": "the" or "a" and
 * at most four lower-case words, set off by a comma after a name, are that
 * name's appositive though no list knows their noun, and the relative clause
 * after them is about the name. Not "…, shows Lee pondering who should be
 * thanked", no such noun phrase.
 */
function nameBeforeUnknownNoun(words: readonly Word[], mentions: readonly Mention[], who: number): Mention | undefined {
  const comma = asideBreakBefore(words, who)
  const aside = words.slice(comma + 1, who).map((word) => word.text).join(' ')
  const nounPhrase = /^(?:the|a|an)(?: \p{Ll}[\p{Ll}-]*){1,4}$/u.test(aside)
  return words[comma]?.text === ',' && nounPhrase ? nameBeforeAsides(words, mentions, who) : undefined
}

/** Words between a subject and "to" that leave it the subject of the verb after "to": "was prompted", "went so far as", "decided". */
const infinitiveChain = /^(?:(?:was|were|is|are|been|has|had|have|\p{Ll}+ly|\p{Ll}{3,}ed|went|so|far|as|seemed|began|chose|tried|wanted|hoped|needed|got)\s+)+$/u

/** Verbs of being heard or seen, and the modals and forms of "be" before them: "can be heard", "was seen". */
const perceivedChain = /^(?:(?:can|could|may|might|will|would|is|are|was|were|be|been)\s+)+(?:heard|seen|shown|caught|filmed|recorded|overheard)\s+$/

/** "a reporter can be heard asking …", "Ruiz was seen telling …": the one heard or seen speaks through the participle at `verb`. */
function perceivedSpeaker(words: readonly Word[], mentions: readonly Mention[], verb: number): Mention | undefined {
  return /ing$/.test(words[verb]?.text ?? '') ? subjectBeforeChain(words, mentions, verb, perceivedChain) : undefined
}

/**
 * "Ana Ruiz was prompted to say", "the columnist went so far as to say": the
 * subject of the verbs before "to" (word `to`) is the subject of the
 * reporting verb after it; not where a name stands right before "to" ("urged
 * Lee to say" is no report of Lee).
 */
function infinitiveSubject(words: readonly Word[], mentions: readonly Mention[], to: number): Mention | undefined {
  return words[to]?.text === 'to' ? subjectBeforeChain(words, mentions, to, infinitiveChain) : undefined
}

/** The mention right before a run of at most five words that `chain` matches, which ends before word `end`; not after a preposition. */
function subjectBeforeChain(words: readonly Word[], mentions: readonly Mention[], end: number, chain: RegExp): Mention | undefined {
  for (let last = end - 2; last >= Math.max(0, end - 6); last -= 1) {
    const run = words.slice(last + 1, end).map((word) => word.text).join(' ') + ' '
    const subject = chain.test(run) ? mentionEndingAt(mentions, words[last]?.end ?? -1) : undefined
    if (subject) return subject.afterPreposition ? undefined : subject
  }
  return undefined
}

/**
 * "the secretary of state said", "a member of the public told": a
 * description that "of" and a few lower-case words (no actor of their own)
 * follow, ending at word `last`, is the subject.
 */
function roleBeforeOf(words: readonly Word[], mentions: readonly Mention[], last: number): Mention | undefined {
  for (let of = last - 1; of >= Math.max(1, last - 3); of -= 1) {
    const between = words.slice(of + 1, last + 1)
    if (!between.every((word) => isLowerCaseWord(word.text))) return undefined
    if (words[of]?.text !== 'of') continue
    const head = mentionEndingAt(mentions, words[of - 1]?.end ?? -1)
    return head?.type === 'description' && !head.afterPreposition && head.category !== 'document' ? head : undefined
  }
  return undefined
}

/**
 * "a letter obtained by the Ledger warns", "a source speaking to the Ledger
 * said": the object of a participle's preposition before the verb is not its
 * subject.
 */
function agentOfParticiple(words: readonly Word[], object: Mention): boolean {
  let first = words.findIndex((word) => word.start === object.start) - 1
  if (/^(?:the|a|an)$/i.test(words[first]?.text ?? '')) first -= 1
  const preposition = words[first]?.text ?? ''
  const participle = words[first - 1]?.text ?? ''
  const agent = preposition === 'by' && /^\p{Ll}+(?:ed|en)$/u.test(participle)
  const objectOfParticiple = /^(?:to|with|for)$/.test(preposition) && /^\p{Ll}+ing$/u.test(participle)
  return agent || objectOfParticiple
}

/** "Gov. Tom Reed of Florida said": a place that ends at `end`, and before "of" or "from" the person who is from there. */
function personFromPlace(words: readonly Word[], mentions: readonly Mention[], end: number): Mention | undefined {
  const place = mentions.find((mention) => mention.end === end && mention.category === 'place')
  const first = place ? words.findIndex((word) => word.start === place.start) : -1
  if (first < 2 || !/^(?:of|from)$/.test(words[first - 1]?.text ?? '')) return undefined
  const person = mentionEndingAt(mentions, words[first - 2]?.end ?? -1)
  return person?.type === 'name' ? person : undefined
}

/**
 * The name right before ", who" at `who`, or before the asides that end there
 * ("Sen. Ana Lee of Ohio, the ranking member on the committee, who said").
 * Only a name: "a candidate who promised mass deportation" describes someone,
 * it does not report them.
 */
function relativeAntecedent(words: readonly Word[], mentions: readonly Mention[], who: number): Mention | undefined {
  const comma = words[who - 1]?.text === ',' ? who - 1 : who
  const named = mentionEndingAt(mentions, words[comma - 1]?.end ?? -1)
  // "the Harbor mayor, who said": a description set off by a comma is whom the clause is about, as a name is,
  // unless it stands in what someone else is reported to have said ("Lee recalled that his listeners, who wondered if “…”").
  const described = named?.type === 'description' && comma < who && !insideReportedClause(words, comma)
  const person = (named?.type === 'name' || described) && !named?.possessive ? named : undefined
  // "the ranking member on the committee, who said": a body that ends an aside is not who the clause is about.
  const endsAside = person?.afterPreposition === true && person.category === 'organization'
  if (person && !endsAside) return person
  if (comma === who && named?.type === 'description' && !insideReportedClause(words, who)) return nameDescribedBy(words, mentions, named)
  return (comma < who ? nameBeforeAsides(words, mentions, comma) : undefined) ?? person
}

/**
 * "Tom Vell met Ana Ruiz, a lawyer who said …": a description right after a
 * name and its comma is that person, so a clause of "who" after the
 * description is about the name. The name, if there is one.
 */
function nameDescribedBy(words: readonly Word[], mentions: readonly Mention[], description: Mention): Mention | undefined {
  const first = words.findIndex((word) => word.start === description.start)
  const opening = /^(?:the|a|an)$/i.test(words[first - 1]?.text ?? '') ? first - 1 : first
  if (words[opening - 1]?.text !== ',') return undefined
  const named = mentionEndingAt(mentions, words[opening - 2]?.end ?? -1)
  return named?.type === 'name' ? named : undefined
}

/**
 * Whether a reporting verb with "that" after it, within `reach` words
 * ("recalled in 2008 that"), comes before word `index`: what follows is
 * someone's report.
 */
function insideReportedClause(words: readonly Word[], index: number, reach = 4): boolean {
  for (let verb = 0; verb < index; verb += 1) {
    if (!singleWordVerbForms.has(words[verb]?.lower ?? '')) continue
    if (words.slice(verb + 1, Math.min(index, verb + 1 + reach)).some((word) => word.lower === 'that')) return true
  }
  return false
}

/**
 * The name before the asides between commas that end at `close`: "Tom Lee,
 * 81, of Salem, Ore., who was polled, said". Each aside describes (lower case
 * or an age first, or a possessive's role) or is a place; at most four.
 */
function nameBeforeAsides(words: readonly Word[], mentions: readonly Mention[], close: number): Mention | undefined {
  let end = close
  let described = false
  for (let asides = 0; asides < 4; asides += 1) {
    const open = asideBreakBefore(words, end)
    if (open < 0 || words[open]?.text !== ',') return undefined
    const describes = opensAppositive(words, open + 1, end)
    // "the editor of the city’s paper, Harbour Ledger,": a name may be the appositive of the aside before it,
    // and so may a title in quotation marks ("a player on his radio show, “Quiz Night,”").
    const aside = mentionBetween(words, mentions, open, end)
    const renames = !describes && (aside?.type === 'name' || opensOnQuotedTitle(words, open, end))
    if (!describes && !renames && aside?.category !== 'place') return undefined
    described ||= describes
    // "of Raleigh, N.C.": a name after a preposition is part of an aside, not its subject.
    const named = mentionEndingAt(mentions, words[open - 1]?.end ?? -1)
    if (named && !named.afterPreposition && (described || !renames)) return named
    // "Sen. Ana Lee of Ohio, the ranking member, who said": the person the place is of.
    const fromPlace = described ? personFromPlace(words, mentions, words[open - 1]?.end ?? -1) : undefined
    if (fromPlace) return fromPlace
    // "Tomas Lind of Brightwell, the oldest firm in the port, said": the person the body is where they work.
    const worker = described && named?.afterPreposition ? modifiedBefore(words, mentions, named) : undefined
    if (worker) return worker
    end = open
  }
  return undefined
}

const workNounSet: ReadonlySet<string> = new Set(workNouns)
const isWorkNoun = (word: string): boolean => workNounSet.has(word)

/**
 * `his radio show, “Quiz Night,”` or `his radio show, “Quiz Night,” who later …`: an
 * aside that opens on a quotation right after a noun for a work is that
 * work's title, and what follows the title, if anything, describes.
 */
function opensOnQuotedTitle(words: readonly Word[], open: number, end: number): boolean {
  if (words[open + 1]?.text !== '“' || !isWorkNoun(words[open - 1]?.lower ?? '')) return false
  const close = words.findIndex((word, index) => index > open + 1 && index < end && word.text === '”')
  return close > 0 && (close === end - 1 || opensAppositive(words, close + 1, end))
}

/**
 * The mention that the words between the commas at `open` and `close` are,
 * whole: a place ("Mass.", "N.C.") or a name ("Harbour Ledger") as an aside.
 */
function mentionBetween(words: readonly Word[], mentions: readonly Mention[], open: number, close: number): Mention | undefined {
  const first = words[open + 1]
  const last = words[close - 1]
  return first && last ? mentions.find((mention) => mention.start === first.start && mention.end === last.end) : undefined
}

/**
 * Whether the words from `first` to `end` describe a name before them: they
 * open in lower case or with an age ("head of the watchdog", "49"), or a
 * possessive owns their first lower-case word ("Acme’s director", "Mrs. Lee’s
 * chief of staff").
 */
function opensAppositive(words: readonly Word[], first: number, end: number): boolean {
  const opening = words[first]?.text ?? ''
  if (first >= end || /^(?:\p{Ll}|\d)/u.test(opening)) return first < end
  // "R-Ky.", "Democrat of Tennessee": the party and state of the name before.
  if (end - first === 1 && isPartyAndState(bareWord(opening))) return true
  if (partyAdjectives.has(words[first]?.folded ?? '') && words[first + 1]?.text === 'of') return true
  for (let index = first; index < Math.min(end, first + 4); index += 1) {
    if (/(?:’s|'s)$/.test(words[index]?.text ?? '')) return opensOnLowerCase(words[index + 1]?.text ?? '')
  }
  return false
}

/**
 * "Rep. Ana Ruiz (D-Ore.) said", and with a stray comma after a party and
 * state, "Rep. Ana Ruiz (R-OH), said": the index before a short parenthesis
 * that ends at `cursor`, else `cursor`. "Tom Vell, treasurer of Harbor Forward
 * (a PAC), said" ends an aside instead.
 */
function beforeParenthesis(words: readonly Word[], cursor: number): number {
  const strayComma = words[cursor]?.text === ',' && words[cursor - 1]?.text === ')' && /^[DRI]-/.test(words[cursor - 2]?.text ?? '')
  const close = strayComma ? cursor - 1 : cursor
  if (words[close]?.text !== ')') return cursor
  for (let open = close - 1; open >= Math.max(0, close - 8); open -= 1) if (words[open]?.text === '(') return open - 1
  return cursor
}

/**
 * The comma or stop before `before` that opens an aside. A short quotation
 * inside the aside is passed over with its own commas ("author of “The
 * Long Road,”"); a longer one, or any other mark, ends the search.
 */
function asideBreakBefore(words: readonly Word[], before: number): number {
  for (let index = before - 1; index >= Math.max(0, before - 30); index -= 1) {
    const text = words[index]?.text ?? ''
    if (text === '”') {
      const opening = lastIndexBefore(words, index, (word) => word.text === '“')
      const title = opening >= 0 && index - opening <= 4 && (words[index]?.start ?? 0) - (words[opening]?.end ?? 0) <= 60
      if (!title) return index
      index = opening
    } else if (text === ',' || /^[“".;:]$/.test(text)) return index
  }
  return -1
}

function lastIndexBefore(words: readonly Word[], before: number, fits: (word: Word) => boolean): number {
  for (let index = before - 1; index >= Math.max(0, before - 30); index -= 1) if (fits(words[index] as Word)) return index
  return -1
}

/** "Lee spoke and said …", "Lee backed Ruiz but now says …": a verb after "and" or "but" (and adverbs) shares its clause's subject. */
function afterConjunction(words: readonly Word[], verb: number): boolean {
  let before = verb - 1
  while (before > 0 && (modifierSet.has(words[before]?.lower ?? '') || words[before]?.text === 'now')) before -= 1
  return /^(?:and|but)$/i.test(words[before]?.text ?? '')
}

/** "…,” said the official." The verb follows a comma or a closing mark, and the speaker follows the verb. */
function inverted(words: readonly Word[], mentions: readonly Mention[], verb: number, text: string, anyVerb = false): Mention | undefined {
  const word = words[verb]
  const opensSentence = verb === 0 && opensWithInvertedVerb(words)
  if (!word || !(anyVerb || opensSentence || invertible.has(word.lower))) return undefined
  const before = text.slice(Math.max(0, word.start - 3), word.start)
  if (!opensSentence && !/[,”"’]\s*$/.test(before)) return undefined
  // "said council leader Tom Becker", "said master of ceremonies Ana Ruiz", "said Lee's chief aide Ana Ruiz":
  // lower-case words, and one possessive name, may stand before the name.
  let possessives = 0
  for (let next = verb + 1; next <= verb + 7; next += 1) {
    const speaker = mentionAt(mentions, words[next]?.start)
    if (speaker?.possessive && speaker.type !== 'pronoun' && possessives++ === 0) {
      next = lastWordOf(words, speaker, next)
      continue
    }
    // After a possessive, a lower-case word is the role it owns ("Lee's chief aide"), not the speaker;
    // a place may stand in the role ("said Idaho businessman Frank Vane").
    const ownedRole = speaker && possessives > 0 && opensOnLowerCase(speaker.name)
    // "mused Harbor co-host Stu Ruiz": after a verb that is not a common inverted one, a name that does not end the clause is no speaker.
    // "said Halden resident Mara Quist": a name that qualifies the role of the name after it is not the speaker.
    const qualifies = speaker?.qualifier === true
    if (speaker && (ownedRole || qualifies || speaker.category === 'place' || objectOfUnlisted(word.text, speaker, text))) next = lastWordOf(words, speaker, next)
    else if (speaker) return speaker.type === 'pronoun' || speaker.possessive || reportsIndirectly(speaker, text) ? undefined : speaker
    else if (!describesName(words[next]?.text ?? '', words[next + 1]?.text ?? '') || (next === verb + 1 && notRoleWords.has(words[next]?.text ?? ''))) return undefined
  }
  return undefined
}

/**
 * A word that may stand between an inverted verb and the name it describes:
 * lower case ("council leader"), a party or a nation ("said Republican
 * strategist Ana Ruiz"), or a compound such as "Ohio-based" or "Texas-born",
 * the first word of a place included ("Los Angeles-based").
 */
function describesName(word: string, following: string): boolean {
  const placeWord = /^\p{Lu}\p{Ll}+$/u.test(word) && placeCompound.test(following)
  return /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) || isDescribingAdjective(word) || placeCompound.test(word) || placeWord
}

/** "Ohio-based", "Texas-born", "Angeles-based". */
const placeCompound = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u

/**
 * "…, star of “Harbor,” thanked Lee for …": after a verb that is not a
 * common inverted one, a name that does not end its clause is the verb's
 * object or a word of a role, not an inverted speaker (“…,” remembered Iris
 * Volkov. is one).
 */
function objectOfUnlisted(verb: string, speaker: Mention, text: string): boolean {
  // "beamed Tom Lind of Salem, Oregon": a place of origin ends the name's clause as well.
  const ends = /^\s*(?:[,.;:!?)]|$)|^\s+(?:of|from)\s+\p{Lu}/u.test(text.slice(speaker.end, speaker.end + 8))
  return !invertible.has(verb.toLowerCase()) && !ends
}

/** "said the candidate could win": a name followed by its own verb is what was said, not who said it. */
function reportsIndirectly(speaker: Mention, text: string): boolean {
  return /^\s+(?:would|will|could|can|should|might|may|must|is|was|were|are|has|had|have|did|does|do)\b/.test(text.slice(speaker.end, speaker.end + 12))
}

/**
 * "…” that Sanders can win, said Steve Elm, a strategist": after a comma, a
 * name that follows the verb and ends its clause is the speaker, before any
 * name that ends the clause ahead of the comma.
 */
function invertedAfterComma(words: readonly Word[], mentions: readonly Mention[], verb: number, text: string): Mention | undefined {
  if (words[verb - 1]?.text !== ',') return undefined
  const speaker = inverted(words, mentions, verb, text)
  if (!speaker || !/^\s*(?:[,.;]|$)/.test(text.slice(speaker.end, speaker.end + 2))) return undefined
  // "said just after midnight on CNN": a name after a preposition is where, not who.
  const between = words.filter((word) => word.start > (words[verb]?.start ?? 0) && word.end <= speaker.start)
  return between.some((word) => notRoleWords.has(word.lower)) ? undefined : speaker
}

/** The index of the last word of `mention`, which starts at word `first`. */
function lastWordOf(words: readonly Word[], mention: Mention, first: number): number {
  let index = first
  while ((words[index + 1]?.end ?? Infinity) <= mention.end) index += 1
  return index
}

const weekdaySet: ReadonlySet<string> = new Set(weekdays.map((day) => day.toLowerCase()))
const monthSet: ReadonlySet<string> = new Set(months.map((name) => name.toLowerCase()))

/**
 * How many words a time that ends at `index` takes ("on Monday", "Monday
 * night", "in December", "last week"), or 0: what may stand between a speaker
 * and the verb ("Ruiz on Tuesday said", "Lee pointed out in December").
 */
function timeLength(words: readonly Word[], index: number): number {
  const word = words[index]?.text ?? ''
  const lower = words[index]?.lower ?? ''
  const before = words[index - 1]?.lower ?? ''
  if (/^(?:morning|afternoon|evening|night)$/.test(word) && weekdaySet.has(before)) return words[index - 2]?.lower === 'on' ? 3 : 2
  if (weekdaySet.has(lower)) return before === 'on' ? 2 : 1
  if (monthSet.has(lower) && before === 'in') return 2
  if (/^(?:week|month|year|weekend)$/.test(word) && /^(?:last|this|next)$/.test(before)) return 2
  return 0
}

function matchesAt(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((part, offset) => words[index + offset]?.lower === part)
}

/**
 * The mention at word `index`, or the name right after "the" there:
 * "according to the Harbour Ledger", whose name starts at "Harbour"; not
 * "the Harbour Ledger reporter", whose name only qualifies the noun after it.
 */
function mentionAfterArticle(words: readonly Word[], mentions: readonly Mention[], index: number): Mention | undefined {
  const at = mentionAt(mentions, words[index]?.start)
  if (at || !/^the$/i.test(words[index]?.text ?? '')) return at
  const name = mentionAt(mentions, words[index + 1]?.start)
  const following = name && words.find((word) => word.start >= name.end)
  return name?.type === 'name' && !opensOnLowerCase(following?.text ?? '') ? name : undefined
}

function mentionAt(mentions: readonly Mention[], start: number | undefined): Mention | undefined {
  return start === undefined ? undefined : mentions.find((mention) => mention.start === start)
}

/** The mention that ends at `end` and can speak: not a possessive, not a place ("…, Ruiz said Tuesday in Paris, noting"). */
function mentionEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  return mentions.find((mention) => mention.end === end && !mention.possessive && mention.category !== 'place')
}
