/** Site chrome and boilerplate: lines of the page that are not the article. */
import { chromePatterns, sectionWords } from '../lexicon/chrome.ts'

export function isChrome(text: string): boolean {
  const line = text.trim()
  return chromePatterns.some((pattern) => pattern.test(line)) || isNavigation(line)
}

/**
 * A navigation line is a run of section names, often ending in the site's
 * name after a bar: "Middle-east Arab News Opinion | Site Name".
 */
export function isNavigation(line: string): boolean {
  const [sections] = line.split(/\s+[|»›]\s+/)
  const words = (sections ?? '').toLowerCase().split(/[\s/·•]+/).filter(Boolean)
  if (words.length < 2 || words.length > 12) return false
  const known = words.filter((word) => sectionWords.has(word)).length
  return known / words.length >= 0.6
}
