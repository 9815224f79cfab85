/** Words with offsets: the unit the mention and cue rules scan. */

export interface Word {
  text: string
  /** `text` in lower case, made once: the rules compare most words with lower-case lists several times. */
  lower: string
  /** `text` as the word lists hold it, made once: lower case, no possessive, no full stop ("Sen." is "sen", "Lee’s" is "lee"). */
  folded: string
  start: number
  end: number
}

/**
 * Words and single punctuation marks of `text`, offsets counted from
 * `offset`, read left to right:
 * - "al- Hakim": an Arabic article (al, el, ad, an, ar, as, ash, at, az), a
 *   hyphen, one white-space character and a capital begin one word, which
 *   runs on over letters, marks, numbers, apostrophes, full stops and hyphens;
 * - a letter, mark, number, underscore, apostrophe or full stop begins a word,
 *   which runs on over those and hyphens;
 * - any other character but white space is a word of its own.
 * A hand-written scan rather than a pattern: this runs on every sentence, and
 * a pattern's matches cost twice the time.
 */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = []
  let at = 0
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0
    if (kindOf(code) === whiteSpace) {
      at += sizeOf(code)
      continue
    }
    const joined = articleJoinedEnd(text, at)
    const end = joined ?? (wordStarts(code) ? runEnd(text, at + sizeOf(code), wordGoesOn) : at + sizeOf(code))
    addWord(words, text.slice(at, end), offset + at)
    at = end
  }
  return words
}

function addWord(words: Word[], matched: string, start: number): void {
  let index = start
  let value = matched
  // Only "ex-" and "then-" are split: a hyphen third or fifth is checked before the pattern.
  const hyphened = value[2] === '-' || value[4] === '-'
  const prefixed = hyphened ? tenurePrefix.exec(value) : null
  const tenure = prefixed?.[1] ?? prefixed?.[2]
  if (tenure) {
    words.push({ text: tenure, lower: tenure.toLowerCase(), folded: tenure.toLowerCase(), start: index, end: index + tenure.length })
    index += tenure.length + 1
    value = value.slice(tenure.length + 1)
  }
  // A full stop that ends a sentence is not part of the word before it.
  if (value.length > 1 && value.endsWith('.') && !isAbbreviation(value)) value = value.slice(0, -1)
  const lower = value.toLowerCase()
  words.push({ text: value, lower, folded: hasMarks(value) ? foldWord(value) : lower, start: index, end: index + value.length })
}

const whiteSpace = 0
/** A letter, a mark or a number. */
const letterOrNumber = 1
const otherMark = 2
type Kind = typeof whiteSpace | typeof letterOrNumber | typeof otherMark

function characterKind(code: number): Kind {
  const character = String.fromCodePoint(code)
  if (/\s/u.test(character)) return whiteSpace
  return /[\p{L}\p{M}\p{N}]/u.test(character) ? letterOrNumber : otherMark
}

const asciiKinds: readonly Kind[] = Array.from({ length: 128 }, (_, code) => characterKind(code))
const otherKinds = new Map<number, Kind>()

/** How the scan reads a character; an underscore, an apostrophe or a full stop is an `otherMark` here, see `wordStarts`. */
function kindOf(code: number): Kind {
  if (code < 128) return asciiKinds[code] ?? otherMark
  let kind = otherKinds.get(code)
  if (kind === undefined) otherKinds.set(code, (kind = characterKind(code)))
  return kind
}

const sizeOf = (code: number): number => (code > 0xffff ? 2 : 1)
/** Marks that belong to a word wherever they stand in it: an apostrophe ("Lee’s"), a full stop ("U.S."). */
const inWord = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e
const hyphen = 0x2d
const underscore = 0x5f
const wordStarts = (code: number): boolean => kindOf(code) === letterOrNumber || inWord(code) || code === underscore
const wordGoesOn = (code: number): boolean => kindOf(code) === letterOrNumber || inWord(code) || code === hyphen || code === underscore
const joinedGoesOn = (code: number): boolean => kindOf(code) === letterOrNumber || inWord(code) || code === hyphen

/** Where the characters from `from` that `goesOn` stop. */
function runEnd(text: string, from: number, goesOn: (code: number) => boolean): number {
  let end = from
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0
    if (!goesOn(code)) break
    end += sizeOf(code)
  }
  return end
}

const arabicArticles = ['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az']

/** The end of "al- Hakim" at `at`, or undefined where none begins. */
function articleJoinedEnd(text: string, at: number): number | undefined {
  // Every article opens on "a" or "e".
  const first = text.charCodeAt(at)
  if (first !== 0x61 && first !== 0x65) return undefined
  for (const article of arabicArticles) {
    const dash = at + article.length
    if (!text.startsWith(article, at) || text.charCodeAt(dash) !== hyphen) continue
    const space = text.codePointAt(dash + 1)
    if (space === undefined || kindOf(space) !== whiteSpace) continue
    const capitalAt = dash + 1 + sizeOf(space)
    const capital = text.codePointAt(capitalAt)
    if (capital !== undefined && /\p{Lu}/u.test(String.fromCodePoint(capital))) return runEnd(text, capitalAt, joinedGoesOn)
  }
  return undefined
}

