import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, readdir, stat, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAtomically, linkFiles, writeFiles, writeJsonArray, writePieces, type OutputFiles } from '../../src/archive/write.ts'
import { siteMarkerFile, siteMarkerText } from '../../src/archive/output-guard.ts'

const writeOutputAtomically = (output: string, files: OutputFiles) => buildAtomically(output, (staging) => writeFiles(staging, files))

describe('buildAtomically with writeFiles', () => {
  it('should replace an output folder it built with the new files, marked as its own', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    await mkdir(output)
    await writeFile(path.join(output, 'old.txt'), 'old')
    await writeFile(path.join(output, siteMarkerFile), siteMarkerText)
    await writeOutputAtomically(output, new Map([['api/new.json', '{}']]))
    assert.deepEqual((await readdir(output)).sort(), [siteMarkerFile, 'api'])
    assert.equal(await readFile(path.join(output, 'api', 'new.json'), 'utf8'), '{}')
    assert.deepEqual(await readdir(folder), ['site'])
    await rm(folder, { recursive: true, force: true })
  })
  it('should refuse to replace a folder of files it did not make, and leave it as it was', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'notes')
    await mkdir(output)
    await writeFile(path.join(output, 'mine.txt'), 'my own notes')
    await assert.rejects(writeOutputAtomically(output, new Map([['index.html', 'x']])), /holds files onrecord did not make/)
    assert.deepEqual(await readdir(output), ['mine.txt'])
    assert.equal(await readFile(path.join(output, 'mine.txt'), 'utf8'), 'my own notes')
    assert.deepEqual((await readdir(folder)).sort(), ['notes'])
    await rm(folder, { recursive: true, force: true })
  })
  it('should give the new site the usual permissions, not those of a private temporary folder', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    const umask = process.umask(0o022)
    try {
      await writeOutputAtomically(output, new Map([['api/new.json', '{}']]))
    } finally {
      process.umask(umask)
    }
    assert.equal((await stat(output)).mode & 0o777, 0o755)
    assert.equal((await stat(path.join(output, 'api'))).mode & 0o777, 0o755)
    assert.equal((await stat(path.join(output, 'api', 'new.json'))).mode & 0o777, 0o644)
    await rm(folder, { recursive: true, force: true })
  })
  it('should leave the previous output as it was when writing fails', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    await mkdir(output)
    await writeFile(path.join(output, siteMarkerFile), siteMarkerText)
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

describe('writePieces', () => {
  it('should write every piece in order, across the writes it gathers them into, replacing what the file held', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-pieces-'))
    const file = path.join(folder, 'citations.bib')
    await writeFile(file, 'an older and longer content than the new one will be'.repeat(100000))
    // Enough small pieces, some of them multi-byte, to need several writes.
    const pieces = Array.from({ length: 40000 }, (_, index) => `@misc{q${index}, title = {“Ana Ruiz ${index}”}}\n`)
    await writePieces(file, async (write) => {
      for (const piece of pieces) await write(piece)
    })
    assert.equal(await readFile(file, 'utf8'), pieces.join(''))
    await writePieces(file, async () => {})
    assert.equal(await readFile(file, 'utf8'), '')
    await rm(folder, { recursive: true, force: true })
  })
})

describe('linkFiles', () => {
  it('should give the new folder the same files, in the folders they were in, sharing their bytes', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-link-'))
    const [from, to] = [path.join(folder, 'old'), path.join(folder, 'new')]
    const files = ['index.html', 'articles/a/index.html', 'pagefind/2020/fragment/en_1.pf_fragment', 'pagefind/2020/fragment/en_2.pf_fragment', 'pagefind/2020/index/en_3.pf_index']
    await writeFiles(from, new Map(files.map((file) => [file, `bytes of ${file}`])))
    await linkFiles(from, to, files)
    for (const file of files) {
      assert.equal(await readFile(path.join(to, file), 'utf8'), `bytes of ${file}`)
      assert.equal((await stat(path.join(to, file))).ino, (await stat(path.join(from, file))).ino)
    }
    assert.deepEqual((await readdir(path.join(to, 'pagefind/2020/fragment'))).sort(), ['en_1.pf_fragment', 'en_2.pf_fragment'])
    await rm(folder, { recursive: true, force: true })
  })
  it('should refuse a name that would land outside the new folder, and link nothing there', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-link-'))
    const [from, to] = [path.join(folder, 'old'), path.join(folder, 'new')]
    await writeFiles(from, new Map([['a.html', 'a']]))
    await assert.rejects(linkFiles(from, to, ['a.html', '../escaped.html']), /refusing to write outside the output folder/)
    assert.deepEqual((await readdir(folder)).sort(), ['old'])
    await rm(folder, { recursive: true, force: true })
  })
  it('should fail when a file can be neither linked nor copied', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-link-'))
    await writeFiles(path.join(folder, 'old'), new Map([['a.html', 'a']]))
    await assert.rejects(linkFiles(path.join(folder, 'old'), path.join(folder, 'new'), ['a.html', 'gone.html']), /ENOENT/)
    await rm(folder, { recursive: true, force: true })
  })
})
