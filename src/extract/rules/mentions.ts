/**
 * Mentions of actors in one sentence whose quoted words are masked: names
 * ("General Ana Ruiz"), descriptions ("a senior official", "the
 * document") and pronouns. Only the words decide; which actor a mention is
 * belongs to `resolve`.
 */
import { functionWords, kickerWords, sentenceAdverbs } from '../lexicon/chrome.ts'
import { cities, countries, demonyms, peoples, regions, stateDemonyms, worldRegions } from '../lexicon/places.ts'
import { plainAcronyms } from '../lexicon/acronyms.ts'
import { platforms } from '../lexicon/platforms.ts'
import { timeNouns, weekdays } from '../lexicon/calendar.ts'
import {
  collectiveRoleNouns, documentNouns, femaleHonorifics, femaleRoleNouns, honorifics, joinedNameWords, maleHonorifics, maleRoleNouns,
  organizationWords, partyAdjectives, roleNouns, speakerNouns
} from '../lexicon/titles.ts'
import { bareWord, endsInSingleS, foldWord, hasLetterOrDigit, hasMarks, isLowerCaseWord, opensOnCapital, opensOnLowerCase, phraseOpenings, singleSpaced, type Word } from '../words.ts'
import { baseForms, namingVerbs, reportingVerbSet } from '../lexicon/reporting-verbs.ts'
import { femaleFirstNames, maleFirstNames } from '../lexicon/first-names.ts'
import { commonBaseForms, unmarkedVerbForms } from '../lexicon/verbs.ts'
import { remembered } from '../remembered.ts'

export type Gender = 'female' | 'male'
export type Category = 'person' | 'organization' | 'anonymous' | 'document' | 'place' | 'unknown'

export interface Mention {
  type: 'name' | 'description' | 'pronoun'
  /** Offsets of the whole mention, title included. */
  start: number
  end: number
  /** A name without title or possessive; a description without its determiner; a pronoun in lower case. */
  name: string
  category: Category
  title?: string | undefined
  /** The role or document noun of a description, singular. */
  head?: string | undefined
  definite: boolean
  plural: boolean
  possessive: boolean
  afterPreposition: boolean
  /** A name that qualifies a noun or another name's role: "the Carrier plant", "Trump spokesman Hope Hicks". Not someone acting, nor whom a pronoun means. */
  qualifier?: true | undefined
  /** A name that is all title ("Justice promises …", "Chilean President said"): whoever holds it, named or not. */
  titleOnly?: true | undefined
  gender?: Gender | undefined
}

/**
 * A mention with every field, in one order, whichever rule found it: the
 * rules read mentions everywhere, and V8 reads objects of one shape faster
 * than objects of many (a field set later, or in another order, is another
 * shape). Measured: 2 % of extraction.
 */
function newMention(fields: Mention): Mention {
  return {
    type: fields.type, start: fields.start, end: fields.end, name: fields.name, category: fields.category,
    title: fields.title, head: fields.head, definite: fields.definite, plural: fields.plural, possessive: fields.possessive,
    afterPreposition: fields.afterPreposition, qualifier: fields.qualifier, titleOnly: fields.titleOnly, gender: fields.gender
  }
}

const honorificSet = new Set(honorifics.map((word) => word.toLowerCase()))
/** What may stand before a space in an honorific ("vice" of "vice president"): only these begin one of two words. */
const honorificOpenings = phraseOpenings(honorificSet)
/** Whether a word, in any case and with or without its full stop, is an honorific or a title: "Mayor", "sen.", "Chairman". */
export const isHonorific = (word: string): boolean => honorificSet.has(word.toLowerCase().replace(/\.$/, ''))
const labelWords = new Set(kickerWords)
const demonymSet = new Set([...demonyms, ...stateDemonyms].map((word) => word.toLowerCase()))
const peopleSet = new Set(peoples.map((word) => word.toLowerCase()))
/** Places are never actors: countries, cities, states and provinces with their abbreviations (written with or without the full stop), continents and world regions. */
const placeSet = new Set([...countries, ...cities, ...regions, ...worldRegions].flatMap((word) => [word.toLowerCase(), word.toLowerCase().replace(/\.$/, '')]))
const roleSet = new Set(roleNouns)
const documentSet = new Set(documentNouns)
const timeNounSet: ReadonlySet<string> = new Set(timeNouns)
const organizationSet = new Set(organizationWords)
const particles = new Set(['bin', 'ibn', 'bint', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'al', 'el'])
const determiners = new Set(['a', 'an', 'the', 'one', 'another', 'its', 'his', 'her', 'their', 'this', 'that', 'our'])
const articleWords = new Set(['the', 'a', 'an'])
const ownerDeterminers = new Set(['his', 'her', 'its', 'their'])
/** What may open a description of whoever speaks: "the moderator said", "another voter wrote", "one user posted", "multiple outlets reported", "her account posted". */
const speakingDeterminers = new Set([...articleWords, ...ownerDeterminers, 'another', 'one', 'some', 'several', 'many', 'multiple', 'numerous'])
const definiteDeterminers = new Set(['the', 'its', 'his', 'her', 'their', 'this', 'that', 'our'])
const indefiniteDeterminers = new Set(['a', 'an', 'one', 'another'])
const prepositions = new Set(['of', 'in', 'with', 'by', 'to', 'against', 'from', 'for', 'on', 'at', 'about', 'between', 'like', 'among', 'into', 'over', 'under', 'upon', 'than', 'toward', 'towards', 'through', 'without', 'inside', 'outside', 'within', 'behind', 'beside', 'amid', 'alongside', 'beyond', 'near', 'across'])
const pronouns = new Map<string, { gender?: Gender; plural: boolean }>([
  ['he', { gender: 'male', plural: false }],
  ['she', { gender: 'female', plural: false }],
  ['they', { plural: true }],
  ['it', { plural: false }]
])
/** Nouns of a rough number that "of" joins to a plural: "hundreds of", "dozens of". */
const quantityNouns = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions'])
const verbWords = reportingVerbSet
const stopWords = new Set([
  'who', 'which', 'that', 'and', 'or', 'but', 'said', 'says', 'told', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'would', 'will',
  'as', 'when', 'while', 'if', 'because', 'although', 'though', 'he', 'she', 'it', 'they', 'we', 'i', 'you'
])

const folded = remembered(foldWord)
// Most words have no apostrophe nor full stop, and folding them is only lower-casing, cheaper than remembering it.
const lower = (word: string): string => (hasMarks(word) ? folded(word) : word.toLowerCase())
/** "Lee’s", "Lee's", "officials’": the last character, tested first, rules out most words at once. */
function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1)
  if (last === 0x73) return word.endsWith('’s') || word.endsWith("'s")
  return (last === 0x2019 || last === 0x27) && (word.endsWith('s’') || word.endsWith("s'"))
}
/** A capitalised word that can be part of a name: not a function word, not an adjective like "U.S.-backed". */
const nameWord = remembered((word) =>
  /^(?:(?:al|el|ad|an|ar|as|ash|at|az)-\s?)?\p{Lu}/u.test(word) && !functionWords.has(lower(word)) && !/-\p{Ll}+$/u.test(word))
// A word that opens on a lower-case letter and has no hyphen ("al-Hakim") is none, which needs no remembering.
export const isNameWord = (word: string): boolean => (opensOnLowerCase(word) && !word.includes('-') ? false : nameWord(word))

/** A lower-case noun for a document: "ad", "report", "memo". */
export const isDocumentNoun = (word: string): boolean => documentSet.has(word)

/** A lower-case noun for a person's role: "spokesman", "head", "lecturer". */
export const isRoleNoun = (word: string): boolean => roleSet.has(word) && !collectiveRoleNouns.has(word)

/**
 * Every listed noun and every plural that `singularOf` takes back to one,
 * with the noun it is or is the plural of: a listed noun is itself before it
 * is another's plural. A word is looked up once, in a table small enough to
 * stay in the processor's cache, rather than made singular and looked up again.
 */
const listedNouns: ReadonlyMap<string, { noun: string; plural: boolean }> = nounForms([...roleSet, ...documentSet])

function nounForms(nouns: readonly string[]): Map<string, { noun: string; plural: boolean }> {
  const forms = new Map<string, { noun: string; plural: boolean }>()
  for (const noun of nouns) for (const form of pluralsOf(noun)) forms.set(form, { noun, plural: true })
  for (const noun of nouns) forms.set(noun, { noun, plural: collectiveRoleNouns.has(noun) && noun.endsWith('s') })
  return forms
}

/** The words that `singularOf` makes `noun` of: "officials" of "official", "chairmen" and "chairmans" of "chairman". */
function pluralsOf(noun: string): string[] {
  const plurals = noun.endsWith('s') ? [] : [`${noun}s`]
  if (noun.endsWith('man')) plurals.push(`${noun.slice(0, -3)}men`)
  return plurals
}

/** A plural noun's singular in lower case, the word itself when it is none: "officials", "chairmen" ("the board chairmen wrote"). */
function singularOf(value: string): string {
  if (value.endsWith('men')) return `${value.slice(0, -3)}man`
  return value.endsWith('s') && !value.endsWith('ss') ? value.slice(0, -1) : value
}

interface NounAt {
  noun: string
  plural: boolean
  last: number
}

/** `nounAt` of each sentence's words, kept while the words are: the description rules ask it of one word from several positions. */
const nounsOfWords = new WeakMap<readonly Word[], Array<NounAt | null>>()

/** The role or document noun at `index`, two words ("prime minister") before one. */
function nounAt(words: readonly Word[], index: number): NounAt | undefined {
  let nouns = nounsOfWords.get(words)
  if (!nouns) nounsOfWords.set(words, (nouns = []))
  let noun = nouns[index]
  if (noun === undefined) nouns[index] = noun = findNounAt(words, index) ?? null
  return noun ?? undefined
}

/** What may stand before a space in a listed noun ("prime" of "prime minister"): only these begin a noun of two words. */
const pairOpenings = phraseOpenings([...roleSet, ...documentSet])

