import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { schemaJson } from '../../src/archive/schema.ts'

describe('the published JSON Schema', () => {
  it('should be the schema of the record types (run `npm run schema` after changing src/types.ts)', () => {
    const published = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'schema', 'record.schema.json'), 'utf8')
    assert.equal(published, schemaJson())
  })
})
