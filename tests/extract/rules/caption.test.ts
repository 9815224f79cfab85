import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isCaption, isCaptionAfterCredit, isCreditLine, isStaffCredit, trailingCreditStart } from '../../../src/extract/rules/caption.ts'

describe('isCreditLine', () => {
  for (const line of ['Jane Doe/Getty', 'REUTERS/Ann Smith', 'Photo: John Doe', '(AP Photo/Mark Lee)', 'Getty Images', 'AFP', 'Photograph by Ana Ruiz']) {
    it(`should read "${line}" as a photo credit`, () => assert.equal(isCreditLine(line), true))
  }
  for (const line of ['The minister resigned on Tuesday.', 'Israel and Gaza: what we know', 'He said the 50/50 split was fair and would hold.']) {
    it(`should not read "${line}" as a credit`, () => assert.equal(isCreditLine(line), false))
  }
})

describe('trailingCreditStart', () => {
  it('should find a credit in brackets at the end of a caption', () => {
    const text = 'Fighters march through the town on January 2, 2014. (Reuters/Ann Smith)'
    assert.equal(text.slice(trailingCreditStart(text)).trim(), '(Reuters/Ann Smith)')
  })
  it('should find a labelled credit', () => {
    const text = 'Firefighters at the scene on Monday. Photo: Jane Doe'
    assert.equal(text.slice(trailingCreditStart(text)).trim(), 'Photo: Jane Doe')
  })
  it('should find none in a plain sentence', () => assert.equal(trailingCreditStart('The report (published in May) was long.'), -1))
})

describe('isCaption', () => {
  it('should read a picture described with a full date as a caption', () => {
    assert.equal(isCaption('Troops hold a position on the outskirts of the city on March 25, 2016, during an operation.'), true)
  })
  it('should read a position in the frame as a caption', () => {
    assert.equal(isCaption('The president (R) meets the envoy in the capital.'), true)
  })
  it('should not read a lead paragraph that reports speech as a caption', () => {
    assert.equal(isCaption('The minister said on March 25, 2016, that the talks had failed.'), false)
  })
  it('should not read a lead paragraph without a date as a caption', () => {
    assert.equal(isCaption('Damascus will cooperate with its neighbours, its foreign minister said on Monday.'), false)
  })
})

describe('isStaffCredit', () => {
  for (const line of ['(Reporting by Tomas Vell; Editing by Piet Lund)', '(Additional reporting by Mara Holt in Halden)', 'Reporting by Tomas Vell; Writing by Mara Holt; Editing by Piet Lund', 'Associated Press writer Tomas Vell in Halden contributed to this report.', 'Staff writer Lena Varga contributed this story']) {
    it(`should read "${line}" as the staff's credit`, () => assert.equal(isStaffCredit(line), true))
  }
  for (const line of ['Reporting by Tomas Vell is hard, said Ana Ruiz.', 'Writing by hand is slow (the court said so).', 'Editors contributed to the fund this year.']) {
    it(`should not read "${line}" as a credit`, () => assert.equal(isStaffCredit(line), false))
  }
})

describe('isCaptionAfterCredit', () => {
  it('should read one sentence of what a picture shows, in the present tense, as a caption', () => {
    assert.equal(isCaptionAfterCredit('Museum guard Kalo Diallo holds the ferry’s old bell in the hall.'), true)
    assert.equal(isCaptionAfterCredit('Mayor Ana Ruiz waves to supporters at the ferry terminal in Halden on Friday.'), true)
  })
  it('should not read a story sentence in the past tense, one that reports speech or quotes, or two sentences as one', () => {
    assert.equal(isCaptionAfterCredit('Readers nearly fell off their chairs after Ana Ruiz revealed her plan.'), false)
    assert.equal(isCaptionAfterCredit('Ana Ruiz speaks for the crew, she said on Friday.'), false)
    assert.equal(isCaptionAfterCredit('Ana Ruiz stands by “every word of the plan” today.'), false)
    assert.equal(isCaptionAfterCredit('Ana Ruiz stands by the plan. The board does not.'), false)
  })
})
