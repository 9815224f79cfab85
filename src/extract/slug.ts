/**
 * Slugs for URLs and ids: ASCII words joined by dashes, at most 80
 * characters, cut between words, so that no page's path is refused by a file
 * system (a name is at most 255 bytes on most). Where two slugs come out the
 * same, the caller makes them unique with a suffix.
 */
import slugify from '@sindresorhus/slugify'
import { remembered } from './remembered.ts'

export const maxSlugLength = 80

/** The bounded slug of `text`; empty when it has nothing slugify can spell. Remembered: transliterating took 2 % of extraction. */
export const boundedSlug = remembered((text: string): string => {
  const whole = slugify(text)
  if (whole.length <= maxSlugLength) return whole
  const room = whole.slice(0, maxSlugLength + 1)
  const cut = room.lastIndexOf('-')
  return cut > 0 ? room.slice(0, cut) : room.slice(0, maxSlugLength)
})

/** `base`, or `base-2`, `base-3`, … the first not in `used`; claims it. */
export function claimUnique(base: string, used: Set<string>): string {
  let slug = base
  for (let suffix = 2; used.has(slug); suffix += 1) slug = `${base}-${suffix}`
  used.add(slug)
  return slug
}
