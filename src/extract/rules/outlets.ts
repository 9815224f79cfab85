/** Is this name an outlet or agency? From the list of known ones, or from the shape of the name. */
import { agencyWords, knownOutlets, outletWords, type KnownOutlet } from '../lexicon/outlets.ts'
import { isHonorific } from './mentions.ts'
import { remembered } from '../remembered.ts'

export type Outlet = Pick<KnownOutlet, 'name' | 'kind'>

const byKey = new Map<string, KnownOutlet>()
for (const outlet of knownOutlets) {
  for (const name of [outlet.name, ...outlet.aliases]) byKey.set(outletKey(name), outlet)
}

/** Folds case, a leading "the", hyphens and spacing, so variants of one name meet. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/[’']/g, '')
    .trim()
}

/** The registry asks this of every name it resolves, most of them many times over. */
const keyOf = remembered(outletKey)

export function recognizeOutlet(name: string): Outlet | undefined {
  const known = byKey.get(keyOf(name))
  if (known) return { name: known.name, kind: known.kind }
  const words = name.replace(/^the\s+/i, '').split(/\s+/)
  const last = words.at(-1) ?? ''
  const capitalised = words.every((word) => /^[A-Z0-9]/.test(word) || /^(?:of|and|the|de|al)$/i.test(word))
  if (words.length < 2 || !capitalised || !outletWords.includes(last)) return undefined
  // "Environmental Protection Agency" is a government's; a news agency says so ("Example News Agency").
  if (last === 'Agency' && !/^(?:News|Press|Telegraph|Information)$/.test(words.at(-2) ?? '')) return undefined
  if (namesSomeone(words)) return undefined
  const kind = agencyWords.some((word) => name.includes(word)) ? 'agency' : 'outlet'
  return { name: name.replace(/^the\s+/i, 'The '), kind }
}

/**
 * Whether a name of an outlet's shape is someone's: a title in it ("City
 * Mayor Tom Guardian"), or an owner right before its last word ("Ruiz's
 * TV"; "People's Daily" is a paper's name).
 */
function namesSomeone(words: readonly string[]): boolean {
  const owner = words.at(-2) ?? ''
  const owned = /['’]s$/.test(owner) && !/^People['’]s$/.test(owner)
  return owned || words.some(isHonorific)
}

/** Every spelling of every known outlet, for finding them in text. */
export function knownOutletNames(): string[] {
  return knownOutlets.flatMap((outlet) => [outlet.name, ...outlet.aliases])
}
