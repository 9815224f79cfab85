/**
 * Whole articles against what a careful reader wrote down about them: the
 * seeds (tests/fixtures/seeds) and articles in other styles
 * (tests/fixtures/articles/<case>/input.* with expected.json).
 */
import { describe, it } from 'node:test'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { assertMatches, extractText, type Expectation } from '../helpers.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
const seeds = path.join(root, 'seeds')
const seedExpectations = path.join(root, 'tests', 'fixtures', 'seeds')
const articles = path.join(root, 'tests', 'fixtures', 'articles')

describe('seed articles', () => {
  for (const name of readdirSync(seeds).sort()) {
    it(`should read ${name} as a careful reader does`, () => {
      const text = readFileSync(path.join(seeds, name), 'utf8')
      const expected = JSON.parse(readFileSync(path.join(seedExpectations, name.replace(/\.\w+$/, '.expected.json')), 'utf8')) as Expectation
      assertMatches(extractText(text, `seeds/${name}`), expected, text)
    })
  }
})

describe('articles in other styles', () => {
  for (const name of readdirSync(articles).sort()) {
    const folder = path.join(articles, name)
    const input = readdirSync(folder).find((file) => file.startsWith('input.'))
    if (!input) continue
    it(`should read the ${name} article as a careful reader does`, () => {
      const text = readFileSync(path.join(folder, input), 'utf8')
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expectation
      assertMatches(extractText(text, input), expected, text)
    })
  }
})
