import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import { serveFolder } from '../../src/site/serve.ts'

let folder = ''
let server: Server
let port = 0

/** A raw GET, so the path reaches the server exactly as written. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    sent.on('error', reject)
    sent.end()
  })
}

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-serve-'))
  await mkdir(path.join(folder, '_site'))
  await mkdir(path.join(folder, '_site-x'))
  await writeFile(path.join(folder, '_site', 'index.html'), 'home')
  await writeFile(path.join(folder, '_site', '404.html'), 'missing')
  await writeFile(path.join(folder, '_site-x', 'secret.txt'), 'private')
  const served = await serveFolder(path.join(folder, '_site'), 0)
  server = served.server
  port = Number(new URL(served.url).port)
})
after(async () => {
  server.close()
  await rm(folder, { recursive: true, force: true })
})

describe('the preview server', () => {
  it('should answer a path that cannot be decoded with 400, and keep serving', async () => {
    assert.equal((await get('/%')).status, 400)
    assert.equal((await get('/%E0%A4%A')).status, 400)
    assert.deepEqual(await get('/'), { status: 200, body: 'home' })
  })
  it('should never serve a file of a sibling folder whose name starts like the site’s', async () => {
    for (const escape of ['/..%2f_site-x/secret.txt', '/%2e%2e/_site-x/secret.txt', '/../_site-x/secret.txt']) {
      const answer = await get(escape)
      assert.equal(answer.status, 404, escape)
      assert.notEqual(answer.body, 'private')
    }
  })
})
