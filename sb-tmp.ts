import { chromium } from 'playwright-core'
import { serveFolder } from './src/site/serve.ts'
const site = process.argv[2]!
for (const term of ['We will not accept this outcome', 'Marlowe']) {
  const { server, url } = await serveFolder(site, 0)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage()
  const bodies: Array<Promise<[string, number]>> = []
  page.on('response', (r) => { if (r.url().includes('/pagefind/')) bodies.push(r.body().then((b) => [r.url().replace(url, ''), b.length] as [string, number], () => [r.url(), 0] as [string, number])) })
  await page.goto(`${url}search/?q=${encodeURIComponent(term)}`)
  await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 120000 })
  await page.waitForLoadState('networkidle')
  const all = await Promise.all(bodies)
  const by = new Map<string, number>()
  for (const [u, n] of all) { const k = u.includes('fragment') ? 'fragments' : u.includes('/index/') ? 'index chunks' : u.includes('pf_meta') ? 'meta' : u.includes('filter') ? 'filters' : u.replace(/pagefind\/[^/]+\//, ''); by.set(k, (by.get(k) ?? 0) + n) }
  console.log(term, 'total KB', (all.reduce((a, [, n]) => a + n, 0) / 1024).toFixed(0), JSON.stringify(Object.fromEntries([...by].map(([k, v]) => [k.replace(/\?.*/, ''), Math.round(v / 1024)]))))
  await browser.close(); server.close()
}