function findNounAt(words: readonly Word[], index: number): NounAt | undefined {
  const first = words[index]
  if (!first) return undefined
  if (pairOpenings.has(first.lower)) {
    const pair = `${first.lower} ${words[index + 1]?.lower ?? ''}`
    if (roleSet.has(pair) || documentSet.has(pair)) return { noun: pair, plural: false, last: index + 1 }
  }
  // A word without such marks has nothing for `bareWord` to take off, and its lower-case form is made already.
  const listed = listedNouns.get(hasMarks(first.text) ? bareWord(first.text).toLowerCase() : first.lower)
  return listed ? { noun: listed.noun, plural: listed.plural, last: index } : undefined
}

/** Mentions among `words`, whose offsets are into `text` (the masked file text). */
export function findMentions(words: readonly Word[], text: string): Mention[] {
  // "WHERE JAPAN IS FACING A CULTURAL DILEMMA": in a line set in capitals, no word's case marks a name. Where the
  // line is a headline before the words it reports ("EBOLA SURVIVORS, THROUGH THE LENS “…”"), it names the piece.
  if (shouted(words)) return headlineBeforeQuote(words, text)
  const mentions: Mention[] = []
  let index = 0
  while (index < words.length) {
    if (opensNoMention(words, index)) {
      index += 1
      continue
    }
    const found = pronounAt(words, index) ?? descriptionAt(words, index, text) ?? nameAt(words, index, text)
    if (found && roleAfterAs(words, found)) index = found.last + 1
    else if (found) {
      found.mention.afterPreposition = followsPreposition(words, found.first)
      if (qualifiesNoun(words, found)) found.mention.qualifier = true
      mentions.push(found.mention)
      index = found.last + 1
      const owned = found.mention.type === 'name' && found.mention.possessive ? ownedDescriptionAt(words, index, text) : undefined
      if (owned) {
        mentions.push(owned.mention)
        index = owned.last + 1
      }
    } else index += 1
  }
  return mentions
}

/**
 * Every word in lower case that a rule of `findMentions` opens a mention on,
 * besides a name's word: a pronoun (`pronounAt`), a rough number
 * (`quantityAt`), a determiner, a people's adjective, a listed noun or the
 * first word of one of two (`listedDescriptionAt`), a determiner of whoever
 * speaks (`speakingDescriptionAt`), "another", "someone", "somebody", "one"
 * (`anotherAt`, `someoneAt`, `partitiveAt`), an honorific (`nameAt`). A rule
 * that opens a mention on another word adds it here. The sentence's first
 * word is always tried: `oneOpeningAt` and `pluralOpeningAt` open only there.
 */
const mentionOpenings: ReadonlySet<string> = new Set([
  ...pronouns.keys(), ...quantityNouns, ...determiners, ...demonymSet, ...listedNouns.keys(), ...pairOpenings, ...speakingDeterminers,
  ...honorificSet, 'another', 'someone', 'somebody', 'one'
])

/**
 * Whether no rule can find a mention opening at `index`, told by one lookup
 * rather than by trying each rule: most words open none. A word with an
 * apostrophe or a full stop ("he's", "Sen.") is left to the rules.
 */
function opensNoMention(words: readonly Word[], index: number): boolean {
  const word = words[index]
  if (index === 0 || !word || hasMarks(word.text)) return false
  return !mentionOpenings.has(word.lower) && !isNameWord(word.text)
}

/** Words that, right after "as the harbor master", make the description the subject of a clause of its own. */
const clauseVerbs = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'would', 'will', 'did', 'does', 'put', 'once', 'later', 'often', 'himself', 'herself'])
/** What may stand between "as" and the noun of a role: "as a", "as the", "as his". */
const roleDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * "hired Ruiz as the new harbor master", "a long career as a night
 * inspector": one described after "as" is a role that someone is seen in or
 * given, no one new who could speak or whom a later "he" could mean.
 * Not "as the harbor master said", a clause of its own.
 */
function roleAfterAs(words: readonly Word[], found: Found): boolean {
  if (found.mention.type !== 'description' || found.mention.plural) return false
  // The description may start on its determiner, or just after it.
  const determinerBefore = !roleDeterminers.has(words[found.first]?.lower ?? '') && roleDeterminers.has(words[found.first - 1]?.lower ?? '')
  const asAt = found.first - (determinerBefore ? 2 : 1)
  if (words[asAt]?.lower !== 'as') return false
  // "as the chair of the ferry board has said": the description's own words may come before the verb.
  for (const word of words.slice(found.last + 1, found.last + 9)) {
    if (verbWords.has(word.lower) || clauseVerbs.has(word.lower)) return false
    if (/[,.;:!?]$/.test(word.text)) break
  }
  return true
}

/**
 * "the Carrier plant", "a Harbour Line ferry": a name between an article and
 * a lower-case noun that is no verb's form, or before a role that another
 * name holds, qualifies that noun or role.
 */
function qualifiesNoun(words: readonly Word[], found: Found): boolean {
  if (found.mention.type !== 'name' || found.mention.possessive) return false
  if (articleWords.has(words[found.first - 1]?.folded ?? '')) return nounLike(words[found.last + 1]?.text ?? '')
  // "Trump spokesman Hope Hicks", "Ostrow campaign chief Ivo Lind": a name before a role that another name holds.
  let role = found.last + 1
  while (role <= found.last + 3 && nounLike(words[role]?.text ?? '')) role += 1
  return role > found.last + 1 && isNameWord(words[role]?.text ?? '')
}

/** A lower-case word that is a noun rather than a verb's form: "plant", not "issued", "opposed", "says" nor "gave". */
function nounLike(word: string): boolean {
  // "says", "openly": a form in -s or -ly is a verb's or an adverb as often as a noun.
  const verbForm = isVerbForm(word) || /(?:s|ly)$/.test(word)
  return /^\p{Ll}{3,}$/u.test(word) && !verbForm && !functionWords.has(word) && !prepositions.has(word) && !stopWords.has(word)
}

/** A finite verb's form, or a reporting verb's: a past in -ed, a listed reporting verb, an irregular past or an auxiliary. */
function isVerbForm(word: string): boolean {
  return /ed$/.test(word) || verbWords.has(word) || unmarkedVerbForms.has(word)
}

/**
 * A round-up's headline in capitals that a quotation follows: the piece it
 * heads, a document that speaks the quoted words ("HOW THE PIER WAS SAVED
 * “We never gave up.” [Harbour Times.]").
 */
function headlineBeforeQuote(words: readonly Word[], text: string): Mention[] {
  const opening = words.findIndex((word) => word.text === '“')
  const first = words[0]
  const last = words[opening - 1]
  if (opening < 4 || !first || !last) return []
  const name = text.slice(first.start, last.end).replace(/[,.:;\s]+$/, '')
  // A quotation inside the headline is masked in `text`: no name to give the piece.
  if (name.includes('_')) return []
  return [newMention({ type: 'name', start: first.start, end: first.start + name.length, name, category: 'document', definite: true, plural: false, possessive: false, afterPreposition: false })]
}

/** Whether words are a line set in capitals: four words or more with letters, none of them in lower case. */
function shouted(words: readonly Word[]): boolean {
  let capitals = 0
  for (const word of words) {
    // Most sentences show a letter in lower case in their first words: the loop ends there.
    if (word.text !== word.text.toUpperCase()) return false
    if (word.text !== word.lower) capitals += 1
  }
  return capitals >= 4
}

/** "at Acme", "at the Grace Church of Elmwood": a preposition right before the mention, or before its article. */
function followsPreposition(words: readonly Word[], first: number): boolean {
  const previous = words[first - 1]?.lower ?? ''
  const article = articleWords.has(previous) && opensOnCapital(words[first]?.text ?? '')
  return prepositions.has(article ? words[first - 2]?.lower ?? '' : previous)
}

interface Found {
  mention: Mention
  first: number
  last: number
}

/** "She's", "he'd", "she’ll": a pronoun and a verb written as one word. "It's" is most often no one ("it's time"). */
const contractions = new Map(['he', 'she'].flatMap((pronoun) => ["'s", "'d", "'ll", '’s', '’d', '’ll'].map((verb) => [`${pronoun}${verb}`, pronoun] as const)))

function pronounAt(words: readonly Word[], index: number): Found | undefined {
  const word = words[index]
  const name = word && (pronouns.has(word.lower) ? word.lower : contractions.get(word.lower))
  const pronoun = name && pronouns.get(name)
  if (!word || !name || !pronoun) return undefined
  const mention = newMention({
    type: 'pronoun', start: word.start, end: word.end, name, category: 'unknown',
    definite: true, plural: pronoun.plural, possessive: false, afterPreposition: false
  })
  if (pronoun.gender) mention.gender = pronoun.gender
  return { mention, first: index, last: index }
}

/** "a French official", "the Finance Ministry official", "Peru’s deputy trade minister", "US officials", "the document". */
function descriptionAt(words: readonly Word[], index: number, text: string): Found | undefined {
  // The rules in the order they are tried; the first that finds a description wins.
  return (
    quantityAt(words, index, text) ??
    listedDescriptionAt(words, index, text) ??
    speakingDescriptionAt(words, index, text) ??
    oneOpeningAt(words, index, text) ??
    anotherAt(words, index) ??
    someoneAt(words, index) ??
    pluralOpeningAt(words, index, text) ??
    partitiveAt(words, index, text)
  )
}

/** Verbs that agree with a plural subject and never a singular one, besides the base forms of reporting verbs. */
const pluralVerbs = new Set(['are', 'were', 'have', 'do'])

/**
 * "Neighbours say that …", "Inspectors were …", "Estimates suggest …": a
 * capitalised word in -s that opens the sentence right before a verb that
 * only a plural takes, or a noun for people before "of" ("Backers of Ana
 * Ruiz argue"), is a plural noun, people or things unnamed, never a person
 * (no one named "Sanders" is said to "say"). Peoples and parties' members
 * are names of their own ("Latinos say", "Democrats say").
 */
