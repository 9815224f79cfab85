import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { looksLikeHeadline, splitHeadline } from '../../../src/extract/rules/headline.ts'

const parts = (text: string) => {
  const { headline, kicker, site } = splitHeadline(text, 100)
  for (const span of [headline, kicker, site]) if (span) assert.equal(text.slice(span.start - 100, span.end - 100), span.text)
  return { headline: headline.text, kicker: kicker?.text, site: site?.text }
}

describe('splitHeadline', () => {
  it('should split a kicker in capitals before a dash', () => {
    assert.deepEqual(parts('EXCLUSIVE – Minister: Talks Will Resume'), { headline: 'Minister: Talks Will Resume', kicker: 'EXCLUSIVE', site: undefined })
  })
  it('should split a listed kicker before a colon in any case', () => {
    assert.deepEqual(parts('Analysis: Why the rail talks failed'), { headline: 'Why the rail talks failed', kicker: 'Analysis', site: undefined })
  })
  it('should split a site name after a bar', () => {
    assert.deepEqual(parts('Council approves flood wall | The Riverside Courier'), { headline: 'Council approves flood wall', kicker: undefined, site: 'The Riverside Courier' })
  })
  it('should split a known outlet after a dash', () => {
    assert.deepEqual(parts('Rail strike: Unions reject pay offer - BBC News'), { headline: 'Rail strike: Unions reject pay offer', kicker: undefined, site: 'BBC News' })
  })
  it('should keep a dash that is part of the headline', () => {
    assert.deepEqual(parts('Obama – the final year'), { headline: 'Obama – the final year', kicker: undefined, site: undefined })
  })
  it('should not take an acronym that opens a headline for a kicker', () => {
    assert.deepEqual(parts('US State Department says talks are over'), { headline: 'US State Department says talks are over', kicker: undefined, site: undefined })
  })
})

describe('looksLikeHeadline', () => {
  it('should accept a short line', () => assert.equal(looksLikeHeadline('Shipping firms reroute vessels as dispute drags on'), true))
  it('should refuse a long sentence of body text', () => {
    assert.equal(looksLikeHeadline('The county council voted 31 to 4 on Wednesday to build a two-kilometre flood wall along the river, ending a decade of debate about how best to protect the town.'), false)
  })
})

describe('a headline in title case that ends with a full stop', () => {
  it('should read as a headline, however long', () => {
    assert.equal(looksLikeHeadline('Governor Says The New Ferry Schedule Will Hold Through Winter, But Riders Should Expect Delays On Weekends.'), true)
  })
  it('should not take a long sentence of prose for one', () => {
    assert.equal(looksLikeHeadline('The governor said on Tuesday that the new ferry schedule would hold through the winter, but that riders should expect delays.'), false)
  })
})
