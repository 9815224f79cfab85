/** The `onrecord` command on good and bad input: bad files are reported and the others still come out. */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, writeFile, readFile, rm, readdir, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { streamJsonArray } from '../src/archive/write.ts'
import { writeMixedInput } from './helpers.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'bin', 'onrecord.js')

async function onrecord(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code }
  }
}

describe('onrecord extract', () => {
  let folder = ''
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'onrecord-cli-'))
    await writeFile(path.join(folder, 'good.txt'), 'Council approves budget\n\n“It is done,” said Mayor Ann Lee.\n')
    await writeFile(path.join(folder, 'empty.txt'), '   \n')
    await writeFile(path.join(folder, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    await writeFile(path.join(folder, 'old.txt'), Buffer.concat([Buffer.from('Old scrape\n\nHe said '), Buffer.from([0x93]), Buffer.from('no'), Buffer.from([0x94]), Buffer.from('.\n')]))
    await writeFile(path.join(folder, 'broken.md'), '---\nheadline: [oops\n---\nText')
    await writeFile(path.join(folder, 'noheadline.txt'), '.......\n')
    await mkdir(path.join(folder, 'folder.txt'))
  })
  after(() => rm(folder, { recursive: true, force: true }))

  it('should print records for good files and one line per bad file', async () => {
    const { stdout, stderr, code } = await onrecord('extract', folder)
    assert.equal(code, 0)
    const records = JSON.parse(stdout) as Array<{ id: string }>
    assert.deepEqual(records.map((record) => record.id), ['good', 'old'])
    const lines = stderr.trim().split('\n').sort()
    assert.match(lines.find((line) => line.includes('broken.md')) ?? '', /broken\.md: front matter is not valid YAML \(.+\)$/)
    assert.deepEqual(lines.filter((line) => !line.includes('broken.md')), [
      `${path.join(folder, 'empty.txt')}: empty file (no text)`,
      `${path.join(folder, 'noheadline.txt')}: no recognisable headline (and none in front matter)`,
      `${path.join(folder, 'old.txt')}: warning: not valid UTF-8; decoded as Windows-1252`,
      `${path.join(folder, 'picture.txt')}: binary file (PNG image), not article text`
    ].sort())
  })

  it('should exit with status 1 under --strict when any file had a problem', async () => {
    const { code, stdout } = await onrecord('extract', '--strict', folder)
    assert.equal(code, 1)
    assert.equal((JSON.parse(stdout) as unknown[]).length, 2)
  })

  it('should refuse a file over the size limit, naming the limit', async () => {
    const { stderr } = await onrecord('extract', '--max-bytes', '20', path.join(folder, 'good.txt'))
    assert.match(stderr, /over the limit of 20 bytes \(--max-bytes\)/)
  })

  it('should report a missing path', async () => {
    const { stderr, stdout } = await onrecord('extract', path.join(folder, 'nope.txt'))
    assert.match(stderr, /nope\.txt: no such file or folder/)
    assert.deepEqual(JSON.parse(stdout), [])
  })
})

