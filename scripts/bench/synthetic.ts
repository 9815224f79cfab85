/**
 * A synthetic archive for the benchmark, made from real article text: the
 * paragraphs of the seeds and of the test fixtures, recombined, with distinct
 * headlines, dates, datelines and speakers, so actors and quotes are realistic.
 * The same N always gives the same files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const cities = ['LONDON', 'PARIS', 'BEIRUT', 'NAIROBI', 'WASHINGTON', 'TOKYO', 'CAIRO', 'BERLIN', 'MADRID', 'OTTAWA', 'LIMA', 'SEOUL']
const agencies = ['Reuters', 'AP', 'AFP', 'dpa']
const firstNames = ['Ana', 'Omar', 'Lena', 'Kofi', 'Ines', 'Tomas', 'Mei', 'Ravi', 'Sara', 'Yusuf', 'Clara', 'Jonas', 'Amara', 'Diego', 'Hana']
const lastNames = ['Quist', 'Marlowe', 'Adeyemi', 'Sorensen', 'Takeda', 'Haddad', 'Novak', 'Okafor', 'Brandt', 'Lindqvist', 'Moreau', 'Castillo', 'Osei', 'Varga', 'Kowalski']
const roles = ['a spokeswoman for the ministry', 'an analyst at a Geneva bank', 'the mayor', 'a senior diplomat', 'the interior minister', 'a union leader']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const topics = ['talks', 'strike', 'budget', 'election', 'floods', 'trade deal', 'ceasefire', 'vaccine rollout', 'rail plan', 'port dispute']
const verbs = ['stall', 'resume', 'collapse', 'widen', 'ease', 'deepen', 'falter', 'gather pace']

/** Story paragraphs of the seeds and fixtures: no headlines, no furniture, no datelines. */
async function paragraphs(root: string): Promise<string[]> {
  const files: string[] = []
  for (const name of await readdir(path.join(root, 'seeds'))) files.push(path.join(root, 'seeds', name))
  for (const name of await readdir(path.join(root, 'tests', 'fixtures', 'articles'))) {
    for (const file of await readdir(path.join(root, 'tests', 'fixtures', 'articles', name))) if (file.startsWith('input.')) files.push(path.join(root, 'tests', 'fixtures', 'articles', name, file))
  }
  const found: string[] = []
  for (const file of files) {
    const text = (await readFile(file, 'utf8')).replace(/^---[\s\S]*?---\n/, '')
    for (const line of text.split(/\r?\n/)) {
      const words = line.split(/\s+/).length
      if (words >= 12 && /[.”"]$/.test(line.trim()) && !/^[A-Z ,.]+(?:\([^)]*\))?\s*[–—-]/.test(line)) found.push(line.trim())
    }
  }
  return found
}

/** A small deterministic generator, so that every run makes the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export async function writeSyntheticArchive(root: string, folder: string, count: number): Promise<void> {
  const pool = await paragraphs(root)
  const next = random(count)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  await mkdir(folder, { recursive: true })
  for (let index = 0; index < count; index += 1) {
    const speaker = `${pick(firstNames)} ${pick(lastNames)}`
    const other = `${pick(firstNames)} ${pick(lastNames)}`
    const year = 2005 + Math.floor(next() * 20)
    const date = `${pick(months)} ${1 + Math.floor(next() * 28)}, ${year}`
    const body = Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(pool))
    const text = [
      `${capitalised(pick(topics))} ${pick(verbs)} as ${pick(topics)} ${pick(verbs)}, number ${index + 1}`,
      '',
      `${pick(cities)}, ${date} (${pick(agencies)}) - ${body[0]}`,
      '',
      `“We will not accept this outcome, and we said so on ${date},” said ${speaker}, ${pick(roles)}.`,
      '',
      ...body.slice(1).flatMap((paragraph) => [paragraph, '']),
      `“Nobody expected ${pick(topics)} to move this fast,” ${other} told reporters. “We are watching closely.”`,
      ''
    ].join('\n')
    await writeFile(path.join(folder, `article-${String(index).padStart(6, '0')}.txt`), text)
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
