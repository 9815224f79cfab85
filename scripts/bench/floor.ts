/**
 * The floor of the toolchain: plain Eleventy rendering the articles as
 * Markdown pages with one layout, then plain Pagefind indexing that output.
 * Usage: tsx scripts/bench/floor.ts INPUT OUTPUT (INPUT holds .md pages made by prepareFloorInput).
 */
import Eleventy from '@11ty/eleventy'
import * as pagefind from 'pagefind'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Turns the benchmark's articles into Markdown pages with one layout; not part of the timed floor. */
export async function prepareFloorInput(articles: string, folder: string): Promise<void> {
  await mkdir(path.join(folder, '_includes'), { recursive: true })
  await writeFile(path.join(folder, '_includes', 'page.njk'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body>{{ content | safe }}</main></body></html>\n')
  for (const name of await readdir(articles)) {
    const text = await readFile(path.join(articles, name), 'utf8')
    const [title = name, ...rest] = text.split('\n')
    await writeFile(path.join(folder, name.replace(/\.txt$/, '.md')), `---\nlayout: page.njk\ntitle: ${JSON.stringify(title)}\n---\n# ${title.replace(/[#*_`[\]<>{}]/g, ' ')}\n\n${rest.join('\n').replace(/[{}<>]/g, ' ')}\n`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2)
  if (!input || !output) throw new Error('usage: floor.ts INPUT OUTPUT')
  console.log('floor: rendering')
  await new Eleventy(input, output, { quietMode: true }).write()
  console.log('floor: indexing')
  const { index } = await pagefind.createIndex({})
  if (!index) throw new Error('Pagefind did not start')
  await index.addDirectory({ path: output })
  await index.writeFiles({ outputPath: path.join(output, 'pagefind') })
  await pagefind.close()
  console.log('floor: done')
}
