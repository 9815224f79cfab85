import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { decodeArticle } from '../../src/read/decode.ts'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeArticle', () => {
  it('should remove a UTF-8 byte-order mark and nothing else', () => {
    const decoded = decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nBody')]))
    assert.deepEqual(decoded, { ok: true, text: 'Title\r\n\r\nBody', encoding: 'utf-8', warnings: [] })
  })
  it('should read UTF-16 with a byte-order mark, and say so', () => {
    const text = 'Headline “quoted”'
    const body = Buffer.from(text, 'utf16le')
    const decoded = decodeArticle(Uint8Array.from([0xff, 0xfe, ...body]))
    assert.ok(decoded.ok)
    assert.equal(decoded.text, text)
    assert.match(decoded.warnings[0] ?? '', /UTF-16LE/)
  })
  it('should read plain Windows-1252 curly quotes, and say so', () => {
    const decoded = decodeArticle(Uint8Array.from([...utf8('He said '), 0x93, ...utf8('yes'), 0x94, ...utf8('.')]))
    assert.ok(decoded.ok)
    assert.equal(decoded.text, 'He said “yes”.')
    assert.match(decoded.warnings[0] ?? '', /Windows-1252/)
  })
  it('should refuse bytes that are neither UTF-8 nor Windows-1252', () => {
    assert.deepEqual(decodeArticle(bytes(0x41, 0xc3, 0x28, 0x81)), { ok: false, reason: 'not valid UTF-8, and not plainly Windows-1252 either' })
  })
  it('should refuse a PNG, a gzip and NUL bytes as binary', () => {
    for (const file of [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), bytes(0x1f, 0x8b, 0x08, 0x00), utf8('abc\u0000def')]) {
      const decoded = decodeArticle(file)
      assert.equal(decoded.ok, false)
      assert.match(decoded.ok ? '' : decoded.reason, /^binary file/)
    }
  })
  it('should refuse an empty or whitespace-only file', () => {
    for (const file of [bytes(), utf8(' \n\t\r\n ')]) assert.deepEqual(decodeArticle(file), { ok: false, reason: 'empty file (no text)' })
  })
})
