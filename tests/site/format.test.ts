import { test } from 'node:test'
import assert from 'node:assert/strict'
import { publishedLabel, readableDate } from '../../src/site/format.ts'

test('readableDate spells out a day, a month or a year alone', () => {
  assert.equal(readableDate('2019-03-07'), '7 March 2019')
  assert.equal(readableDate('2019-11'), 'November 2019')
  assert.equal(readableDate('1998'), '1998')
})

test('readableDate gives each date its own reading when asked again and between others', () => {
  assert.equal(readableDate('2020-12-31'), '31 December 2020')
  assert.equal(readableDate('2021-01-01'), '1 January 2021')
  assert.equal(readableDate('2020-12-31'), '31 December 2020')
  assert.equal(readableDate('2020-12'), 'December 2020')
})

test('publishedLabel says when a date is only a lower bound, or unknown', () => {
  assert.equal(publishedLabel({ date: '2022-05-04', basis: 'dateline' }), '4 May 2022')
  assert.equal(publishedLabel({ date: '2022-05-04', basis: 'not-before' }), 'Not before 4 May 2022')
  assert.equal(publishedLabel(null), 'Date unknown')
})
