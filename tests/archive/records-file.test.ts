import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readRecordsFolder, writeRecordsFile } from '../../src/archive/records-file.ts'
import { extractText } from '../helpers.ts'

const text = 'Ferry fares rise again\n\n“We held prices for six years,” said Mara Quill, the operator’s director.'
const record = extractText(text, 'ferry.txt')

describe('records files', () => {
  it('should give back the records and texts written, and the problems', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-records-'))
    await writeRecordsFile(folder, [{ record, text }], [{ file: 'broken.txt', reason: 'not UTF-8', severity: 'error' }])
    const read = await readRecordsFolder(folder)
    assert.deepEqual(read.entries, [{ record, text }])
    assert.deepEqual(read.problems, [{ file: 'broken.txt', reason: 'not UTF-8', severity: 'error' }])
    await rm(folder, { recursive: true, force: true })
  })
  it('should name a file by the articles it holds, so shares never overwrite one another', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-records-'))
    const other = extractText(text, 'other.txt')
    const first = await writeRecordsFile(folder, [{ record, text }], [])
    const second = await writeRecordsFile(folder, [{ record: other, text }], [])
    const again = await writeRecordsFile(folder, [{ record, text }], [])
    assert.notEqual(first, second)
    assert.equal(first, again)
    assert.equal((await readdir(folder)).length, 2)
    await rm(folder, { recursive: true, force: true })
  })
  it('should report a bad line as FILE:LINE and still read the others', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-records-'))
    const file = await writeRecordsFile(folder, [{ record, text }], [])
    await appendFile(file, 'not json\n{"record": {"id": "x"}, "text": ""}\n')
    await appendFile(file, `${JSON.stringify({ record, text: text.replace('held', 'kept') })}\n`)
    const read = await readRecordsFolder(folder)
    assert.equal(read.entries.length, 1)
    assert.deepEqual(read.problems.map((problem) => problem.file), [`${file}:2`, `${file}:3`, `${file}:4`])
    assert.match(read.problems[0]?.reason ?? '', /not a line of JSON/)
    assert.match(read.problems[1]?.reason ?? '', /not an article record/)
    assert.match(read.problems[2]?.reason ?? '', /quote q1 is not the text at its offsets/)
    await rm(folder, { recursive: true, force: true })
  })
  it('should say so when a folder has no records files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-records-'))
    const read = await readRecordsFolder(folder)
    assert.match(read.problems[0]?.reason ?? '', /no records files/)
    await rm(folder, { recursive: true, force: true })
  })
})
