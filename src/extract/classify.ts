/**
 * Gives every block its role. The order of the rules is the order a reader
 * takes in a scraped page: furniture first, then the headline, the captions
 * and credits around the picture, the dateline that opens the story, and the
 * story itself, where short unpunctuated lines are subheadings, or furniture
 * once no story follows them.
 */
import type { Block } from './blocks.ts'
import { pieceCount, singleSpaced } from './words.ts'
import { isChrome } from './rules/chrome.ts'
import { looksLikeHeadline } from './rules/headline.ts'
import { isCaption, isCaptionAfterCredit, isCreditLine } from './rules/caption.ts'
import { parseDateline } from './rules/dateline.ts'
import { isSubheading } from './rules/subheading.ts'
import { isTimestamp } from './rules/timestamp.ts'

export type Role = 'chrome' | 'timestamp' | 'headline' | 'standfirst' | 'caption' | 'credit' | 'subheading' | 'paragraph'

export interface ClassifiedBlock extends Block {
  role: Role
}

export interface ClassifyOptions {
  /** The headline comes from front matter, so no block need be one. */
  headlineGiven: boolean
}

export function classifyBlocks(blocks: readonly Block[], options: ClassifyOptions): ClassifiedBlock[] {
  const classified: ClassifiedBlock[] = blocks.map((block) => ({ ...block, role: 'paragraph' }))
  markChrome(classified)
  const headline = markHeadline(classified, options)
  const storyStart = markFrontMatter(classified, headline + 1)
  markStory(classified, storyStart)
  return classified
}

/**
 * Furniture by its words, and any line printed again verbatim (a caption
 * repeated by the page), except a signature under a quotation, which a
 * speaker quoted twice signs twice (`“…” ¶ — Ana Ruiz.`). A line that only
 * gives the page's date is kept apart: not article text, but a date the
 * article states.
 */
function markChrome(blocks: ClassifiedBlock[]): void {
  const seen = new Set<string>()
  for (const [index, block] of blocks.entries()) {
    const key = singleSpaced(block.text)
    const repeated = seen.has(key) && !signsQuote(block, blocks[index - 1]?.text ?? '')
    if (isTimestamp(block.text) && !seen.has(key)) block.role = 'timestamp'
    else if (isChrome(block.text) || repeated) block.role = 'chrome'
    seen.add(key)
  }
}

/**
 * A short line that opens on a dash (or a list item's marker) and a capital,
 * right under a paragraph that holds a quotation: `— Ana Ruiz, resident`.
 */
function signsQuote(block: ClassifiedBlock, previous: string): boolean {
  const dash = block.inList === true || /^[—–-]/.test(block.text)
  const name = /^[—–-]?\s*\p{Lu}/u.test(block.text)
  return dash && name && pieceCount(block.text) <= 8 && holdsQuote(previous)
}

/** The first heading, else the first line that reads as a headline. Returns its index, or -1. */
function markHeadline(blocks: ClassifiedBlock[], options: ClassifyOptions): number {
  const candidates = blocks.filter((block) => block.role === 'paragraph')
  const heading = candidates.find((block) => block.node === 'heading')
  const first = candidates[0]
  let chosen = heading && (options.headlineGiven || heading === first) ? heading : undefined
  if (!chosen && !options.headlineGiven && first && looksLikeHeadline(first.text)) chosen = first
  if (!chosen) return -1
  chosen.role = 'headline'
  return blocks.indexOf(chosen)
}

/**
 * Between the headline and the story: captions, their credits, and a
 * standfirst. The story starts at the dateline, or else at the first block
 * that is none of those. Returns the index where the story starts.
 */
function markFrontMatter(blocks: ClassifiedBlock[], from: number): number {
  const open = blocks.slice(from).filter((block) => block.role === 'paragraph')
  const dateline = open.findIndex((block, index) => index <= 4 && parseDateline(block.text, block.start) !== null)
  const limit = dateline >= 0 ? dateline : open.length
  for (const [index, block] of open.slice(0, limit).entries()) {
    const previous = open[index - 1]
    if (isCreditLine(block.text) && previous?.role === 'caption') block.role = 'credit'
    else if (isCaption(block.text)) block.role = 'caption'
    else if (dateline >= 0 && block.node !== 'heading') block.role = 'standfirst'
    else return blocks.indexOf(block)
  }
  return open[limit] ? blocks.indexOf(open[limit]) : blocks.length
}

function markStory(blocks: ClassifiedBlock[], from: number): void {
  const story = blocks.slice(from).filter((block) => block.role === 'paragraph')
  const lastSentence = story.findLastIndex((block) => !isSubheading(block.text) && block.node !== 'heading')
  for (const [index, block] of story.entries()) {
    const short = block.node === 'heading' || isSubheading(block.text)
    const previous = story[index - 1]
    // A short line after the story is the page's ("Related: …"), unless it quotes someone: `“…” — Ana Ruiz`.
    if (index > lastSentence && short && !holdsQuote(block.text)) block.role = 'chrome'
    else if (short && index > 0) block.role = 'subheading'
    else if (isCreditLine(story[index + 1]?.text ?? '') && isCaption(block.text)) block.role = 'caption'
    else if (isCreditLine(block.text) && previous?.role === 'caption') block.role = 'credit'
    else if (previous?.role === 'paragraph' && isCreditLine(previous.text) && isCaptionAfterCredit(block.text)) {
      // "Harbor Pool/Reuters." then "Museum guard Kalo Diallo holds …": the credit printed before its caption.
      previous.role = 'credit'
      block.role = 'caption'
    }
  }
}

/** Whether a line holds a quotation of a few words or more, between double marks. */
function holdsQuote(text: string): boolean {
  return /[“"][^”"]{12,}[”"]/.test(text)
}
