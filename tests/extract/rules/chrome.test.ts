import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isChrome, isNavigation } from '../../../src/extract/rules/chrome.ts'

describe('isChrome', () => {
  const furniture = [
    'Select Page',
    'Media ID: 55327349',
    '  – Written by:',
    'Posted by',
    'Please let us know if you\'re having issues with commenting.',
    'Comments are closed.',
    'This article is closed for comments.',
    'Printable version | Jan 29, 2022 7:15:55 AM |',
    'Next Story',
    'Read more: How the vote was won',
    'Please Email the Editor',
    'Our code of editorial values',
    'Share this article',
    'Advertisement',
    'Sign up for our morning newsletter',
    'Home | World | Politics | Opinion',
    'Tags: elections, europe',
    'Sorry, this video is restricted from playing in your location. Error code: 4.',
    'We are sorry, this clip is restricted from playingError code: 9.',
    'This content is not available in your region',
    'Your browser does not support the video tag.'
  ]
  for (const line of furniture) it(`should find "${line}" to be page furniture`, () => assert.equal(isChrome(line), true))

  const story = [
    'The minister said the talks would resume on Monday.',
    'Written by a committee of experts, the report runs to 400 pages.',
    'Critics of the plan, which has been debated for years, said it would cost too much.',
    'U.S. not decided on military option against ISIL',
    'Next year the council will vote again.',
    'The video was removed after the council restricted its use in schools.',
    'Officials said the vaccine is not yet available in rural clinics.'
  ]
  for (const line of story) it(`should keep "${line}" as article text`, () => assert.equal(isChrome(line), false))

  it('should take a player\'s message or a note on comments for furniture only on a short line of its own', () => {
    const message = 'Sorry, this clip is not available in your country.'
    const closed = 'Comments on this story are closed.'
    const paragraph = 'Harbor officials, who spent the spring arguing over the pier, said on Tuesday that the ferry would run again in June, and that fares would not rise before the autumn at the earliest.'
    assert.equal(isChrome(message), true)
    assert.equal(isChrome(closed), true)
    assert.ok(`${paragraph} ${closed}`.length > 200)
    assert.equal(isChrome(`${paragraph} ${message}`), false)
    assert.equal(isChrome(`${paragraph} ${closed}`), false)
    assert.equal(isChrome(`${message}\nThe ferry resumed service in June.`), false)
    assert.equal(isChrome(`${closed}\nThe ferry resumed service in June.`), false)
  })
  it('should read a short line of bars as navigation and a long line without one as none', () => {
    assert.equal(isChrome('Home News World » The Harbor Courier'), true)
    assert.equal(isChrome('News World Opinion Politics Sport'), true)
    assert.equal(isChrome('News World Opinion Politics Sport Business Culture Science Health Travel Weather Video Arts'), false)
  })
})

describe('isNavigation', () => {
  it('should read a run of section names before a site name as navigation', () => {
    assert.equal(isNavigation('World News Politics | The Daily Example'), true)
  })
  it('should not read a headline with a site name as navigation', () => {
    assert.equal(isNavigation('Council approves flood wall | The Riverside Courier'), false)
  })
  it('should read up to twelve section names as navigation, separators at either end or not, and no more', () => {
    const twelve = 'Home / News / World / Politics / Business / Sport / Culture / Science / Health / Travel / Weather / Video'
    assert.equal(isNavigation(twelve), true)
    assert.equal(isNavigation(`/ ${twelve} / | The Daily Example`), true)
    assert.equal(isNavigation(`• ${twelve} • Arts`), false)
    assert.equal(isNavigation(`${twelve} Arts Food Life Local Live More Latest Tech`), false)
  })
})

describe('bylines', () => {
  it('should read a byline as page furniture', () => {
    assert.equal(isChrome('By Sarah Jones and Tim Cole'), true)
    assert.equal(isChrome('By Ann Lee, Science Editor'), true)
  })
  it('should keep a sentence that opens with "By"', () => {
    assert.equal(isChrome('By the end of the week, most of the town had been evacuated.'), false)
  })
})
