import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildArchive } from '../../src/archive/archive.ts'
import { siteData } from '../../src/site/data.ts'
import { renderSite } from '../../src/site/eleventy.ts'
import { emptySelection, type Selection } from '../../src/site/plan.ts'
import { extractText } from '../helpers.ts'

const site = siteData(buildArchive([extractText('Ferry fares rise\n\n“Riders will pay more,” said Lena Varga, who runs the ferry company.', 'ferry.txt')]), {
  baseUrl: 'https://example.org/',
  searchIndexes: ['/pagefind/all/']
})
/** The article and its speaker's page: two runs, one of each kind. */
const selection: Selection = { ...emptySelection(), articles: site.articles, actorPages: site.actorPages }
const articlePage = path.join('articles', 'ferry-fares-rise', 'index.html')
const actorPage = path.join('actors', 'lena-varga', 'index.html')

let folder = ''
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-render-'))
})
after(() => rm(folder, { recursive: true, force: true }))

describe('renderSite', () => {
  it('should render every run when nothing stops it', async () => {
    const output = path.join(folder, 'whole')
    await renderSite(site, selection, { output, pathPrefix: '/' })
    assert.ok(existsSync(path.join(output, articlePage)))
    assert.ok(existsSync(path.join(output, actorPage)))
  })

  it('should start no run once its signal is aborted, and fail with the reason', async () => {
    const output = path.join(folder, 'stopped')
    const stop = new AbortController()
    const reason = new Error('the search index failed')
    const rendering = renderSite(site, selection, { output, pathPrefix: '/', signal: stop.signal, onProgress: (done) => done > 0 && stop.abort(reason) })
    await assert.rejects(rendering, (error) => error === reason)
    assert.ok(existsSync(path.join(output, articlePage)), 'the run under way when the signal came is finished')
    assert.ok(!existsSync(path.join(output, actorPage)), 'no later run starts')
  })

  it('should render nothing when its signal is aborted before it starts', async () => {
    const output = path.join(folder, 'never')
    const stop = new AbortController()
    stop.abort(new Error('failed before the pages'))
    await assert.rejects(renderSite(site, selection, { output, pathPrefix: '/', signal: stop.signal }), /failed before the pages/)
    assert.ok(!existsSync(path.join(output, articlePage)))
  })
})
