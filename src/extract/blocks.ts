/**
 * The parse's leaf blocks to an ordered list of blocks with offsets into the file text. No rules
 * live here: which block is a headline or boilerplate is decided in `classify`.
 */
import type { Leaf } from './paragraphs.ts'
import { trimmedSpan } from './span.ts'

export type Format = 'text' | 'markdown'

export interface Block {
  /** Verbatim, trimmed: `fileText.slice(start, end) === text`. */
  text: string
  start: number
  end: number
  /** The mdast node the block came from, e.g. `paragraph` or `heading`. */
  node: string
  /** The block is a list item's: its line opened on a list marker (`- Ana Ruiz.`). */
  inList?: true
}

const ignored = new Set(['thematicBreak', 'definition', 'yaml'])

/**
 * Blocks of the leaves, whose offsets count from `offset` in `fileText`. In
 * plain text a scraper puts one paragraph on each line, so lines are blocks
 * of their own unless the text is plainly hard-wrapped.
 */
export function collectBlocks(leaves: readonly Leaf[], fileText: string, offset: number, format: Format): Block[] {
  const blocks: Block[] = []
  for (const leaf of leaves) {
    if (ignored.has(leaf.type)) continue
    const start = offset + leaf.start
    const end = offset + leaf.end
    const pieces = format === 'text' ? splitLines(fileText, start, end) : [{ start, end }]
    for (const piece of pieces) {
      const block = trimmed(fileText, piece.start, piece.end, leaf.type)
      if (block) blocks.push(leaf.inList ? { ...block, inList: true } : block)
    }
  }
  return blocks
}

function splitLines(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = []
  const pattern = /\r\n|\r|\n/g
  pattern.lastIndex = start
  let lineStart = start
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    lines.push({ start: lineStart, end: match.index })
    lineStart = match.index + match[0].length
  }
  lines.push({ start: lineStart, end })
  return isHardWrapped(text, lines) ? [{ start, end }] : lines
}

/** Hard-wrapped prose has three or more lines of nearly the same length. */
function isHardWrapped(text: string, lines: Array<{ start: number; end: number }>): boolean {
  if (lines.length < 3) return false
  const lengths = lines.slice(0, -1).map(({ start, end }) => text.slice(start, end).trimEnd().length)
  const longest = Math.max(...lengths)
  const shortest = Math.min(...lengths)
  return shortest >= 40 && longest <= 100 && longest - shortest <= 25
}

function trimmed(text: string, start: number, end: number, node: string): Block | undefined {
  const span = trimmedSpan(text, start, end)
  return span.text === '' ? undefined : { ...span, node }
}
