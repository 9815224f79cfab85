/** `onrecord build`: extract the archive and write its records and schema, all or nothing. */
import { extractAll } from '../src/archive/extract-all.ts'
import { writeOutputAtomically } from '../src/archive/write.ts'
import { schemaJson } from '../src/archive/schema.ts'
import type { Problem } from '../src/types.ts'

export interface BuildOptions {
  input: string
  output: string
  maxBytes?: number
  log: (line: string) => void
}

export async function build(options: BuildOptions): Promise<{ problems: Problem[] }> {
  const started = performance.now()
  options.log(`onrecord: extracting articles from ${options.input}`)
  const { records, problems } = await extractAll([options.input], options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  const files = new Map([
    ['api/articles.json', `${JSON.stringify(records, null, 2)}\n`],
    ['api/record.schema.json', schemaJson()]
  ])
  await writeOutputAtomically(options.output, files)
  const quotes = records.reduce((sum, record) => sum + record.quotes.length, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  options.log(`onrecord: ${records.length} articles, ${quotes} quotes, ${problems.length} problems, ${seconds} s → ${options.output}`)
  return { problems }
}
