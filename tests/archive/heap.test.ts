/**
 * A build's heap: sized from the number of articles, left to the user where
 * they chose it, and a build that runs out of it is built again, leaving no
 * staging folder or lock of the first attempt behind.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { chosenLimit, heapLimitMb } from '../../src/archive/heap.ts'
import { writeLongArticle } from '../helpers.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..', '..')
const bin = path.join(root, 'bin', 'onrecord.js')
const defaultMb = getHeapStatistics().heap_size_limit / 1024 / 1024

describe('heapLimitMb', () => {
  it('should grow with the articles, from a floor a build fits in', () => {
    assert.equal(heapLimitMb(0), 1024)
    assert.equal(heapLimitMb(1_000), 1024)
    // 256 MB and 100 KB an article: at 10,000 articles the live heap peaked at 760 MB (BENCHMARKS.md, nineteenth session).
    assert.equal(heapLimitMb(10_000), 1233)
    assert.ok(heapLimitMb(50_000) > heapLimitMb(10_000))
  })
})

describe('chosenLimit', () => {
  it('should size the heap from the articles when nothing else chose it', () => {
    assert.equal(chosenLimit(10_000, {}, []), heapLimitMb(10_000) < defaultMb ? 1233 : undefined)
  })
  it('should leave the heap to Node where it was set when Node started', () => {
    assert.equal(chosenLimit(10_000, {}, ['--max-old-space-size=3000']), undefined)
    assert.equal(chosenLimit(10_000, { NODE_OPTIONS: '--trace-warnings --max-old-space-size=3000' }, []), undefined)
  })
  it('should take the user’s limit, or none for 0', () => {
    assert.equal(chosenLimit(10_000, { ONRECORD_HEAP_MB: '1500' }, []), 1500)
    assert.equal(chosenLimit(10_000, { ONRECORD_HEAP_MB: '0' }, []), undefined)
  })
  it('should not limit the heap below what Node allows anyway', () => {
    assert.equal(chosenLimit(10_000_000, {}, []), undefined)
  })
})

describe('a build that runs out of its heap', () => {
  let folder = ''
  let input = ''
  let output = ''
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'onrecord-heap-'))
    input = path.join(folder, 'input')
    output = path.join(folder, 'site')
    await cp(path.join(root, 'seeds'), input, { recursive: true })
    await writeLongArticle(input)
  })
  after(() => rm(folder, { recursive: true, force: true }))

  it('should be built again with Node’s default heap, and leave nothing of the first attempt', async () => {
    const { stderr } = await run(process.execPath, [bin, 'build', '--input', input, '--output', output, '--no-cache'], {
      cwd: root,
      env: { ...process.env, ONRECORD_HEAP_MB: '50' },
      maxBuffer: 64 * 1024 * 1024
    })
    assert.match(stderr, /needed more than its heap of 50 MB; building again with Node's default heap/)
    const records = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as unknown[]
    assert.equal(records.length, 6)
    assert.deepEqual((await readdir(folder)).sort(), ['input', 'site'])
  })
})
