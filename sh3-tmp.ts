import { chromium } from 'playwright-core'
import { serveFolder } from './src/site/serve.ts'
const { server, url } = await serveFolder(process.argv[2]!, 0)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
await page.goto(url)
const out = await page.evaluate(async (n) => {
  const pf = await import('/pagefind/0/pagefind.js' as string)
  await pf.options({})
  for (let i = 1; i < n; i++) await pf.mergeIndex(`/pagefind/${i}/`)
  const res: string[] = []
  for (const order of ['desc', 'asc']) {
    const s = await pf.search('Syria', { sort: { date: order } })
    for (const r of s.results) { const d = await r.data(); res.push(`${order} ${r.score.toFixed(2)} ${d.meta.date} ${d.url}`) }
  }
  return res
}, Number(process.argv[3]))
console.log(out.join('\n'))
await browser.close(); server.close()
