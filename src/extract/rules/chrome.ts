/** Site chrome and boilerplate: lines of the page that are not the article. */
import { chromePatterns, sectionWords, shortChromePatterns } from '../lexicon/chrome.ts'

const lineBreak = /[\n\r\u2028\u2029]/

export function isChrome(text: string): boolean {
  const line = text.trim()
  return chromePatterns.some((pattern) => pattern.test(line)) || isShortChrome(line) || isNavigation(line)
}

/** A short line's furniture. Its length is tested first, which spares a long paragraph a pattern's walk to its end. */
function isShortChrome(line: string): boolean {
  return shortChromePatterns.some(({ maxLength, pattern }) => line.length <= maxLength && !lineBreak.test(line) && pattern.test(line))
}

const bar = /[|»›]/

/** The most words a navigation line has before its bar. */
const maxSections = 12

const section = /[^\s/·•]+/g

/**
 * The words between white space, slashes and dots, up to one more than
 * `maxSections`: enough to tell a paragraph from a line of sections, without
 * cutting the paragraph into all its words.
 */
function sectionsOf(line: string): string[] {
  const words: string[] = []
  section.lastIndex = 0
  while (words.length <= maxSections) {
    const match = section.exec(line)
    if (!match) break
    words.push(match[0])
  }
  return words
}

/**
 * A navigation line is a run of section names, often ending in the site's
 * name after a bar: "Middle-east Arab News Opinion | Site Name".
 */
export function isNavigation(line: string): boolean {
  // Most lines have no bar, and a split would try the spaces before one at every position to find none.
  const [sections] = bar.test(line) ? line.split(/\s+[|»›]\s+/, 1) : [line]
  const words = sectionsOf(sections ?? '')
  if (words.length < 2 || words.length > maxSections) return false
  const known = words.filter((word) => sectionWords.has(word.toLowerCase())).length
  return known / words.length >= 0.6
}
