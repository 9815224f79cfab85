/**
 * Each article's originals, served beside its page: `original.txt`, the file
 * as it came in, or the text its offsets point into where that is not the
 * file (a web page's article, a record built elsewhere); and a web page's
 * `original.html`. Each has a fingerprint, a hash of what it is made from,
 * so that a rebuild links the originals the site it replaces already has
 * rather than writing one file an article again (about 2.5 s of a rebuild at
 * 10,000 articles).
 */
import { readFile } from 'node:fs/promises'
import { paths } from '../site/paths.ts'
import { copyFiles, writeFiles } from './write.ts'
import { digest } from './fingerprint.ts'
import type { ArticleRecord } from '../types.ts'

/** Where an original's content comes from. */
export type OriginalContent = { text: string } | { copyOf: string } | { pageOf: string }

export interface Original {
  /** Its path in the site. */
  file: string
  content: OriginalContent
  fingerprint: string
}

/** Output file → fingerprint of what it was made from, as a build records it. */
export type OriginalFingerprints = Record<string, string>

/**
 * The line put before a saved page: it forbids the page to run scripts, load
 * anything or submit forms, since it is served from the archive's own address.
 */
const inertPolicy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">\n`

/** A saved page as the archive serves it: its bytes as they came in, after `inertPolicy`. */
export function inert(page: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(inertPolicy), page])
}

/**
 * The originals of `records`. `texts` holds the text an `original.txt` is
 * made of where that is not the record's file; `pages`, the records whose
 * file is a web page kept as `original.html`; `digests`, a hash of the bytes
 * each record's file held when it was read (`digest`).
 */
export function originalsOf(
  records: readonly ArticleRecord[],
  texts: ReadonlyMap<ArticleRecord, string>,
  pages: ReadonlySet<ArticleRecord>,
  digests: ReadonlyMap<ArticleRecord, string>
): Original[] {
  const fileDigest = (record: ArticleRecord) => digests.get(record) ?? missingDigest(record)
  return records.flatMap((record) => {
    const text = texts.get(record)
    const original: Original = {
      file: paths.original(record.slug).slice(1),
      content: text === undefined ? { copyOf: record.file } : { text },
      fingerprint: text === undefined ? fileDigest(record) : digest(text)
    }
    if (!pages.has(record)) return [original]
    // The policy is part of what the page is made of: a new policy makes every page again.
    const page: Original = { file: paths.originalPage(record.slug).slice(1), content: { pageOf: record.file }, fingerprint: digest(`${inertPolicy}\0${fileDigest(record)}`) }
    return [original, page]
  })
}

function missingDigest(record: ArticleRecord): never {
  throw new Error(`no hash of ${record.file} as it was read, which its original is copied from`)
}

export interface OriginalsPlan {
  /** Originals to write into the new site. */
  write: Original[]
  /** Files the previous site has as they would be written now. */
  reuse: string[]
  fingerprints: OriginalFingerprints
}

/**
 * Splits `originals` into those to write and those the previous site has:
 * recorded with the same fingerprint by the previous build (`previous`), and
 * still there (`available`).
 */
export function planOriginals(originals: readonly Original[], previous: OriginalFingerprints, available: (file: string) => boolean): OriginalsPlan {
  const plan: OriginalsPlan = { write: [], reuse: [], fingerprints: {} }
  for (const original of originals) {
    plan.fingerprints[original.file] = original.fingerprint
    if (previous[original.file] === original.fingerprint && available(original.file)) plan.reuse.push(original.file)
    else plan.write.push(original)
  }
  return plan
}

/** Writes `originals` into `folder`. */
export async function writeOriginals(folder: string, originals: readonly Original[]): Promise<void> {
  const texts = new Map<string, string>()
  const copies = new Map<string, string>()
  const pages: Array<[string, string]> = []
  for (const { file, content } of originals) {
    if ('text' in content) texts.set(file, content.text)
    else if ('copyOf' in content) copies.set(file, content.copyOf)
    else pages.push([file, content.pageOf])
  }
  await writeFiles(folder, texts)
  await copyFiles(folder, copies)
  for (const [file, source] of pages) await writeFiles(folder, new Map([[file, inert(await readFile(source))]]))
}
