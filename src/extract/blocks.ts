/**
 * mdast to an ordered list of blocks with offsets into the file text. No rules
 * live here: which block is a headline or boilerplate is decided in `classify`.
 */
import type { Nodes, Root } from 'mdast'
import { trimmedSpan } from './span.ts'

export type Format = 'text' | 'markdown'

export interface Block {
  /** Verbatim, trimmed: `fileText.slice(start, end) === text`. */
  text: string
  start: number
  end: number
  /** The mdast node the block came from, e.g. `paragraph` or `heading`. */
  node: string
}

const containers = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])
const ignored = new Set(['thematicBreak', 'definition', 'yaml'])

/**
 * Collects the leaf blocks of `tree`, whose offsets count from `offset` in
 * `fileText`. In plain text a scraper puts one paragraph on each line, so lines
 * are blocks of their own unless the text is plainly hard-wrapped.
 */
export function collectBlocks(tree: Root, fileText: string, offset: number, format: Format): Block[] {
  const blocks: Block[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'root' || containers.has(node.type)) {
      for (const child of 'children' in node ? node.children : []) visit(child as Nodes)
      return
    }
    if (ignored.has(node.type) || !node.position) return
    const start = offset + (node.position.start.offset ?? 0)
    const end = offset + (node.position.end.offset ?? 0)
    const pieces = format === 'text' ? splitLines(fileText, start, end) : [{ start, end }]
    for (const piece of pieces) {
      const block = trimmed(fileText, piece.start, piece.end, node.type)
      if (block) blocks.push(block)
    }
  }
  visit(tree)
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
