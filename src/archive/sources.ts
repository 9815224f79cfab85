/** One archive of sources: an outlet or agency is one source across articles; a quoted document stays with its article. */
import { boundedSlug, claimUnique } from '../extract/slug.ts'
import { outletKey } from '../extract/rules/outlets.ts'
import type { ArchiveSource, ArticleRecord } from '../types.ts'

/** Rewrites the records' source ids to archive ids and returns the archive's sources, sorted by id. */
export function mergeSources(records: readonly ArticleRecord[]): ArchiveSource[] {
  const byKey = new Map<string, ArchiveSource>()
  const used = new Set<string>()
  for (const record of [...records].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    for (const source of record.sources) {
      const key = source.kind === 'document' ? `${record.slug}:${source.id}` : outletKey(source.name)
      let merged = byKey.get(key)
      if (!merged) {
        const base = (source.kind === 'document' ? boundedSlug(`${record.slug}-${source.id}`) : boundedSlug(source.name)) || 'source'
        const id = claimUnique(base, used)
        merged = { id, name: source.name, kind: source.kind, articles: [] }
        byKey.set(key, merged)
      }
      if (!merged.articles.includes(record.slug)) merged.articles.push(record.slug)
      source.id = merged.id
    }
  }
  return [...byKey.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