describe('onrecord build', () => {
  it('should build the seeds into the output folder and leave nothing else beside it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-build-'))
    const input = path.join(folder, 'articles')
    const output = path.join(folder, 'site')
    await mkdir(input)
    for (const name of await readdir(path.join(root, 'seeds'))) await copyFile(path.join(root, 'seeds', name), path.join(input, name))
    const { code } = await onrecord('build', '--input', input, '--output', output)
    assert.equal(code, 0)
    const records = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as unknown[]
    assert.equal(records.length, 5)
    assert.deepEqual((await readdir(folder)).sort(), ['articles', 'site'])
    await rm(folder, { recursive: true, force: true })
  })

  it('should cut the search index into smaller shards with --search-shard-size', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-build-'))
    const output = path.join(folder, 'site')
    await writeMixedInput(path.join(folder, 'input'))
    const { code, stderr } = await onrecord('build', '--input', path.join(folder, 'input'), '--output', output, '--search-shard-size', '3')
    assert.equal(code, 0, stderr)
    assert.ok((await readdir(path.join(output, 'pagefind'))).length > 1)
    await rm(folder, { recursive: true, force: true })
  })

  it('should log how long each step of the build took with --timings, and only then', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-build-'))
    const input = path.join(folder, 'input')
    await writeMixedInput(input)
    const timed = await onrecord('build', '--input', input, '--output', path.join(folder, 'timed'), '--timings')
    assert.equal(timed.code, 0, timed.stderr)
    for (const step of ['read and extract', 'merge the archive', 'site data', 'page fingerprints', 'pages rendered', 'API written', 'search index', 'new site swapped in']) {
      assert.match(timed.stderr, new RegExp(`^onrecord: ${step}[^\\n]*: \\d+\\.\\d s$`, 'm'), step)
    }
    const plain = await onrecord('build', '--input', input, '--output', path.join(folder, 'plain'))
    assert.equal(plain.code, 0, plain.stderr)
    assert.doesNotMatch(plain.stderr, / s$/m)
    await rm(folder, { recursive: true, force: true })
  })

  it('should refuse --timings for a command other than build', async () => {
    const { code, stderr } = await onrecord('extract', 'seeds', '--timings')
    assert.equal(code, 2)
    assert.match(stderr, /--timings is for onrecord build/)
  })

  it('should refuse a --search-shard-size that is not a whole number', async () => {
    const { code, stderr } = await onrecord('build', '--search-shard-size', 'many')
    assert.equal(code, 2)
    assert.match(stderr, /--search-shard-size takes a whole number of documents/)
  })
  it('should build from records extracted in shares with --out, the same site as from the articles', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-build-'))
    const seeds = (await readdir(path.join(root, 'seeds'))).map((name) => path.join('seeds', name))
    for (const share of [seeds.slice(0, 2), seeds.slice(2)]) {
      const { code, stderr } = await onrecord('extract', ...share, '--out', path.join(folder, 'records'))
      assert.equal(code, 0, stderr)
    }
    assert.equal((await readdir(path.join(folder, 'records'))).length, 2)
    const fromRecords = await onrecord('build', '--records', path.join(folder, 'records'), '--output', path.join(folder, 'from-records'), '--no-cache')
    assert.equal(fromRecords.code, 0, fromRecords.stderr)
    const direct = await onrecord('build', '--output', path.join(folder, 'direct'), '--no-cache')
    assert.equal(direct.code, 0, direct.stderr)
    for (const page of ['index.html', 'actors/bashar-al-assad/index.html', 'api/quotes.json']) {
      assert.equal(await readFile(path.join(folder, 'from-records', page), 'utf8'), await readFile(path.join(folder, 'direct', page), 'utf8'), page)
    }
    const original = 'articles/assad-rules-out-cooperation-with-us-led-campaign-against-isil/original.txt'
    assert.equal(await readFile(path.join(folder, 'from-records', original), 'utf8'), await readFile(path.join(folder, 'direct', original), 'utf8'))
    await rm(folder, { recursive: true, force: true })
  })

  it('should build one archive from .txt, .md and .html articles, keeping a page and its text side by side', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-build-'))
    const input = path.join(folder, 'input')
    await mkdir(input)
    await copyFile(path.join(root, 'seeds', '003_335b78544e61b8c2.txt'), path.join(input, 'seed.txt'))
    await copyFile(path.join(root, 'tests', 'fixtures', 'articles', 'front-matter-corrections', 'input.md'), path.join(input, 'corrected.md'))
    await copyFile(path.join(root, 'tests', 'fixtures', 'pages', 'json-ld.html'), path.join(input, 'ferry.html'))
    await copyFile(path.join(root, 'tests', 'fixtures', 'pages', 'no-article.html'), path.join(input, 'menu.html'))
    const { code, stderr } = await onrecord('build', '--input', input, '--output', path.join(folder, 'site'), '--no-cache')
    assert.equal(code, 0, stderr)
    assert.match(stderr, /: 3 articles,/)
    assert.match(stderr, /menu\.html: no article found in the page/)
    const article = path.join(folder, 'site', 'articles', 'harbor-ferry-fares-to-rise-in-may')
    const html = await readFile(path.join(article, 'index.html'), 'utf8')
    assert.match(html, /href="\/articles\/harbor-ferry-fares-to-rise-in-may\/original\.html"/)
    assert.doesNotMatch(html, /alert\(|trackEverything/)
    const page = await readFile(path.join(article, 'original.html'), 'utf8')
    assert.match(page, /^<meta http-equiv="Content-Security-Policy" content="default-src 'none';/)
    assert.ok(page.endsWith(await readFile(path.join(root, 'tests', 'fixtures', 'pages', 'json-ld.html'), 'utf8')), 'the page as it came in, after the policy line')
    const text = await readFile(path.join(article, 'original.txt'), 'utf8')
    const records = JSON.parse(await readFile(path.join(folder, 'site', 'api', 'articles.json'), 'utf8')) as Array<{ file: string; quotes: Array<{ start: number; end: number; text: string }> }>
    const ferry = records.find((record) => record.file.endsWith('ferry.html'))
    assert.ok(ferry && ferry.quotes.length > 0)
    for (const quote of ferry.quotes) assert.equal(text.slice(quote.start, quote.end), quote.text)
    await rm(folder, { recursive: true, force: true })
  })

  it('should refuse an unknown option with one line, not a stack trace', async () => {
    const { code, stderr } = await onrecord('build', '--outdir', 'elsewhere')
    assert.equal(code, 2)
    assert.match(stderr, /^onrecord: Unknown option '--outdir'; see onrecord --help\n/)
    assert.doesNotMatch(stderr, /\bat \w+ \(/)
  })

  it('should refuse another command’s option rather than ignore it', async () => {
    const build = await onrecord('build', '--out', 'elsewhere')
    assert.equal(build.code, 2)
    assert.match(build.stderr, /^onrecord: --out is for onrecord extract; onrecord build writes the site into --output\n/)
    const extract = await onrecord('extract', 'seeds', '--records', 'elsewhere')
    assert.equal(extract.code, 2)
    assert.match(extract.stderr, /^onrecord: --records is for onrecord build\n/)
  })
})

