/**
 * One article file to one record: the stages in order, each a rule of its own.
 */
import { boundedSlug, claimUnique } from './slug.ts'
import type { PageMetadata } from '../read/html.ts'
import { parseFrontMatter, type FrontMatter } from '../read/front-matter.ts'
import { leavesOf } from './paragraphs.ts'
import { collectBlocks, type Format } from './blocks.ts'
import { classifyBlocks, type ClassifiedBlock } from './classify.ts'
import { splitHeadline } from './rules/headline.ts'
import { parseDateline } from './rules/dateline.ts'
import { isCreditLine, isStaffCredit, trailingCreditStart } from './rules/caption.ts'
import { findQuoteSpans } from './rules/quote-marks.ts'
import { findSources } from './rules/sources.ts'
import { datesWithin, earliestDate, findDates, latestDate, mayStateDate, writersDates } from './rules/dates.ts'
import { recognizeOutlet } from './rules/outlets.ts'
import { toActors, type Entry } from './rules/registry.ts'
import { attributeQuotes, type Attribution } from './attribute.ts'
import { splitSentences } from './sentences.ts'
import { trimmedSpan } from './span.ts'
import type { Actor, ArticleRecord, BodyBlock, Caption, Dateline, Published, Quote, Source, Span, Speaker } from '../types.ts'

export interface ArticleInput {
  /** The path as given, used in messages and the record. */
  file: string
  /** The file text after decoding and byte-order-mark removal. */
  text: string
  format: Format
  /** What a web page states about itself; a person's front matter goes before it, and it before what the text suggests. */
  page?: PageMetadata
}

export type Extraction =
  | { ok: true; record: ArticleRecord; warnings: string[] }
  | { ok: false; reason: string }

