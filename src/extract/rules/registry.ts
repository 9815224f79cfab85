/**
 * The actors of one article, and which actor each mention is. Names meet by
 * their key (case, "al-", honorifics and spacing folded) or by surname;
 * definite descriptions ("the official", "the Chilean president") go back to
 * the actor they describe; indefinite ones ("a French official") are new.
 */
import { boundedSlug, claimUnique } from '../slug.ts'
import { latestOf } from '../lookback.ts'
import { remembered } from '../remembered.ts'
import { demonyms } from '../lexicon/places.ts'
import { honorifics, partyAdjectives, titleAbbreviations } from '../lexicon/titles.ts'
import { platforms } from '../lexicon/platforms.ts'
import { recognizeOutlet } from './outlets.ts'
import { isGivenName, isPartyOrNationNoun, isPlaceName, type Gender, type Mention } from './mentions.ts'
import type { Actor, ActorKind, Span } from '../../types.ts'

export interface Entry {
  name: string
  kind: ActorKind | 'unknown'
  aliases: Set<string>
  titles: Set<string>
  /** Name keys (see `nameKey`), added only through `Registry.addKey`, which indexes them. */
  keys: Set<string>
  gender?: Gender | undefined
  /** A description's head noun, set by the registry when it adds the entry, and indexed there. */
  head?: string | undefined
  plural: boolean
  /** Quoted, or named with a title, an appositive or an organisation's name: worth a record. */
  evidence: boolean
  /** A surname alone that two or more named people share: who it means cannot be told. */
  ambiguousWith?: Entry[] | undefined
  outlet: boolean
  mentions: Span[]
}

/** How far back, in characters, "another" looks for whom it is one more of: about two sentences. */
const anotherReach = 400

const honorificKeys = new Set(honorifics.map((word) => word.toLowerCase()))
const demonymKeys = new Set(demonyms.map((word) => word.toLowerCase()))

/**
 * "Mr. Al- Hakim’s" and "al-Hakim" share the key "hakim"; "Omar al-Hakim" is
 * "omar hakim". Remembered: the registry keys every name it resolves, and
 * its entries' names again each time it compares them.
 */
export const nameKey = remembered(keyOfName)

function keyOfName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/(?:’s|'s|’|')$/, '')
    .replace(/\b(?:al|el|ad|an|ar|as|ash|at|az)-\s*/g, '')
    .split(/[\s.]+/)
    .filter((word) => word !== '')
  // Titles lead a name ("Sen. Ana Ruiz"); a surname that is also a title ("Ruth Bishop") is still the name.
  let titles = 0
  while (titles < words.length - 1 && honorificKeys.has(words[titles] ?? '')) titles += 1
  const rest = words.slice(titles)
  // "Mr." alone names no one.
  const abbreviatedTitle = rest.length === 1 && honorificKeys.has(rest[0] ?? '') && /\.$/.test(name.trim())
  return abbreviatedTitle ? '' : rest.join(' ')
}

/** A key without a generation's suffix, which is no part of the surname: "harry b harris" of "harry b harris jr". */
function withoutSuffix(key: string): string {
  return key.replace(/ (?:jr|sr|ii|iii|iv)$/, '')
}

/** A person's surname as a key: "vell" of "Tomas B. Vell Jr.". */
export const surnameKey = remembered((name: string): string => withoutSuffix(nameKey(name)).split(' ').at(-1) ?? '')

