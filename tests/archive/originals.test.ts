import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inert, originalsOf, planOriginals, writeOriginals, type Original } from '../../src/archive/originals.ts'
import { extractAll } from '../../src/archive/extract-all.ts'
import type { ArticleRecord } from '../../src/types.ts'

/** A record as far as its originals go: its file and slug. */
const recordOf = (file: string, slug: string) => ({ file, slug }) as ArticleRecord

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('base64url')

let folder = ''
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-originals-'))
})
after(() => rm(folder, { recursive: true, force: true }))

describe('originalsOf', () => {
  const plain = recordOf('/in/harbour.txt', 'harbour-reopens')
  const page = recordOf('/in/vote.html', 'council-votes')
  const digests = new Map([
    [plain, 'digest-of-harbour'],
    [page, 'digest-of-vote']
  ])

  it('should copy an article file as its original.txt, its fingerprint the hash of the bytes read', () => {
    assert.deepEqual(originalsOf([plain], new Map(), new Set(), digests), [{ file: 'articles/harbour-reopens/original.txt', content: { copyOf: '/in/harbour.txt' }, fingerprint: 'digest-of-harbour' }])
  })

  it('should write the text the offsets point into where there is one, its fingerprint the hash of that text', () => {
    const text = 'Council votes\n\n“We agreed,” said Ana Ruiz.\n'
    const [original] = originalsOf([page], new Map([[page, text]]), new Set(), digests)
    assert.deepEqual(original, { file: 'articles/council-votes/original.txt', content: { text }, fingerprint: sha256(text) })
  })

  it("should keep a web page's page as original.html, made again when the page changes", () => {
    const text = 'Council votes'
    const originals = originalsOf([page], new Map([[page, text]]), new Set([page]), digests)
    assert.deepEqual(
      originals.map((original) => [original.file, original.content]),
      [
        ['articles/council-votes/original.txt', { text }],
        ['articles/council-votes/original.html', { pageOf: '/in/vote.html' }]
      ]
    )
    const changed = originalsOf([page], new Map([[page, text]]), new Set([page]), new Map([[page, 'digest-of-vote-edited']]))
    assert.notEqual(changed[1]?.fingerprint, originals[1]?.fingerprint)
    assert.equal(changed[0]?.fingerprint, originals[0]?.fingerprint)
  })

  it('should refuse to fingerprint a copied file it has no hash of, rather than reuse a stale copy', () => {
    assert.throws(() => originalsOf([plain], new Map(), new Set(), new Map()), /no hash of \/in\/harbour\.txt/)
  })
})

describe('planOriginals', () => {
  const originals: Original[] = [
    { file: 'articles/a/original.txt', content: { text: 'A' }, fingerprint: 'fa' },
    { file: 'articles/b/original.txt', content: { text: 'B' }, fingerprint: 'fb' },
    { file: 'articles/c/original.txt', content: { text: 'C' }, fingerprint: 'fc' }
  ]

  it('should reuse only what the previous build recorded the same and still has', () => {
    const previous = { 'articles/a/original.txt': 'fa', 'articles/b/original.txt': 'fb-old', 'articles/c/original.txt': 'fc' }
    const plan = planOriginals(originals, previous, (file) => file !== 'articles/c/original.txt')
    assert.deepEqual(plan.reuse, ['articles/a/original.txt'])
    assert.deepEqual(
      plan.write.map((original) => original.file),
      ['articles/b/original.txt', 'articles/c/original.txt']
    )
    assert.deepEqual(plan.fingerprints, { 'articles/a/original.txt': 'fa', 'articles/b/original.txt': 'fb', 'articles/c/original.txt': 'fc' })
  })

  it('should write everything when there is no previous build', () => {
    const plan = planOriginals(originals, {}, () => true)
    assert.deepEqual(plan.reuse, [])
    assert.equal(plan.write.length, 3)
  })
})

describe('writeOriginals', () => {
  it('should write texts, copy files and make saved pages inert', async () => {
    const source = path.join(folder, 'source.txt')
    const page = path.join(folder, 'page.html')
    await writeFile(source, 'Ferry fares\n\n“Fares stay,” said Tom Vell.\n')
    await writeFile(page, '<html><script>alert(1)</script><p>Hello</p></html>')
    const site = path.join(folder, 'site')
    await writeOriginals(site, [
      { file: 'articles/a/original.txt', content: { text: 'Téxt “quoted”' }, fingerprint: '' },
      { file: 'articles/b/original.txt', content: { copyOf: source }, fingerprint: '' },
      { file: 'articles/b/original.html', content: { pageOf: page }, fingerprint: '' }
    ])
    assert.equal(await readFile(path.join(site, 'articles/a/original.txt'), 'utf8'), 'Téxt “quoted”')
    assert.deepEqual(await readFile(path.join(site, 'articles/b/original.txt')), await readFile(source))
    const served = await readFile(path.join(site, 'articles/b/original.html'), 'utf8')
    assert.match(served, /^<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^\n]*">\n<html><script>alert\(1\)<\/script>/)
    assert.deepEqual(await readFile(path.join(site, 'articles/b/original.html')), inert(await readFile(page)))
  })

  it('should refuse a name that would land outside the site', async () => {
    await assert.rejects(writeOriginals(path.join(folder, 'site2'), [{ file: '../escaped.txt', content: { text: 'x' }, fingerprint: '' }]), /outside the output folder/)
  })
})

describe("extractAll's digests", () => {
  it("should give each record the hash of its file's bytes, and none for a refused file", async () => {
    const input = path.join(folder, 'input')
    const bytes = Buffer.from('Bridge closes\n\n“Repairs take a week,” said Omar Diallo.\n')
    await mkdir(input)
    await writeFile(path.join(input, 'bridge.txt'), bytes)
    await writeFile(path.join(input, 'empty.txt'), '')
    const { records, digests } = await extractAll([input])
    assert.equal(records.length, 1)
    assert.equal(digests.size, 1)
    assert.equal(digests.get(records[0] as ArticleRecord), sha256(bytes))
  })
})
