/**
 * The leaf blocks of a text, as offsets. Most scraped articles are nothing
 * but paragraphs, and the Markdown parser spent about a sixth of extraction
 * finding that out. So a text in which no line can open a Markdown construct
 * is cut at its blank lines here, with the offsets the parser gives (a
 * test compares the two); any other text goes to the parser.
 */
import type { Nodes, Root } from 'mdast'
import { parseMarkdown } from './processor.ts'

/** A leaf block of the parse: its mdast node type and offsets into the parsed text. */
export interface Leaf {
  type: string
  start: number
  end: number
  /** Inside a list item: its line opened on a list marker (`- Ana Ruiz.`). */
  inList?: true
}

const containers = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])

/** The leaf blocks of `text`, read as Markdown. */
export function leavesOf(text: string): Leaf[] {
  return plainParagraphs(text) ?? parsedLeaves(parseMarkdown(text))
}

/**
 * A line that could open or end a construct other than a paragraph:
 * indented code, a heading, a block quote, a list item, a thematic break or
 * a setext underline, a fence, HTML, a link definition, and (for safety)
 * table and definition-list punctuation. Deliberately wider than CommonMark:
 * any indented line with text counts, though only one after a blank line is code.
 */
const markdownLine = /^(?: {0,3}(?:[#>*+\-_=`~<[|:]|\d{1,9}[.)](?:[ \t]|$))|(?: {4}| {0,3}\t)[ \t]*[^ \t\r\n])/m

/** A paragraph runs from its first line's first character that is not a space or tab to its last line's end, spaces and tabs included. */
export function plainParagraphs(text: string): Leaf[] | undefined {
  if (markdownLine.test(text)) return undefined
  const leaves: Leaf[] = []
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g
  let start = -1
  let end = -1
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const content = match[1] ?? ''
    const first = content.search(/[^ \t]/)
    if (first === -1 && start >= 0) {
      leaves.push({ type: 'paragraph', start, end })
      start = -1
    } else if (first !== -1) {
      if (start < 0) start = match.index + first
      end = match.index + content.length
    }
    if (match[2] === '') break
  }
  if (start >= 0) leaves.push({ type: 'paragraph', start, end })
  return leaves
}

function parsedLeaves(tree: Root): Leaf[] {
  const leaves: Leaf[] = []
  const visit = (node: Nodes, inList: boolean): void => {
    if (node.type === 'root' || containers.has(node.type)) {
      for (const child of 'children' in node ? node.children : []) visit(child as Nodes, inList || node.type === 'listItem')
      return
    }
    if (!node.position) return
    const leaf: Leaf = { type: node.type, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 }
    leaves.push(inList ? { ...leaf, inList: true } : leaf)
  }
  visit(tree, false)
  return leaves
}
