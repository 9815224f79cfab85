/** Why a quote has its speaker, in words a reader can check against the text. */
import type { Quote } from '../types.ts'

const quoted = (text: string) => `“${text}”`

export function evidenceText(quote: Pick<Quote, 'kind' | 'speaker' | 'via' | 'cue' | 'mention' | 'candidates'>): string {
  const cue = quote.cue ? quoted(quote.cue.text) : undefined
  const named = quote.mention ? quoted(quote.mention.text) : undefined
  const speaker = quote.speaker?.name
  if (!speaker) {
    if (quote.candidates && quote.candidates.length > 1) return `No speaker given: the text could mean ${listed(quote.candidates.map((candidate) => candidate.name))}, and does not say which.`
    return quote.kind === 'scare' ? 'A term in quote marks that nobody is said to speak.' : 'No speaker given: the text does not say who speaks.'
  }
  const verb = cue ? `the reporting words ${cue}` : 'the reporting words'
  switch (quote.via) {
    case 'cue':
      return `Said by ${speaker}: ${verb} have ${named ?? speaker} as their subject.`
    case 'pronoun':
      return `Said by ${speaker}: ${verb} have the pronoun ${named ?? ''} as their subject, taken to mean ${speaker}.`
    case 'description':
      return `Said by ${speaker}: ${verb} have ${named ?? 'a description'} as their subject, which stands for ${speaker}.`
    case 'subject':
      return `Said by ${speaker}: with no reporting words, the quote belongs to the subject of its clause, ${named ?? speaker}.`
    case 'continuation':
      return `Said by ${speaker}: with no reporting words of its own, it goes on from the speaker named ${named ?? 'before it'}.`
    case 'front-matter':
      return `Said by ${speaker}, as a person’s correction in the article’s front matter gives it.`
    default:
      return `Said by ${speaker}.`
  }
}

function listed(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}
