import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listArticles } from '../../src/read/files.ts'
import { extractAll } from '../../src/archive/extract-all.ts'
import { build } from '../../scripts/build.ts'

let folder = ''
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-files-'))
})
after(() => rm(folder, { recursive: true, force: true }))

const article = (headline: string) => `${headline}\n\n“We are ready,” said Pilar Ostrowski.\n`

describe('listArticles', () => {
  it('should walk each real folder once, whatever symbolic links lead back up the tree', async () => {
    const input = path.join(folder, 'loops')
    await mkdir(path.join(input, 'a', 'b'), { recursive: true })
    await writeFile(path.join(input, 'top.txt'), article('Top story'))
    await writeFile(path.join(input, 'a', 'b', 'deep.txt'), article('Deep story'))
    await symlink(input, path.join(input, 'a', 'b', 'up'))
    await symlink(path.join(input, 'a'), path.join(input, 'a', 'b', 'again'))
    await symlink(input, path.join(input, 'back'))
    const { files } = await listArticles([input])
    assert.deepEqual(files.map((file) => path.relative(input, file)), ['a/b/deep.txt', 'top.txt'])
  })
  it('should still list articles reached only through a link inside the input', async () => {
    const input = path.join(folder, 'linked')
    await mkdir(path.join(input, 'real'), { recursive: true })
    await writeFile(path.join(input, 'real', 'story.txt'), article('Linked story'))
    await symlink(path.join(input, 'real'), path.join(input, 'alias'))
    const { files } = await listArticles([input])
    assert.equal(files.length, 1)
  })
})

describe('what the input listing never reads', () => {
  it('should skip a site onrecord built and a cache inside the input folder', async () => {
    const input = path.join(folder, 'with-output')
    await mkdir(input)
    await writeFile(path.join(input, 'story.txt'), article('A story of its own'))
    await build({ input, output: path.join(folder, 'site'), baseUrl: 'http://localhost/', cacheFolder: path.join(input, 'my-cache'), log: () => {} })
    // A site built from one file into the folder beside it: its robots.txt and original.txt files are not articles.
    await build({ input: path.join(input, 'story.txt'), output: path.join(input, 'old-site'), baseUrl: 'http://localhost/', log: () => {} })
    assert.ok(existsSync(path.join(input, 'old-site', 'robots.txt')))
    assert.ok(existsSync(path.join(input, 'my-cache', 'CACHEDIR.TAG')))
    const { records } = await extractAll([input])
    assert.deepEqual(records.map((record) => record.headline), ['A story of its own'])
  })
})
