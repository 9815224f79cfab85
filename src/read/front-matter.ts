/**
 * YAML front matter of `.md` articles: the corrections a person wrote. Only the
 * documented fields are read, each checked for its type; anything else in the
 * front matter is ignored, never passed on to templates.
 */
import { createRequire } from 'node:module'
import type matterFunction from 'gray-matter'
import yaml from 'js-yaml'

/** gray-matter, loaded the first time an article has front matter: a plain-text article never pays for it. */
let matter: typeof matterFunction | undefined
const loadMatter = (): typeof matterFunction => (matter ??= createRequire(import.meta.url)('gray-matter') as typeof matterFunction)

/** A person's correction of one quote's speaker, found by id or by its words. */
export interface SpeakerCorrection {
  id?: string
  text?: string
  speaker: string | null
}

export interface FrontMatter {
  headline?: string
  published?: string
  publisher?: string
  url?: string
  dateline?: string
  quotes: SpeakerCorrection[]
}

export type ParsedFrontMatter =
  | { ok: true; frontMatter: FrontMatter; bodyStart: number; warnings: string[] }
  | { ok: false; reason: string }

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not accepted, only YAML`)
}

export function parseFrontMatter(text: string): ParsedFrontMatter {
  const opening = /^---([^\r\n]*)\r?\n/.exec(text)
  if (!opening) return { ok: true, frontMatter: { quotes: [] }, bodyStart: 0, warnings: [] }
  const language = opening[1]?.trim().toLowerCase() ?? ''
  if (language !== '' && language !== 'yaml') return { ok: false, reason: `front matter in ${language} is not accepted, only YAML` }
  let parsed: matterFunction.GrayMatterFile<string>
  try {
    // gray-matter evaluates `---js` front matter as code; article files are data.
    // YAML's core schema keeps dates as written: the default one turns `2023-02-30` into March 2.
    const engines = { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object, js: refuse('JavaScript'), javascript: refuse('JavaScript'), coffee: refuse('CoffeeScript') }
    parsed = loadMatter()(text, { engines })
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML (${firstLine(error)})` }
  }
  const data: unknown = parsed.data
  if (!isRecord(data)) return { ok: false, reason: 'front matter is not a YAML mapping' }
  const warnings: string[] = []
  const frontMatter: FrontMatter = { quotes: readCorrections(data['quotes'], warnings) }
  for (const field of ['headline', 'publisher', 'url', 'dateline'] as const) {
    const value = readString(data, field, warnings)
    if (value !== undefined) frontMatter[field] = value
  }
  const published = readDate(data['published'], warnings)
  if (published !== undefined) frontMatter.published = published
  return { ok: true, frontMatter, bodyStart: text.length - parsed.content.length, warnings }
}

function readString(data: Record<string, unknown>, field: string, warnings: string[]): string | undefined {
  const value = data[field]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  warnings.push(`front matter field "${field}" is not a non-empty string; ignored`)
  return undefined
}

/** A date a person wrote: YYYY, YYYY-MM or YYYY-MM-DD, and one the calendar has (no month 13, no February 30, no year 0). */
function readDate(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined || value === null) return undefined
  const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (isCalendarDate(written)) return written
  warnings.push('front matter field "published" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored')
  return undefined
}

export function isCalendarDate(written: string): boolean {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written)
  if (!parts) return false
  const [year, month = 1, day = 1] = parts.slice(1).filter((part) => part !== undefined).map(Number)
  if (year === undefined || year < 1 || month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

function readCorrections(value: unknown, warnings: string[]): SpeakerCorrection[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    warnings.push('front matter field "quotes" is not a list; ignored')
    return []
  }
  const corrections: SpeakerCorrection[] = []
  for (const item of value) {
    const speaker = isRecord(item) ? item['speaker'] : undefined
    const id = isRecord(item) ? item['id'] : undefined
    const words = isRecord(item) ? item['text'] : undefined
    const validSpeaker = speaker === null || (typeof speaker === 'string' && speaker.trim() !== '')
    const validKey = typeof id === 'string' || typeof words === 'string'
    if (!validSpeaker || !validKey) {
      warnings.push('a front matter quote correction needs "id" or "text", and "speaker" (a name or null); ignored')
      continue
    }
    const correction: SpeakerCorrection = { speaker: typeof speaker === 'string' ? speaker.trim() : null }
    if (typeof id === 'string') correction.id = id
    if (typeof words === 'string') correction.text = words
    corrections.push(correction)
  }
  return corrections
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error'
}
