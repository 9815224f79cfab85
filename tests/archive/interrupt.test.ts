/**
 * Builds killed at random moments (SIGKILL and SIGINT) leave the previous
 * site complete and servable, and a second build started while one runs is
 * refused, not interleaved.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { writeLongArticle } from '../helpers.ts'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const bin = path.join(root, 'bin', 'onrecord.js')
let folder = ''
let input = ''
let output = ''

function startBuild(): ChildProcess & { stderrText: () => string } {
  // Without the extraction cache, so that every build takes long enough to be interrupted in every phase.
  const child = spawn(process.execPath, [bin, 'build', '--input', input, '--output', output, '--no-cache'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return Object.assign(child, { stderrText: () => stderr })
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
}

async function assertCompleteSite(): Promise<number> {
  assert.ok(existsSync(path.join(output, 'index.html')), 'index.html is there')
  assert.ok(existsSync(path.join(output, 'pagefind', 'all', 'pagefind.js')), 'the search index is there')
  const records = JSON.parse(await readFile(path.join(output, 'api', 'articles.json'), 'utf8')) as Array<{ slug: string }>
  for (const record of records) assert.ok(existsSync(path.join(output, 'articles', record.slug, 'index.html')), record.slug)
  return records.length
}

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-interrupt-'))
  input = path.join(folder, 'input')
  output = path.join(folder, 'site')
  await mkdir(input)
  for (const name of await readdir(path.join(root, 'seeds'))) await copyFile(path.join(root, 'seeds', name), path.join(input, name))
  const first = startBuild()
  assert.equal(await exited(first), 0, first.stderrText())
  // A long article makes the next builds last long enough to be interrupted in every phase.
  await writeLongArticle(input)
})
after(() => rm(folder, { recursive: true, force: true }))

describe('an interrupted build', () => {
  for (const [index, signal] of (['SIGKILL', 'SIGINT', 'SIGKILL', 'SIGINT', 'SIGKILL'] as const).entries()) {
    it(`should leave the previous site complete after ${signal} (run ${index + 1})`, async () => {
      const delay = 200 + Math.floor(Math.random() * 6000)
      const staging = async () => (await readdir(folder)).filter((name) => name.includes('-building-'))
      // Staging folders a SIGKILL left behind are the next complete build's to clear, not this one's.
      const before = new Set(await staging())
      const child = startBuild()
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill(signal)
      await exited(child)
      const count = await assertCompleteSite()
      assert.ok(count === 5 || count === 6, `${count} articles after a kill at ${delay} ms`)
      if (signal === 'SIGINT') {
        const holder = await readFile(`${output}.lock`, 'utf8').catch(() => '')
        assert.notEqual(holder, String(child.pid), 'SIGINT releases the lock')
        assert.deepEqual((await staging()).filter((name) => !before.has(name)), [], 'SIGINT removes its staging folder')
      }
    })
  }

  it('should build again after kills, taking over a stale lock and clearing stale staging folders', async () => {
    const child = startBuild()
    assert.equal(await exited(child), 0, child.stderrText())
    assert.equal(await assertCompleteSite(), 6)
    assert.deepEqual((await readdir(folder)).sort(), ['input', 'site'])
  })
})

describe('two builds at once', () => {
  it('should refuse the second with a clear message', async () => {
    const first = startBuild()
    const deadline = Date.now() + 20_000
    while (!existsSync(`${output}.lock`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    const second = startBuild()
    assert.equal(await exited(second), 1)
    assert.match(second.stderrText(), /another build \(process \d+\) is writing this output/)
    assert.equal(await exited(first), 0, first.stderrText())
    assert.equal(await assertCompleteSite(), 6)
  })
})
