/**
 * Long adversarial strings against every rule and the whole extractor: a
 * pathological article must not make extraction run away (no catastrophic
 * regular-expression backtracking, nothing quadratic in the article's size).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { extractArticle } from '../../src/extract/extract.ts'
import { isChrome } from '../../src/extract/rules/chrome.ts'
import { splitHeadline, looksLikeHeadline } from '../../src/extract/rules/headline.ts'
import { isCaption, isCreditLine, trailingCreditStart } from '../../src/extract/rules/caption.ts'
import { parseDateline } from '../../src/extract/rules/dateline.ts'
import { isTimestamp } from '../../src/extract/rules/timestamp.ts'
import { isSubheading } from '../../src/extract/rules/subheading.ts'
import { findSources } from '../../src/extract/rules/sources.ts'
import { findDates } from '../../src/extract/rules/dates.ts'

/** Each about 200,000 characters, shaped to make a careless pattern backtrack. */
const adversarial: Record<string, string> = {
  'capitalised words': 'Ann Lee '.repeat(25_000),
  'commas between names': 'Ann Lee, '.repeat(22_000),
  'dashes and capitals': 'TEL AVIV – '.repeat(18_000),
  'open brackets': '('.repeat(100_000) + 'Reuters/' + ')'.repeat(100_000),
  'quote marks': '“‘"\''.repeat(50_000),
  'unclosed quote': '“' + 'word '.repeat(40_000),
  'al- prefixes': 'al- '.repeat(50_000),
  'reporting verbs': 'said told added '.repeat(12_000),
  'full stops': 'U.S. Mr. '.repeat(22_000),
  'digits': '2014 '.repeat(40_000),
  'bars': 'News | '.repeat(28_000),
  'slashes': 'Getty/'.repeat(33_000),
  'newlines': 'A\n'.repeat(100_000)
}

const rules: Record<string, (text: string) => unknown> = {
  isChrome,
  splitHeadline: (text) => splitHeadline(text, 0),
  looksLikeHeadline,
  isCaption,
  isCreditLine,
  trailingCreditStart,
  parseDateline: (text) => parseDateline(text, 0),
  isTimestamp,
  isSubheading,
  findSources: (text) => findSources(text, [{ start: 0, end: text.length }]),
  findDates: (text) => findDates(text, [{ start: 0, end: text.length }]),
  extractArticle: (text) => extractArticle({ file: 'a.txt', text: `Headline\n\n${text}`, format: 'text' })
}

/**
 * Generous for a slow machine: parsing 100,000 one-letter lines as Markdown
 * alone takes about 5 s on a busy 2-core machine, while a backtracking
 * pattern or a quadratic scan takes minutes.
 */
const limit = 15_000

describe('rules on adversarial input', () => {
  for (const [shape, text] of Object.entries(adversarial)) {
    it(`should finish every rule quickly on ${shape}`, () => {
      const slow: string[] = []
      for (const [name, rule] of Object.entries(rules)) {
        const started = performance.now()
        rule(text)
        const elapsed = performance.now() - started
        if (elapsed > limit) slow.push(`${name}: ${Math.round(elapsed)} ms`)
      }
      assert.deepEqual(slow, [])
    })
  }
})