describe('onrecord build, refusing before any work', () => {
  for (const url of ['example.org/archive/', 'ftp://example.org/', 'https://example.org/?page=1', 'https://example.org/#top', 'javascript:alert(1)']) {
    it(`should refuse --base-url ${url} as a usage error`, async () => {
      const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-base-'))
      const { code, stderr } = await onrecord('build', '--input', path.join(root, 'seeds'), '--output', path.join(folder, 'site'), '--base-url', url)
      assert.equal(code, 2)
      assert.match(stderr, /--base-url takes/)
      assert.deepEqual(await readdir(folder), [], 'nothing was built')
      await rm(folder, { recursive: true, force: true })
    })
  }
  it('should refuse an output that holds the input as a usage error, naming the folder', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-unsafe-'))
    await mkdir(path.join(folder, 'articles'))
    await writeFile(path.join(folder, 'articles', 'a.txt'), 'Storm passes\n\n“All clear,” said Ranger Yusuf Okoye.\n')
    const { code, stderr } = await onrecord('build', '--input', path.join(folder, 'articles'), '--output', folder)
    assert.equal(code, 2)
    assert.ok(stderr.includes(`--output ${JSON.stringify(folder)} holds the input`), stderr)
    assert.equal(await readFile(path.join(folder, 'articles', 'a.txt'), 'utf8'), 'Storm passes\n\n“All clear,” said Ranger Yusuf Okoye.\n')
    await rm(folder, { recursive: true, force: true })
  })
})

describe('onrecord extract, with names and output that could break it', () => {
  it('should keep a file name with a newline or escape codes on one escaped line', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-names-'))
    await writeFile(path.join(folder, 'evil\nforged.txt: binary file\u001b[2K.txt'), '   ')
    const { stderr } = await onrecord('extract', folder)
    assert.deepEqual(stderr.trim().split('\n'), [`${folder}/evil\\nforged.txt: binary file\\x1b[2K.txt: empty file (no text)`])
    await rm(folder, { recursive: true, force: true })
  })
  it('should print many records as one JSON array, given a piece at a time', async () => {
    const pieces: string[] = []
    const items = Array.from({ length: 1234 }, (_, index) => ({ index, quote: `“${index}”` }))
    await streamJsonArray(items, async (text) => void pieces.push(text), 2)
    assert.ok(pieces.length >= 3 && pieces.every((piece) => piece.length < 60_000), 'no piece holds the whole array')
    assert.deepEqual(JSON.parse(pieces.join('')), items)
    const empty: string[] = []
    await streamJsonArray([], async (text) => void empty.push(text))
    assert.deepEqual(JSON.parse(empty.join('')), [])
  })
})
