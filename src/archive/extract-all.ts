/** Extracts every article under the given paths; a bad file becomes a problem, never a stop. */
import { listArticles, readArticle } from '../read/files.ts'
import { extractArticle } from '../extract/extract.ts'
import { assignUniqueSlugs } from './slugs.ts'
import type { ArticleRecord, Problem } from '../types.ts'

export interface ExtractAllOptions {
  maxBytes?: number
}

export async function extractAll(paths: readonly string[], options: ExtractAllOptions = {}): Promise<{ records: ArticleRecord[]; problems: Problem[] }> {
  const { files, problems: listing } = await listArticles(paths)
  const problems: Problem[] = listing.map(({ file, reason }) => ({ file, reason, severity: 'error' }))
  const records: ArticleRecord[] = []
  for (const file of files) {
    const read = await readArticle(file, options.maxBytes)
    if (!read.ok) {
      problems.push({ file, reason: read.reason, severity: 'error' })
      continue
    }
    for (const reason of read.article.warnings) problems.push({ file, reason, severity: 'warning' })
    let extraction
    try {
      extraction = extractArticle(read.article)
    } catch (error) {
      // A crash on one article is a bug to report, not a reason to lose the others.
      problems.push({ file, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' })
      continue
    }
    if (!extraction.ok) {
      problems.push({ file, reason: extraction.reason, severity: 'error' })
      continue
    }
    for (const reason of countRepeats(extraction.warnings)) problems.push({ file, reason, severity: 'warning' })
    records.push(extraction.record)
  }
  assignUniqueSlugs(records)
  return { records, problems }
}

/** One line a warning: the same warning said nine times is said once, with "(9 times)". */
function countRepeats(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const warning of warnings) counts.set(warning, (counts.get(warning) ?? 0) + 1)
  return [...counts].map(([warning, count]) => (count > 1 ? `${warning} (${count} times)` : warning))
}
