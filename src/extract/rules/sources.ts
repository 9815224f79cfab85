/**
 * Outlets, agencies, programmes and firms the article credits: every place it
 * names one ("told the BBC", "The AP reported", "(Reuters/…)", "research firm
 * Kestrel said", see `credits.ts`), with variants of one outlet ("The Wall
 * Street Journal", "the Journal") gathered into one source.
 */
import { boundedSlug } from '../slug.ts'
import { cities, countries } from '../lexicon/places.ts'
import { outletWords } from '../lexicon/outlets.ts'
import { monthAlternatives, weekdays } from '../lexicon/calendar.ts'
import { knownOutletNames, outletKey, recognizeOutlet } from './outlets.ts'
import { acronymAfter } from './acronym.ts'
import { findCredits } from './credits.ts'
import { letter, letterOrDigit, matchesOf } from '../scan.ts'
import type { Range } from '../sentences.ts'
import type { Source, Span } from '../../types.ts'

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const editions = [...cities, ...countries, 'English', 'Arabic', 'French', 'Spanish', 'Persian', 'Urdu', 'Turkish', 'Russian', 'Online', 'World', 'America', 'International'].map(escape).join('|')
const known = knownOutletNames().map((name) => name.replace(/^The\s+/, '')).sort((a, b) => b.length - a.length).map(escape).join('|')
const capital = String.raw`\p{Lu}[\p{L}&’'.-]*`
const firstLetters = [...new Set(knownOutletNames().map((name) => name.replace(/^The\s+/, '')[0] ?? ''))].filter((letter) => !/\p{Lu}/u.test(letter)).map(escape).join('')
const outletNamePattern = outletWords.map(escape).join('|')
// The lookahead rejects, at a glance, the many word starts no alternative can begin with; `matchesOf` rejects those
// that follow a letter or a digit.
const namePattern = new RegExp(
  String.raw`(?=[\p{Lu}${firstLetters}tsonbd])(?:(?:[Tt]he|state-(?:run|funded|owned)|official)\s+)?(?:(?<known>${known})(?:\s+(?:${editions}))?|(?:${capital}\s+){1,4}(?:${outletNamePattern})|(?:news\s+agency\s+(?<agency>\p{Lu}{2,}[\p{Lu}\p{N}]*)|(?:news\s+channel|newspaper|broadcaster|daily)\s+(?<named>\p{Lu}{2,}[\p{Lu}\p{N}]*)))(?![\p{L}\p{N}])`,
  'gu'
)

/**
 * What every match of `namePattern` holds, case and all: a known name, an
 * outlet's word, or the words before an agency's initials. Scanning a range
 * for these is a fraction of the cost of the whole pattern, which most
 * paragraphs do not match.
 */
const outletClue = new RegExp(`${known}|${outletNamePattern}|news\\s+(?:agency|channel)|newspaper|broadcaster|daily`, 'u')

/** "the Journal": a one-word form that may name a source named in full before. */
const theAndAWord = /[Tt]he\s+(?<word>\p{Lu}\p{Ll}+)(?![\p{L}])/gu

export function findSources(text: string, ranges: readonly Range[], extra: readonly string[] = []): Source[] {
  const sources = new Map<string, Source>()
  const add = (name: string, kind: Source['kind'], mention: Span | undefined): void => {
    const key = outletKey(name)
    const source = sources.get(key) ?? { id: boundedSlug(name) || 'source', name, kind, mentions: [] }
    if (mention) source.mentions.push(mention)
    sources.set(key, source)
  }
  for (const name of extra) {
    const outlet = recognizeOutlet(name)
    add(outlet?.name ?? name, outlet?.kind ?? 'outlet', undefined)
  }
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end)
    for (const match of outletClue.test(slice) ? matchesOf(namePattern, slice, letterOrDigit) : []) {
      const printed = match.groups?.['agency'] ?? match.groups?.['named'] ?? withoutLeadingWords(match[0])
      const start = range.start + (match.index ?? 0) + match[0].length - printed.length
      if (surnameLike(text, start, printed) || withoutItsThe(text, start, match[0], printed)) continue
      const mention = { text: printed, start, end: start + printed.length }
      const agency = match.groups?.['agency']
      const named = match.groups?.['named']
      const outlet = agency ? { name: agency, kind: 'agency' as const } : named ? { name: named, kind: 'outlet' as const } : recognizeOutlet(printed) ?? recognizeOutlet(match.groups?.['known'] ?? '')
      const shortForm = shortFormOf(printed, sources)
      if (shortForm) shortForm.mentions.push(mention)
      else if (outlet) add(printed.length > outlet.name.length && match.groups?.['known'] ? printed : outlet.name, outlet.kind, mention)
    }
    // Only a source named in more than one word has a short form: without one, there is nothing to look for.
    const longNamed = [...sources.values()].some((source) => source.name.includes(' '))
    for (const match of longNamed ? matchesOf(theAndAWord, slice, letter) : []) {
      const word = match.groups?.['word'] ?? ''
      const start = range.start + (match.index ?? 0) + match[0].length - word.length
      const existing = shortFormOf(word, sources)
      if (existing && !existing.mentions.some((mention) => mention.start <= start && mention.end >= start)) {
        existing.mentions.push({ text: text.slice(start - 4, start + word.length), start: start - 4, end: start + word.length })
      }
    }
  }
  for (const credit of findCredits(text, ranges)) {
    const outlet = recognizeOutlet(credit.name.text)
    const shortForm = shortFormOf(credit.name.text, sources)
    if (shortForm) shortForm.mentions.push(credit.name)
    else if (![...sources.values()].some((source) => source.mentions.some((mention) => mention.start <= credit.name.start && mention.end >= credit.name.end))) {
      add(outlet?.name ?? credit.name.text, outlet?.kind ?? credit.kind, credit.name)
    }
  }
  mergeAcronyms(text, ranges, sources)
  for (const source of sources.values()) source.mentions.sort((a, b) => a.start - b.start)
  return [...sources.values()].filter((source) => source.mentions.length > 0 || extra.includes(source.name))
}

