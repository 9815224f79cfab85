/**
 * One archive of actors. A named person or organisation is one actor however
 * the articles spell them; two people who share only a surname are not
 * merged; unnamed sources and documents stay with their article, since "a
 * French official" in two articles need not be one person.
 */
import { boundedSlug, claimUnique } from '../extract/slug.ts'
import { nameKey } from '../extract/rules/registry.ts'
import { isAcronym } from '../extract/rules/acronym.ts'
import type { Aliases } from '../read/aliases.ts'
import type { Actor, ArchiveActor, ArticleRecord, Speaker } from '../types.ts'

interface Group {
  key: string
  members: Array<{ record: ArticleRecord; actor: Actor }>
}

/** Rewrites the records' actor ids to archive ids and returns the archive's actors, sorted by id. */
export function mergeActors(records: readonly ArticleRecord[], aliases: Aliases = new Map()): ArchiveActor[] {
  const groups = groupActors(records, aliases)
  const preferred = new Map([...aliases.values()].map((name) => [nameKey(name), name]))
  const used = new Set<string>()
  const renames = new Map<ArticleRecord, Map<string, Speaker>>()
  const merged: ArchiveActor[] = []
  for (const group of groups) {
    const first = group.members[0]
    if (!first) continue
    const name = preferred.get(group.key.slice(group.key.indexOf(':') + 1)) ?? canonicalName(group)
    const local = first.actor.kind === 'anonymous' || first.actor.kind === 'document'
    const base = (local ? boundedSlug(`${first.record.slug}-${first.actor.id}`) : boundedSlug(name)) || 'actor'
    const id = claimUnique(base, used)
    const aliases = new Set<string>()
    const titles = new Set<string>()
    for (const { actor } of group.members) {
      for (const alias of [actor.name, ...actor.aliases]) if (!sameInAnyCase([name, ...aliases], alias)) aliases.add(alias)
      for (const title of actor.titles) titles.add(title)
    }
    const articles = [...new Set(group.members.map(({ record }) => record.slug))]
    let quoteCount = 0
    for (const { record, actor } of group.members) {
      quoteCount += record.quotes.filter((quote) => quote.speaker?.actorId === actor.id).length
      renamesOf(renames, record).set(actor.id, { actorId: id, name })
    }
    merged.push({ id, name, kind: first.actor.kind, aliases: [...aliases].sort(), titles: [...titles], articles, quoteCount })
  }
  // Renamed all at once, after every group is made: an archive id may be another actor's id in the article.
  for (const [record, renamed] of renames) {
    for (const actor of record.actors) actor.id = renamed.get(actor.id)?.actorId ?? actor.id
    for (const quote of record.quotes) {
      if (quote.speaker) quote.speaker = renamed.get(quote.speaker.actorId) ?? quote.speaker
      if (quote.candidates) quote.candidates = quote.candidates.map((candidate) => renamed.get(candidate.actorId) ?? candidate)
    }
  }
  return merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function renamesOf(renames: Map<ArticleRecord, Map<string, Speaker>>, record: ArticleRecord): Map<string, Speaker> {
  let renamed = renames.get(record)
  if (!renamed) {
    renamed = new Map()
    renames.set(record, renamed)
  }
  return renamed
}

/**
 * Groups by name key ("Omar al-Hakim" and "Omar Hakim" meet), then joins
 * a group known by a shorter name to the one longer name it ends ("Ruiz"
 * to "Ana Ruiz") when no other name ends the same way.
 */
function groupActors(records: readonly ArticleRecord[], aliases: Aliases): Group[] {
  const byKey = new Map<string, Group>()
  const groups: Group[] = []
  // An editor's aliases file joins names no article equates: each other name is keyed as the name it stands for.
  const editorKeys = new Map([...aliases].map(([other, name]) => [nameKey(other), nameKey(name)]))
  for (const record of [...records].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    for (const actor of record.actors) {
      const shared = actor.kind === 'person' || actor.kind === 'organization'
      const own = nameKey(actor.name)
      const key = shared ? `${actor.kind}:${editorKeys.get(own) ?? own}` : `${record.slug}:${actor.id}`
      let group = byKey.get(key)
      if (!group) {
        group = { key, members: [] }
        byKey.set(key, group)
        groups.push(group)
      }
      group.members.push({ record, actor })
    }
  }
  joinAcronyms(groups)
  for (const group of groups) {
    if (!group.key.startsWith('person:') || group.key.includes(' ')) continue
    const surname = group.key.slice('person:'.length)
    const longer = groups.filter((other) => other !== group && other.key.startsWith('person:') && other.key.endsWith(` ${surname}`) && other.members.length > 0)
    const target = longer[0]
    if (longer.length !== 1 || !target) continue
    target.members.push(...group.members)
    group.members = []
  }
  return groups.filter((group) => group.members.length > 0)
}

/** "Northern Rail Authority" with the alias "NRA" is the organisation another article calls "NRA". */
function joinAcronyms(groups: Group[]): void {
  for (const group of groups) {
    if (!group.key.startsWith('organization:')) continue
    const acronyms = new Set(group.members.flatMap(({ actor }) => actor.aliases.filter(isAcronym).map((alias) => `organization:${nameKey(alias)}`)))
    for (const other of groups) {
      if (other === group || other.members.length === 0 || !acronyms.has(other.key)) continue
      group.members.push(...other.members)
      other.members = []
    }
  }
}

function sameInAnyCase(names: readonly string[], name: string): boolean {
  const lower = name.toLowerCase()
  return names.some((known) => known.toLowerCase() === lower)
}

/** The fullest name the articles give: most words, then most often used. */
function canonicalName(group: Group): string {
  const counts = new Map<string, number>()
  for (const { actor } of group.members) counts.set(actor.name, (counts.get(actor.name) ?? 0) + 1)
  return [...counts].sort(([a, countA], [b, countB]) => b.split(' ').length - a.split(' ').length || countB - countA || (a < b ? -1 : 1))[0]?.[0] ?? ''
}
