/**
 * Which actor each mention of a sentence is: names and descriptions through
 * the registry, appositives and acronyms beside them, pronouns through the
 * discourse, and the sentence's subject.
 */
import type { Range } from './sentences.ts'
import { wordsOf } from './words.ts'
import { findMentions, isNounForSomeone, isPartyOrNationNoun, isRoleNoun, type Mention } from './rules/mentions.ts'
import { addAlias, surnameKey, type Registry, type Entry } from './rules/registry.ts'
import { latestOf } from './lookback.ts'
import { acronymAfter } from './rules/acronym.ts'
import { reportingVerbForms, reportingVerbSet, verbModifiers } from './lexicon/reporting-verbs.ts'
import { placePrepositions } from './lexicon/chrome.ts'

const reportingVerbWithin = new RegExp(`\\b(?:${reportingVerbForms.join('|')})\\b`)
const reportingVerbAfter = new RegExp(`^\\s+(?:(?:${verbModifiers.join('|')})\\s+)*(?:${reportingVerbForms.join('|')})\\b`)

/** What the walk through an article remembers between sentences. */
export interface Discourse {
  registry: Registry
  /** Subjects of recent sentences, most recent last. */
  subjects: Entry[]
  /** The actors each of the last few sentences named, in order, the last sentence last (`namedAgo`). */
  recent: Entry[][]
  /** The actors the last sentence named only as possessors ("Ana Ruiz’s speech"). */
  possessors: Entry[]
  /** Whether the last sentence was a short one with no one for its subject: "Just look at Ana Ruiz.", "Footage of Tom Lee appears." */
  pointer: boolean
}

/**
 * Resolves the mentions of one sentence, in order, so a pronoun can look back
 * at those before it. A pronoun that opens the main clause after a phrase
 * with no subject of its own ("Asked about Ruiz's plan, she said") does not
 * mean anyone named in that phrase.
 */
export function resolveMentions(mentions: readonly Mention[], masked: string, discourse: Discourse, opening?: OpeningClause, speaking: ReadonlySet<Mention> = new Set()): Map<Mention, Entry | undefined> {
  const resolved = new Map<Mention, Entry | undefined>()
  for (const [index, mention] of mentions.entries()) {
    const opensMainClause = opening?.subjectless === true && mention.start >= opening.end && masked.slice(opening.end, mention.start).trim() === ''
    const earlier = mentions.slice(0, index).filter((other) => !opensMainClause || other.start >= (opening?.end ?? 0))
    const entry = mention.type === 'pronoun'
      ? resolvePronoun(mention, earlier, resolved, discourse, masked, mainClauseStart(mention, opening))
      : resolveNameOrDescription(mention, mentions[index - 1], earlier, resolved, masked, discourse)
    resolved.set(mention, entry)
    if (entry && speaking.has(mention)) markSpeaker(entry, mention, masked)
    if (entry && mention.type !== 'pronoun' && !endsOpening(mention, masked, opening)) addAppositive(entry, mention, masked, discourse.registry)
  }
  mergeDescribedNames(mentions, resolved, masked, opening, discourse.registry)
  return resolved
}

/**
 * A name's or a description's actor, the rules in the order they are tried:
 * none where it describes the place named right before it; the someone a
 * verb of being says it is; "the former" or "the latter"; else the
 * registry's actor, of the owner's family after a noun of relation.
 */
function resolveNameOrDescription(mention: Mention, previous: Mention | undefined, earlier: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, discourse: Discourse): Entry | undefined {
  if (describesPlaceBefore(mention, previous, masked)) return undefined
  const described = copularSubject(mention, earlier, resolved, masked, discourse.registry) ?? formerOrLatter(mention, discourse)
  if (described) return described
  return discourse.registry.resolve(mention, masked.slice(mention.start, mention.end), familyOf(mention, earlier, resolved, masked, discourse))
}

/** The actors the sentence `sentences` back named, in order: 1 is the last sentence, 2 the one before it. */
export function namedAgo(discourse: Discourse, sentences: number): readonly Entry[] {
  return discourse.recent.at(-sentences) ?? []
}

/** A verb of being, perhaps with "who" before it and an adverb after it: "is", "was", ", who has been", "became", "is now". */
const copula = /^,?\s+(?:who\s+)?(?:is|was|has been|had been|became|becomes|remains|remained|will be)\s+(?:(?:now|also|still|currently)\s+)?$/

