import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseFrontMatter } from '../../src/read/front-matter.ts'

describe('parseFrontMatter', () => {
  it('should read the documented fields and where the body starts', () => {
    const text = '---\nheadline: A title\npublished: 2020-05-04\nquotes:\n  - id: q2\n    speaker: Ann Lee\n---\nBody text.'
    const parsed = parseFrontMatter(text)
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.frontMatter, { headline: 'A title', published: '2020-05-04', quotes: [{ id: 'q2', speaker: 'Ann Lee' }] })
    assert.equal(text.slice(parsed.bodyStart), 'Body text.')
  })
  it('should give the whole text as body when there is no front matter', () => {
    assert.deepEqual(parseFrontMatter('Just text'), { ok: true, frontMatter: { quotes: [] }, bodyStart: 0, warnings: [] })
  })
  it('should report front matter that is not valid YAML', () => {
    const parsed = parseFrontMatter('---\nheadline: [unclosed\n---\nBody')
    assert.equal(parsed.ok, false)
    assert.match(parsed.ok ? '' : parsed.reason, /^front matter is not valid YAML/)
  })
  it('should never run JavaScript front matter', () => {
    const parsed = parseFrontMatter('---js\n{ headline: (() => { throw new Error("ran") })() }\n---\nBody')
    assert.equal(parsed.ok, false)
    assert.equal(parsed.ok ? '' : parsed.reason, 'front matter in js is not accepted, only YAML')
  })
  it('should ignore fields of the wrong type, with a warning, and fields it does not know', () => {
    const parsed = parseFrontMatter('---\nheadline: [a, b]\nlayout: evil.njk\npermalink: ../../etc/x\n---\nBody')
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.frontMatter, { quotes: [] })
    assert.match(parsed.warnings[0] ?? '', /"headline" is not a non-empty string/)
  })
})

describe('published dates in front matter', () => {
  for (const written of ['2023-13-45', '0000-00-00', '2023-02-30', '2023-00', '2021-02-29', '"2023-04-31"']) {
    it(`should refuse ${written}, with a warning`, () => {
      const parsed = parseFrontMatter(`---\npublished: ${written}\n---\nBody`)
      assert.ok(parsed.ok)
      assert.equal(parsed.frontMatter.published, undefined)
      assert.match(parsed.warnings.join('\n'), /"published" is not a date/)
    })
  }
  for (const [written, read] of [['2024-02-29', '2024-02-29'], ['1999-12', '1999-12'], ['1987', '1987'], ['"2016-06-17"', '2016-06-17']]) {
    it(`should keep ${written} as written`, () => {
      const parsed = parseFrontMatter(`---\npublished: ${written}\n---\nBody`)
      assert.ok(parsed.ok)
      assert.equal(parsed.frontMatter.published, read)
      assert.deepEqual(parsed.warnings, [])
    })
  }
})