export function extractArticle(input: ArticleInput): Extraction {
  const { text, format } = input
  const front = format === 'markdown' ? parseFrontMatter(text) : { ok: true as const, frontMatter: { quotes: [] }, bodyStart: 0, warnings: [] }
  if (!front.ok) return front
  const { frontMatter, bodyStart } = front
  const page = input.page
  const statedHeadline = frontMatter.headline ?? page?.headline
  const blocks = classifyBlocks(collectBlocks(leavesOf(text.slice(bodyStart)), text, bodyStart, format), { headlineGiven: statedHeadline !== undefined })
  const headlineBlock = blocks.find((block) => block.role === 'headline')
  const parts = headlineBlock ? splitHeadline(headlineBlock.text, headlineBlock.start) : undefined
  const headline = statedHeadline ?? parts?.headline.text
  if (!headline || !/[\p{L}\p{N}]/u.test(headline)) return { ok: false, reason: 'no recognisable headline (and none in front matter)' }

  const story = blocks.filter((block) => block.role === 'paragraph' || block.role === 'subheading' || block.role === 'standfirst')
  const dateline = datelineOf(story, frontMatter)
  const captions = captionsOf(text, blocks)
  const spans = findQuoteSpans(text, story)
  // "Photo: Ana Ruiz/Reuters" inside the story credits a picture, "(Reporting by …)" the staff: the body keeps them,
  // the discourse has no one in them.
  const credit = (block: ClassifiedBlock) => (isCreditLine(block.text) && !/[“”"]/.test(block.text)) || isStaffCredit(block.text)
  const discourse = withoutDateline(text, story.filter((block) => !credit(block)), dateline)
  const { attributions, registry } = attributeQuotes(text, discourse, spans)
  const speakers = speakersOf(attributions)
  const actors = toActors(registry.entries, speakers)
  const quotes = toQuotes(text, attributions, actors)
  const actorList = withAuthors([...actors.values()], page?.authors ?? [])
  const warnings = [...front.warnings, ...applyCorrections(quotes, frontMatter, actorList)]

  const publisher = frontMatter.publisher ?? page?.publisher ?? publisherOf(text, parts?.site?.text, dateline)
  const credited = [...story, ...captions, ...captions.flatMap((caption) => (caption.credit ? [caption.credit] : []))]
  const sources = [...findSources(text, dateline?.start !== undefined ? [...credited, { start: dateline.start, end: dateline.end ?? dateline.start }] : credited, publisher ? [publisher] : []), ...documentSources(speakers)]
  const timestamps = blocks.filter((block) => block.role === 'timestamp')
  const datedBlocks = [...timestamps, ...captions, ...story].filter((block) => mayStateDate(block.text))
  const dates = findDates(text, datedBlocks.flatMap((block) => splitSentences(text, block.start, block.end)))
  const id = input.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const record: ArticleRecord = {
    id,
    slug: boundedSlug(headline) || boundedSlug(id) || 'article',
    file: input.file,
    headline,
    dateline,
    dates,
    published: publishedOf(frontMatter, page, dateline, earliestDate(datesWithin(dates, timestamps)), latestDate(writersDates(dates, [...captions, ...spans]))),
    captions,
    body: story.map((block): BodyBlock => ({ text: block.text, start: block.start, end: block.end, kind: block.role as BodyBlock['kind'] })),
    sources,
    actors: actorList,
    quotes
  }
  const url = frontMatter.url ?? page?.url
  if (url) record.url = url
  if (parts?.kicker) record.kicker = parts.kicker.text
  if (publisher) record.publisher = publisher
  return { ok: true, record, warnings }
}

/**
 * "HALDEN, March 8 (UPI) — In response to …, Lee said": the dateline opens
 * the paragraph but no sentence of it, so the discourse starts after it and
 * the sentence's opening phrase is read as one.
 */
function withoutDateline(text: string, blocks: readonly ClassifiedBlock[], dateline: Dateline | null): ClassifiedBlock[] {
  const { start, end } = dateline ?? {}
  if (start === undefined || end === undefined) return [...blocks]
  const after = end + (/^\s*/.exec(text.slice(end, end + 20))?.[0].length ?? 0)
  return blocks.map((block) => (block.start === start && after < block.end ? { ...block, start: after } : block))
}

function datelineOf(story: readonly ClassifiedBlock[], frontMatter: FrontMatter): Dateline | null {
  if (frontMatter.dateline) {
    const parsed = parseDateline(`${frontMatter.dateline} — `, 0)
    const { start: _start, end: _end, ...rest } = parsed ?? { text: frontMatter.dateline, places: [] }
    return { ...rest, text: frontMatter.dateline }
  }
  const first = story.find((block) => block.role === 'paragraph')
  return first ? parseDateline(first.text, first.start) : null
}

/** A caption takes its credit from its own end ("… (Reuters/Name)") or from the credit line after it. */
function captionsOf(text: string, blocks: readonly ClassifiedBlock[]): Caption[] {
  const captions: Caption[] = []
  for (const [index, block] of blocks.entries()) {
    if (block.role !== 'caption') continue
    const creditAt = trailingCreditStart(block.text)
    const caption: Caption = creditAt > 0 ? trimmedSpan(text, block.start, block.start + creditAt) : { text: block.text, start: block.start, end: block.end }
    const next = blocks.slice(index + 1).find((other) => other.role !== 'chrome' && other.role !== 'timestamp')
    if (creditAt > 0) caption.credit = trimmedSpan(text, block.start + creditAt, block.end)
    else if (next?.role === 'credit') caption.credit = { text: next.text, start: next.start, end: next.end }
    if (caption.credit) caption.credit = trimmedSpan(text, caption.credit.start + (/^\(/.test(caption.credit.text) ? 1 : 0), caption.credit.end - (/\)$/.test(caption.credit.text) ? 1 : 0))
    captions.push(caption)
  }
  return captions
}

/**
 * The site name after the headline ("… | SITE NAME English Archive 2005-2017")
 * without archive words and years, in the spelling the article itself uses.
 */
function publisherOf(text: string, site: string | undefined, dateline: Dateline | null): string | undefined {
  const cleaned = site?.replace(/\s+(?:english\s+)?(?:archive|edition|online|website)\b.*$/i, '').replace(/[\s\d–—-]+$/, '').trim()
  if (cleaned) {
    const spelled = new RegExp(cleaned.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'gi')
    const variants = [...text.matchAll(spelled)].map((match) => match[0]).filter((variant) => variant !== variant.toUpperCase())
    return recognizeOutlet(cleaned)?.name ?? variants.at(-1) ?? cleaned
  }
  return dateline?.outlet
}

/**
 * When the article was published, and on what basis, best evidence first: a
 * person's front matter, the web page's own metadata, the dateline, the page's own "Published …" line,
 * else the latest date the writer mentions as a lower bound. A caption's or
 * a quote's date never counts (see `writersDates`); an article with none of
 * these is undated, and lists put it after the dated ones.
 */
function publishedOf(frontMatter: FrontMatter, page: PageMetadata | undefined, dateline: Dateline | null, stamped: string | undefined, latest: string | undefined): Published | null {
  if (frontMatter.published) return { date: frontMatter.published, basis: 'front-matter' }
  if (page?.published) return { date: page.published, basis: 'page-metadata' }
  if (dateline?.date) return { date: dateline.date, basis: 'dateline' }
  if (stamped) return { date: stamped, basis: 'timestamp' }
  return latest ? { date: latest, basis: 'not-before' } : null
}

/**
 * A web page's authors are people on record as the article's authors, never
 * as speakers: one already named in the text gains the title, anyone else is
 * a new actor.
 */
function withAuthors(actors: Actor[], authors: readonly string[]): Actor[] {
  const used = new Set(actors.map((actor) => actor.id))
  for (const name of authors) {
    const known = actors.find((actor) => actor.name.toLowerCase() === name.toLowerCase())
    if (known) {
      if (!known.titles.includes('author')) known.titles.push('author')
      continue
    }
    actors.push({ id: claimUnique(boundedSlug(name) || 'author', used), name, kind: 'person', aliases: [], titles: ['author'] })
  }
  return actors
}

/** Every entry a quote is given to, or may be given to, in the order the quotes come. */
function speakersOf(attributions: readonly Attribution[]): Set<Entry> {
  const speakers = new Set<Entry>()
  for (const attribution of attributions) {
    if (attribution.speaker) speakers.add(attribution.speaker)
    for (const candidate of attribution.candidates ?? []) speakers.add(candidate)
  }
  return speakers
}

function toQuotes(text: string, attributions: readonly Attribution[], actors: ReadonlyMap<Entry, Actor>): Quote[] {
  return attributions.map((attribution, index) => {
    const actor = attribution.speaker ? actors.get(attribution.speaker) : undefined
    const speaker: Speaker | null = actor ? { actorId: actor.id, name: actor.name } : null
    const { cue, finding } = attribution
    const quote: Quote = {
      id: `q${index + 1}`,
      text: text.slice(attribution.span.start, attribution.span.end),
      start: attribution.span.start,
      end: attribution.span.end,
      kind: attribution.kind,
      speaker,
      cue: cue ? spanOf(text, cue) : null,
      context: contextOf(text, attribution)
    }
    if (speaker && finding) {
      quote.via = finding.via
      if (finding.mention) quote.mention = spanOf(text, finding.mention)
    }
    const candidates = (attribution.candidates ?? []).flatMap((entry) => {
      const actor = actors.get(entry)
      return actor ? [{ actorId: actor.id, name: actor.name }] : []
    })
    if (candidates.length > 1) quote.candidates = candidates
    if (attribution.continues !== undefined) quote.continues = `q${attribution.continues + 1}`
    return quote
  })
}

function spanOf(text: string, range: { start: number; end: number }): Span {
  return { text: text.slice(range.start, range.end), start: range.start, end: range.end }
}

/**
 * The words a quote stands in: its sentence, but never more than
 * `contextReach` characters either side of the quote (cut between words), so
 * that a quote's context grows with the quote, not with the article.
 */
export const contextReach = 300

function contextOf(text: string, { span, sentence }: Attribution): Span {
  const start = Math.min(sentence.start, span.start)
  const end = Math.max(sentence.end, span.end)
  const from = start >= span.start - contextReach ? start : wordStart(text, span.start - contextReach)
  const to = end <= span.end + contextReach ? end : wordEnd(text, span.end + contextReach)
  return trimmedSpan(text, from, to)
}

/** How far a cut may move to fall between words. */
const wordReach = 40

/** `at`, moved forward to the start of a word when it falls inside one. */
function wordStart(text: string, at: number): number {
  let index = at
  while (index < at + wordReach && /\S/.test(text[index - 1] ?? '') && /\S/.test(text[index] ?? '')) index += 1
  return index
}

/** `at`, moved back to the end of a word when it falls inside one. */
function wordEnd(text: string, at: number): number {
  let index = at
  while (index > at - wordReach && /\S/.test(text[index - 1] ?? '') && /\S/.test(text[index] ?? '')) index -= 1
  return index
}

/** A person's corrections in front matter win over extraction; a name no actor has becomes a new person. */
function applyCorrections(quotes: Quote[], frontMatter: FrontMatter, actors: Actor[]): string[] {
  const warnings: string[] = []
  for (const correction of frontMatter.quotes) {
    const quote = quotes.find((candidate) => candidate.id === correction.id || (correction.text !== undefined && candidate.text.includes(correction.text)))
    if (!quote) {
      warnings.push(`front matter corrects a quote that is not in the article (${correction.id ?? correction.text})`)
      continue
    }
    delete quote.mention
    delete quote.candidates
    if (correction.speaker === null) {
      quote.speaker = null
      delete quote.via
      continue
    }
    quote.via = 'front-matter'
    const wanted = correction.speaker.toLowerCase()
    let actor = actors.find((candidate) => [candidate.name, ...candidate.aliases].some((name) => name.toLowerCase() === wanted))
    if (!actor) {
      actor = { id: uniqueId(boundedSlug(correction.speaker) || 'speaker', actors), name: correction.speaker, kind: 'person', aliases: [], titles: [] }
      actors.push(actor)
    }
    quote.speaker = { actorId: actor.id, name: actor.name }
    if (quote.kind === 'scare') quote.kind = 'fragment'
  }
  return warnings
}

function uniqueId(base: string, actors: readonly Actor[]): string {
  let id = base
  for (let suffix = 2; actors.some((actor) => actor.id === id); suffix += 1) id = `${base}-${suffix}`
  return id
}

/** A document that is quoted is also a source the article credits. */
function documentSources(speakers: ReadonlySet<Entry>): Source[] {
  return [...speakers]
    .filter((entry) => entry.kind === 'document')
    .map((entry) => ({ id: boundedSlug(entry.name) || 'document', name: entry.name, kind: 'document' as const, mentions: entry.mentions }))
}
