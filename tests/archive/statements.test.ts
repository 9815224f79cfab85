import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { groupStatements, sameStatement, statementWords } from '../../src/archive/statements.ts'
import type { ArchiveQuote } from '../../src/types.ts'

let counter = 0

/** A quote of `article` (dated `date`) given to `speaker`. */
function quote(article: string, date: string | null, speaker: string | null, text: string, extra: Partial<ArchiveQuote> = {}): Omit<ArchiveQuote, 'statementId'> {
  counter += 1
  const id = extra.id ?? `q${counter}`
  return {
    id,
    text,
    start: 0,
    end: text.length,
    kind: 'statement',
    speaker: speaker ? { actorId: speaker.toLowerCase().replace(/\s+/g, '-'), name: speaker } : null,
    cue: null,
    context: { text, start: 0, end: text.length },
    archiveId: `${article}/${id}`,
    url: `/articles/${article}/#${id}`,
    article,
    headline: `Headline of ${article}`,
    published: date ? { date, basis: 'front-matter' } : null,
    ...extra
  }
}

describe('statementWords', () => {
  it('should fold case, marks, a bracketed insertion and punctuation', () => {
    assert.deepEqual(statementWords('“We’ll [the council] fund it — all of it,” '), ["we'll", 'fund', 'it', 'all', 'of', 'it'])
  })
})

describe('sameStatement', () => {
  const words = (text: string) => statementWords(text)
  it('should match a trimmed report, a changed word and other marks', () => {
    assert.ok(sameStatement(words('The bridge will be finished before the winter floods arrive'), words('the bridge will be finished before the winter floods')))
    assert.ok(sameStatement(words('The bridge will be finished before the winter floods arrive in town'), words('The bridge will be completed before the winter floods arrive in town')))
  })
  it('should not match two statements that share a slogan', () => {
    assert.ok(!sameStatement(words('We will make this town proud again and we will win'), words('We will make this town proud again, believe me, folks')))
  })
  it('should not match quotes of fewer than five words', () => {
    assert.ok(!sameStatement(words('We will win this'), words('We will win this')))
  })
})

describe('groupStatements', () => {
  it('should group one speaker’s same words across articles, oldest report first, and give every part its statement', () => {
    const wire = quote('wire-story', '2024-03-02', 'Ana Ruiz', 'The bridge will be finished before the winter floods arrive,')
    const follow = quote('follow-up', '2024-03-05', 'Ana Ruiz', 'the bridge will be finished before the winter floods')
    const first = quote('first-report', '2024-03-01', 'Ana Ruiz', 'The bridge will be finished', { id: 'q1' })
    const second = quote('first-report', '2024-03-01', 'Ana Ruiz', 'before the winter floods arrive.', { id: 'q2', continues: 'q1' })
    const { statements, statementIdOf } = groupStatements([wire, follow, first, second])
    assert.equal(statements.length, 1)
    assert.deepEqual(statements[0]?.reports.map((report) => report.article), ['first-report', 'wire-story', 'follow-up'])
    assert.equal(statements[0]?.id, 'first-report/q1')
    for (const part of [wire, follow, first, second]) assert.equal(statementIdOf.get(part.archiveId), 'first-report/q1')
  })
  it('should never group different speakers’ words, nor scare quotes', () => {
    const one = quote('a', '2024-01-01', 'Ana Ruiz', 'The bridge will be finished before the winter floods arrive')
    const other = quote('b', '2024-01-02', 'Tom Lee', 'The bridge will be finished before the winter floods arrive')
    const scare = quote('c', '2024-01-03', null, 'the bridge will be finished before the winter floods arrive', { kind: 'scare' })
    const { statements, statementIdOf } = groupStatements([one, other, scare])
    assert.deepEqual(statements, [])
    assert.equal(statementIdOf.get(other.archiveId), other.archiveId)
  })
  it('should group a statement reprinted word for word in thousands of articles, and a trimmed report of it, as one', () => {
    const reprints = Array.from({ length: 2000 }, (_, index) => quote(`reprint-${index}`, '2024-01-02', 'Ana Ruiz', 'We will not accept this outcome from the council, not today and not ever.'))
    const trimmed = quote('first', '2024-01-01', 'Ana Ruiz', 'We will not accept this outcome from the council')
    const { statements } = groupStatements([...reprints, trimmed])
    assert.equal(statements.length, 1)
    assert.equal(statements[0]?.reports.length, 2001)
    assert.equal(statements[0]?.reports[0]?.article, 'first')
  })
  it('should find the one match among thousands of one speaker’s quotes that share common word pairs', () => {
    const many = Array.from({ length: 3000 }, (_, index) => quote(`story-${index}`, '2024-01-01', 'Ana Ruiz', `Item number ${index} of the budget goes to road ${index * 7} and bridge ${index * 13}`))
    const repeat = quote('late-story', '2024-02-01', 'Ana Ruiz', 'Item number 1234 of the budget goes to road 8638 and bridge 16042')
    const { statements } = groupStatements([...many, repeat])
    assert.deepEqual(statements.map((statement) => statement.reports.map((report) => report.article)), [['story-1234', 'late-story']])
  })
})
