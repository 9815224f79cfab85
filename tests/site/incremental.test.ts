/**
 * A rebuild takes what did not change from the site it replaces: pages whose
 * data is the same are hard links to the previous files (the same inode), and
 * so are the search shards whose documents are the same.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises'
import { existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from '../../scripts/build.ts'
import { buildRecordFile } from '../../src/archive/build-record.ts'

const articles: Record<string, string> = {
  'port.txt': 'Port strike spreads\n\nROTTERDAM, March 3, 2019 (Reuters) - Dock workers walked out on Monday.\n\n“We will stay out until the talks resume,” said Jonas Brandt, a union leader.\n',
  'rail.txt': 'Rail fares rise\n\nLYON, May 5, 2021 (AFP) - Fares rise in June.\n\n“Riders will pay more,” said Clara Moreau, the transport minister.\n',
  'floods.txt': 'Floods ease\n\nDHAKA, July 7, 2023 (AP) - Water levels fell.\n\n“The worst is over,” said Amara Osei, a relief official.\n'
}

let folder = ''
let input = ''
let site = ''
const inode = (relative: string) => statSync(path.join(site, relative)).ino
const rebuild = () => build({ input, output: site, baseUrl: 'http://localhost:8080/', documentsPerShard: 1, log: () => {} })

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-incremental-'))
  input = path.join(folder, 'input')
  site = path.join(folder, 'site')
  await mkdir(input)
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(input, name), text)
  await rebuild()
})
after(() => rm(folder, { recursive: true, force: true }))

describe('a rebuild after one article changed', () => {
  it('should shard the index by year, newest first, actors last, the search page knowing every shard', async () => {
    for (const shard of ['2019', '2021', '2023', 'other']) assert.ok(existsSync(path.join(site, 'pagefind', shard, 'pagefind-entry.json')), shard)
    assert.match(await readFile(path.join(site, 'search', 'index.html'), 'utf8'), /data-indexes="\/pagefind\/2023\/ \/pagefind\/2021\/ \/pagefind\/2019\/ \/pagefind\/other\/ "/)
  })

  it('should keep the unchanged pages and shards, and make the changed ones again', async () => {
    const before = {
      port: inode('articles/port-strike-spreads/index.html'),
      floods: inode('articles/floods-ease/index.html'),
      brandt: inode('actors/jonas-brandt/index.html'),
      osei: inode('actors/amara-osei/index.html'),
      shard2019: inode('pagefind/2019/pagefind-entry.json'),
      shard2023: inode('pagefind/2023/pagefind-entry.json')
    }
    await appendFile(path.join(input, 'floods.txt'), '\n“Rebuilding starts tomorrow,” said Amara Osei.\n')
    await rebuild()
    assert.equal(inode('articles/port-strike-spreads/index.html'), before.port)
    assert.equal(inode('actors/jonas-brandt/index.html'), before.brandt)
    assert.equal(inode('pagefind/2019/pagefind-entry.json'), before.shard2019)
    assert.notEqual(inode('articles/floods-ease/index.html'), before.floods)
    assert.notEqual(inode('actors/amara-osei/index.html'), before.osei)
    assert.notEqual(inode('pagefind/2023/pagefind-entry.json'), before.shard2023)
    assert.match(await readFile(path.join(site, 'articles', 'floods-ease', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
    assert.match(await readFile(path.join(site, 'actors', 'amara-osei', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
    assert.match(await readFile(path.join(site, 'quotes', 'index.html'), 'utf8'), /Rebuilding starts tomorrow/)
  })

  it('should render a page again when the previous site lost it', async () => {
    await rm(path.join(site, 'articles', 'rail-fares-rise', 'index.html'))
    await rebuild()
    assert.match(await readFile(path.join(site, 'articles', 'rail-fares-rise', 'index.html'), 'utf8'), /Riders will pay more/)
  })

  it('should make everything again when the build record is missing', async () => {
    const port = inode('articles/port-strike-spreads/index.html')
    const shard = inode('pagefind/2019/pagefind-entry.json')
    await rm(path.join(site, buildRecordFile))
    await rebuild()
    assert.notEqual(inode('articles/port-strike-spreads/index.html'), port)
    assert.notEqual(inode('pagefind/2019/pagefind-entry.json'), shard)
    assert.ok(existsSync(path.join(site, buildRecordFile)))
  })
})
