import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { extractText } from '../helpers.ts'

function bodyOf(text: string): string[] {
  return extractText(text).body.map((block) => block.text)
}

describe('a line printed again verbatim', () => {
  it('should leave a repeated caption out of the body', () => {
    const text = 'Harbor ferry resumes service\n\nThe ferry Dawn at the pier on Monday.\n\nThe ferry ran again on Monday after a month in dry dock.\n\nThe ferry Dawn at the pier on Monday.\n\nTickets cost the same as before.'
    assert.deepEqual(bodyOf(text), ['The ferry Dawn at the pier on Monday.', 'The ferry ran again on Monday after a month in dry dock.', 'Tickets cost the same as before.'])
  })
  it('should keep a signature under a quotation each time it signs one, after a dash or as a list item', () => {
    const dashed = 'Harbor voices\n\n“The port is not for sale and never was.”\n\n— Tom Vell\n\nThe council met on Monday.\n\n“Big firms here pay no tax at all, none.”\n\n— Tom Vell'
    assert.deepEqual(bodyOf(dashed).filter((text) => text.includes('Vell')), ['— Tom Vell', '— Tom Vell'])
    const listed = 'Harbor voices\n\n"The port is not for sale and never was."\n\n- Vell.\n\nThe council met on Monday.\n\n"Big firms here pay no tax at all, none."\n\n- Vell.'
    const record = extractText(listed, 'article.md')
    assert.deepEqual(record.quotes.map((quote) => quote.speaker?.name ?? null), ['Vell', 'Vell'])
  })
  it('should still leave out a repeated dash line that signs no quotation', () => {
    const text = 'Harbor ferry resumes service\n\n— Harbor Ledger staff\n\nThe ferry ran again on Monday after a month in dry dock.\n\n— Harbor Ledger staff\n\nTickets cost the same as before.'
    assert.deepEqual(bodyOf(text).filter((line) => line.startsWith('—')), ['— Harbor Ledger staff'])
  })
})
