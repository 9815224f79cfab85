import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { planPreview } from '../../src/site/preview.ts'

describe('planPreview', () => {
  it('should build for the preview address when there is no site', () => {
    assert.deepEqual(planPreview(undefined, 8080, false), { rebuild: true, port: 8080, pathPrefix: '/', note: 'built for http://localhost:8080/' })
  })
  it('should serve a site built for a public address under its path, and say where its own addresses point', () => {
    const plan = planPreview('https://example.org/archive/', 8080, false)
    assert.deepEqual([plan.rebuild, plan.port, plan.pathPrefix], [false, 8080, '/archive/'])
    assert.match(plan.note, /point there, not to this preview/)
  })
  it('should serve a site built for another local port on that port, when no port is asked for', () => {
    assert.deepEqual(planPreview('http://localhost:9000/', 8080, false), { rebuild: false, port: 9000, pathPrefix: '/', note: 'built for http://localhost:9000/' })
  })
  it('should serve on the port asked for without rebuilding someone’s site, and say where its addresses point', () => {
    const plan = planPreview('http://localhost:9000/', 8080, true)
    assert.deepEqual([plan.rebuild, plan.port], [false, 8080])
    assert.match(plan.note, /built for http:\/\/localhost:9000\/: its canonical, feed and sitemap addresses point there; rebuild with --base-url http:\/\/localhost:8080\/ to preview them here/)
  })
})
