import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Type } from '@sinclair/typebox'
import { columnsOf, csvField, streamCsv } from '../../src/archive/csv.ts'

describe('csvField', () => {
  it('should quote a field with a comma, a quote mark or a line break, doubling quote marks (RFC 4180)', () => {
    assert.equal(csvField('plain words'), 'plain words')
    assert.equal(csvField('one, two'), '"one, two"')
    assert.equal(csvField('she said "no"'), '"she said ""no"""')
    assert.equal(csvField('line\nbreak'), '"line\nbreak"')
  })
  it('should keep text a spreadsheet would run as a formula as text', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"')
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)")
    assert.equal(csvField(-3), '-3')
  })
  it('should write nothing for null or undefined and JSON for a list', () => {
    assert.equal(csvField(null), '')
    assert.equal(csvField(undefined), '')
    assert.equal(csvField(['a', 'b']), '"[""a"",""b""]"')
  })
})

describe('columnsOf', () => {
  const schema = Type.Object({
    id: Type.String(),
    speaker: Type.Union([Type.Object({ actorId: Type.String(), name: Type.String() }), Type.Null()]),
    aliases: Type.Array(Type.String()),
    body: Type.Array(Type.String())
  })
  it('should name an object’s fields with a dot, and leave out what it is told to', () => {
    assert.deepEqual(columnsOf(schema, ['body']).map((column) => column.name), ['id', 'speaker.actorId', 'speaker.name', 'aliases'])
  })
  it('should read each column from an item, a null object giving empty fields', async () => {
    const columns = columnsOf(schema, ['body'])
    let text = ''
    await streamCsv(columns, [{ id: 'x', speaker: { actorId: 'ana', name: 'Ana, Ruiz' }, aliases: ['A'] }, { id: 'y', speaker: null, aliases: [] }], async (piece) => void (text += piece))
    assert.equal(text, 'id,speaker.actorId,speaker.name,aliases\r\nx,ana,"Ana, Ruiz","[""A""]"\r\ny,,,[]\r\n')
  })
})
