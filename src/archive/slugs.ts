/**
 * Slugs unique in the archive. A slug, once published, stays with its
 * article: a record keeps the slug an earlier build gave it (`kept`) while
 * that slug still comes from its headline. The rest take their headline's
 * slug, with a suffix on a clash, in the order of the records' ids, so that
 * builds are stable.
 */
import { claimUnique } from '../extract/slug.ts'
import type { ArticleRecord } from '../types.ts'

/** The slug an earlier build gave the record, if any. */
export type KeptSlug = (record: ArticleRecord) => string | undefined

export function assignUniqueSlugs(records: ArticleRecord[], kept: KeptSlug = () => undefined): void {
  const used = new Set<string>()
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const fresh: ArticleRecord[] = []
  for (const record of sorted) {
    const earlier = kept(record)
    if (earlier !== undefined && isSuffixed(earlier, record.slug) && !used.has(earlier)) {
      used.add(earlier)
      record.slug = earlier
    } else fresh.push(record)
  }
  for (const record of fresh) record.slug = claimUnique(record.slug, used)
}

/** Whether `slug` is `base` or `base` with a numbered suffix. */
function isSuffixed(slug: string, base: string): boolean {
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
}
