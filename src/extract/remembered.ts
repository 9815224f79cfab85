/**
 * A pure function of one string, remembered: the mention rules ask the same
 * few thousand words the same questions at every position of every article,
 * and every article slugs the same few hundred names. At most 100,000
 * answers are kept; past that, the memory starts again.
 */
export function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      if (known.size > 100_000) known.clear()
      value = compute(text)
      known.set(text, value)
    }
    return value
  }
}
