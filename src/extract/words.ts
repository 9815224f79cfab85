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

/** Words and single punctuation marks of `text`, offsets counted from `offset`. */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(/(?:al|el|ad|an|ar|as|ash|at|az)-\s(?=\p{Lu})[\p{L}\p{M}\p{N}'’.-]+|[\p{L}\p{M}\p{N}_'’.][\p{L}\p{M}\p{N}_'’.-]*|[^\s\p{L}\p{M}\p{N}_]/gu)) {
    let index = match.index ?? 0
    let value = match[0]
    // Only "ex-" and "then-" are split: a hyphen third or fifth is checked before the pattern.
    const hyphened = value[2] === '-' || value[4] === '-'
    const prefixed = hyphened ? tenurePrefix.exec(value) : null
    const tenure = prefixed?.[1] ?? prefixed?.[2]
    if (tenure) {
      words.push({ text: tenure, lower: tenure.toLowerCase(), folded: tenure.toLowerCase(), start: offset + index, end: offset + index + tenure.length })
      index += tenure.length + 1
      value = value.slice(tenure.length + 1)
    }
    // A full stop that ends a sentence is not part of the word before it.
    if (value.length > 1 && value.endsWith('.') && !isAbbreviation(value)) value = value.slice(0, -1)
    const lower = value.toLowerCase()
    words.push({ text: value, lower, folded: hasMarks(value) ? foldWord(value) : lower, start: offset + index, end: offset + index + value.length })
  }
  return words
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
export const hasMarks = (word: string): boolean => word.includes("'") || word.includes('’') || word.includes('.')

/** A word without its possessive, and without a full stop unless it is an abbreviation's ("Sen."). */
export function bareWord(word: string): string {
  const unpossessed = word.replace(/(?:’s|'s|’|')$/, '')
  return isAbbreviation(unpossessed) ? unpossessed : unpossessed.replace(/\.$/, '')
}

/** A word folded for the word lists: lower case, no possessive, no full stop ("Sen." is "sen"). */
export function foldWord(word: string): string {
  return bareWord(word).toLowerCase().replace(/\.$/, '')
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
