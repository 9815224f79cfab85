/** The JSON Schema of a record, published beside the data. */
import { ArticleRecord } from '../types.ts'

export const recordSchema = { $schema: 'http://json-schema.org/draft-07/schema#', ...ArticleRecord }

export function schemaJson(): string {
  return `${JSON.stringify(recordSchema, null, 2)}\n`
}