function pluralOpeningAt(words: readonly Word[], index: number, text: string): Found | undefined {
  const word = words[index]
  const next = words[index + 1]?.lower ?? ''
  if (index !== 0 || !word || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(word.text)) return undefined
  // "Backers of Ana Ruiz argue": "of" may stand between a noun for people and its verb ("Hints of …" are things).
  // A noun for people may take a verb of the past too: "Inspectors said", "Editorialists wrote"; a thing must agree
  // ("Estimates suggest"), and "Rivers says" is a singular's.
  const singularVerb = endsInSingleS(next)
  const people = isSpeakerNoun(word.text) && (next === 'of' || (verbWords.has(next) && !singularVerb))
  if (!(baseForms.has(next) || pluralVerbs.has(next) || people) || isPeople(word.text, '')) return undefined
  // "Lena Haskins … Haskins say she was …": a surname the text gives in full stays a name, whatever the verb's slip.
  if (new RegExp(`\\p{Lu}[\\p{L}.]*\\s+${word.text}\\b`, 'u').test(text)) return undefined
  return unnamedAt(word, index, word.text, singularOf(word.lower), true)
}

/**
 * "Someone in the crowd called it …", "somebody shouted": an indefinite pronoun of a
 * person is someone unnamed, never a person called "Someone". Each is a
 * different one. "Nobody said" and "everyone says" report no one's words.
 */
function someoneAt(words: readonly Word[], index: number): Found | undefined {
  const word = words[index]
  if (!word || (word.lower !== 'someone' && word.lower !== 'somebody')) return undefined
  return unnamedAt(word, index, word.lower, '', false)
}

/** Someone or some people unnamed, described by the one word at `index`: "another", "someone", "Neighbours". */
function unnamedAt(word: Word, index: number, name: string, head: string, plural: boolean): Found {
  const mention = newMention({
    type: 'description', start: word.start, end: word.end, name, category: 'anonymous', head,
    definite: false, plural, possessive: false, afterPreposition: false
  })
  return { mention, first: index, last: index }
}

/**
 * "Hundreds of pro-Sanders demonstrators marched …, chanting “…”", "dozens
 * of striking dockers": a rough number of people is one description, its
 * plural noun the head, whether or not the word lists know it.
 */
function quantityAt(words: readonly Word[], index: number, text: string): Found | undefined {
  const first = words[index]
  if (!first || !quantityNouns.has(first.lower) || words[index + 1]?.text !== 'of') return undefined
  for (let last = index + 2; last <= index + 4 && last < words.length; last += 1) {
    const word = words[last]?.text ?? ''
    if (!/^[\p{Ll}-]+$/u.test(word.replace(/^(?:pro|anti)-\p{Lu}/u, 'x')) || stopWords.has(word) || prepositions.has(word) || verbWords.has(word)) return undefined
    const following = words[last + 1]?.text ?? ''
    // "dozens of parents groups signed": a plural before another noun modifies it; the head is the plural before the verb.
    const nounFollows = opensOnLowerCase(following) && !isVerbForm(following)
    if (!endsInSingleS(word) || nounFollows) continue
    const mention = newMention({
      type: 'description', start: first.start, end: words[last]?.end ?? first.end, name: singleSpaced(text.slice(words[index + 2]?.start ?? first.start, words[last]?.end ?? first.end)),
      category: 'anonymous', head: singularOf(word), definite: false, plural: true, possessive: false, afterPreposition: false
    })
    return { mention, first: index, last }
  }
  return undefined
}

/**
 * "Another said …", "tweeted another.": "another" alone, right before a
 * reporting verb or right after one that ends the clause, is one more of
 * whoever was just described; who that is, the registry decides.
 */
function anotherAt(words: readonly Word[], index: number): Found | undefined {
  const word = words[index]
  if (!word || word.lower !== 'another') return undefined
  const next = words[index + 1]?.lower ?? ''
  const previous = words[index - 1]?.lower ?? ''
  const speaks = (verbWords.has(next) && !next.endsWith('ing')) || (saidBefore.has(previous) && /^(?:[.,;]|)$/.test(next))
  if (!speaks) return undefined
  return unnamedAt(word, index, 'another', '', false)
}

/**
 * "the moderator said", "said the 43-year-old", "a welcome message reads":
 * a determiner and a few lower-case words right before a reporting verb, or
 * right after an inverted one, describe whoever speaks, whether or not the
 * noun is one the word lists know.
 */
function speakingDescriptionAt(words: readonly Word[], index: number, text: string): Found | undefined {
  const first = words[index]
  if (!first || !speakingDeterminers.has(first.lower)) return undefined
  // "said the 43-year-old.", not "saying the opposite.": a participle is no inverted verb.
  const previous = words[index - 1]?.lower ?? ''
  // "chanted his name": an owner after a verb opens its object, never its speaker.
  const invertedBefore = verbWords.has(previous) && !previous.endsWith('ing') && !ownerDeterminers.has(first.lower)
  // "said one …", not "told a …", whose object follows.
  const indefiniteSpeaker = invertedBefore && indefiniteDeterminers.has(first.lower) && saidBefore.has(previous) && previous !== 'told'
  for (let last = index + 1; last <= index + 4 && last < words.length; last += 1) {
    const word = words[last]?.text ?? ''
    // "the Democratic frontrunner", "the Chilean envoy": a party or nationality may stand before the noun;
    // "the Republican said", "one longtime Democrat said": right before the verb, it is the noun.
    const following = words[last + 1]?.lower ?? ''
    const endsInverted = invertedBefore && /^(?:[.,;]|)$/.test(following)
    // "said one Republican involved in …", "said an Ohioan who …": so is one of a party or a people said to speak, before what tells which.
    const modifiedAfterInverted = indefiniteSpeaker && (following === 'who' || postModifiers.has(following) || prepositions.has(following))
    const partyNoun = isDescribingAdjective(word) && (verbWords.has(following) || endsInverted || modifiedAfterInverted)
    if (isDescribingAdjective(word) && !partyNoun && last < index + 4) continue
    // "her Facebook account posted", "the nationalist Global Times tabloid noted": a name may qualify the noun after it.
    if (qualifyingName(word, words[last + 1]?.text ?? '') && !partyNoun && last < index + 4) continue
    // "the bespectacled, 71-year-old diplomat": a comma may stand between two adjectives.
    // "his assumption, confidently stated": an adverb after the comma opens no second adjective.
    const adjectiveAfter = /^[\p{Ll}\p{N}]/u.test(words[last + 1]?.text ?? '') && !/ly$/.test(words[last + 1]?.text ?? '')
    if (word === ',' && last > index + 1 && adjectiveAfter && opensOnLowerCase(words[last - 1]?.text ?? '')) continue
    const nounWord = partyNoun || /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(word)
    if (!nounWord || stopWords.has(word) || prepositions.has(word) || determiners.has(word) || verbWords.has(word)) return undefined
    // "the crowd booed when he …", "the deal binds together …": a pronoun or a connective ends the noun phrase.
    if ((functionWords.has(word) && !numberWords.has(word)) || sentenceAdverbs.has(word)) return undefined
    const next = words[last + 1]?.lower ?? ''
    // A finite verb, not a participle ("a section urging") nor a passive ("the information revealed by").
    // "A false report …": after "a", a base form is a noun, not the description's verb;
    // "the plan drew praise": after "the", it is the verb of a plural ("the two say"), never of a singular.
    const pluralHead = endsInSingleS(word) || numberWords.has(word) || word === 'people' || word === 'police'
    const agrees = !baseForms.has(next) || (first.lower === 'the' && pluralHead)
    // "his recent remarks": after an owner, a form in -s is a plural noun as often; only a past form is surely the verb.
    const owned = ownerDeterminers.has(first.lower) && next.endsWith('s')
    // "the radioman pointed out": a reporting verb of two words.
    const verb = verbWords.has(next) || verbWords.has(`${next} ${words[last + 2]?.lower ?? ''}`)
    const finite = verb && agrees && !owned && !next.endsWith('ing') && words[last + 2]?.lower !== 'by' && !pluralNounNotVerb(next, words[last + 2]?.text ?? '')
    // "said one person with knowledge of …", "said a person close to the family": after an inverted verb, a phrase of a
    // preposition may follow a noun for someone, "close" or "familiar" between ("posted the story on Facebook" is an object).
    const modified = postModifiers.has(word) && last > index + 1
    const noun = modified ? words[last - 1]?.text ?? '' : word
    const described = prepositions.has(next) && saidBefore.has(previous) && isSpeakerNoun(noun)
    const speaks = finite || (invertedBefore && (next === '' || /^[.,;]$/.test(next) || described)) || (partyNoun && modifiedAfterInverted)
    if (!speaks) continue
    // "in the past described him as …": a time is when, no one who speaks.
    if (timeNounSet.has(noun)) return undefined
    if (modified) return speakingDescription(words, index, last - 1, text)
    // "the drinking continued": an -ing word is an activity, not who speaks; before "remarks" or "states",
    // which are plural nouns as often as verbs ("the racial remarks"), only a noun for someone or a document does.
    if (/ing$/.test(word) && !isSpeakerNoun(word)) return undefined
    // "a psychology class called “Perception”": a thing that is named is no one who speaks.
    if ((nounVerbForms.has(next) || namingVerbs.has(next)) && !isSpeakerNoun(word)) return undefined
    return speakingDescription(words, index, last, text)
  }
  return undefined
}

/**
 * "One attendee, who asked not to be named, said", "One organiser at the
 * depot tried …, saying": "One" or "Another" opening a sentence, at most
 * two words, and a noun for someone (`isNounForSomeone`) before a comma, "who",
 * a preposition or a verb in -ed describe someone, whatever list the noun
 * is in; the verb may come long after. Not a time ("One winter,") nor a
 * share ("One quarter of voters").
 */
function oneOpeningAt(words: readonly Word[], index: number, text: string): Found | undefined {
  if (index !== 0 || !/^(?:one|another)$/.test(words[index]?.lower ?? '')) return undefined
  for (let last = index + 1; last <= index + 3 && last < words.length; last += 1) {
    const word = words[last]?.text ?? ''
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || stopWords.has(word) || prepositions.has(word) || verbWords.has(word)) return undefined
    const next = words[last + 1]?.text ?? ''
    const ends = next === ',' || next === 'who' || prepositions.has(next) || /^\p{Ll}+ed$/u.test(next)
    const someone = isNounForSomeone(word) && !timeNounSet.has(word) && !shareNouns.has(word)
    if (ends && someone) return speakingDescription(words, index, last, text)
  }
  return undefined
}