/**
 * "then-Sen. Ana Ruiz", "the then-governor", "ex-Senator Ana Ruiz": a word of
 * tenure joined to a title is a word of its own, as in "former Sen. Ana Ruiz",
 * so that the title is read as a title. "ex-wife" and "ex-rival", nouns of
 * their own, stay one word.
 */
const tenurePrefix = /^(?:([Tt]hen)-(?=\p{L})|([Ee]x)-(?=\p{Lu}))/u

/**
 * Every part of a phrase that ends before one of its spaces ("prime" of
 * "prime minister"): a word and the next can make a listed phrase only when
 * the first is one of these, which spares building the pair for most words.
 */
export function phraseOpenings(phrases: Iterable<string>): ReadonlySet<string> {
  const openings = new Set<string>()
  for (const phrase of phrases) for (const space of phrase.matchAll(/ /g)) openings.add(phrase.slice(0, space.index))
  return openings
}

/** White space other than single spaces: what `singleSpaced` would change. */
const notSingleSpaces = /[^\S ]|  /

/**
 * `text` with each run of white space made one space. Most names and lines
 * have single spaces already, and a test that finds none is cheaper than the
 * copy the replacement makes.
 */
export function singleSpaced(text: string): string {
  return notSingleSpaces.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** Whether a word has an apostrophe or a full stop, the only marks that folding takes off. */
export function hasMarks(word: string): boolean {
  // One pass over the word's characters, not one search for each mark.
  for (let at = 0; at < word.length; at += 1) {
    const code = word.charCodeAt(at)
    if (code === 0x27 || code === 0x2019 || code === 0x2e) return true
  }
  return false
}

/** A word without its possessive, and without a full stop unless it is an abbreviation's ("Sen."). */
export function bareWord(word: string): string {
  const unpossessed = word.slice(0, word.length - possessiveLength(word))
  return unpossessed.endsWith('.') && !isAbbreviation(unpossessed) ? unpossessed.slice(0, -1) : unpossessed
}

/** How many characters of possessive end a word: "’s" and "'s", or a mark alone after a plural ("officials’"). */
function possessiveLength(word: string): number {
  if (word.endsWith('’s') || word.endsWith("'s")) return 2
  return word.endsWith('’') || word.endsWith("'") ? 1 : 0
}

/** A word folded for the word lists: lower case, no possessive, no full stop ("Sen." is "sen"). */
export function foldWord(word: string): string {
  const lower = bareWord(word).toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

// The rules ask these of words thousands of times an article. An ASCII character answers without entering
// the pattern engine, which costs more than the test; any other falls back to the pattern.

/** Whether `text` opens on a lower-case letter: `/^\p{Ll}/u`. */
export function opensOnLowerCase(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : /^\p{Ll}/u.test(text)
}

/** Whether `text` opens on a capital: `/^\p{Lu}/u`. */
export function opensOnCapital(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : /^\p{Lu}/u.test(text)
}

/** Whether `text` has a letter or a digit anywhere: `/[\p{L}\p{N}]/u`. Most words open on an ASCII one. */
export function hasLetterOrDigit(text: string): boolean {
  const first = text.charCodeAt(0)
  const asciiLetter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)
  return asciiLetter || (first >= 0x30 && first <= 0x39) || /[\p{L}\p{N}]/u.test(text)
}

/** Whether `text` is letters in lower case and nothing else: `/^\p{Ll}+$/u`. */
export function isLowerCaseWord(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if (code >= 0x80) return /^\p{Ll}+$/u.test(text)
    if (code < 0x61 || code > 0x7a) return false
  }
  return text.length > 0
}

const whiteSpaceRun = /\s+/g

/** How many pieces `text.split(/\s+/)` gives, its words when it is trimmed, counted without making them. */
export function pieceCount(text: string): number {
  let count = 1
  whiteSpaceRun.lastIndex = 0
  while (whiteSpaceRun.test(text)) count += 1
  return count
}

/** Whether `word` ends in one "s" after another character: `/[^s]s$/`, "officials" and "says" but not "press". */
export function endsInSingleS(word: string): boolean {
  return word.length >= 2 && word.endsWith('s') && word[word.length - 2] !== 's'
}

const abbreviations = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'cpl.', 'pvt.',
  'sen.', 'rep.', 'gov.', 'rev.', 'st.', 'jr.', 'sr.', 'brig.', 'inc.', 'ltd.', 'co.', 'corp.', 'no.', 'vs.', 'etc.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'a.m.', 'p.m.', 'e.g.', 'i.e.'
])

/** "Mr.", "U.S.", "Ill.": a full stop that belongs to the word. */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false
  const lower = word.toLowerCase()
  return abbreviations.has(lower) || /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(word)
}