/**
 * "Ana Ruiz is the mayor.", "She was a deputy to the governor", "Vell, who
 * became the port's director,": a description of one person after someone
 * and a verb of being is that someone, who has it as a title from then on
 * ("the mayor said" later is Ruiz); never a new actor whom a later "he"
 * could mean.
 */
function copularSubject(mention: Mention, earlier: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, registry: Registry): Entry | undefined {
  const subject = earlier.at(-1)
  if (mention.type !== 'description' || mention.category !== 'anonymous' || mention.plural || mention.possessive || !subject || subject.possessive || subject.afterPreposition) return undefined
  const entry = resolved.get(subject)
  const someone = entry !== undefined && !entry.plural && !entry.outlet && (entry.kind === 'person' || (entry.kind === 'unknown' && subject.type === 'name'))
  if (!someone || !copula.test(masked.slice(subject.end, mention.start))) return undefined
  // A name nothing else marks keeps its kind: "Orlo was a shepherd" makes no one the later words of the story could be given to.
  registry.addTitle(entry, mention.name)
  return entry
}

/**
 * "Ruiz and Vell debated. The former said …. The latter …": the first or the
 * last of the people that the last sentence, or the one before, named, where
 * it named two or more.
 */
function formerOrLatter(mention: Mention, discourse: Discourse): Entry | undefined {
  if (mention.type !== 'description' || mention.plural || (mention.name !== 'former' && mention.name !== 'latter')) return undefined
  const peopleOf = (named: readonly Entry[]) => named.filter((entry) => entry.kind === 'person')
  const people = [peopleOf(namedAgo(discourse, 1)), peopleOf(namedAgo(discourse, 2))].find((named) => named.length >= 2)
  if (!people) return undefined
  return mention.name === 'former' ? people[0] : people.at(-1)
}

/**
 * "Ana Ruiz’s son, Tom,", "Hillary Vell, with her husband Bill,": a name
 * right after a noun for a role or a relation introduces someone of the
 * owner's family, not whoever else has the given name. The owner's surname:
 * a possessive name right before the noun, else the sentence's subject, else
 * whom the last sentences were about; '' where none is known, undefined
 * where no such noun stands before the name.
 */
function familyOf(mention: Mention, earlier: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, masked: string, discourse: Discourse): string | undefined {
  if (mention.type !== 'name') return undefined
  const { word: role, start: roleStart } = lowerCaseWordBefore(masked, mention.start)
  if (!isRoleNoun(role)) return undefined
  const owner = earlier.findLast((other) => other.possessive && other.type === 'name' && roleStart - other.end <= 20)
  const person = (entry: Entry | undefined) => entry?.kind === 'person' && / /.test(entry.name)
  const ownerEntry = [owner && resolved.get(owner), ...earlier.map((other) => resolved.get(other)), discourse.subjects.at(-1)].find(person)
  return ownerEntry ? surnameKey(ownerEntry.name) : ''
}

/**
 * The word in lower case right before `index`, past spaces and one comma,
 * and where it starts; '' where another character stands there. By hand,
 * since this runs for every name.
 */
function lowerCaseWordBefore(text: string, index: number): { word: string; start: number } {
  let end = index
  while (end > 0 && text[end - 1] === ' ') end -= 1
  if (text[end - 1] === ',') end -= 1
  let start = end
  while (start > 0 && (text[start - 1] ?? '') >= 'a' && (text[start - 1] ?? '') <= 'z') start -= 1
  return { word: text.slice(start, end), start }
}

/**
 * Whoever a reporting verb is said of speaks, quoted or not ("Kessler says the
 * plan will fail"): a name that is the subject of a cue is an actor the
 * discourse can be about, and a "he" later in the sentence or after it can
 * mean them. Marked as it is resolved, before any pronoun after it is.
 */
function markSpeaker(entry: Entry, mention: Mention, masked: string): void {
  if (entry.outlet) return
  entry.evidence = true
  // "Kessler says", "Ana Ruiz said": a name that speaks is a person unless something marks it as an organisation; "the Journal said" is not a person's name.
  const afterThe = /\bthe\s+$/i.test(masked.slice(Math.max(0, mention.start - 4), mention.start))
  if (entry.kind === 'unknown' && !afterThe) entry.kind = 'person'
}

