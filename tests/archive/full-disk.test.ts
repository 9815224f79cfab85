/**
 * A build that runs out of disk space ends as a clean failure (exit 1, one
 * message), leaves the previous site complete and no staging folder or lock
 * behind, and the next build, with space again, succeeds. The disk is a small
 * tmpfs, which needs root; elsewhere the test is skipped with the reason.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const bin = path.join(root, 'bin', 'onrecord.js')
let disk = ''
let mounted = false
let whyNot = ''

before(async () => {
  disk = await mkdtemp(path.join(tmpdir(), 'onrecord-disk-'))
  if (process.getuid?.() !== 0) whyNot = 'mounting a small tmpfs needs root'
  else {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', disk], { stdio: 'pipe' })
      mounted = true
    } catch (error) {
      whyNot = `cannot mount a tmpfs here (${String(error).split('\n')[0]})`
    }
  }
})
after(async () => {
  if (mounted) execFileSync('umount', [disk])
  await rm(disk, { recursive: true, force: true })
})

const buildSite = () => spawnSync(process.execPath, [bin, 'build', '--output', path.join(disk, 'site'), '--no-cache'], { cwd: root, encoding: 'utf8', timeout: 120_000 })

describe('a build on a full disk', () => {
  it('should fail cleanly, keep the previous site and let the next build recover', async (context) => {
    if (!mounted) return context.skip(whyNot)
    const first = buildSite()
    assert.equal(first.status, 0, first.stderr)
    const site = path.join(disk, 'site')
    const index = await readFile(path.join(site, 'index.html'), 'utf8')
    // Every page must be written again (none linked from the previous site), and only a little room is left for them.
    await rm(path.join(site, '.onrecord-build.json'))
    const free = await statfs(disk)
    await writeFile(path.join(disk, 'filler'), Buffer.alloc(Number(free.bavail * free.bsize) - 200_000))
    const full = buildSite()
    assert.equal(full.status, 1, `exit status 1, not ${full.status} (${full.signal ?? 'no signal'})\n${full.stderr}`)
    assert.match(full.stderr, /the build failed, and .*site was left as it was/)
    assert.equal(await readFile(path.join(site, 'index.html'), 'utf8'), index)
    assert.deepEqual((await readdir(disk)).sort(), ['filler', 'site'], 'no staging folder or lock left behind')
    await rm(path.join(disk, 'filler'))
    const again = buildSite()
    assert.equal(again.status, 0, again.stderr)
  })
})
