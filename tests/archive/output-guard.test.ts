/**
 * A build never destroys what onrecord did not make: a mistyped or careless
 * `--output` is refused before any work, and the user's files are left byte
 * for byte as they were.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { build } from '../../scripts/build.ts'
import { checkOutput, UnsafeOutputError } from '../../src/archive/output-guard.ts'

let folder = ''
let articles = ''

/** A hash of every file's path and bytes under `root`: equal before and after means untouched. */
async function snapshot(root: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).map((entry) => path.join(entry.parentPath, entry.name)).sort()
  for (const entry of entries) {
    hash.update(entry)
    const bytes = await readFile(entry).catch(() => Buffer.from('folder'))
    hash.update(bytes)
  }
  return hash.digest('hex')
}

const buildInto = (input: string, output: string) => build({ input, output, baseUrl: 'http://localhost/', log: () => {} })

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-guard-'))
  articles = path.join(folder, 'articles')
  await mkdir(path.join(articles, 'notes'), { recursive: true })
  await writeFile(path.join(articles, 'vote.txt'), 'Council passes the levy\n\n“It was close,” said Councillor Mina Park.\n')
  await writeFile(path.join(articles, 'notes', 'plan.odt'), Buffer.from([0x50, 0x4b, 0x03, 0x04]))
})
after(() => rm(folder, { recursive: true, force: true }))

describe('a build into a dangerous output', () => {
  for (const [name, output, reason] of [
    ['the input folder itself', () => articles, /is the input folder/],
    ['a folder inside the input', () => path.join(articles, 'site'), /is inside the input/],
    ['a folder that holds the input', () => folder, /holds the input/]
  ] as const) {
    it(`should refuse ${name} before any work, leaving every file as it was`, async () => {
      const before = await snapshot(folder)
      await assert.rejects(buildInto(articles, output()), (error: Error) => error instanceof UnsafeOutputError && reason.test(error.message))
      assert.equal(await snapshot(folder), before)
    })
  }
  it('should refuse an existing folder of someone else’s files, and leave them byte for byte', async () => {
    const theirs = path.join(folder, 'photos')
    await mkdir(theirs)
    await writeFile(path.join(theirs, 'holiday.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]))
    const before = await snapshot(folder)
    await assert.rejects(buildInto(articles, theirs), /"[^"]*photos" holds files onrecord did not make .*choose another folder/)
    assert.equal(await snapshot(folder), before)
  })
  it('should refuse an existing file', async () => {
    const file = path.join(folder, 'report.pdf')
    await writeFile(file, 'not a folder')
    await assert.rejects(buildInto(articles, file), /holds files onrecord did not make/)
    assert.equal(await readFile(file, 'utf8'), 'not a folder')
  })
  it('should refuse the root, the home folder, the working folder and its parents, and an empty name', async () => {
    await assert.rejects(checkOutput('/', [articles]), /root of the file system/)
    await assert.rejects(checkOutput(homedir(), [articles]), /home folder|working folder/)
    await assert.rejects(checkOutput('.', [articles]), /working folder/)
    await assert.rejects(checkOutput('..', [articles]), /working folder/)
    await assert.rejects(checkOutput('', [articles]), /is empty/)
  })
  it('should refuse a folder in the way of the previous site kept during a swap', async () => {
    const output = path.join(folder, 'kept-site')
    await mkdir(`${output}.previous`)
    await writeFile(path.join(`${output}.previous`, 'diary.txt'), 'mine')
    await assert.rejects(buildInto(articles, output), /kept-site\.previous" .* holds files onrecord did not make/)
    assert.equal(await readFile(path.join(`${output}.previous`, 'diary.txt'), 'utf8'), 'mine')
  })
  it('should refuse to take a file named like its lock that is not one', async () => {
    const output = path.join(folder, 'locked-site')
    await writeFile(`${output}.lock`, 'a shopping list')
    await assert.rejects(buildInto(articles, output), /is in the way of the build lock/)
    assert.equal(await readFile(`${output}.lock`, 'utf8'), 'a shopping list')
  })
  it('should build into an empty folder, and build again into the site it made', async () => {
    const output = path.join(folder, 'site')
    await mkdir(output)
    await buildInto(articles, output)
    const summary = await buildInto(articles, output)
    assert.equal(summary.articles, 1)
  })
})
