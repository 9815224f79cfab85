/**
 * Extraction speed on one core: `npm run bench:extract -- <folder>` extracts
 * every article in the folder on this thread, three times after a warm-up,
 * and prints milliseconds an article and articles a second (best of three),
 * beside the time remark-parse takes to parse the same files as Markdown:
 * the toolchain's floor for a text with Markdown in it, which extraction
 * skips for a text without (see `src/extract/paragraphs.ts`). It measures
 * the compiled package, the code `onrecord` runs, not the TypeScript
 * sources. A measurement, not a test.
 */
import { readFile } from 'node:fs/promises'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { listArticles, decodeArticleFile, extractArticle } from 'onrecord'

const markdown = unified().use(remarkParse).freeze()
const parseMarkdown = (text: string) => markdown.parse(text)

const folder = process.argv[2]
if (!folder) throw new Error('usage: npm run bench:extract -- <folder of articles>')
const { files } = await listArticles([folder])
const articles = (await Promise.all(files.map(async (file) => decodeArticleFile(file, await readFile(file))))).flatMap((read) => (read.ok ? [read.article] : []))

function best(run: () => void): number {
  run()
  let fastest = Infinity
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest / articles.length
}

const extraction = best(() => articles.forEach((article) => extractArticle(article)))
const floor = best(() => articles.forEach((article) => parseMarkdown(article.text)))
const characters = Math.round(articles.reduce((sum, article) => sum + article.text.length, 0) / articles.length)
process.stdout.write(
  `${articles.length} articles, ${characters} characters on average\n` +
    `extraction:      ${extraction.toFixed(2)} ms an article, ${Math.round(1000 / extraction)} articles/s on one core\n` +
    `Markdown parse:  ${floor.toFixed(2)} ms an article (remark-parse alone, which a text without Markdown skips)\n`
)
