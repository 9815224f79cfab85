/**
 * Finds quotations by their marks. Curly marks say which way they face;
 * straight ones are read from the characters around them. Single marks are
 * quotes only where they cannot be apostrophes ("don’t", "officials’ view",
 * "’90s"), and inside a double-quoted passage they belong to it (nesting).
 */
import type { Range } from '../sentences.ts'
import { trimmedSpan } from '../span.ts'

export interface QuoteSpan {
  /** Offsets of the words between the marks, white space at the edges left out. */
  start: number
  end: number
  /** Offsets of the opening and closing marks (the closing one is the block end when a paragraph leaves it open). */
  open: number
  close: number
  /** Just after the closing mark, whatever its length (`”` is one character, `''` two). */
  after: number
  single: boolean
  /** This part re-opens a quote the previous paragraph left open. */
  continuesPrevious: boolean
}

type Facing = 'open' | 'close' | 'either' | 'apostrophe'

interface Mark {
  index: number
  length: number
  single: boolean
  facing: Facing
}

const markPattern = /'''|''|``|[“”"«»„‘’'‚]/g
const letter = /[\p{L}\p{N}]/u

export function findQuoteSpans(text: string, blocks: readonly Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let carried = false
  for (const [index, block] of blocks.entries()) {
    const found = quotesInBlock(text, block, carried)
    spans.push(...found.spans)
    const next = blocks[index + 1]
    carried = found.open !== undefined && next !== undefined && opensWithQuote(text, next)
    // A mark left open runs to the end of its paragraph, whether or not the next paragraph re-opens it.
    if (found.open) pushSpan(spans, text, found.open, block.end, block.end, found.openedAsContinuation, 0)
  }
  return spans
}

function opensWithQuote(text: string, block: Range): boolean {
  return /^(?:''|``|[“"«„])/.test(text.slice(block.start, block.start + 2))
}

interface BlockResult {
  spans: QuoteSpan[]
  /** The opening mark a paragraph leaves unclosed. */
  open: Mark | undefined
  openedAsContinuation: boolean
}

function quotesInBlock(text: string, block: Range, continuing: boolean): BlockResult {
  const spans: QuoteSpan[] = []
  const marks = marksIn(text, block)
  let double: Mark | undefined
  let openedAsContinuation = false
  let single: Mark | undefined
  for (const [position, mark] of marks.entries()) {
    if (!mark.single) {
      if (double !== undefined && reopensLostParagraph(text, double, mark)) {
        // `"We doubled it. "We will extend it.`: a scrape lost the paragraph break that closed the first quote.
        pushSpan(spans, text, double, mark.index, mark.index, openedAsContinuation, 0)
        double = mark
        openedAsContinuation = false
        continue
      }
      const opens = mark.facing === 'open' || (mark.facing === 'either' && double === undefined)
      if (double === undefined && opens) {
        double = mark
        openedAsContinuation = continuing && mark.index === block.start
        single = undefined
      } else if (double !== undefined && mark.facing !== 'open') {
        pushSpan(spans, text, double, mark.index, mark.index, openedAsContinuation, mark.length)
        double = undefined
        openedAsContinuation = false
      }
      continue
    }
    if (double !== undefined || mark.facing === 'apostrophe') continue
    if (single === undefined && (mark.facing === 'open' || mark.facing === 'either')) single = mark
    else if (single !== undefined && mark.facing !== 'open' && closesSingle(text, mark, marks.slice(position + 1))) {
      pushSpan(spans, text, single, mark.index, mark.index, false, mark.length)
      single = undefined
    }
  }
  return { spans, open: double, openedAsContinuation }
}

/** "the officials’ view": after an s and before a lowercase word, a mark is a possessive if a later one can close the quote. */
function closesSingle(text: string, mark: Mark, later: readonly Mark[]): boolean {
  const possessive = /s$/.test(text.slice(mark.index - 1, mark.index)) && /^\s+\p{Ll}/u.test(text.slice(mark.index + 1, mark.index + 3))
  return !possessive || !later.some((other) => other.single && other.facing !== 'open')
}

function marksIn(text: string, block: Range): Mark[] {
  const marks: Mark[] = []
  // Searching the block's own slice keeps the scan linear: a search of the whole file would run past the block's end.
  for (const match of text.slice(block.start, block.end).matchAll(markPattern)) {
    const symbol = match[0]
    const index = block.start + (match.index ?? 0)
    const before = text[index - 1] ?? ' '
    const after = text[index + symbol.length] ?? ' '
    if (symbol === "'''") marks.push(...tripleMarks(index, facing(symbol, before, after, index === block.start)))
    else marks.push({ index, length: symbol.length, single: /^[‘’'‚]$/.test(symbol), facing: facing(symbol, before, after, index === block.start) })
  }
  return marks
}

/**
 * `''…'Morning Show,'''`: where two apostrophes are the double marks, three
 * are a single and a double one, nested: a closing single then the double
 * that closes around it, or an opening double then the single inside it.
 */
function tripleMarks(index: number, facing: Facing): Mark[] {
  const double = (at: number): Mark => ({ index: at, length: 2, single: false, facing })
  const single = (at: number): Mark => ({ index: at, length: 1, single: true, facing })
  return facing === 'open' ? [double(index), single(index + 2)] : [single(index), double(index + 1)]
}

function facing(symbol: string, before: string, after: string, atStart: boolean): Facing {
  // Invisible format characters (a direction mark pasted before a quote) count as space.
  const spaceBefore = atStart || /[\s([{\-–—/\p{Cf}]/u.test(before)
  const spaceAfter = /[\s.,;:!?)\]}\-–—]/.test(after)
  switch (symbol) {
    case '“':
      // `“It's unusual,“ said Lee`: a curly mark glued to the word before it and not to the one after may face
      // the wrong way; it closes a quote that is open and opens one otherwise (`He said:“ We …`).
      return !spaceBefore && /\s/.test(after) ? 'either' : 'open'
    case '”':
      return spaceBefore && letter.test(after) ? 'either' : 'close'
    case '«': case '„': case '``':
      return 'open'
    case '»':
      return 'close'
    case '‘': case '‚':
      return /\d/.test(after) ? 'apostrophe' : 'open'
    case '’': case "'":
      if (letter.test(before) && letter.test(after)) return 'apostrophe'
      if (/\d/.test(after)) return 'apostrophe'
      if (spaceBefore && letter.test(after)) return symbol === "'" ? 'open' : 'either'
      if (!spaceBefore && spaceAfter) return 'close'
      return 'apostrophe'
    default:
      if (spaceBefore && !spaceAfter) return 'open'
      if (!spaceBefore && spaceAfter) return 'close'
      return 'either'
  }
}

/**
 * A straight opening mark that follows a sentence's end and comes before a
 * capital, while a straight quote is open, opens a new quote: the paragraph
 * break that would have closed the open one was lost in scraping.
 */
function reopensLostParagraph(text: string, open: Mark, mark: Mark): boolean {
  const straight = (at: number) => text[at] === '"'
  if (!straight(open.index) || !straight(mark.index) || mark.facing !== 'open') return false
  return /[.!?…]\s+$/.test(text.slice(Math.max(open.index, mark.index - 3), mark.index)) && /^\p{Lu}/u.test(text.slice(mark.index + 1, mark.index + 2))
}

function pushSpan(spans: QuoteSpan[], text: string, open: Mark, to: number, close: number, continuesPrevious: boolean, closeLength: number): void {
  const { text: content, start, end } = trimmedSpan(text, open.index + open.length, to)
  // "rock ’n’ roll": single marks around less than a word are apostrophes.
  if (content === '' || (open.single && (content.match(/\p{L}/gu)?.length ?? 0) < 2)) return
  spans.push({ start, end, open: open.index, close, after: close + closeLength, single: open.single, continuesPrevious })
}
