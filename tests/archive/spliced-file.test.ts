/**
 * A file written from a thread, from text and ranges of an earlier file: the
 * bytes must come out in order whatever the parts, a source cut short must
 * fail the file rather than leave it short, and a stop must stop the writing.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeSpliced, type FilePart } from '../../src/archive/spliced-file.ts'
import { stopWriters } from '../../src/archive/write.ts'

let folder = ''
let source = ''
const alphabet = 'abcdefghijklmnopqrstuvwxyz'

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-spliced-'))
  source = path.join(folder, 'source.txt')
  await writeFile(source, alphabet)
})
after(() => rm(folder, { recursive: true, force: true }))

/** Writes `parts` into a new file (spliced from the alphabet) and gives its text. */
async function spliced(name: string, parts: readonly FilePart[], from: string | undefined = source): Promise<string> {
  const file = path.join(folder, name)
  const { written } = await writeSpliced(file, from, async (put) => {
    for (const part of parts) await put(part)
  })
  await written
  return readFile(file, 'utf8')
}

describe('writeSpliced', () => {
  it('should write text and ranges of the source in the order given, adjacent ranges and all', async () => {
    const parts: FilePart[] = ['[', { from: 0, to: 3 }, { from: 3, to: 5 }, ',', { from: 20, to: 26 }, { from: 1, to: 2 }, 'é', ']']
    assert.equal(await spliced('mixed.txt', parts), '[abcde,uvwxyzbé]')
  })

  it('should write text alone without a source, and an empty file for no parts', async () => {
    assert.equal(await spliced('text.txt', ['one ', 'two'], undefined), 'one two')
    assert.equal(await spliced('empty.txt', []), '')
  })

  it('should write text longer than the thread may be behind by, in order', async () => {
    // 40 parts of a million characters: over the sixteen million the thread may be behind by, so `put` waits on the way.
    const parts = Array.from({ length: 40 }, (_, index) => String.fromCharCode(65 + (index % 26)).repeat(1 << 20))
    const text = await spliced('long.txt', parts)
    assert.equal(text.length, 40 << 20)
    assert.equal(text.slice((1 << 20) * 27 - 1, (1 << 20) * 27 + 1), 'AB')
  })

  it('should fail, rather than write a short file, when a range runs past the end of the source', async () => {
    await assert.rejects(spliced('past.txt', ['x', { from: 20, to: 30 }]), /shorter than when the build began/)
  })

  it('should fail when the source is missing', async () => {
    await assert.rejects(spliced('missing.txt', [{ from: 0, to: 1 }], path.join(folder, 'nowhere.txt')))
  })

  it('should pass on a failure of the parts, once the thread has ended, and give what was put', async () => {
    const file = path.join(folder, 'failed.txt')
    const failing = writeSpliced(file, source, async (put) => {
      await put('begun')
      throw new Error('no more parts')
    })
    await assert.rejects(failing, /no more parts/)
    assert.equal(await readFile(file, 'utf8'), 'begun')
  })

  it('should give what the parts gave before the thread has written them', async () => {
    const { value, written } = await writeSpliced(path.join(folder, 'value.txt'), source, async (put) => {
      await put({ from: 0, to: 1 })
      return 'put'
    })
    assert.equal(value, 'put')
    await written
    assert.equal(await readFile(path.join(folder, 'value.txt'), 'utf8'), 'a')
  })

  it('should write no more once the writers are stopped, and fail', async () => {
    const big = path.join(folder, 'big.bin')
    await writeFile(big, Buffer.alloc(256 << 20, 1))
    const file = path.join(folder, 'stopped.bin')
    const { written } = await writeSpliced(file, big, (put) => put({ from: 0, to: 256 << 20 }))
    // Once the copy is under way, a stop waits for the chunk being written and no more.
    while (((await stat(file).catch(() => undefined))?.size ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    stopWriters()
    const size = (await stat(file)).size
    await assert.rejects(written, /exit code 1/)
    assert.equal((await stat(file)).size, size)
    assert.ok(size < 256 << 20, `${size} bytes written of ${256 << 20}`)
  })
})
