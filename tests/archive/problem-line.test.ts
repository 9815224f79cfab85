import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { printable, problemLine } from '../../src/archive/problem-line.ts'

describe('problemLine', () => {
  it('should write one line whatever the file name holds', () => {
    const forged = problemLine({ file: 'a.txt\nother.txt: refused: forged', reason: 'empty file (no text)', severity: 'error' })
    assert.equal(forged.split('\n').length, 1)
    assert.equal(forged, 'a.txt\\nother.txt: refused: forged: empty file (no text)')
  })
  it('should escape terminal codes and bidirectional overrides', () => {
    assert.equal(printable('red\u001b[31m.txt'), 'red\\x1b[31m.txt')
    assert.equal(printable('txt.\u202eexe'), 'txt.\\u202eexe')
  })
  it('should leave ordinary names, accents and other scripts as they are', () => {
    assert.equal(problemLine({ file: 'ünïcödé 名前.txt', reason: 'odd', severity: 'warning' }), 'ünïcödé 名前.txt: warning: odd')
  })
})
