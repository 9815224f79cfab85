/** Article text is data: markup, template syntax and link tricks in an article appear as text and never run. */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import { build } from '../../scripts/build.ts'
import { serveFolder } from '../../src/site/serve.ts'
import { browserMissing, launchBrowser } from './browser.ts'

const hostileText = `Headline <script>alert("headline")</script> {{ 7*7 }}

LONDON (Reuters) - The minister <img src=x onerror="alert('img')"> said {% include "secret.njk" %} and {{ 7*7 }} were fine.

"<script>alert('quote')</script> We will {{ 6*7 }} win," said Ann <b>Lee</b>, a spokeswoman.

See [the report](javascript:alert('link')) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and </textarea><script>alert('textarea')</script>.
`
const hostileMarkdown = `---
headline: "<script>alert('front')</script> {{ 7*7 }}"
layout: evil.njk
permalink: ../../etc/x
---
Body with <iframe src="javascript:alert(1)"></iframe> and {% raw %}{{ x }}{% endraw %} and [click](javascript:alert('md')).
`

let folder = ''
let site = ''
let html = ''

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-hostile-'))
  const input = path.join(folder, 'articles')
  site = path.join(folder, 'site')
  await mkdir(input)
  await writeFile(path.join(input, 'hostile.txt'), hostileText)
  await writeFile(path.join(input, 'hostile-front.md'), hostileMarkdown)
  await build({ input, output: site, baseUrl: 'http://localhost/', log: () => {} })
  const files = await readdir(site, { recursive: true, withFileTypes: true })
  const pages = files.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name))
  html = (await Promise.all(pages.map((page) => readFile(page, 'utf8')))).join('\n')
})
after(() => rm(folder, { recursive: true, force: true }))

describe('a hostile article', () => {
  it('should print markup from the article as text', () => {
    assert.doesNotMatch(html, /<script>alert/)
    assert.doesNotMatch(html, /<img src=x/)
    assert.doesNotMatch(html, /<iframe/)
    assert.doesNotMatch(html, /<\/textarea>/)
    assert.match(html, /(&lt;|&#x3C;)script>alert\(/)
  })
  it('should never evaluate template syntax from the article', () => {
    assert.match(html, /\{\{ 7\*7 \}\}/)
    assert.match(html, /\{% include &quot;secret\.njk&quot; %\}|\{% include "secret\.njk" %\}/)
    assert.doesNotMatch(html, />[^<]*\b49\b/)
    assert.doesNotMatch(html, /\b42\b/)
  })
  it('should make no link from the article text', () => {
    assert.doesNotMatch(html, /href="(?:javascript:|data:(?!,"))/i)
    for (const [, url] of html.matchAll(/href="([^"]*)"/g)) assert.match(url ?? '', /^(?:https?:|\/|#|data:,$)/)
  })
  it('should write nothing outside the output folder', async () => {
    assert.deepEqual((await readdir(folder)).sort(), ['articles', 'site'])
  })
})

describe('a hostile article in the browser', { skip: browserMissing() }, () => {
  let server: Server | undefined
  after(() => server?.close())
  it('should run no script and open no dialog', async () => {
    const served = await serveFolder(site, 0)
    server = served.server
    const browser = await launchBrowser()
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    for (const slug of await readdir(path.join(site, 'articles'))) await page.goto(`${served.url}articles/${slug}/`)
    await browser.close()
    assert.deepEqual(dialogs, [])
  })
})
