import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { extractText } from '../helpers.ts'
import { parseAliases } from '../../src/read/aliases.ts'
import type { ArticleRecord } from '../../src/types.ts'

function article(slug: string, body: string): ArticleRecord {
  const record = extractText(`Headline of ${slug}\n\n${body}`, `${slug}.txt`)
  record.slug = slug
  return record
}

describe('buildArchive', () => {
  const archive = buildArchive([
    article('one', '“We will win,” said President Lena Vogt-Haas. “Soon.” A senior official said the plan was “a mess from the start”.'),
    article('two', '“Not yet,” Lena Vogt-Haas told reporters. A senior official said: “It is a mess and everyone knows it.”'),
    article('three', '“It is over,” said Mr. Vogt-Haas. “No more talks,” said Pia Vogt-Haas, a lawyer.'),
    article('four', '“Go home,” said Tom Meyer. “Stay,” said Anna Meyer. “Wait,” Meyer said.')
  ])
  const names = (id: string | undefined) => archive.actors.find((actor) => actor.id === id)

  it('should make one actor of one person across articles and spellings', () => {
    const lena = archive.actors.find((actor) => actor.name === 'Lena Vogt-Haas')
    assert.ok(lena)
    assert.deepEqual(lena.articles.sort(), ['one', 'two'])
    assert.equal(lena.quoteCount, 3)
  })
  it('should never merge unnamed sources across articles', () => {
    const officials = archive.actors.filter((actor) => actor.kind === 'anonymous')
    assert.equal(officials.length, 2)
    assert.notEqual(officials[0]?.id, officials[1]?.id)
  })
  it('should not join a surname to one of two people who share it, but list both as candidates under archive ids', () => {
    const quote = archive.quotes.find((each) => each.text === 'Wait,')
    assert.equal(quote?.speaker, null)
    assert.deepEqual(quote?.candidates?.map((candidate) => names(candidate.actorId)?.name).sort(), ['Anna Meyer', 'Tom Meyer'])
    assert.equal(archive.actors.filter((actor) => actor.name.endsWith('Meyer')).length, 2)
  })
  it('should not join "Mr. Vogt-Haas" to either of two people with that surname', () => {
    const quote = archive.quotes.find((each) => each.text === 'It is over,')
    assert.notEqual(names(quote?.speaker?.actorId)?.name, 'Lena Vogt-Haas', 'two people share the surname Vogt-Haas here')
  })
  it('should use archive ids in the records', () => {
    const ids = new Set(archive.actors.map((actor) => actor.id))
    for (const record of archive.records) for (const quote of record.quotes) if (quote.speaker) assert.ok(ids.has(quote.speaker.actorId))
  })
})

describe('organisations across articles', () => {
  it('should join an organisation and the acronym another article uses for it', () => {
    const archive = buildArchive([
      article('five', 'The Northern Rail Authority (NRA) said: “Trains will run.”'),
      article('six', '“Not today,” the NRA said.')
    ])
    const authority = archive.actors.filter((actor) => actor.kind === 'organization')
    assert.deepEqual(authority.map((actor) => [actor.name, actor.articles.sort()]), [['Northern Rail Authority', ['five', 'six']]])
  })
})

describe('an editor’s aliases file', () => {
  it('should join names no article equates, under the name the editor gives', () => {
    const { aliases, problems } = parseAliases('Northern Rail Authority: [NRA, Northshire Rail Board]\nKim Park-Lee: Kim Parklee\n')
    assert.deepEqual(problems, [])
    const archive = buildArchive(
      [
        article('a', '“Trains run late,” the NRA said.'),
        article('b', '“We apologise,” said the Northshire Rail Board.'),
        article('c', '“Fares stay,” said Kim Parklee, the director.')
      ],
      aliases
    )
    const authority = archive.actors.filter((actor) => actor.name === 'Northern Rail Authority')
    assert.equal(authority.length, 1)
    assert.deepEqual(authority[0]?.articles.sort(), ['a', 'b'])
    assert.ok(archive.actors.some((actor) => actor.name === 'Kim Park-Lee' && actor.aliases.includes('Kim Parklee')))
  })
  it('should leave actors apart without one', () => {
    const archive = buildArchive([article('a', '“Trains run late,” the NRA said.'), article('b', '“We apologise,” said the Northshire Rail Board.')])
    assert.equal(archive.actors.filter((actor) => actor.kind === 'organization').length, 2)
  })
  it('should report entries that are not names with other names, and keep the rest', () => {
    const { aliases, problems } = parseAliases('Good Name: [Other]\nBad: [1, 2]\n"": [x]\n')
    assert.deepEqual([...aliases], [['Other', 'Good Name']])
    assert.equal(problems.length, 2)
    assert.match(parseAliases('a: [unclosed').problems[0] ?? '', /not valid YAML/)
  })
})
