/**
 * A quote broken by its attribution or a paragraph break is several quotes,
 * each later part naming the part before it in `continues`. Lists and search
 * show such a quote once, as a chain of its parts.
 */
import type { Quote } from '../types.ts'

/**
 * The quotes as chains, each in reading order, the chains in the order of
 * their first parts. Ids are unique within an article; `scope` names the
 * article of a quote when the quotes come from several.
 */
export function quoteChains<T extends Pick<Quote, 'id' | 'continues'>>(quotes: readonly T[], scope: (quote: T) => string = () => ''): T[][] {
  const chains: T[][] = []
  const chainOf = new Map<string, T[]>()
  for (const quote of quotes) {
    const earlier = quote.continues === undefined ? undefined : chainOf.get(`${scope(quote)}#${quote.continues}`)
    const chain = earlier ?? []
    if (!earlier) chains.push(chain)
    chain.push(quote)
    chainOf.set(`${scope(quote)}#${quote.id}`, chain)
  }
  return chains
}

/** The words of a chain as a reader quotes them: the parts joined by an ellipsis. */
export function chainText(chain: readonly Pick<Quote, 'text'>[]): string {
  return chain.map((part) => part.text.trim()).join(' … ')
}
