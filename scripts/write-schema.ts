/** Writes `schema/record.schema.json` from the record types. */
import { writeFile } from 'node:fs/promises'
import { schemaJson } from '../src/archive/schema.ts'

await writeFile(new URL('../schema/record.schema.json', import.meta.url), schemaJson())