/**
 * "said one of the witnesses", "One of his aides said", "said one of two
 * ferrymen who …": "one of", an owner, "the" or a number perhaps, a few
 * describing words and a plural noun for someone describe one person of
 * that group, when a reporting verb follows, or after an inverted one when
 * the phrase ends the clause. Not "one of the leaflets": no noun for
 * someone.
 */
function partitiveAt(words: readonly Word[], index: number, text: string): Found | undefined {
  if (words[index]?.lower !== 'one' || words[index + 1]?.lower !== 'of') return undefined
  const previous = words[index - 1]?.lower ?? ''
  const inverted = saidBefore.has(previous)
  const opening = words[index + 2]?.lower ?? ''
  const start = definiteDeterminers.has(opening) || numberWords.has(opening) ? index + 3 : index + 2
  for (let last = start; last <= start + 2 && last < words.length; last += 1) {
    const word = words[last]?.text ?? ''
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || stopWords.has(word) || prepositions.has(word) || verbWords.has(word) || functionWords.has(word)) return undefined
    const head = personOfGroup(word)
    if (head === undefined) continue
    const next = words[last + 1]?.lower ?? ''
    const endsClause = next === '' || /^[.,;]$/.test(next) || next === 'who'
    const speaks = inverted ? endsClause : verbWords.has(next) && !next.endsWith('ing')
    return speaks ? partOfGroup(words, index, last, head, text) : undefined
  }
  return undefined
}

/** The noun for one of a group a plural noun for someone names: "witnesses" → "witness", "ferrymen" → "ferryman", "people" → "person". */
function personOfGroup(plural: string): string | undefined {
  if (plural === 'people') return 'person'
  return [singularOf(plural), plural.replace(/es$/, '')].find((singular) => singular !== plural && isNounForSomeone(singular))
}

/** One unnamed person of the group the words from `index` to `last` describe: "one of the witnesses", a `head`. */
function partOfGroup(words: readonly Word[], index: number, last: number, head: string, text: string): Found | undefined {
  const first = words[index]
  const end = words[last]
  if (!first || !end) return undefined
  const mention = newMention({
    type: 'description', start: first.start, end: end.end, name: singleSpaced(text.slice(first.start, end.end)),
    category: 'anonymous', head, definite: false, plural: false, possessive: false, afterPreposition: false
  })
  const gender = roleGender(head)
  if (gender) mention.gender = gender
  return { mention, first: index, last }
}

/** Nouns in -er that name a share or a thing, not someone: "One quarter of voters", "One other matter". */
const shareNouns: ReadonlySet<string> = new Set(['quarter', 'number', 'other', 'order', 'matter', 'remainder', 'corner', 'chapter', 'paper', 'letter'])

/** What a description's noun makes it: a document ("the memo"), a body ("the crowd", "the ministry"), or someone unnamed. */
function categoryOfNoun(noun: string, plural: boolean): Category {
  if (documentSet.has(noun)) return 'document'
  return collectiveRoleNouns.has(noun) && !plural ? 'organization' : 'anonymous'
}

/** A name or an acronym before a lower-case word or another such name: "Facebook account", "Global Times tabloid", "TV ad". */
function qualifyingName(word: string, next: string): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u.test(word) && /^(?:\p{Ll}+|\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u.test(next)
}

/** Adjectives that follow the noun of a description of whoever speaks: "a person close to …", "an aide familiar with …". */
const postModifiers = new Set(['close', 'familiar', 'knowledgeable', 'involved', 'briefed'])

/** The description from the determiner at `index` to the noun at `last`. */
function speakingDescription(words: readonly Word[], index: number, last: number, text: string): Found | undefined {
  const first = words[index]
  const word = words[last]?.text ?? ''
  if (!first) return undefined
  const head = singularOf(word)
  const plural = head !== word
  const mention = newMention({
    type: 'description', start: first.start, end: words[last]?.end ?? first.end, name: singleSpaced(text.slice(words[index + 1]?.start ?? first.start, words[last]?.end ?? first.end)),
    category: categoryOfNoun(head, plural), head, definite: definiteDeterminers.has(first.lower), plural, possessive: false, afterPreposition: false
  })
  const gender = roleGender(head)
  if (gender) mention.gender = gender
  return { mention, first: index, last }
}

/** Role nouns that are adjectives as often: "the general election", "his chief concern", "a major push". */
const adjectiveRoles = new Set(['general', 'chief', 'head', 'executive', 'major', 'private', 'principal'])

/** "Lee’s general concerns": such a role noun before a lower-case word that is no verb nor function word modifies it. */
function modifiesNoun(noun: string, following: string): boolean {
  const after = following.toLowerCase()
  if (adjectiveRoles.has(noun) && isDescribingAdjective(following)) return true
  return adjectiveRoles.has(noun) && isLowerCaseWord(following) && !verbWords.has(after) && !functionWords.has(after) && !prepositions.has(after) && !stopWords.has(after)
}

/**
 * "Ruiz's large delegate lead.", "the candidate pool was": a singular
 * noun for someone before a lower-case word that reads as no verb, the
 * phrase ending there, qualifies that word, and is no one. Not "the senator
 * lost.", "the aide left", a verb the lists know; a body's noun ("the party
 * platform") is left to the rules for bodies.
 */
function compoundModifier(words: readonly Word[], noun: NounAt): boolean {
  const next = words[noun.last + 1]?.text ?? ''
  const after = words[noun.last + 2]?.lower ?? ''
  // The cheapest test first: this runs for every noun a description may have.
  const phraseEnds = after === '' || after === '.' || after === ',' || after === ';' || after === ':' || unmarkedVerbForms.has(after)
  if (!phraseEnds || noun.plural || !isLowerCaseWord(next) || /(?:s|ed|ing|ly|self)$/.test(next)) return false
  if (verbWords.has(next) || unmarkedVerbForms.has(next) || functionWords.has(next) || prepositions.has(next) || stopWords.has(next)) return false
  return categoryOfNoun(noun.noun, false) === 'anonymous'
}

/**
 * "Republican strategist Ana Ruiz", "Democratic presidential hopeful Tom
 * Reed": a party's adjective before a role (at most one word between) is
 * part of the title of the name that follows, no name of its own.
 */
function partyBeforeRole(words: readonly Word[], index: number): boolean {
  // "U.S. Democratic presidential candidate Ana Ruiz": a country may stand before the party.
  const party = placeSet.has(words[index]?.folded ?? '') && partyAdjectives.has(words[index + 1]?.folded ?? '') ? index + 1 : index
  if (!partyAdjectives.has(words[party]?.folded ?? '')) return false
  const next = words[party + 1]?.text ?? ''
  const following = words[party + 2]?.text ?? ''
  return isRoleNoun(next) || (isLowerCaseWord(next) && isRoleNoun(following))
}

/** "Former Senator Ana Ruiz", "Ex-Senator Ana Ruiz", "Outgoing Mayor Tom Lee": a word of tenure capitalised to open a sentence names no one. */
function tenureAt(words: readonly Word[], index: number): boolean {
  return /^(?:Former|Ex|Outgoing|Incoming|Longtime|Presumptive)$/u.test(words[index]?.text ?? '')
}

/** "Early in his campaign, …", "Late on Friday, …": a sentence that opens on a time's adverb opens on no name ("Early said" does). */
function earlyOrLateAt(words: readonly Word[], index: number): boolean {
  const next = words[index + 1]?.lower ?? ''
  return index === 0 && /^(?:Early|Late)$/.test(words[0]?.text ?? '') && (prepositions.has(next) || /^(?:this|last|next|that|[,;])$/.test(next))
}

const timeUnits = new Set(['seconds', 'minutes', 'moments', 'hours', 'days', 'weeks', 'months', 'years', 'decades'])

/** "Hours later, she …", "Days earlier": a span of time that opens a sentence is no name ("Days Inn" is). */
function timeSpanAt(words: readonly Word[], index: number): boolean {
  return timeUnits.has(words[index]?.folded ?? '') && opensOnLowerCase(words[index + 1]?.text ?? '')
}

/** A capitalised word that describes rather than names inside a description: a party's or a nation's adjective. */
export function isDescribingAdjective(word: string): boolean {
  const value = word.toLowerCase()
  return opensOnCapital(word) && (partyAdjectives.has(value) || demonymSet.has(value))
}

/**
 * "the Democratic establishment", "Republican claims": a party's adjective
 * before a noun names no one; "a Republican says" is one of the party.
 */
function isPartyAdjective(words: readonly Word[], index: number): boolean {
  const word = words[index]?.folded ?? ''
  const next = words[index + 1]
  if (word === 'democrat' || !partyAdjectives.has(word) || !next || !opensOnLowerCase(next.text)) return false
  const partyMember = /^(?:a|an|the|one|another|each|every)$/.test(words[index - 1]?.lower ?? '') && isVerbForm(next.lower)
  return !partyMember
}

