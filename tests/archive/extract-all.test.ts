import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { extractAll, type Extracted } from '../../src/archive/extract-all.ts'
import { cacheKey, codeVersion } from '../../src/archive/cache.ts'

const seeds = path.resolve(import.meta.dirname, '..', '..', 'seeds')

describe('extractAll', () => {
  it('should give the same records in worker threads as in one thread', async () => {
    const single = await extractAll([seeds], { workers: 0 })
    const threaded = await extractAll([seeds], { workers: 2 })
    assert.deepEqual(threaded, single)
  })

  it('should reuse cached results, and extract again only the article that changed', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-cache-'))
    const input = path.join(folder, 'input')
    const cacheFolder = path.join(folder, 'cache')
    await cp(seeds, input, { recursive: true })
    const cold = await extractAll([input], { cacheFolder })
    assert.equal((await readdir(cacheFolder, { recursive: true })).filter((name) => name.endsWith('.json')).length, 5)
    const warm = await extractAll([input], { cacheFolder })
    assert.deepEqual(warm, cold)
    const changed = (await readdir(input)).sort()[0] ?? ''
    await appendFile(path.join(input, changed), '\n“A new last word,” said Ann Lee.\n')
    const after = await extractAll([input], { cacheFolder })
    const record = after.records.find((each) => `${each.id}.txt` === changed)
    assert.equal(record?.quotes.at(-1)?.text, 'A new last word,')
    assert.deepEqual(after.records.filter((each) => each !== record), cold.records.filter((each) => `${each.id}.txt` !== changed))
    await rm(folder, { recursive: true, force: true })
  })

  it('should store every result that worker threads give, batch by batch, so that a second run reads them all from the cache', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-cache-'))
    const cacheFolder = path.join(folder, 'cache')
    const cold = await extractAll([seeds], { cacheFolder, workers: 2 })
    const entries = (await readdir(cacheFolder, { recursive: true })).filter((name) => name.endsWith('.json'))
    assert.equal(entries.length, 5)
    assert.deepEqual(await extractAll([seeds], { cacheFolder, workers: 2 }), cold)
    await rm(folder, { recursive: true, force: true })
  })

  it('should say what each record was extracted from with a cache (its cache key), the same while its file is, and nothing without one', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-cache-'))
    const input = path.join(folder, 'input')
    const cacheFolder = path.join(folder, 'cache')
    await cp(seeds, input, { recursive: true })
    const keys = (extracted: Extracted) => new Map(extracted.records.map((record) => [record.file, extracted.extractedFrom.get(record)]))
    const cold = keys(await extractAll([input], { cacheFolder }))
    const version = await codeVersion()
    for (const [file, key] of cold) assert.equal(key, cacheKey(version, file, await readFile(file)), file)
    const changed = path.join(input, (await readdir(input)).sort()[0] ?? '')
    await appendFile(changed, '\n“A new last word,” said Ann Lee.\n')
    const after = keys(await extractAll([input], { cacheFolder }))
    assert.deepEqual([...after].filter(([file, key]) => cold.get(file) !== key).map(([file]) => file), [changed])
    assert.equal((await extractAll([input])).extractedFrom.size, 0)
    await rm(folder, { recursive: true, force: true })
  })
})
