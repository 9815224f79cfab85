import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findDates, latestDate, mayStateDate } from '../../../src/extract/rules/dates.ts'
import { extractText } from '../../helpers.ts'

const dates = (text: string) => findDates(text, [{ start: 0, end: text.length }]).map((date) => {
  assert.equal(text.slice(date.start, date.end), date.text)
  return date.date
})

describe('findDates', () => {
  it('should read US and European date orders', () => {
    assert.deepEqual(dates('It began on January 2, 2014 and ended on 3 March 2015.'), ['2014-01-02', '2015-03-03'])
  })
  it('should keep a month and year without a day', () => assert.deepEqual(dates('The war began in September 2014.'), ['2014-09']))
  it('should never invent a year', () => assert.deepEqual(dates('Talks resume on January 16 and on Monday.'), []))
  it('should never reckon a date from the day it runs', () => {
    assert.deepEqual(dates('Twenty minutes later, in 2015, the crowd had gone; last week and in a year mean nothing here, nor does today in 2016.'), [])
  })
  it('should keep a year written with two digits in a date of numbers', () => assert.deepEqual(dates('The memo of 3/4/16 was signed in 2016.'), ['2016-03-04']))
  it('should read the written date that a range from today runs to, not the range', () => {
    const text = 'The ferry pass is valid from today until March 2017, the operator said.'
    assert.deepEqual(findDates(text, [{ start: 0, end: text.length }]).map((date) => [date.text, date.date]), [['March 2017', '2017-03']])
  })
  it('should still join a time of day or a span of days to the written date it goes with', () => {
    const read = (text: string) => findDates(text, [{ start: 0, end: text.length }]).map((date) => [date.text, date.date])
    assert.deepEqual(read('The pier reopened on March 3, 2016 at noon.'), [['March 3, 2016 at noon', '2016-03-03']])
    assert.deepEqual(read('The vote came three days before March 3, 2016.'), [['three days before March 3, 2016', '2016-02-29']])
  })
  it('should keep the sentence the date came from', () => {
    const text = 'Troops arrived on May 5, 2020.'
    assert.equal(findDates(text, [{ start: 0, end: text.length }])[0]?.sentence, text)
  })
})

describe('latestDate', () => {
  it('should give the latest date as an honest lower bound', () => {
    const text = 'Between June 1, 2019 and February 10, 2015.'
    assert.equal(latestDate(findDates(text, [{ start: 0, end: text.length }])), '2019-06-01')
  })
})

describe('the date an article is published', () => {
  const published = (body: string) => extractText(`Ferry fares rise again\n\n${body}`).published
  it('should never date an article by its photo caption', () => {
    assert.equal(published('A ferry leaves the harbour on June 3, 1998 in Halifax.\nPhoto: Ana Ruiz/Getty\n\nFares will rise, the operator said.'), null)
  })
  it('should never date an article by a date inside a quote', () => {
    assert.equal(published('“We will finish the pier by June 2031,” said Omar Diallo.'), null)
  })
  it('should take the latest date the writer mentions over a caption’s', () => {
    assert.deepEqual(published('A ferry leaves the harbour on June 3, 1998 in Halifax.\nPhoto: Ana Ruiz/Getty\n\nThe operator raised fares on May 2, 2024, a spokesman said.'), { date: '2024-05-02', basis: 'not-before' })
  })
  it('should take the earliest date of the page’s own date lines', () => {
    assert.deepEqual(published('By Lena Fox\n\nMarch 14, 2023\n\nFares will rise on April 1, 2023, the operator said.'), { date: '2023-03-14', basis: 'timestamp' })
  })
})

describe('mayStateDate', () => {
  it('should pass a text with a year and a month, or a date in numbers', () => {
    assert.equal(mayStateDate('The pier reopened on March 3, 2016, after repairs.'), true)
    assert.equal(mayStateDate('Filed 3/4/2016 by the clerk.'), true)
    assert.equal(mayStateDate('In sept. 1998 the mill closed.'), true)
  })
  it('should stop a text with a year alone, a month alone, or digits that are no year', () => {
    assert.equal(mayStateDate('In 2016 the pier reopened.'), false)
    assert.equal(mayStateDate('The pier reopened on March 3.'), false)
    assert.equal(mayStateDate('The count reached 12016 votes by May.'), false)
  })
})
