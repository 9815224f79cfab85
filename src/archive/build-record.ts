/**
 * What a build records in the site it writes, so that the next build can
 * take unchanged pages, search shards, originals and API pieces from it
 * instead of making them again. It travels with the site: the record and the
 * files it describes are swapped in together. A missing or unreadable record
 * means "reuse nothing".
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PageFingerprints } from '../site/plan.ts'
import type { ShardFingerprints } from '../search/index.ts'
import type { OriginalFingerprints } from './originals.ts'
import { apiRecordOf, emptyApiRecord, type ApiRecord } from './api.ts'
import { buildRecordFile } from './output-guard.ts'

export interface BuildRecord {
  pages: PageFingerprints
  shards: ShardFingerprints
  originals: OriginalFingerprints
  api: ApiRecord
  /** Each article's slug by its file's path in the input folder, so that a published URL keeps its article. */
  slugs: Record<string, string>
}

const stringRecord = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {}

export async function readBuildRecord(site: string): Promise<BuildRecord> {
  try {
    const parsed = JSON.parse(await readFile(path.join(site, buildRecordFile), 'utf8')) as Partial<BuildRecord>
    return { pages: stringRecord(parsed.pages), shards: stringRecord(parsed.shards), originals: stringRecord(parsed.originals), api: apiRecordOf(parsed.api), slugs: stringRecord(parsed.slugs) }
  } catch {
    return { pages: {}, shards: {}, originals: {}, api: emptyApiRecord(), slugs: {} }
  }
}

export function buildRecordJson(record: BuildRecord): string {
  return `${JSON.stringify(record)}\n`
}
