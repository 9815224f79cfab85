/** Acronyms: "(NRA)" printed right after a name defines one for it. */

const acronym = String.raw`\p{Lu}[\p{Lu}\p{N}.&-]{1,9}`
const defined = new RegExp(String.raw`^\s*\((${acronym})\)`, 'u')
const whole = new RegExp(`^${acronym}$`, 'u')

/** The acronym in brackets at the start of `after` (the text right after a name), if there is one. */
export function acronymAfter(after: string): string | undefined {
  return defined.exec(after.slice(0, 16))?.[1]
}

export function isAcronym(word: string): boolean {
  return whole.test(word)
}
