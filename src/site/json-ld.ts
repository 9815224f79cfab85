/** schema.org JSON-LD, serialised so that no article text can close the script element. */
import type { ArchiveActor, ArticleRecord } from '../types.ts'

export function jsonLdScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

export function newsArticle(record: ArticleRecord, url: string, actorUrl: (id: string) => string): object {
  const exact = record.published && record.published.basis !== 'not-before' ? record.published.date : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.headline,
    url,
    ...(exact ? { datePublished: exact } : {}),
    ...(record.publisher ? { publisher: { '@type': 'Organization', name: record.publisher } } : {}),
    ...(record.dateline?.places.length ? { contentLocation: record.dateline.places.map((name) => ({ '@type': 'Place', name })) } : {}),
    citation: record.quotes
      .filter((quote) => quote.speaker)
      .map((quote) => ({
        '@type': 'Quotation',
        text: quote.text,
        url: `${url}#${quote.id}`,
        creator: { '@type': creatorType(record, quote.speaker?.actorId), name: quote.speaker?.name, url: actorUrl(quote.speaker?.actorId ?? '') }
      }))
  }
}

export function actorEntity(actor: ArchiveActor, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': actor.kind === 'person' ? 'Person' : actor.kind === 'organization' ? 'Organization' : 'Thing',
    name: actor.name,
    url,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(actor.titles.length && actor.kind === 'person' ? { jobTitle: actor.titles[0] } : {})
  }
}

function creatorType(record: ArticleRecord, actorId: string | undefined): string {
  const kind = record.actors.find((actor) => actor.id === actorId)?.kind
  return kind === 'person' ? 'Person' : kind === 'organization' ? 'Organization' : 'Thing'
}
