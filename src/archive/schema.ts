/** The JSON Schemas of the records and of the archive-wide lists, published beside the data. */
import { ArchiveActor, ArchiveQuote, ArchiveSource, ArticleRecord, Statement } from '../types.ts'

const draft = 'http://json-schema.org/draft-07/schema#'

export const recordSchema: object = { $schema: draft, ...ArticleRecord }

/** Every schema the JSON API publishes, by file name. */
export const apiSchemas: ReadonlyMap<string, object> = new Map<string, object>([
  ['record.schema.json', recordSchema],
  ['actor.schema.json', { $schema: draft, ...ArchiveActor }],
  ['quote.schema.json', { $schema: draft, ...ArchiveQuote }],
  ['source.schema.json', { $schema: draft, ...ArchiveSource }],
  ['statement.schema.json', { $schema: draft, ...Statement }]
])

export function schemaJson(schema: object = recordSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
