/** One article file's bytes to its record and problems: the unit of work of extraction, in any thread. */
import { decodeArticleFile } from '../read/files.ts'
import { extractArticle } from '../extract/extract.ts'
import type { ArticleRecord, Problem } from '../types.ts'

export interface FileResult {
  file: string
  record?: ArticleRecord
  problems: Problem[]
  /** For a web page, the text of its article, which the record's offsets point into (the file itself is HTML). */
  text?: string
}

export function processArticle(file: string, bytes: Uint8Array): FileResult {
  const read = decodeArticleFile(file, bytes)
  if (!read.ok) return { file, problems: [{ file, reason: read.reason, severity: 'error' }] }
  const problems: Problem[] = read.article.warnings.map((reason) => ({ file, reason, severity: 'warning' }))
  try {
    const extraction = extractArticle(read.article)
    if (!extraction.ok) return { file, problems: [...problems, { file, reason: extraction.reason, severity: 'error' }] }
    for (const reason of countRepeats(extraction.warnings)) problems.push({ file, reason, severity: 'warning' })
    return read.article.page ? { file, record: extraction.record, problems, text: read.article.text } : { file, record: extraction.record, problems }
  } catch (error) {
    // A crash on one article is a bug to report, not a reason to lose the others.
    return { file, problems: [...problems, { file, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }] }
  }
}

/** One line a warning: the same warning said nine times is said once, with "(9 times)". */
function countRepeats(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const warning of warnings) counts.set(warning, (counts.get(warning) ?? 0) + 1)
  return [...counts].map(([warning, count]) => (count > 1 ? `${warning} (${count} times)` : warning))
}
