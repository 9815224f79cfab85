/** Slugs unique in the archive: a clash gets a suffix, in the order of the records' ids, so builds are stable. */
import type { ArticleRecord } from '../types.ts'

export function assignUniqueSlugs(records: ArticleRecord[]): void {
  const used = new Set<string>()
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let slug = record.slug
    for (let suffix = 2; used.has(slug); suffix += 1) slug = `${record.slug}-${suffix}`
    used.add(slug)
    record.slug = slug
  }
}
