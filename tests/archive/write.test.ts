import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, readdir, rename, stat, writeFile, rm } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildAtomically, isWithin, linkFiles, restorePrevious, streamJsonArray, wholeFolders, writeFiles, writePieces, type OutputFiles } from '../../src/archive/write.ts'
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

describe('buildAtomically when writes still land after a failure', () => {
  it('should fail with the build\'s own error and give back its lock, however long its staging folder takes to remove', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-write-'))
    const output = path.join(folder, 'site')
    let straggling: Promise<void> = Promise.resolve()
    try {
      await assert.rejects(
        buildAtomically(output, async (staging) => {
          const folders = Array.from({ length: 100 }, (_, index) => path.join(staging, 'articles', `story-${index}`))
          for (const made of folders) await mkdir(made, { recursive: true })
          // A library's writes still under way when the build fails (Eleventy writes many pages at once): they land
          // while the staging folder is removed, until it is gone.
          const write = async (lane: number) => {
            for (let index = lane; index < 50_000; index += 16) {
              const late = path.join(folders[index % folders.length] ?? staging, `late-${index}`)
              await mkdir(late).then(() => writeFile(path.join(late, 'index.html'), 'late')).catch(() => undefined)
              if (!existsSync(staging)) return
            }
          }
          straggling = Promise.all(Array.from({ length: 16 }, (_, lane) => write(lane))).then(() => undefined)
          throw new Error('no space left on the device')
        }),
        /no space left on the device/
      )
      await straggling
      assert.deepEqual(await readdir(folder), [], 'no staging folder or lock left behind')
    } finally {
      await straggling
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('buildAtomically carrying folders over', () => {
  /** A site as a build leaves it: the marker, a page and a search shard of two files. */
  async function builtSite(output: string): Promise<void> {
    await writeFiles(output, new Map([[siteMarkerFile, siteMarkerText], ['index.html', 'old page'], ['pagefind/2020/a.pf_fragment', 'a'], ['pagefind/2020/index/b.pf_index', 'b']]))
  }
  const inode = async (file: string) => (await stat(file)).ino
  /** Runs `check` on a built site (`output`) in a folder of its own (`folder`), removed after. */
  async function withBuiltSite(check: (output: string, folder: string) => Promise<void>): Promise<void> {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-carry-'))
    try {
      const output = path.join(folder, 'site')
      await builtSite(output)
      await check(output, folder)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }

  it('should move a carried folder into the new site whole, its files the same, and remove what is left of the old one', () =>
    withBuiltSite(async (output, folder) => {
      const before = await inode(path.join(output, 'pagefind/2020/index/b.pf_index'))
      await buildAtomically(output, async (staging, carryOver) => {
        carryOver('pagefind/2020')
        await writeFiles(staging, new Map([['index.html', 'new page'], ['pagefind/2021/c.pf_fragment', 'c']]))
      })
      assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'new page')
      assert.equal(await readFile(path.join(output, 'pagefind/2020/a.pf_fragment'), 'utf8'), 'a')
      assert.equal(await inode(path.join(output, 'pagefind/2020/index/b.pf_index')), before)
      assert.deepEqual((await readdir(path.join(output, 'pagefind'))).sort(), ['2020', '2021'])
      assert.deepEqual(await readdir(folder), ['site'])
    }))
  it('should leave the old site whole, carried folders included, when a build fails before the swap or at it', () =>
    withBuiltSite(async (output, folder) => {
      await assert.rejects(
        buildAtomically(output, async (_, carryOver) => {
          carryOver('pagefind/2020')
          throw new Error('the index failed')
        }),
        /the index failed/
      )
      // A folder to carry that the old site no longer has fails the swap after the first folder moved.
      await assert.rejects(
        buildAtomically(output, async (staging, carryOver) => {
          carryOver('pagefind/2020')
          carryOver('pagefind/1999')
          await writeFiles(staging, new Map([['index.html', 'new page']]))
        }),
        /ENOENT/
      )
      assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'old page')
      assert.equal(await readFile(path.join(output, 'pagefind/2020/index/b.pf_index'), 'utf8'), 'b')
      assert.deepEqual(await readdir(folder), ['site'])
    }))
  it('should carry folders whose parent the new site does not have yet, and fail rather than merge into a folder it made', () =>
    withBuiltSite(async (output, folder) => {
      await writeFiles(output, new Map([['articles/dock-strike/index.html', 'dock'], ['articles/dock-strike/original.txt', 'dock text'], ['articles/ferry-fares/index.html', 'ferry']]))
      const before = await inode(path.join(output, 'articles/dock-strike'))
      await buildAtomically(output, async (staging, carryOver) => {
        carryOver('articles/dock-strike')
        carryOver('articles/ferry-fares')
        await writeFiles(staging, new Map([['index.html', 'new page']]))
      })
      assert.equal(await inode(path.join(output, 'articles/dock-strike')), before)
      assert.deepEqual((await readdir(path.join(output, 'articles/dock-strike'))).sort(), ['index.html', 'original.txt'])
      assert.equal(await readFile(path.join(output, 'articles/ferry-fares/index.html'), 'utf8'), 'ferry')
      await assert.rejects(
        buildAtomically(output, async (staging, carryOver) => {
          carryOver('articles/dock-strike')
          await writeFiles(staging, new Map([['index.html', 'newer page'], ['articles/dock-strike/index.html', 'made again']]))
        }),
        /ENOTEMPTY|EEXIST/
      )
      assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'new page')
      assert.equal(await readFile(path.join(output, 'articles/dock-strike/index.html'), 'utf8'), 'dock')
      assert.deepEqual(await readdir(folder), ['site'])
    }))
  it('should refuse to carry the whole site or a folder outside it', () =>
    withBuiltSite(async (output) => {
      for (const name of ['.', '', '../elsewhere']) {
        await assert.rejects(buildAtomically(output, async (_, carryOver) => carryOver(name)), /carry over the whole site|outside the output folder/)
      }
      assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'old page')
    }))
  it('should put back what a build killed while carrying had moved, before the next build or a restore', async () => {
    // A process id that no longer runs: the killed builder's.
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const shardFile = (output: string) => path.join(output, 'pagefind/2020/a.pf_fragment')
    // Either puts the old site back, then tells what its shard's file holds: a restore, or the next build, which reads it as its previous site.
    const restore = async (output: string) => {
      await restorePrevious(output)
      return readFile(shardFile(output), 'utf8')
    }
    const nextBuild = (output: string) =>
      buildAtomically(output, async (staging) => {
        await writeFiles(staging, new Map([['index.html', 'next page']]))
        return readFile(shardFile(output), 'utf8')
      })
    for (const resume of [restore, nextBuild]) {
      await withBuiltSite(async (output, folder) => {
        // The moment of the kill: the journal written, the old site moved aside, one folder carried into the staging folder.
        const staging = path.join(folder, `.site-building-${dead}-0a1b2c`)
        await writeFiles(staging, new Map([[siteMarkerFile, siteMarkerText], ['index.html', 'killed build']]))
        await writeFile(`${output}.carrying`, JSON.stringify({ staging: path.basename(staging), folders: ['pagefind/2020'] }))
        await rename(output, `${output}.previous`)
        await mkdir(path.join(staging, 'pagefind'))
        await rename(path.join(`${output}.previous`, 'pagefind/2020'), path.join(staging, 'pagefind/2020'))
        assert.equal(await resume(output), 'a')
        // A restore leaves the killed build's staging folder to the next build, which removes it.
        const left = (await readdir(folder)).sort()
        assert.deepEqual(left, resume === restore ? [path.basename(staging), 'site'] : ['site'])
      })
    }
  })
  it('should refuse to go on past a journal it did not write', () =>
    withBuiltSite(async (output) => {
      for (const journal of ['my notes', JSON.stringify({ staging: 'elsewhere', folders: ['pagefind'] }), JSON.stringify({ staging: '.site-building-1-ab', folders: [3] })]) {
        await writeFile(`${output}.carrying`, journal)
        await assert.rejects(writeOutputAtomically(output, new Map([['index.html', 'x']])), /site\.carrying is not a journal onrecord wrote/)
        assert.equal(await readFile(`${output}.carrying`, 'utf8'), journal)
      }
      await rm(`${output}.carrying`)
      await mkdir(`${output}.carrying`)
      await assert.rejects(writeOutputAtomically(output, new Map([['index.html', 'x']])), /site\.carrying is not a journal onrecord wrote/)
      assert.equal(await readFile(path.join(output, 'index.html'), 'utf8'), 'old page')
    }))
})

describe('wholeFolders', () => {
  const own = ['articles/dock-strike', 'articles/ferry-fares', 'actors/ana-ruiz', 'actors/ana-ruiz/page-2']
  const files = [
    'articles/dock-strike/index.html',
    'articles/dock-strike/original.txt',
    'articles/ferry-fares/index.html',
    'articles/ferry-fares/original.txt',
    'actors/ana-ruiz/index.html',
    'actors/ana-ruiz/page-2/index.html',
    'index.html'
  ]

  it('should take a folder whose every file, now and in the previous build, is taken unchanged, and a folder inside it with it', () => {
    const taken = new Set(files)
    assert.deepEqual(wholeFolders(own, files, taken, files).sort(), ['actors/ana-ruiz', 'articles/dock-strike', 'articles/ferry-fares'])
  })

  it('should not take a folder with a file made again, even deep inside it, but take an unchanged folder inside a changed one', () => {
    const taken = new Set(files.filter((file) => file !== 'articles/ferry-fares/original.txt' && file !== 'actors/ana-ruiz/index.html'))
    assert.deepEqual(wholeFolders(own, files, taken, files).sort(), ['actors/ana-ruiz/page-2', 'articles/dock-strike'])
    const deeper = new Set(files.filter((file) => file !== 'actors/ana-ruiz/page-2/index.html'))
    assert.deepEqual(wholeFolders(['actors/ana-ruiz'], files, deeper, files), [])
  })

  it('should not take a folder where the previous build made a file the new site does not have', () => {
    const taken = new Set(files)
    assert.deepEqual(wholeFolders(own, files, taken, [...files, 'articles/dock-strike/original.html']).sort(), ['actors/ana-ruiz', 'articles/ferry-fares'])
  })

  it('should take only the folders it is offered, and none the new site has nothing taken in', () => {
    const taken = new Set(files)
    assert.deepEqual(wholeFolders(['articles/dock-strike', '', 'sources/wire'], files, taken, files), ['articles/dock-strike'])
    assert.deepEqual(wholeFolders(['articles/dock-strike'], files, new Set(), []), [])
  })
})

describe('isWithin', () => {
  it('should find a file inside a folder at any depth, and not in a folder that only starts the same', () => {
    const folders = new Set(['articles/dock-strike'])
    assert.equal(isWithin('articles/dock-strike/original.txt', folders), true)
    assert.equal(isWithin('articles/dock-strike/page-2/index.html', folders), true)
    assert.equal(isWithin('articles/dock-strike-ends/index.html', folders), false)
    assert.equal(isWithin('articles/dock-strike', folders), false)
    assert.equal(isWithin('index.html', folders), false)
  })
})

describe('streamJsonArray', () => {
  it('should give in its pieces the same JSON as one call to JSON.stringify', async () => {
    for (const items of [[], [{ a: 1 }], Array.from({ length: 1203 }, (_, index) => ({ index, text: `“${index}”` }))]) {
      const pieces: string[] = []
      await streamJsonArray(items, async (piece) => {
        pieces.push(piece)
      })
      assert.deepEqual(JSON.parse(pieces.join('')), items)
    }
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
