import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, readdir, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAtomically, writeFiles, writeJsonArray, type OutputFiles } from '../../src/archive/write.ts'

const writeOutputAtomically = (output: string, files: OutputFiles) => buildAtomically(output, (staging) => writeFiles(staging, files))

describe('buildAtomically with writeFiles', () => {
  it('should replace the output folder with the new files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    await mkdir(output)
    await writeFile(path.join(output, 'old.txt'), 'old')
    await writeOutputAtomically(output, new Map([['api/new.json', '{}']]))
    assert.deepEqual(await readdir(output), ['api'])
    assert.equal(await readFile(path.join(output, 'api', 'new.json'), 'utf8'), '{}')
    assert.deepEqual(await readdir(folder), ['site'])
    await rm(folder, { recursive: true, force: true })
  })
  it('should leave the previous output as it was when writing fails', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    await mkdir(output)
    await writeFile(path.join(output, 'index.html'), 'previous')
    await assert.rejects(writeOutputAtomically(output, new Map([['ok.txt', 'x'], ['../../escape.txt', 'y']])), /outside the output folder/)
    assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'previous')
    assert.deepEqual(await readdir(folder), ['site'])
    await rm(folder, { recursive: true, force: true })
  })
})

describe('writeJsonArray', () => {
  it('should write the same JSON as one call to JSON.stringify', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-json-'))
    for (const items of [[], [{ a: 1 }], Array.from({ length: 1203 }, (_, index) => ({ index, text: `“${index}”` }))]) {
      await writeJsonArray(folder, 'list.json', items)
      assert.deepEqual(JSON.parse(await readFile(path.join(folder, 'list.json'), 'utf8')), items)
    }
    await rm(folder, { recursive: true, force: true })
  })
})