const regionalAdjectives = new Set(['northern', 'southern', 'eastern', 'western', 'midwestern', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central'])

/** "Southern states", "Western leaders": a region's adjective before a noun names no one. */
function regionalAdjectiveAt(words: readonly Word[], index: number): boolean {
  return regionalAdjectives.has(words[index]?.folded ?? '') && opensOnLowerCase(words[index + 1]?.text ?? '')
}

const weekdaySet: ReadonlySet<string> = new Set(weekdays)
/** The first words of days named after a weekday: "Super Tuesday", "Black Friday", "Ash Wednesday". */
const dayNameWords = new Set(['super', 'black', 'good', 'cyber', 'ash', 'fat', 'holy', 'bloody', 'easter', 'palm', 'giving'])

/** "Super Tuesday", "Black Friday" name a day, no one; "Ruiz Monday said" is Ruiz. */
function beforeWeekday(words: readonly Word[], index: number): boolean {
  return dayNameWords.has(words[index]?.folded ?? '') && weekdaySet.has(words[index + 1]?.text ?? '')
}

/** "R-Ky.", "D-N.Y.", "I-Vt": a lawmaker's party and state, written after the name. */
export function isPartyAndState(word: string): boolean {
  return word.charAt(1) === '-' && /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(word)
}

/**
 * "a Maplewood, Minn., baker", "in Varna, Bulgaria.": a name set off by a
 * comma before a state or a country, which ends there, is a town of it.
 * Not a person's name: none with a title or a given name first ("Ana Ruiz,
 * Iowa's attorney general"); nor a body's, which the caller has told apart
 * ("the Grace Church of Elmwood, Colorado").
 */
function cityBeforeState(words: readonly Word[], first: number, last: number, title: string): boolean {
  if (words[last + 1]?.text !== ',' || title || isGivenName(words[first]?.text ?? '')) return false
  const place = placeLength(words, last + 2)
  return place > 0 && /^(?:[,.;:)]|)$/.test(words[last + 2 + place]?.text ?? '')
}

/**
 * A test of whether a capitalised word is one `text` also writes in lower
 * case and never capitalises inside a sentence, each word's answer kept. A
 * noun for someone ("Police said") is left to the description rules.
 */
export function commonWordTest(text: string): (word: string) => boolean {
  const answers = new Map<string, boolean>()
  return (word) => {
    let answer = answers.get(word)
    if (answer === undefined) {
      answer = /^\p{Lu}\p{Ll}+$/u.test(word) && !isSpeakerNoun(word) && occurs(text, word.toLowerCase(), () => true) && !occurs(text, word, insideSentence)
      answers.set(word, answer)
    }
    return answer
  }
}

/**
 * "Do keep every receipt", "Can anyone call it …", "Get out there and
 * tell them …": a sentence's first word alone, an auxiliary or a common
 * verb's base form (`lexicon/verbs.ts`), before a lower-case word that is no
 * verb, opens a command or a question, not a name. A name that is such a
 * word comes before its verb ("Read said"), or an adverb and its verb ("Read
 * also told").
 */
export function opensOnVerb(words: readonly Word[]): boolean {
  const first = words[0]
  const next = words[1]?.text ?? ''
  if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isLowerCaseWord(next)) return false
  const verb = unmarkedVerbForms.has(first.lower) || commonBaseForms.has(first.lower)
  const nextIsVerb = verbWords.has(next) || unmarkedVerbForms.has(next) || /ed$/.test(next)
  const adverb = /ly$/.test(next) || sentenceAdverbs.has(next) || next === 'also'
  return verb && !nextIsVerb && !adverb
}

/** Whether `word` stands in `text` as a word of its own where `where` (given the index it starts at) holds. */
function occurs(text: string, word: string, where: (text: string, at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const whole = !/[\p{L}\p{M}'’-]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{M}'’-]/u.test(text[at + word.length] ?? '')
    if (whole && where(text, at)) return true
  }
  return false
}

/** Whether a word at `at` follows a word or a comma and spaces on its line: "Tara Brown", "said Brown", not a sentence's first. */
function insideSentence(text: string, at: number): boolean {
  return /[\p{L}\p{N},][^\S\r\n]+$/u.test(text.slice(Math.max(0, at - 8), at))
}

/** Whether words name a known place: "Vermont", "New Hampshire", "N.Y.". */
export function isPlaceName(words: string): boolean {
  return placeSet.has(words.toLowerCase())
}

/** A party's or a nation's word used as a noun for a person: "a liberal", "a Republican", "an American". */
export function isPartyOrNationNoun(word: string): boolean {
  const value = word.toLowerCase()
  return partyAdjectives.has(value) || demonymSet.has(value)
}

/** Number words that stand for people: "the two said". */
const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

/** Verbs that stand before their speaker: "said one person with knowledge of …". */
const saidBefore = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'tweeted', 'recalled', 'told'])

/** Reporting verbs in -s that are plural nouns as often: "remarks", "states", "notes", "claims". */
export const nounVerbForms: ReadonlySet<string> = new Set(['states', 'remarks', 'notes', 'reports', 'claims', 'answers', 'replies', 'comments', 'posts', 'tweets', 'pledges', 'promises', 'questions', 'quotes', 'warnings', 'charges', 'counters', 'statements', 'responses', 'demands', 'threats'])

/**
 * A noun that can stand for whoever speaks, though no word list knows it: a
 * role or document noun, a number of people ("the two"), an age
 * ("the 43-year-old"), or a word with a suffix for a person or a body (-er,
 * -or, -ist, -ian, -ant, -ent, -ee, -ess, -man, -aire, -crat, -ive, -ster).
 * "the drinking", "the ultimate", "the racial" are none of these.
 */
export function isSpeakerNoun(word: string): boolean {
  const value = word.toLowerCase()
  const singular = singularOf(value)
  if (roleSet.has(value) || roleSet.has(singular) || documentSet.has(value) || documentSet.has(singular) || numberWords.has(value) || speakerNouns.has(singular)) return true
  return /(?:-old|er|or|ist|ian|ant|ent|ee|ess|man|woman|person|people|aire|crat|ive|ster)$/.test(singular)
}

/** A noun for someone, listed or not, and no document: "baker", "attendee", "striker"; not "memo" nor "letters". */
export function isNounForSomeone(word: string): boolean {
  return isSpeakerNoun(word) && !documentSet.has(singularOf(word.toLowerCase()))
}

/**
 * "the two states hold …": a reporting verb in -s that is also a plural noun
 * ("states", "remarks", "notes") is the noun when a lower-case word other
 * than a function word follows it; "the agency states that …" is the verb.
 */
function pluralNounNotVerb(form: string, following: string): boolean {
  if (!endsInSingleS(form)) return false
  const after = following.toLowerCase()
  return isLowerCaseWord(following) && !functionWords.has(after) && !prepositions.has(after) && !after.endsWith('ly')
}

/**
 * "Hillary Rowe’s campaign said", "Ms. Ito’s spokeswoman": a role noun
 * right after a possessive name of several words is a description of its
 * own (the name owns it, as a determiner would), so that it can speak.
 */
function ownedDescriptionAt(words: readonly Word[], index: number, text: string): Found | undefined {
  const first = words[index]
  if (!first || !opensOnLowerCase(first.text)) return undefined
  const found = listedDescriptionAt(words, index, text, true)
  if (!found) return undefined
  found.mention.definite = true
  return found
}

/** Whether one to three words in lower case, the last a role ("night editor"), and then a name follow `index`. */
function roleGoesOnIntoName(words: readonly Word[], index: number): boolean {
  for (let cursor = index; cursor < index + 4; cursor += 1) {
    const word = words[cursor]
    if (!word) return false
    if (cursor > index && isNameWord(word.text)) return isRoleNoun(words[cursor - 1]?.text ?? '') && !isDescribingAdjective(word.text)
    if (!isLowerCaseWord(word.text) || stopWords.has(word.lower) || prepositions.has(word.lower) || verbWords.has(word.lower)) return false
  }
  return false
}

function listedDescriptionAt(words: readonly Word[], index: number, text: string, owned = false): Found | undefined {
  const first = words[index]
  if (!first) return undefined
  const determiner = !owned && (determiners.has(first.lower) || (isPossessive(first.text) && isNameWord(first.text)))
  // Without a determiner only a bare plural, or one nationality or name before it: "officials", "US officials".
  const reach = owned ? 3 : determiner ? 6 : isNameWord(first.text) || demonymSet.has(first.lower) ? 1 : 0
  if (reach === 0 && !nounAt(words, index)) return undefined
  for (let cursor = determiner ? index + 1 : index; cursor <= index + reach && cursor < words.length; cursor += 1) {
    const word = words[cursor]
    if (!word || !hasLetterOrDigit(word.text) || stopWords.has(word.lower) || prepositions.has(word.lower) || determiners.has(word.lower)) return undefined
    // "the report said": after a determiner a listed noun is a noun, though "report" is also a reporting verb.
    if (verbWords.has(word.lower) && !((determiner || owned) && nounAt(words, cursor))) return undefined
    let noun = nounAt(words, cursor)
    if (!noun) continue
    // "the Finance Ministry official": the last of several role nouns is the head.
    for (let further = noun && nounAt(words, noun.last + 1); further && !verbAfterNoun(words, further.last); further = nounAt(words, further.last + 1)) noun = further
    noun = ownedNoun(words, noun) ?? noun
    // "spokesman Josh Lee": the role is the title of the name that follows; "his chief Democratic rival" goes on.
    const next = words[noun.last + 1]
    if (next && isNameWord(next.text) && !isDescribingAdjective(next.text) && !isPossessive(words[noun.last]?.text ?? '')) return undefined
    // "the Ledger’s deputy night editor Omar Diallo": a role that goes on in lower case into a name is its title too.
    if (!isPossessive(words[noun.last]?.text ?? '') && roleGoesOnIntoName(words, noun.last + 1)) return undefined
    // "the Bank of Ireland", "the Ministry of Health": a capitalised noun that "of" joins to a name begins that name.
    // "the Organization for Economic Cooperation", a body's name; not "the High Commissioner for Refugees", a role.
    const joins = next?.text === 'of' || (next?.text === 'for' && categoryOfNoun(noun.noun, noun.plural) === 'organization')
    if (joins && isNameWord(words[noun.last]?.text ?? '') && isNameWord(words[noun.last + 2]?.text ?? '')) return undefined
    if (modifiesNoun(noun.noun, next?.text ?? '') || compoundModifier(words, noun)) continue
    // "US officials", not "Dottie Deans": without a determiner a plural after a name is in lower case.
    const afterName = noun.last > index && !opensOnLowerCase(words[noun.last]?.text ?? '')
    const bareRole = noun.last > index && roleBeforeItsVerb(words, noun)
    if (!determiner && !owned && !bareRole && (!noun.plural || afterName)) return undefined
    const last = words[noun.last]
    if (!last) return undefined
    const nameStart = determiner ? words[index + 1]?.start ?? first.start : first.start
    const category = categoryOfNoun(noun.noun, noun.plural)
    const mention = newMention({
      type: 'description', start: first.start, end: last.end, name: singleSpaced(bareWord(text.slice(nameStart, last.end))),
      category, head: noun.noun, definite: !determiner || definiteDeterminers.has(first.lower) || isPossessive(first.text),
      plural: noun.plural, possessive: isPossessive(last.text), afterPreposition: false
    })
    const gender = roleGender(noun.noun)
    if (gender) mention.gender = gender
    return { mention, first: index, last: noun.last }
  }
  return undefined
}

/**
 * "Harbour Board spokesman said": a singular role in lower case right before a
 * singular's reporting verb is someone's with no determiner too, after the
 * name it is qualified by; not "EU member state", a base form.
 */
