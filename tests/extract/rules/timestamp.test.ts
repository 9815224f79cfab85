import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isTimestamp } from '../../../src/extract/rules/timestamp.ts'

describe('isTimestamp', () => {
  for (const line of ['March 14, 2023', 'Updated: 14 Mar 2023 10:02 GMT', 'Published on Tuesday 3 May 2022', '2023-03-14']) {
    it(`should read "${line}" as the page's date`, () => assert.equal(isTimestamp(line), true))
  }
  for (const line of ['Troops arrived on March 14, 2023, after a long march.', 'Printable version | Jan 29, 2022 7:15:55 AM |', '2023 was a hard year']) {
    it(`should not read "${line}" as the page's date`, () => assert.equal(isTimestamp(line), false))
  }
})