/** A finite verb, an auxiliary perhaps negated ("didn’t"). */
const finiteVerb = new RegExp(`\\b(?:has|have|had|is|are|was|were|will|would|can|could|does|did|(?:has|have|had|is|are|was|were|would|could|does|did|do)n['’]t|won['’]t|${reportingVerbForms.join('|')})\\b`)

/**
 * "In the suburb of Santa Catarina, a worker has …": where a name ends an
 * opening phrase, what follows its comma is the main clause, no appositive,
 * when a verb comes before the next comma ("For Ruiz, a retiree and a
 * volunteer, the calls matter" has an appositive).
 */
function endsOpening(mention: Mention, masked: string, opening: OpeningClause | undefined): boolean {
  if (opening === undefined || masked.slice(mention.end, opening.end).trim() !== ',') return false
  const next = /^[^,.;:]*/.exec(masked.slice(opening.end, opening.end + 200))?.[0] ?? ''
  return finiteVerb.test(next)
}

/**
 * "In Maplewood, the manager of the mill, Tomas Vell, said": a name of one word
 * right after "in" says where, and a description beside it is not that
 * name's ("found a leader in Ana Ruiz, the party's nominee" names someone).
 */
function namesWhere(mention: Mention, masked: string): boolean {
  const oneWord = !/\s/.test(mention.name)
  return oneWord && /\bin\s+$/i.test(masked.slice(Math.max(0, mention.start - 4), mention.start))
}

