import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { leavesOf, plainParagraphs, type Leaf } from '../../src/extract/paragraphs.ts'
import { parseMarkdown } from '../../src/extract/processor.ts'

/** The leaf blocks as the Markdown parser gives them: the reference the shortcut must equal. */
function parserLeaves(text: string): Leaf[] {
  const leaves: Leaf[] = []
  const visit = (node: Nodes, listItem: boolean): void => {
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') return node.children.forEach((child) => visit(child as Nodes, listItem || node.type === 'listItem'))
    const leaf: Leaf = { type: node.type, start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1 }
    leaves.push(listItem ? { ...leaf, inList: true } : leaf)
  }
  visit(parseMarkdown(text), false)
  return leaves
}

const plainTexts = [
  'One line only.',
  'First paragraph.\n\nSecond paragraph.\n',
  '\n\n  Indented by two.\n   Three spaces, same paragraph.\n\n',
  'Windows lines.\r\n\r\nAnd old Mac lines.\rStill the second.\r\rThird.',
  'Trailing spaces  \nand a tab\t\n \t \nAfter a blank line of spaces and a tab.',
  '“Quoted,” said Ann Lee.\n\n"Straight," said Bo Kim.\n\n(In brackets.)\n\n— Dash credit',
  '2016 was the year.\n3.5 million people.\n12th Street.\n\n1990s',
  '\u00a0\n\nA line of a no-break space is text, not a blank line.',
  'Wörter und Zeichen: ñ, ø, 東京.\n\n'
]

const markdownTexts = [
  '# A heading', 'Text\n## Heading after text', '> A quotation', '- item', '* item', '+ item', '1. item', '7) item',
  '    indented code', '\tcode after a tab', 'Setext\n======', 'Setext\n---', '***', '___', '```\ncode\n```', '~~~\ncode\n~~~',
  '<div>html</div>', '[a]: https://example.org', '| a | b |', ': a definition', 'Text\n   # heading three spaces in'
]

describe('plainParagraphs', () => {
  it('should cut a text with no Markdown at its blank lines, at the offsets the parser gives', () => {
    for (const text of plainTexts) assert.deepEqual(plainParagraphs(text), parserLeaves(text), JSON.stringify(text))
  })
  it('should start a paragraph after its indent and end it at its last line’s end', () => {
    const text = '  Ann Lee spoke.\nShe left.  \n \t\nThe end.'
    assert.deepEqual(plainParagraphs(text), [{ type: 'paragraph', start: 2, end: 28 }, { type: 'paragraph', start: 32, end: 40 }])
    assert.deepEqual(plainParagraphs(''), [])
    assert.deepEqual(plainParagraphs(' \n\t\n'), [])
  })
  it('should leave to the parser any text with a line that could open a Markdown construct', () => {
    for (const text of markdownTexts) {
      assert.equal(plainParagraphs(`Plain first.\n\n${text}\n\nPlain last.`), undefined, JSON.stringify(text))
      assert.deepEqual(leavesOf(text), parserLeaves(text), JSON.stringify(text))
    }
  })
  it('should agree with the parser on any text it does not leave to it', () => {
    const piece = fc.constantFrom('Ann', 'a', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\f', '\u2028', '1', '2.', '3)', '.', '"', '“', '-', '*', '#', '>', '=', '`', '<', '[', ':', '|', '_', '~', '+', '\\', '&amp;', '(', 'é')
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')), (text) => {
      const fast = plainParagraphs(text)
      if (fast) assert.deepEqual(fast, parserLeaves(text))
    }), { numRuns: 5000 })
  })
})

describe('leavesOf', () => {
  it('should give the parser’s leaves for Markdown', () => {
    assert.deepEqual(leavesOf('# Ship sinks\n\nCrew safe.\n\n- one\n- two'), [
      { type: 'heading', start: 0, end: 12 },
      { type: 'paragraph', start: 14, end: 24 },
      { type: 'paragraph', start: 28, end: 31, inList: true },
      { type: 'paragraph', start: 34, end: 37, inList: true }
    ])
  })
})
