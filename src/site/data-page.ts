/**
 * The Data page: every file under `/api/`, and what each field of each list
 * means, its columns read from the same schemas the files are checked
 * against, so the page cannot leave a field out.
 */
import type { TSchema } from '@sinclair/typebox'
import { articleColumnsLeftOut } from '../archive/api.ts'
import { columnsOf } from '../archive/csv.ts'
import { ArchiveActor, ArchiveQuote, ArchiveSource, ArticleRecord, Statement } from '../types.ts'

/** What each field means, by its name or its path with dots; a field of several lists means the same in each. */
export const fieldMeanings: Readonly<Record<string, string>> = {
  id: 'The item’s id: unique in its list (a quote’s, unique in its article).',
  archiveId: 'The quote’s id across the archive: its article’s slug, a slash, and its id in the article.',
  statementId: 'The statement the quote reports: the archiveId of the statement’s earliest report; the quote’s own for a statement reported once.',
  slug: 'The article’s name in addresses: /articles/SLUG/.',
  file: 'The input file the article was read from, relative to the input folder.',
  url: 'For a quote, its place on this site; for an article, its address on the web, when its front matter or page gives one.',
  text: 'The words, exactly as printed: the slice of the article’s text from start to end.',
  start: 'Where the words start in the article’s text, counted in UTF-16 code units from 0.',
  end: 'Where the words end in the article’s text (exclusive).',
  kind: 'What the item is (see the values listed).',
  name: 'The name shown for the actor or source.',
  'speaker.actorId': 'The id of the actor who speaks, in actors.csv; empty when no speaker is given.',
  'speaker.name': 'The name of the actor who speaks.',
  'cue.text': 'The reporting words: “said”, “told”, “according to”.',
  'cue.start': 'Where the reporting words start.',
  'cue.end': 'Where the reporting words end.',
  via: 'How the speaker was found: the subject of the reporting verb (cue), a pronoun, a description, the clause’s subject, the speaker going on (continuation), or front matter.',
  'mention.text': 'The words that name the speaker where the attribution was found.',
  'mention.start': 'Where those words start.',
  'mention.end': 'Where those words end.',
  candidates: 'The actors the text names about equally well when it does not say which of them speaks (no speaker is then given).',
  continues: 'For a later part of a quote split by its attribution or a paragraph break, the id of the part before it.',
  'context.text': 'The sentence the quote stands in, cut at 300 characters either side.',
  'context.start': 'Where the sentence starts.',
  'context.end': 'Where the sentence ends.',
  article: 'The slug of the article the quote stands in.',
  headline: 'The article’s headline.',
  'published.date': 'The article’s date, YYYY, YYYY-MM or YYYY-MM-DD; empty when the article gives none.',
  'published.basis': 'What the date rests on; “not-before” means the latest date the article mentions, a lower bound.',
  aliases: 'Other names the articles give the actor.',
  titles: 'Roles the articles give the actor (“spokeswoman”, “Senator”).',
  articles: 'The slugs of the articles that name or quote the actor, or credit the source.',
  quoteCount: 'How many quotes the actor is given, each part of a split quote counted.',
  reports: 'The quotes that report the statement, oldest first: archiveId, url, article, headline and published of each.',
  kicker: 'The label above the headline (“Analysis”, “Exclusive”).',
  publisher: 'The outlet that published the article.',
  'dateline.text': 'The dateline as printed (“GENEVA (Reuters) —”).',
  'dateline.start': 'Where the dateline starts.',
  'dateline.end': 'Where the dateline ends.',
  'dateline.places': 'The places the dateline names.',
  'dateline.country': 'The country of the dateline’s place.',
  'dateline.date': 'The date the dateline gives.',
  'dateline.agency': 'The news agency the dateline credits.',
  'dateline.outlet': 'The outlet the dateline credits.',
  dates: 'Every date the article mentions, with where it stands and its sentence.',
  captions: 'Photo captions and their credits.',
  sources: 'The outlets, agencies and documents the article credits, with every mention.',
  body: 'The article’s paragraphs, subheadings and quotations, each with where it stands.',
  quotes: 'The article’s quotes, with the same fields as quotes.json.',
  actors: 'The people, organisations, unnamed sources and documents the article names.'
}

export interface ListFile {
  title: string
  what: string
  json: string
  csv?: string
  schema: string
  count: number
  fields: Array<{ name: string; type: string; meaning: string; jsonOnly: boolean }>
}

/** One list's fields, as its CSV columns (the JSON's fields, an object's spread over paths with dots), and the fields only the JSON has. */
function fieldsOf(schema: TSchema, jsonOnly: readonly string[] = []) {
  const columns = columnsOf(schema, jsonOnly).map((column) => ({ name: column.name, type: column.type, meaning: fieldMeanings[column.name] ?? '', jsonOnly: false }))
  const extra = jsonOnly.map((name) => ({ name, type: 'list (JSON only)', meaning: fieldMeanings[name] ?? '', jsonOnly: true }))
  return [...columns, ...extra]
}

/** The Data page's lists: each file, its item count and its fields. */
export function dataLists(counts: { articles: number; quotes: number; actors: number; sources: number; statements: number }): ListFile[] {
  const list = (title: string, what: string, files: { json: string; csv?: string; schema: string }, count: number, fields: ListFile['fields']): ListFile => ({ title, what, ...files, count, fields })
  return [
    list('Quotes', 'Every quote in the archive, with its article and date.', { json: 'quotes.json', csv: 'quotes.csv', schema: 'quote.schema.json' }, counts.quotes, fieldsOf(ArchiveQuote)),
    list('Actors', 'People, organisations, unnamed sources and documents, across articles.', { json: 'actors.json', csv: 'actors.csv', schema: 'actor.schema.json' }, counts.actors, fieldsOf(ArchiveActor)),
    list(
      'Articles',
      'Every record. The CSV leaves out the body, quotes and actors, which are lists of their own or too long for a cell.',
      { json: 'articles.json', csv: 'articles.csv', schema: 'record.schema.json' },
      counts.articles,
      fieldsOf(ArticleRecord, articleColumnsLeftOut)
    ),
    list('Sources', 'Outlets, agencies and documents the articles credit.', { json: 'sources.json', schema: 'source.schema.json' }, counts.sources, fieldsOf(ArchiveSource)),
    list('Statements', 'Statements reported more than once: one speaker’s same words in several reports.', { json: 'statements.json', schema: 'statement.schema.json' }, counts.statements, fieldsOf(Statement))
  ]
}