function roleBeforeItsVerb(words: readonly Word[], noun: NounAt): boolean {
  const verb = words[noun.last + 1]?.lower ?? ''
  const lowerCase = opensOnLowerCase(words[noun.last]?.text ?? '')
  return !noun.plural && lowerCase && verbWords.has(verb) && !baseForms.has(verb)
}

/**
 * "as the Harbour Trust website notes:": a reporting verb in -s that is a
 * plural noun as often, after a noun and with no noun's word after it, is
 * the verb ("the photo post, …" keeps its noun).
 */
function verbAfterNoun(words: readonly Word[], index: number): boolean {
  const word = words[index]?.text ?? ''
  return endsInSingleS(word) && verbWords.has(word) && !pluralNounNotVerb(word, words[index + 1]?.text ?? '')
}

/**
 * "the film’s narrator", "the firm’s auditors": a noun for someone that a
 * listed noun's possessive owns is the head, though no list knows it.
 */
function ownedNoun(words: readonly Word[], owner: NounAt): NounAt | undefined {
  const owned = words[owner.last + 1]?.text ?? ''
  // "the parties’ separate plans": a word before another noun modifies it.
  const after = words[owner.last + 2]?.text ?? ''
  const ends = !opensOnLowerCase(after) || verbWords.has(after) || prepositions.has(after) || functionWords.has(after)
  if (!isPossessive(words[owner.last]?.text ?? '') || !isLowerCaseWord(owned) || verbWords.has(owned) || !isSpeakerNoun(owned) || !ends) return undefined
  const noun = singularOf(owned)
  return { noun, plural: noun !== owned, last: owner.last + 1 }
}

/**
 * A name as printed, tidied: a masked quote inside it (`“___”`) is a space,
 * "al- Hakim" is "al-Hakim", and each run of white space one space. Each
 * replacement runs only where its mark is.
 */
function tidyName(printed: string): string {
  const unquoted = printed.includes('“') ? printed.replace(/\s*“_+”\s*/g, ' ') : printed
  const joined = unquoted.includes('-') ? unquoted.replace(/(\b(?:al|el)-)\s+/gi, '$1') : unquoted
  return singleSpaced(joined)
}

/** "Center for Democracy", "Friends for Maria": "for" at `last + 1` goes on with the name, but joins no title to a given name ("… the Lord for Omar Diallo"). */
function forJoins(words: readonly Word[], last: number): boolean {
  return !(honorificSet.has(words[last]?.folded ?? '') && isGivenName(words[last + 2]?.text ?? ''))
}

/** "Chilean President Rosa Vidal", "Mr. Lee", "the Northern Rail Authority", "Secretary of State Jane Doe". */
function nameAt(words: readonly Word[], index: number, text: string): Found | undefined {
  if (!isNameWord(words[index]?.text ?? '') && !honorificSet.has(words[index]?.folded ?? '')) return undefined
  if (sentenceAdverbs.has(words[index]?.folded ?? '') || (index === 0 && opensOnAdverbOrParticiple(words))) return undefined
  if (index === 0 && opensWithInvertedVerb(words)) return undefined
  if (partyBeforeRole(words, index) || timeSpanAt(words, index) || tenureAt(words, index) || earlyOrLateAt(words, index)) return undefined
  let last = index
  while (last + 1 < words.length) {
    const next = words[last + 1]?.text ?? ''
    const after = words[last + 2]?.text ?? ''
    if (isPossessive(words[last]?.text ?? '')) break
    // "Harbour Board spokesman Ana Ruiz": a role in lower case goes on with a name only where a name follows it.
    const lowerRole = opensOnLowerCase(next) && !isNameWord(after)
    // "Rosa A. Vell": inside a name, "A." is an initial, though "A" alone is no name's word.
    const initial = /^\p{Lu}\.$/u.test(next) && isNameWord(after)
    if (isNameWord(next) || initial || (honorificSet.has(words[last + 1]?.folded ?? '') && !lowerRole)) last += 1
    else if (nicknameAt(words, last + 1)) last += 4
    else if ((particles.has(next) || (next === 'for' && forJoins(words, last)) || (next === 'of' && ofJoins(words, index, last, text))) && isNameWord(after)) last += 2
    // "Ana de la Vega", "Pieter van der Berg": two particles.
    else if (particles.has(next) && particles.has(after) && isNameWord(words[last + 3]?.text ?? '')) last += 3
    else if (officeOfTheAt(words, last)) last += 3
    // "Food and Drug Administration": "and" joins the words of an organisation's name.
    else if ((next === 'and' || next === '&') && joinedNameWords.has(words[last]?.folded ?? '') && isNameWord(after) && endsInOrganizationWord(words, last + 2)) last += 2
    // "Center for Strategic and International Studies": after a body's word and "for", "and" goes on with its name.
    else if (next === 'and' && isNameWord(after) && !isGivenName(after) && !honorificSet.has(after.toLowerCase()) && bodyNameBefore(words, index, last)) last += 2
    else break
  }
  // "Los Angeles-based lawyer", "New York-born": the name's last word is joined to an adjective; a place, no one.
  if (/^\p{Lu}\p{L}*-\p{Ll}/u.test(words[last + 1]?.text ?? '')) return undefined
  const numbered = numberedEnd(words, last)
  if (numbered > last) last = numbered
  const tokens = words.slice(index, last + 1)
  const whole = bareWord(text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0))
  // "Democrat of Tennessee", "Governor of Ohio" after a name are a title and a state, and name no one;
  // "Democratic Socialists of America" is a name whose first words are no title.
  const titled = titleLength(tokens)
  const ofWhat = tokens[titled]?.lower === 'of' ? bareWord(text.slice(tokens[titled + 1]?.start ?? 0, tokens.at(-1)?.end ?? 0)) : undefined
  if (ofWhat !== undefined && placeSet.has(ofWhat.toLowerCase())) return undefined
  // "European Court of Justice": where all but a last word of title are title, a body's word makes the whole a
  // body's name; not the word an office governs ("Secretary of State").
  const allTitle = titled === tokens.length - 1 && honorificSet.has(tokens.at(-1)?.folded ?? '')
  const body = allTitle && tokens.some((token, at) => organizationSet.has(bareWord(token.text)) && tokens[at - 1]?.text !== 'of')
  const titleEnd = placeSet.has(whole.toLowerCase()) || ofWhat !== undefined || body ? 0 : titled
  const nameTokens = tokens.slice(titleEnd)
  const firstToken = tokens[0]
  const lastToken = tokens.at(-1)
  if (!firstToken || !lastToken) return undefined
  // "Christie's been saying": "'s" before "been" is "has", not a possessive.
  const possessive = isPossessive(lastToken.text) && words[last + 1]?.lower !== 'been'
  const preceding = roleBefore(words, index)
  const titleText = tokens.slice(0, titleEnd).map((token) => token.text).join(' ')
  const title = preceding && titleText ? `${preceding} ${titleText}` : preceding || titleText
  // "Q: “…”" in an interview: a capital letter alone is a question's or an answer's mark, no one's name.
  const letter = tokens.length === 1 && /^\p{Lu}$/u.test(whole)
  // "on TV", "the CEO", "9 p.m. EST": an acronym of a thing, a title or a time names no one.
  const plain = tokens.length === 1 && (letter || plainAcronyms.has(whole) || isPartyAdjective(words, index) || regionalAdjectiveAt(words, index) || beforeWeekday(words, index))
  // "The Secretary of State said": an office and no name after it is whoever holds the office.
  const officeOnly = nameTokens.length === 0 && titled === tokens.length && tokens.some((token) => token.lower === 'of' || token.lower === 'for') && opensOnCapital(firstToken.text)
  if ((nameTokens.length === 0 && !officeOnly) || isPartyAndState(whole) || plain) return undefined
  // "president Luis Osuna" is a name after a role in lower case; "executive director of …", "general manager" and
  // "chairwoman for Clinton’s campaign" are roles, with no name after them.
  if (opensOnLowerCase(firstToken.text) && !isNameWord(nameTokens[0]?.text ?? '')) return undefined
  // "US secretary of state Ana Ruiz": a role in lower case opens no name.
  const opening = nameTokens[0]?.folded ?? ''
  if (opensOnLowerCase(nameTokens[0]?.text ?? '') && (honorificSet.has(opening) || isRoleNoun(opening))) return undefined
  const nameFrom = nameTokens[0]?.start ?? firstToken.start
  const name = tidyName(bareWord(text.slice(nameFrom, lastToken.end)))
  // "UPDATE:", "EXCLUSIVE": a label of the page, not an organisation's initials.
  if (labelWords.has(name.toLowerCase())) return undefined
  // "the Saudis state", "Americans say": a people, not a place, and more than one.
  const people = isPeople(name, words[index - 1]?.text ?? '')
  // "Article 33" is a part of a text; "the Affordable Care Act", a law: both documents.
  const named = numbered > 0 || /\sAct$/.test(name) ? 'document' : categoryOf(name, title)
  const category = named === 'unknown' && cityBeforeState(words, index, last, title) ? 'place' : named
  const mention = newMention({
    type: 'name', start: firstToken.start, end: lastToken.end, name, category: people ? 'anonymous' : category,
    definite: true, plural: people, possessive, afterPreposition: false
  })
  if (title) mention.title = title
  if ((isAllTitle(tokens) && !body && ofWhat === undefined) || officeOnly) {
    mention.titleOnly = true
    mention.name = whole
    mention.category = 'anonymous'
  }
  // "Mrs. Ana Ruiz" by the honorific; "spokesman Hope Ruiz" by the given name, which a role written in the masculine does not outweigh.
  const gender = genderOf(title, honorificGender) ?? givenNameGender(name) ?? genderOf(title, roleGender)
  if (gender) mention.gender = gender
  return { mention, first: index, last }
}

/** Endings of adverbs made from adjectives: "Remarkably", "Angrily", "Reportedly"; not of given names ("Emily", "Kelly"). */
const adverbEnding = /^\p{Lu}\p{Ll}{3,}(?:ingly|ously|fully|ally|edly|ively|ably|ibly|ently|antly|ately|ily)$/u

