/** Absolute dates the text mentions, with the year stated: chrono reads them, and no part it guessed is kept. */
// English alone: the package's index loads every locale, twice the start-up time.
import * as chrono from 'chrono-node/en'
import type { ParsedComponents } from 'chrono-node'
import { monthAlternatives } from '../lexicon/calendar.ts'
import type { Range } from '../sentences.ts'
import type { MentionedDate } from '../../types.ts'

const plausibleYear = /(?<!\d)(?:1[6-9]|20|21)\d{2}(?!\d)/
const monthOrNumbers = new RegExp(String.raw`\b(?:${monthAlternatives})\b|\d[/.-]\d`, 'i')

/**
 * Whether `text` may state a date whose year it writes out: it has a
 * plausible year, and a month's name or a date in numbers to write it with
 * ("in 2016" alone is no date chrono reads). chrono is slow, and a block
 * without these has no sentence with them, so neither is split or read.
 */
export function mayStateDate(text: string): boolean {
  return plausibleYear.test(text) && monthOrNumbers.test(text)
}

/**
 * chrono's casual English without the parsers that read nothing but a date
 * reckoned from the day onrecord runs: "today", "next week", "+2 days", "end
 * of this month". No such date is kept (see `statesYear`), and these parsers
 * take about a sixth of chrono's time. The rest stay, those of such phrases
 * too, where they join a written date: "March 3, 2016 at noon", "three days
 * before March 3, 2016". One change follows: "from today until March 2017"
 * is no longer read as a range that opens today, and "March 2017" is the date.
 */
const relativeOnly: ReadonlySet<string> = new Set(['ENCasualDateParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'])
const reader = readerWithout(relativeOnly)

function readerWithout(parsers: ReadonlySet<string>): chrono.Chrono {
  const configuration = chrono.configuration.createCasualConfiguration()
  configuration.parsers = configuration.parsers.filter((parser) => !parsers.has(parser.constructor.name))
  return new chrono.Chrono(configuration)
}

export function findDates(text: string, sentences: readonly Range[]): MentionedDate[] {
  const dates: MentionedDate[] = []
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end)
    if (!mayStateDate(slice)) continue
    for (const result of reader.parse(slice)) {
      const date = isoDate(result.start)
      if (!date || !statesYear(result.text, date)) continue
      const start = sentence.start + result.index
      dates.push({ text: result.text, start, end: start + result.text.length, date, sentence: slice })
    }
  }
  return dates
}

/**
 * Whether the words chrono read write the year out: "March 3, 2016", "3/4/16".
 * "Twenty minutes later", "last week" and "in a year" are reckoned from the
 * day onrecord runs, which says nothing of when the story happened.
 */
function statesYear(text: string, date: string): boolean {
  const year = date.slice(0, 4)
  if (text.includes(year)) return true
  const twoDigits = year.slice(2)
  return [...text.matchAll(/[/.-](\d{2})(?!\d)/g)].some((match) => match[1] === twoDigits)
}

/** The ISO form of what chrono read, as precise as the text is, or nothing when the year is not stated. */
export function isoDate(components: ParsedComponents): string | undefined {
  if (!components.isCertain('year')) return undefined
  const year = String(components.get('year')).padStart(4, '0')
  const month = components.isCertain('month') ? `-${String(components.get('month')).padStart(2, '0')}` : ''
  const day = month && components.isCertain('day') ? `-${String(components.get('day')).padStart(2, '0')}` : ''
  return `${year}${month}${day}`
}

/** The latest date mentioned, an honest lower bound for when the article was written. */
export function latestDate(dates: readonly MentionedDate[]): string | undefined {
  return dates.map((date) => date.date).sort().at(-1)
}

/** The earliest date mentioned: of a page's "Published …, updated …" lines, when it was published. */
export function earliestDate(dates: readonly MentionedDate[]): string | undefined {
  return dates.map((date) => date.date).sort().at(0)
}

/**
 * The dates that say something about when the article was written: not a
 * photo caption's date (an archive photo can be decades old), nor a date
 * inside a quote (it is the speaker's, about what they speak of).
 */
export function writersDates(dates: readonly MentionedDate[], elsewhere: readonly Range[]): MentionedDate[] {
  return dates.filter((date) => !isWithin(date, elsewhere))
}

/** Dates that lie within `ranges`. */
export function datesWithin(dates: readonly MentionedDate[], ranges: readonly Range[]): MentionedDate[] {
  return dates.filter((date) => isWithin(date, ranges))
}

const isWithin = (date: MentionedDate, ranges: readonly Range[]): boolean => ranges.some((range) => range.start <= date.start && date.end <= range.end)
