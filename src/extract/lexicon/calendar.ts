/** The English names of months and weekdays, which dates, datelines and the time words around a cue are made of. */

export const months: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export const weekdays: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/**
 * A pattern's alternatives for every month, in lower case, written out or cut
 * to its first three letters ("jan", "january"), and "sept".
 */
export const monthAlternatives = [...months.map((month) => month.toLowerCase()).map((month) => `${month.slice(0, 3)}(?:${month.slice(3)})?`), 'sept'].join('|')

/**
 * Nouns of a stretch of time. "In the past described him as …", "the year
 * saw": what such a noun is the subject of happened then, no one said it.
 */
export const timeNouns: readonly string[] = [
  'past', 'future', 'present', 'moment', 'time', 'era', 'period', 'season',
  'hour', 'minute', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend',
  'week', 'month', 'year', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter'
]