/**
 * "Remarkably, the inspectors …", "Angrily blaming the storm, he …",
 * "Pressing ahead with the plan, …": a sentence that opens on an adverb, or
 * on a participle before its object, opens on no name. "Manning said" opens on
 * one: a verb, "who" or a comma after a word in -ing leaves it a name.
 */
function opensOnAdverbOrParticiple(words: readonly Word[]): boolean {
  const first = words[0]?.text ?? ''
  const next = words[1]?.text ?? ''
  if (isGivenName(first)) return false
  if (adverbEnding.test(first)) return next === ',' || /^\p{Ll}+ing$/u.test(next)
  // "Pressing claims …": a base form after it is its object's noun; "Manning claim" is no clause.
  const finite = isVerbForm(next) && !baseForms.has(next)
  return /^\p{Lu}\p{Ll}+ing$/u.test(first) && isLowerCaseWord(next) && !finite && !functionWords.has(next) && !prepositions.has(next)
}

/** Whether a name is a title, a nationality or others before it: "Justice", "Chilean President"; not "American". */
function isAllTitle(tokens: readonly Word[]): boolean {
  const last = tokens.at(-1)
  if (!last || !honorificSet.has(last.folded)) return false
  return tokens.every((token) => honorificSet.has(token.folded) || demonymSet.has(token.folded))
}

/**
 * "Said Ana Ruiz: …", "Added the mayor: …": a sentence may open on its
 * reporting verb and its speaker, and the verb is no part of the name after
 * it. "Asked whether …" opens a clause instead.
 */
export function opensWithInvertedVerb(words: readonly Word[]): boolean {
  const verb = words[0]?.text ?? ''
  const next = words[1]?.text ?? ''
  const speakerNext = isNameWord(next) || articleWords.has(next)
  return speakerNext && /^\p{Lu}\p{Ll}+$/u.test(verb) && verbWords.has(verb.toLowerCase()) && !baseForms.has(verb.toLowerCase()) && !/ing$/.test(verb)
}

/**
 * `Juan “Chico” Ruiz`: a nickname in quote marks (masked, so `“_____”`)
 * between two words of a name belongs to the name; the name is kept without it.
 */
function nicknameAt(words: readonly Word[], index: number): boolean {
  const nickname = words[index + 1]?.text ?? ''
  return words[index]?.text === '“' && /^_{1,12}$/.test(nickname) && words[index + 2]?.text === '”' && isNameWord(words[index + 3]?.text ?? '')
}

/** Words before "of" in the names of bodies and offices that the organisation words do not end: "House of Representatives", "Chamber of Commerce". */
const ofInstitutions = new Set(['House', 'Chamber', 'Academy', 'Museum', 'Library', 'College', 'Order', 'Duke', 'Duchess', 'Earl', 'Archbishop'])

/**
 * "Bank of America", "Secretary of State", "University of Texas": "of"
 * joins the words of a body's or an office's name. It does not join a
 * person to a place ("Jason Reed of Tulsa"), nor a common noun that is
 * capitalised only because it opens the sentence to a name ("Footage of
 * Ana Ruiz …").
 */