/** For "the company" and "the firm": the last words of companies' names. */
const companyWords = new Set(['Company', 'Co', 'Corporation', 'Corp', 'Inc', 'Ltd', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'GmbH', 'Holdings', 'Industries', 'Enterprises', 'Technologies', 'Systems', 'Airlines', 'Airways', 'Motors', 'Pharmaceuticals', 'Pharma', 'Labs', 'Ventures', 'Solutions', 'Bancorp', 'Partners', 'Capital', 'Media', 'Energy', 'Group'])
/** For "the group": the words of bodies that are no group (a university, a ministry, a court, an army). */
const notGroupWords = new Set(['University', 'College', 'School', 'Hospital', 'Department', 'Ministry', 'Court', 'Senate', 'Congress', 'Parliament', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Government', 'Administration', 'Embassy', 'Consulate', 'Bank'])

/**
 * An organisation, or a name that a preposition or "and" joins ("Riders for
 * Brandt", "for Ostrow"): no one a surname alone can mean. Particles of
 * persons' names ("al", "bin", "van") are no such words.
 */
function namesBody(entry: Entry): boolean {
  return entry.kind === 'organization' || /(?:^|\s)(?:for|of|against|and|with|to|the)\s/.test(entry.name)
}

/** Whether an organisation's name fits a general word for one: "the company", "the firm", "the group". */
function fitsGeneralWord(head: string, name: string): boolean {
  const words = name.split(/\s+/).map((word) => word.replace(/[.,]$/, ''))
  if (head === 'company' || head === 'firm') return words.some((word) => companyWords.has(word))
  if (head === 'group') return words.includes('Group') || !words.some((word) => notGroupWords.has(word) || companyWords.has(word))
  return false
}

export class Registry {
  readonly entries: Entry[] = []
  /**
   * The entries by each key, by each key of several words with its doubled
   * letters undone, and by each shorter form a key ends in ("ruiz" of "ana
   * ruiz"): a name is looked up rather than compared with every entry, since
   * a long page may name thousands ("Paragraph 1" … "Paragraph 50000").
   */
  private readonly byKey = new Map<string, Set<Entry>>()
  private readonly byUndoubled = new Map<string, Set<Entry>>()
  private readonly byEnding = new Map<string, Set<Entry>>()
  /** The entries by the first word of each key of several words that is a common given name ("ana" of "ana ruiz"). */
  private readonly byGivenName = new Map<string, Set<Entry>>()
  /** The described entries by the noun at the head of their description, in the order of the text. */
  private readonly byHead = new Map<string, Entry[]>()
  /** Each entry's place in `entries`, so that what a lookup finds is in the order of the text. */
  private readonly order = new Map<Entry, number>()
  /** The entries by each word of the roles their titles give ("clerk" of "county clerk for Marion"). */
  private readonly byTitleWord = new Map<string, Set<Entry>>()

  /**
   * `family`: where a role or relation stands right before the name ("Ana
   * Ruiz’s son, Tom"), the surname of the family it is introduced into, which
   * a person it means by a given name alone must have ('' for none known).
   */
  resolve(mention: Mention, printed: string, family?: string): Entry | undefined {
    if (mention.type === 'pronoun' || mention.category === 'place') return undefined
    const entry = mention.type === 'name' ? this.named(mention, family) : this.described(mention)
    if (!entry) return undefined
    entry.mentions.push({ text: printed, start: mention.start, end: mention.end })
    // A description is another name only where the text equates the two (an appositive, handled where it is read).
    if (mention.type === 'name') addAlias(entry, printed.replace(/(?:’s|'s)$/, '').replace(/\s+/g, ' '))
    const role = mention.title && roleOf(mention.title)
    if (role) this.addTitle(entry, role)
    if (mention.gender && !entry.gender) entry.gender = mention.gender
    // "posted on Twitter": a platform is where words appear, an actor only where it speaks itself, as an outlet is.
    const body = mention.category === 'organization' && !platforms.has(mention.name)
    if (mention.type === 'name' && (mention.title || body)) entry.evidence = true
    // "Mary Quinlan": a common given name before a surname is a person, someone a later "she" can mean.
    if (mention.type === 'name' && mention.gender && entry.kind === 'unknown') {
      entry.kind = 'person'
      entry.evidence = true
    }
    return entry
  }

  /**
   * The one person already known by this name or by this surname, looked up
   * without recording a mention: the owner in "Vell’s column", which the
   * text gives inside a description.
   */
  personNamed(name: string): Entry | undefined {
    const key = nameKey(name)
    if (!key) return undefined
    const person = (entry: Entry) => entry.kind === 'person'
    const exact = this.keyed(key).filter(person)
    const candidates = exact.length > 0 ? exact : this.sharingName(key).filter(person)
    return candidates.length === 1 ? candidates[0] : undefined
  }

  /** Whether a person already named in full is known by this one word: "Cuban" after "Mark Cuban". */
  isSurname(word: string): boolean {
    const key = nameKey(word)
    return key !== '' && !key.includes(' ') && this.sharingName(key).some((entry) => entry.kind === 'person')
  }

  /** Another key for an entry: a name it is also known by. */
  addKey(entry: Entry, key: string): void {
    if (entry.keys.has(key)) return
    entry.keys.add(key)
    indexUnder(this.byKey, key, entry)
    if (key.includes(' ')) indexUnder(this.byUndoubled, undoubled(key), entry)
    const given = /^(\S+) /.exec(key)?.[1]
    if (given && isGivenName(given)) indexUnder(this.byGivenName, given, entry)
    // "Harris" is the surname of "Harry B. Harris Jr.": a generation's suffix is no part of it.
    const unsuffixed = withoutSuffix(key)
    for (const name of new Set([key, unsuffixed])) {
      for (const space of name.matchAll(/ /g)) indexUnder(this.byEnding, name.slice((space.index ?? 0) + 1), entry)
    }
  }

  /** Gives `entry` a title, indexed by the words of its role: the only way titles are added, so that a description finds who holds it. */
  addTitle(entry: Entry, title: string): void {
    entry.titles.add(title)
    for (const word of roleWords(title)) indexUnder(this.byTitleWord, word, entry)
  }

  /** The entries known by `key`, in the order of the text. */
  private keyed(key: string): Entry[] {
    return this.inOrder(this.byKey.get(key))
  }

  /** The persons (or actors of unknown kind) known by a longer name that `key` ends, in the order of the text. */
  private sharingName(key: string): Entry[] {
    return this.inOrder(this.byEnding.get(key)).filter((entry) => entry.kind === 'person' || entry.kind === 'unknown')
  }

  /**
   * "James has led …" after "James Vell": a common given name alone, which no
   * one has for a surname, is the one person named in full with it, never a
   * guess between two; after a relation ("her son, Tom"), only one of the
   * family's.
   */
  private byGiven(key: string, family: string | undefined): Entry | undefined {
    const inFamily = (entry: Entry) => family === undefined || surnameKey(entry.name) === family
    const people = this.inOrder(this.byGivenName.get(key)).filter((entry) => entry.kind === 'person' && inFamily(entry))
    return people.length === 1 ? people[0] : undefined
  }

  private inOrder(entries: ReadonlySet<Entry> | undefined): Entry[] {
    return [...(entries ?? [])].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))
  }

  private named(mention: Mention, family: string | undefined): Entry | undefined {
    // "Harbor City Mayor Lena Herald": a title makes a name a person's, whatever outlet it ends like.
    const outlet = mention.title ? undefined : recognizeOutlet(mention.name)
    const key = nameKey(mention.name)
    if (!key) return undefined
    const single = !key.includes(' ')
    // "Ms. Diallo" after "Mr. Diallo said": a surname one person of the other sex was already called by is not theirs.
    const exact = this.keyed(key).find((entry) => gendersAgree(mention, entry)) ?? (single ? undefined : this.sameFullName(key, mention))
    // A shorter form of a longer name ("Ruiz" of "Ana Ruiz") is that person only when one person has it;
    // "Mrs. Ruiz" cannot be a man who shares the surname.
    // "Brandt said" after "Ivo Brandt" and "Riders for Brandt": a body whose name holds the word is no namesake of a person.
    const namesakes = exact ? [] : this.sharingName(key).filter((entry) => gendersAgree(mention, entry) && !namesBody(entry))
    // "Justice promises …" after "Justice Ruth Vance": a name that is all title means the one person who holds it.
    const holder = mention.titleOnly && !exact && namesakes.length !== 1 ? this.titleHolder(mention.name) : undefined
    if (holder) return holder
    const byGivenName = single && namesakes.length === 0 ? this.byGiven(key, family) : undefined
    const found = exact ?? (namesakes.length === 1 ? namesakes[0] : undefined) ?? byGivenName
    if (found) {
      this.addKey(found, key)
      if (found.kind === 'unknown' && mention.category !== 'unknown') found.kind = kindOf(mention)
      if (!single && key.split(' ').length > nameKey(found.name).split(' ').length) found.name = mention.name
      return found
    }
    const entry = this.add(mention.name, outlet ? 'organization' : kindOf(mention), mention)
    this.addKey(entry, key)
    entry.outlet = outlet !== undefined
    if (namesakes.length > 1) entry.ambiguousWith = namesakes
    return entry
  }

  /** The one person whose title fits `description`: "the senator", "Justice", "the Secretary of State". */
  private titleHolder(description: string): Entry | undefined {
    const fits = (title: string) => titleFits(title, description) || title.toLowerCase() === description.toLowerCase()
    return this.unique(this.titledWith(description), (entry) => entry.kind === 'person' && [...entry.titles].some(fits))
  }

  private described(mention: Mention): Entry | undefined {
    const head = mention.head ?? ''
    if (mention.definite && !mention.plural && mention.category === 'organization') {
      const named = this.namedOrganization(head)
      if (named) return named
    }
    if (mention.definite && !mention.plural) {
      const titled = this.titleHolder(mention.name)
      if (titled) return titled
      const earlier = this.byHead.get(head)?.findLast((entry) => entry.plural === mention.plural && compatible(entry.name, mention.name))
      if (earlier) return earlier
    }
    if (mention.plural) {
      const same = this.entries.find((entry) => entry.plural && entry.name.toLowerCase() === mention.name.toLowerCase())
      if (same) return same
    }
    const entry = this.add(this.another(mention) ?? mention.name, mention.category === 'document' ? 'document' : mention.category === 'organization' ? 'organization' : 'anonymous', mention)
    entry.head = head
    const headed = this.byHead.get(head)
    if (headed) headed.push(entry)
    else this.byHead.set(head, [entry])
    return entry
  }

  /**
   * "One voter said … Another said": "another" is one more of someone just
   * described, "another voter". Further back, what it is one more of may be
   * something no description caught ("one road sign read … Another advised").
   */
  private another(mention: Mention): string | undefined {
    if (mention.name !== 'another' || mention.head) return undefined
    // Mentions are added in the order of the text: an entry's last is its nearest.
    const recent = (entry: Entry) => mention.start - (entry.mentions.at(-1)?.end ?? -Infinity) < anotherReach
    const described = latestOf(this.entries, (entry) => entry.kind === 'anonymous' && Boolean(entry.head) && !entry.plural && recent(entry))
    return described ? `another ${described.head}` : undefined
  }

  /**
   * "the company", "the ministry": the organisation named last whose name has
   * that word, or for a general word ("company", "firm", "group") the last
   * organisation named at all.
   */
  private namedOrganization(head: string): Entry | undefined {
    const organization = (entry: Entry) => entry.kind === 'organization' && !entry.outlet && entry.keys.size > 0
    // A general word means an organisation of that sort the text has shown to be one: "the company" is
    // no militia or university, and not any capitalised word ("UPDATE").
    const ofKind = (entry: Entry) => entry.evidence && fitsGeneralWord(head, entry.name)
    const inName = (entry: Entry) => entry.name.toLowerCase().split(/\s+/).includes(head)
    const found = latestOf(this.entries, (entry) => organization(entry) && (ofKind(entry) || inName(entry)))
    // "the board" is the Board of Elections however much else was named since; "the company" is only the last of its sort.
    return found && (inName(found) || !this.mayBeBodySince(found)) ? found : undefined
  }

  /**
   * "Acme Media was sued. … Gullwing acknowledged the issue. … the company
   * said": a name named since the organisation that nothing shows to be a
   * person (no title, no sex, no given name) may be the body the general word
   * means, so which one it means cannot be told.
   */
  private mayBeBodySince(organization: Entry): boolean {
    const last = organization.mentions.at(-1)?.end ?? 0
    const bodyLike = (entry: Entry) => entry !== organization && entry.keys.size > 0 && !entry.outlet && entry.gender === undefined && entry.titles.size === 0
    return this.entries.some((entry) => (entry.kind === 'person' || entry.kind === 'unknown') && bodyLike(entry) && entry.mentions.some((span) => span.start > last))
  }

  /** A full name that is an earlier entry's though its key is new: misspelt, or the surname seen alone first. */
  private sameFullName(key: string, mention: Mention): Entry | undefined {
    return this.spelledOtherwise(key) ?? this.surnameSeenFirst(key, mention)
  }

  /**
   * "Hilary Clinton" after "Hillary Clinton", "Philip Moe" after "Phillip
   * Moe": a full name that differs from one already seen only by a doubled
   * letter is the same name misspelt. Two people of one article are not
   * told apart by a single doubled letter.
   */
  private spelledOtherwise(key: string): Entry | undefined {
    const spelled = this.byUndoubled.get(undoubled(key))
    return spelled?.size === 1 ? [...spelled][0] : undefined
  }

  /**
   * "Sanders, Clinton clash" before "Bernie Sanders said": a person's full
   * name (a common given name or a title says it is one) whose surname alone
   * was seen first, and is no one else's yet, is who that surname meant.
   * Without that evidence, "Top Sanders" or "New Democrats" may be no name.
   */
  private surnameSeenFirst(key: string, mention: Mention): Entry | undefined {
    if (!mention.gender && !mention.title) return undefined
    const surname = key.split(' ').at(-1) ?? ''
    const alone = this.keyed(surname).filter((entry) => (entry.kind === 'person' || entry.kind === 'unknown') && entry.keys.size === 1 && gendersAgree(mention, entry))
    const claimed = this.sharingName(surname).length > 0
    return alone.length === 1 && !claimed ? alone[0] : undefined
  }

  /** The one candidate that fits, or none when two do: two people who share a surname are not guessed between. */
  private unique(candidates: Iterable<Entry>, fits: (entry: Entry) => boolean): Entry | undefined {
    const matches = [...candidates].filter(fits)
    return matches.length === 1 ? matches[0] : undefined
  }

  /**
   * The entries a title of which may fit `description` (see `titleFits`): a fitting title has every
   * word the description has, so its entry is indexed under the first. A long page of descriptions is
   * then not compared with every entry for each.
   */
  private titledWith(description: string): ReadonlySet<Entry> {
    const first = describedWords(description)[0]?.toLowerCase()
    return (first !== undefined && this.byTitleWord.get(first)) || noEntries
  }

  private add(name: string, kind: Entry['kind'], mention: Mention): Entry {
    // Every field from the start, those set later too, so that every entry has one shape (see `newMention`).
    const entry: Entry = {
      name, kind, aliases: new Set(), titles: new Set(), keys: new Set(), gender: mention.gender, head: undefined,
      plural: mention.plural, evidence: false, ambiguousWith: undefined, outlet: false, mentions: []
    }
    this.order.set(entry, this.entries.length)
    this.entries.push(entry)
    return entry
  }
}

const undoubledKeys = new Map<string, string>()

/** Whether a mention and an entry may be one person: "Mrs. Ruiz" cannot be a man who shares the surname. */
function gendersAgree(mention: Mention, entry: Entry): boolean {
  return !mention.gender || !entry.gender || entry.gender === mention.gender
}

/** A name key with every doubled letter written once: "hillary" and "hilary" are "hilary". Remembered, as every new full name is compared with every key. */
function undoubled(key: string): string {
  let folded = undoubledKeys.get(key)
  if (folded === undefined) {
    folded = key.replace(/(\p{L})\1/gu, '$1')
    if (undoubledKeys.size > 100_000) undoubledKeys.clear()
    undoubledKeys.set(key, folded)
  }
  return folded
}

const noEntries: ReadonlySet<Entry> = new Set()

function indexUnder(index: Map<string, Set<Entry>>, key: string, entry: Entry): void {
  const entries = index.get(key)
  if (entries) entries.add(entry)
  else index.set(key, new Set([entry]))
}

/** Adds an alias unless the entry has it already in another case ("SANA", "Sana"). */
export function addAlias(entry: Entry, alias: string): void {
  if (entry.aliases.has(alias)) return
  const lower = alias.toLowerCase()
  for (const known of entry.aliases) if (known.toLowerCase() === lower) return
  entry.aliases.add(alias)
}

/** Courtesy titles say how to address someone, not what they do: "Mr." is no title, "Mr. Secretary" is "Secretary". */
const courtesy = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'madam', 'm', 'mme', 'herr', 'frau'])

function roleOf(title: string): string {
  return title.split(/\s+/).filter((word) => !courtesy.has(word.toLowerCase().replace(/\.$/, ''))).join(' ')
}

function kindOf(mention: Mention): Entry['kind'] {
  if (mention.category === 'person' || mention.category === 'organization' || mention.category === 'document' || mention.category === 'anonymous') return mention.category
  return 'unknown'
}

/** Words that say when or how long someone held a role, not which role: "the former president", "the two-term senator". */
const tenureWords = /^(?:former|then|ex|now|current|outgoing|incoming|longtime|long-time|embattled|presumptive|\p{L}+-(?:term|time))$/u

/** Words that put a role in the past: "former", and "then" and "ex" also joined to it ("the then-governor", "ex-Senator"). */
const pastWords = /\b(?:former|then|ex)\b/i

/**
 * A title's or a description's words in lower case: a word of tenure joined
 * to the next by a hyphen apart ("then-governor"), an abbreviated title
 * written out ("Sen." is "senator").
 */
function wordsOfRole(text: string): readonly string[] {
  let words = roleWordsOf.get(text)
  if (words === undefined) {
    const lower = text.toLowerCase()
    const apart = lower.includes('-') ? lower.replace(/\b(then|ex)-(?=\p{L})/gu, '$1 ') : lower
    words = apart.split(/\s+/).map((word) => titleAbbreviations.get(word.endsWith('.') ? word.slice(0, -1) : word) ?? word)
    // The same titles and descriptions are compared again and again; the answers are kept, a bounded number.
    if (roleWordsOf.size > 10_000) roleWordsOf.clear()
    roleWordsOf.set(text, words)
  }
  return words
}

const roleWordsOf = new Map<string, readonly string[]>()

/**
 * "the Chilean president" and "the former Chilean president" fit the title
 * "Chilean President": every word of the description is in the title's role,
 * before any "of" or "for" ("the agency" does not fit "spokeswoman for the
 * agency"), except words of tenure.
 */
function titleFits(title: string, description: string): boolean {
  const role = roleWords(title)
  const words = new Set(role)
  const described = describedWords(description)
  // "the governor" is who governs now, never "the former New Jersey governor".
  const pastOnly = role.some((word) => pastWords.test(word)) && !pastWords.test(description)
  // "the campaign" is no "presidential campaign rival": the description's noun is the title's role,
  // or a party's or a nation's word that stands for one of its people ("the Republican").
  const head = described.at(-1)?.toLowerCase() ?? ''
  const sameRole = head === role.at(-1) || isPartyOrNationNoun(head)
  return described.length > 0 && !pastOnly && sameRole && described.every((word) => words.has(word.toLowerCase()))
}

/** The words of a title's role, in lower case, before any "of", "for" or the like: "county clerk" of "County Clerk for Marion". */
function roleWords(title: string): readonly string[] {
  const role = title.toLowerCase().split(/\s+(?:of|for|at|from|in|to|with)\s+/)[0] ?? ''
  return wordsOfRole(role)
}

/** The words of a description that a title must have: all but those of tenure ("former"). */
function describedWords(description: string): string[] {
  return wordsOfRole(description).filter((word) => !tenureWords.test(word))
}

/**
 * Two descriptions of different nationalities ("French official", "Russian
 * official"), parties ("the Democratic nominee", "the GOP nominee") or places
 * ("the Vermont senator", "the Florida senator") are not one actor; nor are
 * one of the past and one of now ("the then-governor", "the governor").
 */
function compatible(a: string, b: string): boolean {
  const nationality = (words: string[]) => words.find((word) => demonymKeys.has(word))
  const party = (words: string[]) => partyOf(words.find((word) => partyAdjectives.has(word)))
  const first = a.toLowerCase().split(/\s+/)
  const second = b.toLowerCase().split(/\s+/)
  return pastWords.test(a) === pastWords.test(b) && [nationality, party, placeIn].every((said) => sameOrUnsaid(said(first), said(second)))
}

/** "GOP" is the Republican Party, "Democrat" the Democratic. */
function partyOf(word: string | undefined): string | undefined {
  if (word === 'gop') return 'republican'
  return word === 'democrat' ? 'democratic' : word
}

/** The place a description names, in one word or two ("New Hampshire"). */
function placeIn(words: string[]): string | undefined {
  for (const [index, word] of words.entries()) {
    const pair = `${word} ${words[index + 1] ?? ''}`
    if (isPlaceName(pair)) return pair
    if (isPlaceName(word)) return word
  }
  return undefined
}

/** Whether two descriptions say the same of a kind (a nationality, a party, a place), or one says none. */
function sameOrUnsaid(first: string | undefined, second: string | undefined): boolean {
  return first === undefined || second === undefined || first === second
}

/** The entries worth a record, as actors with ids unique in the article. */
export function toActors(entries: readonly Entry[], speakers: ReadonlySet<Entry>): Map<Entry, Actor> {
  const actors = new Map<Entry, Actor>()
  const used = new Set<string>()
  for (const entry of entries) {
    if (entry.ambiguousWith) continue
    const quoted = speakers.has(entry)
    // An outlet is a source the article credits; it is an actor only where it is quoted itself.
    if ((entry.outlet && !quoted) || (!quoted && (!entry.evidence || entry.kind === 'unknown' || entry.kind === 'anonymous' || entry.kind === 'document'))) continue
    const base = boundedSlug(entry.name) || 'actor'
    const id = claimUnique(base, used)
    const kind: ActorKind = entry.kind === 'unknown' ? 'person' : entry.kind
    actors.set(entry, { id, name: displayName(entry), kind, aliases: [...entry.aliases].filter((alias) => alias !== displayName(entry)), titles: [...entry.titles] })
  }
  return actors
}

function displayName(entry: Entry): string {
  return entry.name.replace(/\b((?:al|el)-)\s+/gi, '$1')
}