/** "Lena Park, a political science lecturer at …," gives the title; "(IS)" after a name gives an alias; ", who" a person. */
function addAppositive(entry: Entry, mention: Mention, masked: string, registry: Registry): void {
  const after = masked.slice(mention.end, mention.end + 160)
  // "Rihanna, who was honoured …": "who" says a person.
  if (mention.type === 'name' && entry.kind === 'unknown' && /^,\s+who\b/.test(after)) {
    entry.kind = 'person'
    entry.evidence = true
  }
  const acronym = acronymAfter(after)
  if (acronym) {
    addAlias(entry, acronym)
    registry.addKey(entry, acronym.toLowerCase())
    if (entry.kind === 'unknown') entry.kind = 'organization'
    entry.evidence = true
  }
  // "Ana Ruiz, 45,": her age, which "the 45-year-old" names later; an appositive may follow it ("Ana Ruiz, 45, a baker,").
  const age = /^,\s*(\d{1,3})(?=,)/.exec(after)
  if (age?.[1] && mention.type === 'name' && entry.kind !== 'organization' && entry.kind !== 'document') registry.addTitle(entry, `${age[1]}-year-old`)
  // "Tidewell, a charity that works for the “…”": a quotation may cut the phrase short, too short for a title.
  const appositive = /^,\s*([^,;.“”"_]{3,120}?)(,|\.(?:\s|$)|$|\s+“)/.exec(age ? after.slice(age[0].length) : after)
  const phrase = appositive?.[1]
  const cutByQuote = appositive?.[2]?.endsWith('“') === true
  if (mention.type !== 'name' || !phrase || reportingVerbWithin.test(phrase)) return
  if (namesWhere(mention, masked)) return
  // "Keosauqua, a town of 900,": a place, no actor.
  if (placeAppositive.test(phrase)) return
  const opening = findMentions(wordsOf(phrase, 0), phrase)[0]
  const described = opening?.type === 'description' && opening.start === 0 ? opening : undefined
  // "a political science lecturer at …", or a bare role: "head of the observatory".
  if (described || namesSomeone(phrase) || isRoleNoun(phrase.split(/\s+/)[0] ?? '')) {
    if (!cutByQuote) registry.addTitle(entry, phrase.replace(/^(?:a|an|the)\s+/i, '').trim())
    entry.evidence = true
    // "Brightwell, a firm in Ohio,": a description of a body says a body.
    // Not "the former Trump University customer": the body's noun must end the description.
    const headed = /^(?:\s+(?:in|of|at|from|based|with|that|which)\b.*)?$/.test(phrase.slice(opening?.end ?? 0))
    const body = described?.category === 'organization' && !described.possessive && headed
    // "Harbor Nights, a film by Tom Vell,": a description of a document says a document, whatever follows its noun.
    const work = described?.category === 'document' && !described.possessive
    if (entry.kind === 'unknown') entry.kind = body ? 'organization' : work ? 'document' : 'person'
  } else if (isPartisanOrNational(phrase)) {
    entry.evidence = true
    if (entry.kind === 'unknown') entry.kind = 'person'
  }
}

/**
 * "a baker", "a retired ferry captain", "a 45-year-old nurse": an article
 * and a few words ending on a noun for someone (`isNounForSomeone`), with no
 * preposition or other words after, is an appositive whatever the noun's
 * list ("a maker of ferries", "a crew of skaters" may be a body).
 */
function namesSomeone(phrase: string): boolean {
  const noun = /^(?:a|an)\s+(?:(?!(?:of|for|in|at|on|to|with|from|by|and|or)\s)[\p{Ll}\d-]+\s+){0,3}(\p{Ll}+)$/u.exec(phrase)?.[1]
  return noun !== undefined && isNounForSomeone(noun)
}

/** Nouns of places that a description beside a name may have: "Varna, a town of 900". */
const placeNouns = ['town', 'city', 'village', 'county', 'suburb', 'borough', 'hamlet', 'island', 'province', 'region', 'neighborhood', 'neighbourhood', 'capital']
const placeNounSet: ReadonlySet<string> = new Set(placeNouns)

/**
 * "Varna, a town of 900,": a description of a place right after a name, in
 * apposition, is where that is, no body ("the town said" is one) and no one.
 */
function describesPlaceBefore(mention: Mention, before: Mention | undefined, masked: string): boolean {
  if (mention.type !== 'description' || !placeNounSet.has(mention.head ?? '') || before?.type !== 'name') return false
  return /^,\s*$/.test(masked.slice(before.end, mention.start)) && placeAppositive.test(masked.slice(mention.start, mention.start + 80))
}

/** "a town of 900", "a small city near the coast": a place's noun that ends its noun phrase ("the city engineer" is a person). */
const placeAppositive = new RegExp(String.raw`^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:${placeNouns.join('|')})(?:$|\s+(?:of|in|on|near|outside|north|south|east|west|where|that|with)\b)`, 'iu')

/**
 * "Davis, a longtime liberal,", "Ito, a Republican from Ohio,": a name said
 * to be one of a party or a nation is a person; "a strategic waterway" and
 * "a Boston company" say nothing of the kind.
 */
function isPartisanOrNational(phrase: string): boolean {
  const noun = /^an?\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:from|in|of|at|who)\b.*)?$/iu.exec(phrase)?.[1] ?? ''
  return isPartyOrNationNoun(noun)
}

/**
 * A description beside a name is that name: "A spokeswoman from the State
 * Department, Hana Ito, told" and "said Karen Holt, a spokeswoman for the
 * agency".
 */
function mergeDescribedNames(mentions: readonly Mention[], resolved: Map<Mention, Entry | undefined>, masked: string, opening: OpeningClause | undefined, registry: Registry): void {
  for (const [index, description] of mentions.entries()) {
    // "Wilmington, the city where …": a place's description is no one's.
    const place = placeNounSet.has(description.head ?? '')
    // "Ana Ruiz, Secretary of State, said": a name that is all office stands beside a name as a description does.
    const describing = description.type === 'description' || description.titleOnly === true
    if (!describing || description.category === 'document' || place) continue
    const before = mentions[index - 1]
    // "…and the union, a French official told": a description followed by its verb starts a clause, it is no appositive.
    const startsClause = reportingVerbAfter.test(masked.slice(description.end, description.end + 60))
    // "With help from Lee, the residents filed": a plural is no appositive of one name.
    const beside = before?.type === 'name' && /^,\s*$/.test(masked.slice(before.end, description.start)) && !namesWhere(before, masked)
    const appositive = beside && !startsClause && !description.plural && !endsOpening(before, masked, opening) ? before : undefined
    const opensSentence = index === 0 && !description.plural && !description.afterPreposition
    const name = appositive ?? describedNameAfter(description, opensSentence, mentions, masked)
    const named = name && resolved.get(name)
    if (!name || !named) continue
    // "Kestrel, Halden, Lord & Fitch": an office is beside a name only where the name is already someone's.
    if (description.titleOnly && named.kind !== 'person') continue
    if (!appositive) {
      const between = masked.slice(description.end, name.start)
      registry.addTitle(named, masked.slice(description.start, description.end + between.lastIndexOf(',')).replace(/^(?:a|an|the)\s+/i, ''))
    }
    if (description.gender && !named.gender) named.gender = description.gender
    if (named.kind === 'unknown') named.kind = 'person'
    named.evidence = true
    resolved.set(description, named)
  }
}

