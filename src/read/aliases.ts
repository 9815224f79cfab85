/**
 * `aliases.yml` in the input folder: names an editor knows are one actor
 * though no article says so, the name to show first, then its other names:
 *
 *     Islamic State: [IS, ISIL, ISIS]
 *     Kim Jong Un: Kim Jong-un
 *
 * Read as YAML's core schema (no dates, no code); anything else in it is
 * reported, and left out, never a reason to stop.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import yaml from 'js-yaml'

/** Each other name → the name an editor wants shown. */
export type Aliases = ReadonlyMap<string, string>

export const aliasesFile = 'aliases.yml'

export function parseAliases(text: string): { aliases: Map<string, string>; problems: string[] } {
  const aliases = new Map<string, string>()
  const problems: string[] = []
  let data: unknown
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA })
  } catch (error) {
    return { aliases, problems: [`not valid YAML (${String(error instanceof Error ? error.message : error).split('\n')[0]}); ignored`] }
  }
  if (data === undefined || data === null) return { aliases, problems }
  if (typeof data !== 'object' || Array.isArray(data)) return { aliases, problems: ['not a mapping of names to their other names; ignored'] }
  for (const [name, others] of Object.entries(data)) {
    const list = typeof others === 'string' ? [others] : Array.isArray(others) ? others : undefined
    if (name.trim() === '' || !list || !list.every((other): other is string => typeof other === 'string' && other.trim() !== '')) {
      problems.push(`the entry "${name}" is not a name with a list of other names; ignored`)
      continue
    }
    for (const other of list) aliases.set(other.trim(), name.trim())
  }
  return { aliases, problems }
}

/** The aliases file of an input folder, if it has one. */
export async function readAliases(folder: string): Promise<{ aliases: Map<string, string>; problems: string[]; file: string }> {
  const file = path.join(folder, aliasesFile)
  const text = await readFile(file, 'utf8').catch(() => undefined)
  return text === undefined ? { aliases: new Map(), problems: [], file } : { ...parseAliases(text), file }
}
