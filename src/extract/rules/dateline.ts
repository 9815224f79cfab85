/**
 * The dateline that opens a story: "NAIROBI, Kenya –", "WASHINGTON
 * (Reuters) -", "NEW YORK, March 3 (AP) —", "Paris and Rome, Outlet—".
 */
import { cities, countries, regions } from '../lexicon/places.ts'
import { months } from '../lexicon/calendar.ts'
import { recognizeOutlet } from './outlets.ts'
import type { Dateline } from '../../types.ts'
import { pieceCount } from '../words.ts'

const placeKeys = new Map([...cities, ...countries].map((name) => [name.toLowerCase(), name]))
const regionKeys = new Set([...countries, ...regions].map((name) => name.toLowerCase()))

/** The prefix, then the dash (or colon) that ends a dateline. */
const prefixPattern = /^(?<prefix>[^!?“”"\n–—:]{2,90}?)\s*(?:\s[-–—]{1,2}\s|[–—]|:\s)/u
const agencyPattern = /\s*\((?<agency>[^()]{1,40})\)\s*$/
const monthDay = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?$|^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?$/i

/** Parses the dateline at the start of `text` (a paragraph starting at `offset`), or returns null. */
export function parseDateline(text: string, offset: number): Dateline | null {
  const match = prefixPattern.exec(text)
  const prefix = match?.groups?.['prefix']
  if (!match || !prefix) return null
  let rest = prefix
  const dateline: Dateline = { text: match[0].trimEnd(), start: offset, end: offset + match[0].trimEnd().length, places: [] }
  const agency = agencyPattern.exec(rest)?.groups?.['agency']
  if (agency) {
    if (!recognizeOutlet(agency) && !/^[A-Z][\p{L}&. -]*$/u.test(agency)) return null
    dateline.agency = recognizeOutlet(agency)?.name ?? agency
    rest = rest.slice(0, rest.length - (agencyPattern.exec(rest)?.[0].length ?? 0))
  }
  // "June 5, 2019" was cut in two by the split at commas.
  const parts = rest.split(/\s*,\s*/).filter(Boolean).flatMap((part, index, all) => (/^\d{4}$/.test(part) && monthDay.test(all[index - 1] ?? '') ? [] : monthDay.test(part) && /^\d{4}$/.test(all[index + 1] ?? '') ? [`${part}, ${all[index + 1]}`] : [part]))
  const [first, ...others] = parts
  if (first === undefined) return dateline.agency ? dateline : null
  if (monthDay.test(first)) others.unshift(first)
  else dateline.places = splitPlaces(first)

  for (const part of others) {
    if (monthDay.test(part)) setDate(dateline, part)
    else if (regionKeys.has(part.toLowerCase()) && dateline.country === undefined) dateline.country = part
    else if (dateline.outlet === undefined && dateline.agency === undefined && /^[\p{Lu}]/u.test(part)) {
      const outlet = recognizeOutlet(part)
      if (outlet?.kind === 'agency') dateline.agency = outlet.name
      else dateline.outlet = outlet?.name ?? part
    } else return null
  }
  // "JAKE TAPPER: …" labels a speaker in a transcript; a dateline ended by a colon names known places.
  const byColon = match[0].trimEnd().endsWith(':')
  const known = dateline.places.every((place) => placeKeys.has(place.toLowerCase()))
  if (byColon && !known) return null
  return isPlausible(dateline, first) ? dateline : null
}

function splitPlaces(text: string): string[] {
  return text.split(/\s+(?:and|&)\s+|\s*\/\s*/).map(placeName)
}

/** "NEW DELHI" reads "New Delhi": the listed spelling when there is one, else title case. */
function placeName(raw: string): string {
  const listed = placeKeys.get(raw.toLowerCase())
  if (listed) return listed
  if (raw !== raw.toUpperCase()) return raw
  return raw
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\b(Es|De|La|El|Al|Of|Du|Da)\b(?=\s)/g, (word) => word.toLowerCase())
}

function setDate(dateline: Dateline, text: string): void {
  const date = monthDayDate(text)
  if (date) dateline.date = date
}

const monthNames = months.map((month) => month.toLowerCase())

/** The month a word names, its full name or its abbreviation ("Mar.", "Sept"), 1 to 12; 0 for none. */
function monthOf(word: string): number {
  const name = word.toLowerCase().replace(/\.$/, '')
  if (name === 'sept') return 9
  return monthNames.findIndex((month) => month === name || month.slice(0, 3) === name) + 1
}

/**
 * "March 3, 2016", "3 March 2016": the ISO date of a dateline's date, read
 * directly, for its shape is known (`monthDay`); nothing without a year, or
 * for a day the month lacks ("Feb. 30").
 */
function monthDayDate(text: string): string | undefined {
  const usOrder = /^(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text)
  const dayFirst = /^(\d{1,2})\s+(\p{L}+\.?),?\s+(\d{4})$/u.exec(text)
  const month = monthOf(usOrder?.[1] ?? dayFirst?.[2] ?? '')
  const day = Number(usOrder?.[2] ?? dayFirst?.[1])
  const yearText = usOrder?.[3] ?? dayFirst?.[3] ?? ''
  const year = Number(yearText)
  if (!month || !year || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Place names in capitals are a dateline by news convention. In other case
 * the places must be known places, or an agency or outlet must follow, so that
 * an opening sentence with a dash is not taken for a dateline.
 */
function isPlausible(dateline: Dateline, first: string): boolean {
  if (dateline.places.length === 0) return dateline.agency !== undefined || dateline.date !== undefined
  if (dateline.places.some((place) => pieceCount(place) > 4)) return false
  const letters = first.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true
  const allKnown = dateline.places.every((place) => placeKeys.has(place.toLowerCase()))
  return allKnown || (dateline.agency !== undefined && dateline.places.every((place) => /^\p{Lu}/u.test(place)))
}