/** Words of tenure that open a title in lower case: "former Secretary …", "acting director …". */
const tenureWords = new Set(['former', 'then', 'longtime', 'retired', 'outgoing', 'incoming', 'acting', 'interim'])

/**
 * What may stand between a description and the name in apposition to it: a
 * phrase without a comma, the comma, and at most two words in lower case that
 * begin the name's title: before a title the name holds, or the last of them
 * a role or a word of tenure ("the other candidate on the stage, former
 * Secretary Ana Ruiz", "her challenger in Ohio, law professor Tom Lee");
 * never a verb, a participle, a preposition or a connective (", said Ana
 * Ruiz" is a cue, ", referring to Ana Ruiz" an object).
 */
function leadsToAppositive(between: string, titled: boolean): boolean {
  const match = /^[^,;.:“”"]{0,80},\s*((?:[\p{Ll}-]+\s+){0,2})$/u.exec(between)
  const words = match?.[1]?.split(/\s+/).filter(Boolean) ?? []
  const titleWord = (word: string) => !reportingVerbSet.has(word) && !word.endsWith('ing') && !/^(?:and|or|but|nor|who|which|that|as|while|when|whose|to|of|in|on|at|for|from|with|by|about)$/.test(word)
  const last = words.at(-1)
  const opensTitle = last === undefined || titled || isRoleNoun(last) || tenureWords.has(last)
  return match !== null && words.every(titleWord) && opensTitle
}

/**
 * The name a description stands before as its appositive: "a spokeswoman for
 * the agency, Hana Ito, said", and where the description opens the sentence,
 * "An ardent supporter, Tom Seacord complained …": the name then the subject
 * before its verb.
 */
function describedNameAfter(description: Mention, opensSentence: boolean, mentions: readonly Mention[], masked: string): Mention | undefined {
  return mentions.find((candidate) => {
    if (candidate.type !== 'name' || candidate.start <= description.end) return false
    // "a worker named Ana Ruiz": the name an indefinite description is given ("the board named Ruiz" is a verb, as "called" often is).
    if (!description.definite && /^\s+named\s+$/.test(masked.slice(description.end, candidate.start))) return true
    const between = masked.slice(description.end, candidate.start)
    // "A former captain — she ran the night boats — Ana Ruiz said": an aside between dashes after a description that opens the sentence.
    const dashAside = opensSentence && /^\s*[—–]\s[^—–.;:“”"]{1,120}\s[—–]\s*$/.test(between)
    if (!dashAside && !leadsToAppositive(between, candidate.title !== undefined)) return false
    const after = masked.slice(candidate.end, candidate.end + 3)
    // "said Ana Ruiz’s lawyer, Tom Lee.": the name may end the sentence.
    return /^(?:,|\.(?:\s|$))/.test(after) || (opensSentence && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|or)\b/.test(masked.slice(candidate.end, candidate.end + 5)))
  })
}

/**
 * Where the main clause starts for a pronoun inside it, after a phrase with
 * no subject of its own: "In an interview with Tom Reed, Ivo Lind said he …"
 * has Lind, not Reed, for its subject. -1 elsewhere.
 */
function mainClauseStart(pronoun: Mention, opening: OpeningClause | undefined): number {
  return opening?.subjectless && pronoun.start >= opening.end ? opening.end : -1
}

/** A pronoun goes to the nearest fitting actor earlier in its sentence, else to the subject the discourse is about. */
function resolvePronoun(pronoun: Mention, earlier: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, discourse: Discourse, masked: string, clauseStart: number): Entry | undefined {
  const afterComma = /,\s*$/.test(masked.slice(pronoun.start - 3, pronoun.start))
  // A capitalised word nothing else marks as an actor ("Illusions over …") is no antecedent.
  const fits = (entry: Entry | undefined): entry is Entry => entry !== undefined && !entry.outlet && (entry.kind !== 'unknown' || entry.evidence) && agrees(pronoun, entry)
  // In its own sentence a pronoun is the subject's when it can be, else the nearest fitting actor's. A pronoun
  // that opens the main clause after a comma is not someone named in a phrase of a preposition before it
  // ("Of the fuss over Ana Ruiz, he said" is not about Ruiz; "Ana Ruiz’s speech, in which he" may be).
  const interrupted = interruptedBy(pronoun, earlier, masked)
  const before = earlier.filter((mention) => mention !== interrupted)
  const subject = subjectOf(before, resolved, clauseStart)
  // "the Carrier plant …, she said" is not about Carrier; "a Trump interview, in which he says" is about Trump.
  const qualifierOnly = (mention: Mention) => mention.qualifier === true && !/\b(?:which|where|when)\s*$/.test(masked.slice(mention.end, pronoun.start))
  // "Ruiz, who backs the mayor’s budget, “…,” he said": one named only as an owner before a quote is not who says it.
  const ownerBeforeQuote = (mention: Mention) => mention.possessive && /[”"]/.test(masked.slice(mention.end, pronoun.start))
  const candidates = [...before].reverse().filter((mention) => !(afterComma && mention.afterPreposition) && !qualifierOnly(mention) && !ownerBeforeQuote(mention))
  const inSentence = fits(subject) ? subject : candidates.map((mention) => resolved.get(mention)).find(fits)
  // Else the topic (the latest subject), else someone the last sentence named ("Ana met Tom. He said"), else an earlier topic.
  const topic = discourse.subjects.at(-1)
  // "Ana Ruiz called the frontrunner “…”. She said": someone named by name before someone only described.
  const namedLast = namedAgo(discourse, 1)
  const namedByName = namedLast.filter((entry) => fits(entry) && entry.keys.size > 0)
  const lastNamed = namedByName.at(-1) ?? namedLast.findLast(fits)
  // "Just look at Ana Ruiz. She said": a short sentence with no subject that names one person points the next pronoun at them, before an older topic.
  const named = new Set(namedByName)
  const pointedAt = discourse.pointer && named.size === 1 && namedByName[0]?.kind === 'person' ? namedByName[0] : undefined
  // "One claim of Ana Ruiz’s speech fails. She told …": a possessor is someone the last sentence named, after all others.
  const possessor = discourse.possessors.find(fits)
  const found = inSentence ?? pointedAt ?? (fits(topic) ? topic : undefined) ?? lastNamed ?? latestOf(discourse.subjects, fits) ?? possessor ?? lastDocumentOrOrganization(pronoun, discourse) ?? soleFit(pronoun, discourse.recent)
  // "One resident raised it. She asked …": someone known only by a description takes the sex of the "he" or "she" that means them.
  if (found && found.kind === 'anonymous' && found.gender === undefined && !found.plural && pronoun.gender) found.gender = pronoun.gender
  return found
}

/**
 * "Tom Vell met Ana Ruiz. “…,” he said. “…,” she said.": where nothing else
 * gives a "he" or "she" its actor, the one person of that sex the last few
 * sentences named, when every person they named is known to be a man or a
 * woman. No guess where one of them could be either.
 */
function soleFit(pronoun: Mention, recent: readonly Entry[][]): Entry | undefined {
  if (pronoun.gender === undefined) return undefined
  const people = new Set(recent.flat().filter((entry) => entry.kind === 'person' && !entry.plural && !entry.outlet))
  if ([...people].some((entry) => entry.gender === undefined)) return undefined
  const fitting = [...people].filter((entry) => entry.gender === pronoun.gender)
  return fitting.length === 1 ? fitting[0] : undefined
}

/**
 * "Ana Ruiz, she said, is the best choice", "The nominee's plan, he said,
 * will fail": a pronoun whose reporting verb stands between commas inside a
 * clause is someone other than the one the clause is about, named (or owning
 * what is named) right before the comma. That mention, if any.
 */
function interruptedBy(pronoun: Mention, earlier: readonly Mention[], masked: string): Mention | undefined {
  const after = masked.slice(pronoun.end, pronoun.end + 60)
  const parenthetical = /^[^,.;:“”]{0,40},/.test(after) && reportingVerbAfter.test(after)
  if (!parenthetical) return undefined
  const last = earlier.at(-1)
  // The mention, or a possessive and at most two words of what it owns ("An ambassador's job").
  const between = last === undefined ? '' : masked.slice(last.end, pronoun.start)
  const endsClause = last !== undefined && (/^,\s*$/.test(between) || (last.possessive && /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,2},\s*$/u.test(between)))
  return endsClause ? last : undefined
}

function lastDocumentOrOrganization(pronoun: Mention, discourse: Discourse): Entry | undefined {
  if (pronoun.name !== 'it') return undefined
  return latestOf(discourse.registry.entries, (entry) => !entry.outlet && (entry.kind === 'document' || entry.kind === 'organization'))
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
export function subjectOf(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, clauseEnd = -1): Entry | undefined {
  const mention = subjectMentionOf(mentions, resolved, clauseEnd)
  return mention && resolved.get(mention)
}

/** The mention that is the subject (see `subjectOf`). */
export function subjectMentionOf(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, Entry | undefined>, clauseEnd = -1): Mention | undefined {
  for (const mention of mentions) {
    const entry = resolved.get(mention)
    if (mention.start < clauseEnd || !entry || entry.outlet || mention.afterPreposition || mention.possessive || mention.qualifier) continue
    if (entry.kind !== 'unknown' || entry.evidence) return mention
  }
  return undefined
}

/** A phrase before the main clause: where it ends, and whether it has no subject of its own. */
export interface OpeningClause {
  end: number
  subjectless: boolean
  /** Whether a subject and its verb were seen right after it. */
  mainClauseSeen: boolean
}

/** Phrases with no subject of their own ("Asked about …", "Speaking to …", "Preceded by …", "In …"), and clauses that have one ("When Lee spoke, …"). */
const subjectlessOpener = new RegExp(`^(?:(?:and|but|yet|so)\\s+)?(?:\\p{L}+ing|\\p{L}{3,}ed\\s+(?:by|about|on|in|with|to|for|as|from|at|over)|asked|according|despite|in|at|on|during|with|among|back|by|for|from|under|over|without|like|unlike|besides|${placePrepositions.join('|')})\\b`, 'iu')
const clauseOpener = /^(?:(?:and|but|yet|so)\s+)?(?:(?:ever|even|just)\s+)?(?:when|while|after|before|although|though|if|because|since|as|until|unless|once)\b/i
/**
 * The main clause after an opening one: a comma, a subject of a few words, and its verb (", Ban demurred", ", she replied",
 * ", the commission recognized"), an auxiliary perhaps negated (", Lund doesn’t want"). After an article a noun comes
 * first: in ", a retired captain," the word in "-ed" is an adjective.
 */
const mainClause = /,\s+(?:(?:he|she|they|we|I|it)\s+|(?:the|a|an)\s+(?:[\p{L}.'’-]+\s+){1,4}|\p{Lu}[\p{L}.'’-]*\s+(?:[\p{L}.'’-]+\s+){0,4})(?=(?:\p{Ll}+ed|said|says|told|replied|wrote|spoke|went|took|shot|made|gave|(?:did|does|has|had|was|is|would|could)(?:n['’]t)?|will|won['’]t|can['’]t)\b)/gu

/**
 * The opening phrase or clause of a sentence, if any: up to the comma before
 * the main clause's subject and verb where one can be seen within 300
 * characters, else up to the first comma.
 */
export function openingClause(masked: string, sentence: Range): OpeningClause | undefined {
  const text = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 300))
  const subjectless = subjectlessOpener.test(text)
  if (!subjectless && !clauseOpener.test(text)) return undefined
  mainClause.lastIndex = 0
  const main = mainClause.exec(text)
  const comma = main ? main.index + 1 : text.indexOf(',') + 1
  return comma > 0 ? { end: sentence.start + comma, subjectless, mainClauseSeen: main !== null } : undefined
}

/** Where an opening phrase or clause ends, or -1. */
export function openingClauseEnd(masked: string, sentence: Range): number {
  return openingClause(masked, sentence)?.end ?? -1
}