/**
 * Words that open a sentence or a phrase before a name and are no part of it:
 * "As The Post reported", "Both The New York Times and …", "Follow Breitbart
 * News", "October CBS News poll", "Saturday’s New York Times", "Los
 * Angeles. Associated Press".
 */
const openingWords = ['the', 'state-(?:run|funded|owned)', 'official', 'former', 'as', 'a', 'an', 'and', 'both', 'but', 'follow', 'for', 'from', 'in', 'on', 'per', 'via', 'with', 'like', 'unlike', 'when', 'while', 'if', 'since', 'after', 'before']
const leadingWords = new RegExp(String.raw`^(?:(?:${[...openingWords, monthAlternatives, ...weekdays].join('|')})(?:['’]s)?\s+)+`, 'i')

function withoutLeadingWords(name: string): string {
  const sentenceEnd = name.includes('.') ? /^.*[\p{Ll}\p{N}]\.\s+(?=\p{Lu})/u.exec(name) : null
  return name.slice(sentenceEnd?.[0].length ?? 0).replace(leadingWords, '')
}

/**
 * "Michael Bloomberg", "Mayor Tom Guardian", "Michael R. Bloomberg's": a
 * one-word outlet's name right after a capitalised word or an initial is
 * someone's surname.
 */
function surnameLike(text: string, start: number, printed: string): boolean {
  if (printed.includes(' ')) return false
  const word = /(?:^|[ \t])(\p{Lu}[\p{L}’'-]*|\p{Lu}\.)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]
  // "As Politico reported", "Former Breitbart reporter": words that open a sentence are no given names.
  return word !== undefined && !leadingWords.test(`${word} `)
}

/**
 * "Atlantic City", "Guardian said he understood", "Hill Democrats": a
 * one-word outlet whose name opens with "The" ("The Atlantic", "The
 * Guardian", "The Hill") is written with it, so the word alone is a place's
 * or someone's name. Not an abbreviation ("NYT"), a possessive ("Times'
 * Ana Ruiz") or a partner in a poll ("YouGov/Economist"), which are credits.
 */
function withoutItsThe(text: string, start: number, matched: string, printed: string): boolean {
  if (printed.includes(' ') || /^the\s/i.test(matched) || !/^\p{Lu}\p{Ll}+$/u.test(printed)) return false
  const around = text.charAt(start - 1) + text.charAt(start + printed.length)
  if (/[/’']/.test(around)) return false
  return recognizeOutlet(printed)?.name.startsWith('The ') === true
}

/** "the Journal" is The Wall Street Journal once that has been named: a one-word form that ends a longer source's name. */
function shortFormOf(printed: string, sources: ReadonlyMap<string, Source>): Source | undefined {
  const word = printed.replace(/^the\s+/i, '')
  if (word.includes(' ')) return undefined
  return [...sources.values()].find((source) => source.name.includes(' ') && source.name.split(/\s+/).at(-1) === word)
}

/**
 * "Example News Agency (ENA)": an acronym printed after a source names
 * that source wherever it stands, and a source found under the acronym alone
 * is the same one.
 */
function mergeAcronyms(text: string, ranges: readonly Range[], sources: Map<string, Source>): void {
  for (const [key, source] of [...sources]) {
    const acronyms = new Set<string>()
    for (const mention of source.mentions) {
      const acronym = acronymAfter(text.slice(mention.end))
      if (acronym !== undefined && outletKey(acronym) !== key) acronyms.add(acronym)
    }
    for (const acronym of acronyms) {
      sources.delete(outletKey(acronym))
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?![\\p{L}\\p{N}])`, 'gu')
      for (const range of ranges) {
        for (const match of text.slice(range.start, range.end).matchAll(pattern)) {
          const start = range.start + (match.index ?? 0)
          if (!source.mentions.some((mention) => mention.start === start)) source.mentions.push({ text: acronym, start, end: start + acronym.length })
        }
      }
    }
  }
}