function ofJoins(words: readonly Word[], first: number, last: number, text: string): boolean {
  const before = bareWord(words[last]?.text ?? '')
  if (organizationSet.has(before) || ofInstitutions.has(before)) return true
  if (personBeforeOf(words, first, last, text)) return false
  // "Ana Vidal of Ohio", "Rep. Peter King of New York": a name of two words or more and a place after "of" are a person and where they are from.
  if (last > first && placeLength(words, last + 2) > 0) return false
  if (honorificSet.has(before.toLowerCase())) return true
  if (isGivenName(words[first]?.folded ?? '')) return false
  const opensSentence = first === 0 || /^[“"‘'(\[—–-]$/.test(words[first - 1]?.text ?? '')
  return !(opensSentence && first === last)
}

/**
 * "Tomas Lind of Brightwell", "Mr. Lind of Brightwell", and "Lind of
 * Brightwell" where the text gives "Tomas Lind": before "of", a given name
 * and a surname, a person's honorific and a surname, or a surname the text
 * gives after a given name, are a person, and what follows is where they
 * work or are from. Words of a body, a title, a place or a people are none
 * ("Islamic Republic of Iran", "Grand Duchy of Luxembourg"), nor is a plural
 * ("Veterans of Foreign Wars").
 */
function personBeforeOf(words: readonly Word[], first: number, last: number, text: string): boolean {
  // "Mr. Lind of Brightwell": a person's honorific before the name says it is a person's.
  const honorific = personalHonorifics.has(words[first]?.folded ?? '')
  const tokens = words.slice(honorific ? first + 1 : first, last + 1)
  const plain = tokens.every((token) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(token.text) && !notSurnames(token))
  if (!plain || tokens.length === 0 || tokens.length > 2) return false
  if (honorific) return true
  if (endsInSingleS(tokens.at(-1)?.text ?? '')) return false
  const surname = tokens.at(-1)?.text ?? ''
  if (tokens.length === 2) return true
  return occurs(text, surname, (text, at) => isGivenName(/(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? ''))
}

/** Words that a body's, an office's or a place's name is made of, never a surname before "of". */
function notSurnames(token: Word): boolean {
  const word = token.folded
  return organizationSet.has(token.text) || ofInstitutions.has(token.text) || polityWords.has(word) || honorificSet.has(word) || isPartyOrNationNoun(singularOf(word)) || placeSet.has(word)
}

/** Honorifics that only a person is given. */
const personalHonorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr'])

/** Words of the names of states, lands and waters that go on with "of": "Republic of Korea", "Gulf of Mexico", "United States of America". */
const polityWords = new Set(['republic', 'kingdom', 'commonwealth', 'empire', 'emirate', 'principality', 'duchy', 'sultanate', 'province', 'territory', 'district', 'city', 'county', 'isle', 'gulf', 'sea', 'bay', 'strait', 'port', 'cape', 'lake', 'mount', 'grand', 'holy', 'islamic', 'united'])

/**
 * Whether the name from `first` to `last` has a body's word followed by
 * "for": "Organization for Economic Cooperation". After "of" it is more often
 * a place and another name ("University of Ohio and Tom Lee").
 */
function bodyNameBefore(words: readonly Word[], first: number, last: number): boolean {
  for (let index = first; index < last; index += 1) {
    if (words[index + 1]?.text === 'for' && organizationSet.has(bareWord(words[index]?.text ?? ''))) return true
  }
  return false
}

function endsInOrganizationWord(words: readonly Word[], from: number): boolean {
  let index = from
  while (isNameWord(words[index + 1]?.text ?? '')) index += 1
  return organizationSet.has(bareWord(words[index]?.text ?? ''))
}

/** How many words from `from` name a known place, up to three ("New York", "Ohio"); 0 for none. */
function placeLength(words: readonly Word[], from: number): number {
  for (let length = 3; length >= 1; length -= 1) {
    const phrase = words.slice(from, from + length)
    if (phrase.length === length && placeSet.has(phrase.map((word) => word.folded).join(' '))) return length
  }
  return 0
}

/**
 * "Secretary of State", "governor of New Jersey": where an office goes on
 * with "of", the words after it that belong to the title. A place belongs
 * whole; one other word where it is written as the office is ("Minister of
 * Finance", "secretary of state"), is a government's domain, or has a name
 * after it; "chief executive of Brightwell" is a role at a body, the body no
 * part of the title. After "for", as British titles have it, the office's
 * capitalised domain ("Minister for Health", "MP for Harbor West"). None
 * when "of" or "for" does not follow an office.
 */
function officeOfLength(tokens: readonly Word[], index: number): number {
  const office = tokens[index]
  // "Speaker of the House": an article may stand after "of".
  const article = tokens[index + 2]?.folded === 'the' ? 1 : 0
  const from = index + 2 + article
  const governed = tokens[from]
  if (!office || !governed || !/^(?:of|for)$/.test(tokens[index + 1]?.text ?? '') || !honorificSet.has(office.folded)) return 0
  const capitalised = opensOnCapital(office.text)
  // "Minister for Health and Social Care", "MP for Harbor West": after "for", the capitalised words up to a given name.
  if (tokens[index + 1]?.text === 'for') {
    const domain = capitalised && article === 0 ? domainLength(tokens, from) : 0
    return domain > 0 ? 1 + domain : 0
  }
  const place = placeLength(tokens, from)
  // "governor of New York Ana Ruiz", not "director of New York Communities for Change", a body's name.
  const after = tokens[from + place]
  if (place > 0 && (capitalised || !after || isGivenName(after.text))) return 1 + article + place
  // "Secretary of State", "secretary of state", "secretary of State Ana Ruiz": the word "of" governs is written as the
  // office is, or a name follows it; "chief executive of Brightwell" is a role at a body.
  // After "the", one word is the office's only where a given name follows it: "Director of the Harbor Trust" is a role at a body.
  const sameCase = capitalised === opensOnCapital(governed.text) && article === 0
  return sameCase || officeDomains.has(governed.folded) || isGivenName(tokens[from + 1]?.text ?? '') ? 2 + article : 0
}

/** Capitalised words from `from` that are no given name, "and" between two of them: "Health and Social Care", "Harbor West". */
function domainLength(tokens: readonly Word[], from: number): number {
  let length = 0
  const domainWord = (token: Word | undefined) => token !== undefined && opensOnCapital(token.text) && !isGivenName(token.text)
  while (domainWord(tokens[from + length]) || (tokens[from + length]?.text === 'and' && length > 0 && domainWord(tokens[from + length + 1]))) length += 1
  return length
}

/**
 * "Speaker of the House Ana Ruiz", "Secretary of the Treasury Tom Lee": an
 * office at `last` goes on over "of the" to what it governs, where a
 * government's domain, a place or a given name comes after; "Director of the
 * Harbor Trust" is a role at a body, which stays a name of its own.
 */
function officeOfTheAt(words: readonly Word[], last: number): boolean {
  if (words[last + 1]?.text !== 'of' || words[last + 2]?.text !== 'the' || !honorificSet.has(words[last]?.folded ?? '')) return false
  const governed = words[last + 3]
  if (!governed || !isNameWord(governed.text)) return false
  return officeDomains.has(governed.folded) || placeLength(words, last + 3) > 0 || isGivenName(words[last + 4]?.text ?? '')
}

/** What the offices of governments are of, written either way: "secretary of State", "minister of Finance". */
const officeDomains = new Set(['state', 'defense', 'defence', 'labor', 'labour', 'treasury', 'commerce', 'energy', 'education', 'health', 'transportation', 'agriculture', 'interior', 'justice', 'finance', 'housing'])

/** How many leading tokens are title: demonyms, honorifics and the words between them ("Russian Defense Minister"). */
function titleLength(tokens: readonly Word[]): number {
  let end = 0
  // A title that ends with an office's "of" and what it governs names no one after it ("Secretary of Labor", "governor of Ohio").
  let officeEnd = -1
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (!token) continue
    // "Rep. Peter King", "Sen. Ana Bishop": after a given name come names, though a word of them is also a title.
    if (index > 0 && index >= end && isGivenName(token.text)) break
    const word = token.folded
    if (honorificOpenings.has(word) && honorificSet.has(`${word} ${tokens[index + 1]?.folded ?? ''}`)) end = index + 2
    else if (honorificSet.has(word) || (index === end && demonymSet.has(word) && tokens.slice(index + 1).some((token) => honorificSet.has(token.folded)))) end = index + 1
    // "Pollster Ana Ruiz", "KXLV Chief Legal Correspondent Rosa Vell", "Ledger Editor-in-Chief Tom Lee": a role noun
    // capitalised, before a given name and more, ends a title; so does a party's ("House Budget Republican Tom Vell").
    else if (tokens.length >= index + 3 && isGivenName(tokens[index + 1]?.text ?? '') && (roleBeforeName(word, index) || partyAdjectives.has(word))) end = index + 1
    else if (index === end) end += partyTitleLength(tokens, index)
    // "Secretary of State": the office continues the title.
    const office = end === index + 1 ? officeOfLength(tokens, index) : 0
    if (office > 0) officeEnd = end = index + 1 + office
  }
  if (end < tokens.length) return end
  if (officeEnd === tokens.length) return tokens.length
  // "Howard Dean", "Carol Bishop": a title word last after a given name is a surname.
  const opening = tokens[0]?.folded ?? ''
  if (tokens.length > 1 && !honorificSet.has(opening) && !demonymSet.has(opening)) return 0
  // All title and no name ("Chilean President"): the last word is kept as the name.
  return Math.max(0, tokens.length - 1)
}

/**
 * A role that may stand capitalised before a given name: a listed one
 * anywhere in the title ("KXLV Chief Legal Correspondent"), and first in it
 * any noun for someone, listed or not ("Striker Tom Vell", "Midfielder Ana
 * Ruiz"), but no given name ("Jennifer Ann Lee").
 */
function roleBeforeName(word: string, index: number): boolean {
  const noun = word.split('-')[0] ?? ''
  return isRoleNoun(noun) || (index === 0 && isNounForSomeone(noun) && !isGivenName(noun))
}

/** Parts of a law or a text that a number follows to name one: "Article 33", "Section 12". */
const numberedParts = new Set(['article', 'section', 'chapter', 'clause', 'paragraph', 'amendment', 'proposition', 'resolution', 'rule', 'title', 'exhibit', 'appendix', 'annex'])

/**
 * "Article 33 affirms", "Isaiah 45:1 reads": the number that completes the
 * name of a part of a law or a text, after such a word or as chapter and
 * verse; the index of its last word, else 0.
 */
function numberedEnd(words: readonly Word[], last: number): number {
  const number = words[last + 1]?.text ?? ''
  if (!/^\d+[A-Za-z]?$/.test(number)) return 0
  // "Isaiah 45:1", not a time of day ("Monday 10:30 a.m.").
  const verse = words[last + 2]?.text === ':' && /^\d+$/.test(words[last + 3]?.text ?? '') && !/^[ap]\.?m\.?$/i.test(words[last + 4]?.text ?? '')
  if (verse) return last + 3
  return numberedParts.has(words[last]?.folded ?? '') ? last + 1 : 0
}

/** A common given name, in any case: "Ana", "tom". */
export function isGivenName(word: string): boolean {
  const given = word.toLowerCase()
  return femaleFirstNames.has(given) || maleFirstNames.has(given)
}

/**
 * "Republican Tom Lee", "House Democrat Ana Ruiz": a party, or a chamber and
 * its party, before a name of two words or more is a title, no part of the
 * name. How many tokens it takes at `index`, or 0.
 */
function partyTitleLength(tokens: readonly Word[], index: number): number {
  const chamber = /^(?:house|senate)$/.test(tokens[index]?.folded ?? '') ? 1 : 0
  const party = (tokens[index + chamber]?.folded ?? '').replace(/s$/, '')
  const length = chamber + 1
  // "Democratic National Convention": a body's name, the party its first word.
  const body = organizationSet.has(bareWord(tokens.at(-1)?.text ?? ''))
  return partyAdjectives.has(party) && !body && tokens.length - index - length >= 2 ? length : 0
}

/**
 * A lower-case role right before a name is its title: "spokesman Josh Lee",
 * with the words that qualify it ("Republican presidential candidate Tom
 * Reed", "senior policy adviser Ana Ruiz"), so that a later "the Republican
 * candidate" can mean Reed.
 */
function roleBefore(words: readonly Word[], index: number): string {
  const role = index - 1
  if (!isRoleNoun(words[role]?.text ?? '')) return ''
  let first = role
  while (first > role - 3 && qualifiesRole(words[first - 1]?.text ?? '')) first -= 1
  return words.slice(first, index).map((word) => word.text).join(' ')
}

/** A word that may qualify a role before a name: a party's or a nation's ("Republican"), or a lower-case noun or adjective. */
function qualifiesRole(word: string): boolean {
  return isDescribingAdjective(word) || nounLike(word)
}

/**
 * A nationality after "the", in the plural or in a form that is its own
 * plural ("the Saudis", "the Chinese"): a people, who may speak. Without
 * "the" ("37 percent of Americans say") it stays a place's word.
 */
function isPeople(name: string, before: string): boolean {
  const value = name.toLowerCase()
  const plural = endsInSingleS(value) && demonymSet.has(value.slice(0, -1))
  const collective = demonymSet.has(value) && /(?:ese|ish|ch)$/.test(value)
  // "Latinos say", "among Millennials", "Cuban-Americans": a people that is no nation, or of two, in the plural.
  const people = endsInSingleS(value) && (peopleSet.has(value.slice(0, -1)) || /^[\p{L}]+-americans$/u.test(value))
  // "Others shouted": more people, unnamed.
  return (/^the$/i.test(before) && (plural || collective)) || people || isPartyMembers(value) || value === 'others'
}

/** "Democrats", "House Republicans", "Ohio Independents": members of a party, many people, never one person. */
function isPartyMembers(name: string): boolean {
  if (!name.endsWith('s') || name.endsWith('ss')) return false
  return partyAdjectives.has(name.slice(name.lastIndexOf(' ') + 1, -1))
}

/** Single words of organisations that stand alone ("the Pentagon said"); other one-word names need more evidence. */
const singleOrganizations = new Set(['Pentagon', 'Kremlin', 'Congress', 'Parliament', 'Senate', 'Vatican', 'Knesset', 'Duma'])

const forceNouns = new Set(['Police', 'Military', 'Army', 'Navy'])

/** Last words of the names of buildings and works that no one speaks for: "Trump Tower", "Reagan National Airport". */
const facilityWords = new Set(['Tower', 'Towers', 'Building', 'Plaza', 'Avenue', 'Boulevard', 'Bridge', 'Airport', 'Stadium', 'Arena'])

function categoryOf(name: string, title: string): Category {
  const words = name.split(/\s+/)
  const lower = name.toLowerCase()
  if (placeSet.has(lower) || demonymSet.has(lower.replace(/s$/, ''))) return 'place'
  // "Ana Bridge" is a person: two words of which the first is a given name.
  const building = facilityWords.has(words.at(-1) ?? '') && (words.length > 2 || (words.length === 2 && !givenNameGender(name)))
  if (building) return 'place'
  // "Police said": the forces named by a common noun alone are bodies, as are platforms ("Twitter said");
  // "Campaign", "University" alone are parts of names.
  if (words.length === 1 && (forceNouns.has(name) || platforms.has(name))) return 'organization'
  if (words.length === 1 && organizationSet.has(name) && !singleOrganizations.has(name)) return 'unknown'
  // An acronym names an organisation far more often than a person: "the NRA said".
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) return 'organization'
  if (title && !words.some((word) => organizationSet.has(bareWord(word)))) return 'person'
  if (words.some((word) => organizationSet.has(bareWord(word))) || /\bWhite House$/.test(name)) return 'organization'
  if (placeSet.has(lower) || demonymSet.has(lower)) return 'place'
  return 'unknown'
}

/** The sex a role noun says: "spokeswoman", "actor". */
function roleGender(noun: string): Gender | undefined {
  if (femaleRoleNouns.has(noun)) return 'female'
  if (maleRoleNouns.has(noun)) return 'male'
  return undefined
}

/** "Ana Ruiz" is a woman's name and "Tom Reed" a man's, by a list of common given names; a name alone, or an uncommon given name, says nothing. */
function givenNameGender(name: string): Gender | undefined {
  const lower = name.toLowerCase()
  // The given name is the first of two words or more: a name of one word has none.
  const space = lower.search(/\s/)
  if (space <= 0) return undefined
  const given = lower.slice(0, space)
  if (femaleFirstNames.has(given)) return 'female'
  if (maleFirstNames.has(given)) return 'male'
  return undefined
}

/** The sex the words of a title say by `ofWord`, a woman's first where the words disagree. */
function genderOf(title: string, ofWord: (word: string) => Gender | undefined): Gender | undefined {
  if (title === '') return undefined
  const genders = title.toLowerCase().split(/\s+/).map((word) => ofWord(word.replace(/\.$/, '')))
  if (genders.includes('female')) return 'female'
  return genders.includes('male') ? 'male' : undefined
}

/** The sex an honorific says: "Mrs.", "Sir". */
function honorificGender(word: string): Gender | undefined {
  if (femaleHonorifics.has(word)) return 'female'
  return maleHonorifics.has(word) ? 'male' : undefined
}

