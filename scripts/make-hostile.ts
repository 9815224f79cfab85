/**
 * The corpus of bad input: the small files in tests/fixtures/hostile, plus the
 * ones too large, binary or system-specific to keep in git (sizes, encodings,
 * a symbolic link out of the folder, an unreadable file). Run it as
 * `tsx scripts/make-hostile.ts DIR` to get the whole corpus in DIR.
 */
import { chmod, copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'hostile')

/** Writes the whole corpus into `folder`; `outside` is a folder beside it for the symbolic link to point into. */
export async function writeHostileCorpus(folder: string, outside: string): Promise<void> {
  await mkdir(folder, { recursive: true })
  await mkdir(outside, { recursive: true })
  for (const name of await readdir(committed)) await copyFile(path.join(committed, name), path.join(folder, name))
  const article = (body: string) => `A generated article\n\n${body}\n`
  const generated: Record<string, string | Uint8Array> = {
    'fifty-thousand-paragraphs.txt': article(Array.from({ length: 50_000 }, (_, index) => `Paragraph ${index}, the clerk said.`).join('\n\n')),
    // Nothing earlier is anyone "he", "it", "the company" or "another" can mean: a search back through every actor each time is quadratic.
    'forty-thousand-pronouns.txt': article(Array.from({ length: 40_000 }, (_, index) => `Exhibit ${index}, ${['he', 'it', 'the company', 'another'][index % 4]} said.`).join('\n\n')),
    'one-megabyte-line.txt': article('word '.repeat(200_000)),
    'twenty-megabytes.txt': 'x'.repeat(20 * 1024 * 1024),
    'ten-thousand-quotes.txt': article(Array.from({ length: 10_000 }, (_, index) => `“Number ${index},” said Ann Lee.`).join(' ')),
    'picture.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    'archive.txt': gzipSync('A gzip is not an article'),
    'utf-16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('“Wide,” said Ann Lee.'), 'utf16le')]),
    'windows-1252.txt': Buffer.concat([Buffer.from('An old scrape\n\nShe said '), Buffer.from([0x93]), Buffer.from('it was fine'), Buffer.from([0x94]), Buffer.from('.\n')]),
    'invalid-utf-8.txt': Buffer.concat([Buffer.from('Broken bytes\n\nText '), Buffer.from([0xc3, 0x28, 0x81, 0x8d]), Buffer.from(' more.\n')]),
    'nul-bytes.txt': Buffer.from('Nul bytes\n\nText\u0000with\u0000nuls.\n'),
    'mixed-newlines.txt': 'Mixed line endings\r\n\r\nOne paragraph, “said with CRLF,” Ann Lee said.\r\rAnother with CR.\n\nAnd LF, “quoted,” Tom Reed said.\n'
  }
  for (const [name, content] of Object.entries(generated)) await writeFile(path.join(folder, name), content)
  await writeFile(path.join(outside, 'secret.txt'), article('“Outside,” said the secret.'))
  await symlink(path.join(outside, 'secret.txt'), path.join(folder, 'link-outside.txt'))
  await mkdir(path.join(folder, 'a-folder-named-like-an-article.txt'))
  await writeFile(path.join(folder, 'unreadable.txt'), article('“Locked,” said Ann Lee.'))
  await chmod(path.join(folder, 'unreadable.txt'), 0o000)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2]
  if (!folder) throw new Error('usage: tsx scripts/make-hostile.ts DIR')
  await writeHostileCorpus(folder, `${folder}-outside`)
}
