import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseDateline } from '../../../src/extract/rules/dateline.ts'

const read = (text: string) => {
  const dateline = parseDateline(text, 10)
  if (!dateline) return null
  assert.equal(dateline.start, 10)
  assert.equal(text.slice(0, (dateline.end ?? 0) - 10), dateline.text)
  const { start: _start, end: _end, ...rest } = dateline
  return rest
}

describe('parseDateline', () => {
  it('should read a city in capitals with a country', () => {
    assert.deepEqual(read('TEL AVIV, Israel – The army said'), { text: 'TEL AVIV, Israel –', places: ['Tel Aviv'], country: 'Israel' })
  })
  it('should read a Reuters dateline', () => {
    assert.deepEqual(read('WASHINGTON (Reuters) - The Senate voted'), { text: 'WASHINGTON (Reuters) -', places: ['Washington'], agency: 'Reuters' })
  })
  it('should read an AP dateline with a state abbreviation', () => {
    assert.deepEqual(read('SPRINGFIELD, Ill. (AP) — Lawmakers approved'), { text: 'SPRINGFIELD, Ill. (AP) —', places: ['Springfield'], country: 'Ill.', agency: 'Associated Press' })
  })
  it('should read a date in a dateline and keep it only with its year', () => {
    assert.deepEqual(read('LONDON, March 3 (Reuters) - Shares fell'), { text: 'LONDON, March 3 (Reuters) -', places: ['London'], agency: 'Reuters' })
    assert.deepEqual(read('PARIS, June 5, 2019 (AFP) - Police said'), { text: 'PARIS, June 5, 2019 (AFP) -', places: ['Paris'], date: '2019-06-05', agency: 'Agence France-Presse' })
  })
  it('should read two places in ordinary case and an outlet', () => {
    assert.deepEqual(read('Washington and Beirut, The Daily Example—Officials denied'), { text: 'Washington and Beirut, The Daily Example—', places: ['Washington', 'Beirut'], outlet: 'The Daily Example' })
  })
  it('should read a colon dateline in capitals', () => {
    assert.deepEqual(read('NEW DELHI: The government announced'), { text: 'NEW DELHI:', places: ['New Delhi'] })
  })
  it('should find no dateline in an opening sentence', () => {
    assert.equal(read('Damascus will cooperate with the West, its minister said – but warned against attacks.'), null)
    assert.equal(read('On Monday, the minister – who was in Paris – spoke.'), null)
    assert.equal(read('The vote – the third this year – failed.'), null)
  })
})

describe('a speaker’s label in a transcript', () => {
  it('should be no dateline, though set in capitals and ended by a colon', () => {
    assert.equal(read('ANA RUIZ: We released the figures on Friday.'), null)
  })
})

describe('a dateline’s date', () => {
  it('should be read in either order, with the month written out or cut short', () => {
    assert.equal(read('HALDEN, Sept. 30, 2015 (AP) — The pier opened.')?.date, '2015-09-30')
    assert.equal(read('HALDEN, 29 February 2016 (Reuters) - The pier opened.')?.date, '2016-02-29')
  })
  it('should give no date without a year, nor for a day the month lacks', () => {
    assert.equal(read('HALDEN, March 3 (AP) — The pier opened.')?.date, undefined)
    assert.equal(read('HALDEN, Feb. 29, 2015 (AP) — The pier opened.')?.date, undefined)
    assert.equal(read('HALDEN, Jan. 32 (AP) — The pier opened.')?.date, undefined)
  })
})
