/**
 * How far back the discourse is searched for whom a pronoun, a quote with no
 * cue or a general word ("the company") means: the last 1,000 subjects or
 * actors. A reader's antecedent is a few sentences back, and no article names
 * a thousand actors between an organisation and "the company"; unbounded, a
 * page of tens of thousands of sentences where nothing earlier fits
 * ("Paragraph 9, he said.") took time growing with the square of its length.
 */
const lookback = 1000

/** The latest of the last `lookback` items that `fits`. */
export function latestOf<T>(items: readonly T[], fits: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= Math.max(0, items.length - lookback); index -= 1) {
    const item = items[index]
    if (item !== undefined && fits(item)) return item
  }
  return undefined
}
