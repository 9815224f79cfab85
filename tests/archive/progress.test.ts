import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { progressReporter } from '../../src/archive/progress.ts'

describe('progressReporter', () => {
  it('should write a plain line at each tenth when not on a terminal', () => {
    const lines: string[] = []
    const report = progressReporter({ phase: 'extract', write: (text) => lines.push(text), terminal: false })
    for (let done = 0; done <= 100; done += 1) report(done, 100)
    assert.equal(lines.length, 11)
    assert.match(lines.at(-1) ?? '', /^extract: 100\/100 articles, \d+\/s, 0 s left\n$/)
  })
  it('should draw a bar in place on a terminal and end it with a newline', () => {
    const writes: string[] = []
    const report = progressReporter({ phase: 'extract', write: (text) => writes.push(text), terminal: true })
    report(0, 10)
    report(10, 10)
    assert.match(writes[0] ?? '', /^\rextract \[ {24}\] 0\/10 articles/)
    assert.match(writes.at(-1) ?? '', /^\rextract \[#{24}\] 10\/10 articles.*\n$/)
  })
})
