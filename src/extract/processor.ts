/** The one unified processor: Markdown (and plain text, read as Markdown) to mdast. */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root } from 'mdast'

const processor = unified().use(remarkParse).freeze()

export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}
