import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildArchive } from '../../src/archive/archive.ts'
import { siteData } from '../../src/site/data.ts'
import { planRender } from '../../src/site/plan.ts'
import { slices } from '../../src/site/eleventy.ts'
import { extractText } from '../helpers.ts'

function site(secondQuote: string) {
  const first = extractText('Dock strike ends\n\n“We are back at work,” said Ines Varga, a union leader.', 'dock.txt')
  const second = extractText(`Bridge reopens\n\n“${secondQuote},” said Omar Lindqvist, the mayor.`, 'bridge.txt')
  return siteData(buildArchive([first, second]), { baseUrl: 'https://example.org/', searchIndexes: ['/pagefind/all/'] })
}
const everything = () => true

describe('planRender', () => {
  it('should render every page when there is no previous build', () => {
    const plan = planRender(site('Traffic flows again'), 'salt', {}, everything)
    assert.equal(plan.reuse.length, 0)
    assert.deepEqual(plan.render.articles.map((article) => article.url).sort(), ['/articles/bridge-reopens/', '/articles/dock-strike-ends/'])
    assert.deepEqual(plan.render.actorPages.map((actor) => actor.name).sort(), ['Ines Varga', 'Omar Lindqvist'])
    assert.ok(plan.fingerprints['articles/dock-strike-ends/index.html'])
  })
  it('should reuse every page when nothing changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic flows again'), 'salt', first.fingerprints, everything)
    assert.equal(Object.values(second.render).flat().length, 0)
    assert.deepEqual(second.reuse.sort(), Object.keys(first.fingerprints).sort())
  })
  it('should render again only the pages that show what changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic is slow'), 'salt', first.fingerprints, everything)
    assert.deepEqual(second.render.articles.map((article) => article.url), ['/articles/bridge-reopens/'])
    assert.deepEqual(second.render.actorPages.map((actor) => actor.name), ['Omar Lindqvist'])
    assert.deepEqual(second.render.quotePages.map((page) => page.url), ['/quotes/'])
    assert.ok(second.reuse.includes('articles/dock-strike-ends/index.html'))
    assert.ok(second.reuse.includes('actors/ines-varga/index.html'))
  })
  it('should render everything again when the salt (templates, code, base URL) changed', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    assert.equal(planRender(site('Traffic flows again'), 'other salt', first.fingerprints, everything).reuse.length, 0)
  })
  it('should render a page the previous site has lost', () => {
    const first = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const second = planRender(site('Traffic flows again'), 'salt', first.fingerprints, (file) => file !== 'articles/dock-strike-ends/index.html')
    assert.deepEqual(second.render.articles.map((article) => article.url), ['/articles/dock-strike-ends/'])
  })
})

describe('slices', () => {
  it('should cut the pages into runs of one kind and at most the given size, in order, losing none', () => {
    const plan = planRender(site('Traffic flows again'), 'salt', {}, everything)
    const runs = slices(plan.render, 1)
    assert.ok(runs.every((run) => Object.values(run).flat().length === 1))
    assert.deepEqual(runs.flatMap((run) => run.articles), plan.render.articles)
    assert.deepEqual(runs.flatMap((run) => run.actorPages), plan.render.actorPages)
    assert.equal(runs.length, Object.values(plan.render).flat().length)
  })
  it('should give one empty run when nothing is to be rendered, for the site-wide pages', () => {
    assert.deepEqual(slices({ articles: [], actorPages: [], sources: [], quotePages: [] }, 10), [{ articles: [], actorPages: [], sources: [], quotePages: [] }])
  })
})
