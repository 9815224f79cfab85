/**
 * The record types, declared once.
 *
 * Each type is a TypeBox schema and the TypeScript type derived from it, so the
 * JSON Schema published in `schema/record.schema.json` and the types the code
 * uses cannot drift apart.
 */
import { Type, type Static } from '@sinclair/typebox'

/** A verbatim stretch of the file: `fileText.slice(start, end) === text`. */
export const Span = Type.Object(
  {
    text: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 })
  },
  { additionalProperties: false }
)
export type Span = Static<typeof Span>

/** ISO 8601 calendar date, as precise as the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const IsoDate = Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })

/** Where and when the story was filed. A dateline given in front matter has no span. */
export const Dateline = Type.Object(
  {
    text: Type.String(),
    start: Type.Optional(Type.Integer({ minimum: 0 })),
    end: Type.Optional(Type.Integer({ minimum: 0 })),
    places: Type.Array(Type.String()),
    country: Type.Optional(Type.String()),
    date: Type.Optional(IsoDate),
    agency: Type.Optional(Type.String()),
    outlet: Type.Optional(Type.String())
  },
  { additionalProperties: false }
)
export type Dateline = Static<typeof Dateline>

export const MentionedDate = Type.Object(
  {
    ...Span.properties,
    date: IsoDate,
    sentence: Type.String()
  },
  { additionalProperties: false }
)
export type MentionedDate = Static<typeof MentionedDate>

/**
 * What a published date rests on: `front-matter`, a person's correction;
 * `page-metadata`, what a web page states (JSON-LD `datePublished`, or
 * `article:published_time`); `dateline`, the story's dateline; `timestamp`, the page's own "Published …"
 * line (its earliest date); `not-before`, the latest date the writer
 * mentions outside captions and quotes, a lower bound.
 */
export const PublishedBasis = Type.Union([
  Type.Literal('front-matter'),
  Type.Literal('page-metadata'),
  Type.Literal('dateline'),
  Type.Literal('timestamp'),
  Type.Literal('not-before')
])
export type PublishedBasis = Static<typeof PublishedBasis>

export const Published = Type.Object(
  { date: IsoDate, basis: PublishedBasis },
  { additionalProperties: false }
)
export type Published = Static<typeof Published>

export const Caption = Type.Object(
  {
    ...Span.properties,
    credit: Type.Optional(Span)
  },
  { additionalProperties: false }
)
export type Caption = Static<typeof Caption>

export const BodyBlockKind = Type.Union([
  Type.Literal('standfirst'),
  Type.Literal('subheading'),
  Type.Literal('paragraph')
])
export type BodyBlockKind = Static<typeof BodyBlockKind>

/** A block of the article's own text, boilerplate and captions left out. */
export const BodyBlock = Type.Object(
  { ...Span.properties, kind: BodyBlockKind },
  { additionalProperties: false }
)
export type BodyBlock = Static<typeof BodyBlock>

/** `organization`: a firm, think tank or pollster credited for what the article reports. */
export const SourceKind = Type.Union([
  Type.Literal('agency'),
  Type.Literal('outlet'),
  Type.Literal('organization'),
  Type.Literal('document')
])
export type SourceKind = Static<typeof SourceKind>

/** An outlet, agency or document the article credits for what it reports. */
export const Source = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: SourceKind,
    mentions: Type.Array(Span)
  },
  { additionalProperties: false }
)
export type Source = Static<typeof Source>

export const ActorKind = Type.Union([
  Type.Literal('person'),
  Type.Literal('organization'),
  Type.Literal('anonymous'),
  Type.Literal('document')
])
export type ActorKind = Static<typeof ActorKind>

/** Someone (or something) the article names, describes or quotes. */
export const Actor = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: ActorKind,
    aliases: Type.Array(Type.String()),
    titles: Type.Array(Type.String())
  },
  { additionalProperties: false }
)
export type Actor = Static<typeof Actor>

export const QuoteKind = Type.Union([
  Type.Literal('statement'),
  Type.Literal('fragment'),
  Type.Literal('scare')
])
export type QuoteKind = Static<typeof QuoteKind>

export const Speaker = Type.Object(
  { actorId: Type.String(), name: Type.String() },
  { additionalProperties: false }
)
export type Speaker = Static<typeof Speaker>

/**
 * How a quote's speaker was found: `cue`, the subject of its reporting verb
 * ("Ana Ruiz said"); `pronoun`, a pronoun that is the verb's subject ("she
 * said"), resolved to whom it means; `description`, a description that
 * stands for a named actor ("the minister said"); `subject`, the subject of
 * the clause the quote stands in, with no reporting verb ("Ruiz called the
 * plan “a gift”"); `continuation`, the speaker going on from before (a quote
 * over paragraphs, or with no cue of its own); `front-matter`, a person's
 * correction.
 */
export const Via = Type.Union([
  Type.Literal('cue'),
  Type.Literal('pronoun'),
  Type.Literal('description'),
  Type.Literal('subject'),
  Type.Literal('continuation'),
  Type.Literal('front-matter')
])
export type Via = Static<typeof Via>

/**
 * A quotation. `text` is what stands between the marks, exactly as in the
 * file. A quote broken by its attribution or by a paragraph break is several
 * quotes; each later part names the part before it in `continues`. The
 * evidence for its speaker: `via`, how it was found; `mention`, the words
 * that name the speaker; `cue`, the reporting words. Where the text names
 * two actors about equally well (a surname two people share), `speaker` is
 * null and `candidates` lists them.
 */
export const Quote = Type.Object(
  {
    id: Type.String(),
    ...Span.properties,
    kind: QuoteKind,
    speaker: Type.Union([Speaker, Type.Null()]),
    cue: Type.Union([Span, Type.Null()]),
    via: Type.Optional(Via),
    mention: Type.Optional(Span),
    candidates: Type.Optional(Type.Array(Speaker)),
    continues: Type.Optional(Type.String()),
    /** The sentence the quote stands in, as printed: what a reader needs around the words. */
    context: Span
  },
  { additionalProperties: false }
)
export type Quote = Static<typeof Quote>

/** One article, as onrecord understands it. */
export const ArticleRecord = Type.Object(
  {
    id: Type.String(),
    slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    file: Type.String(),
    url: Type.Optional(Type.String()),
    headline: Type.String(),
    kicker: Type.Optional(Type.String()),
    publisher: Type.Optional(Type.String()),
    dateline: Type.Union([Dateline, Type.Null()]),
    dates: Type.Array(MentionedDate),
    published: Type.Union([Published, Type.Null()]),
    captions: Type.Array(Caption),
    body: Type.Array(BodyBlock),
    sources: Type.Array(Source),
    actors: Type.Array(Actor),
    quotes: Type.Array(Quote)
  },
  {
    $id: 'https://onrecord.dev/schema/record.schema.json',
    title: 'onrecord article record',
    additionalProperties: false
  }
)
export type ArticleRecord = Static<typeof ArticleRecord>

/** An actor across the archive: one person or organisation however the articles spell them. */
export const ArchiveActor = Type.Object(
  {
    ...Actor.properties,
    /** Slugs of the articles that name or quote the actor. */
    articles: Type.Array(Type.String()),
    quoteCount: Type.Integer({ minimum: 0 })
  },
  { $id: 'https://onrecord.dev/schema/actor.schema.json', additionalProperties: false }
)
export type ArchiveActor = Static<typeof ArchiveActor>

/** An outlet, agency or document across the archive, with the articles that credit it. */
export const ArchiveSource = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: SourceKind,
    articles: Type.Array(Type.String())
  },
  { $id: 'https://onrecord.dev/schema/source.schema.json', additionalProperties: false }
)
export type ArchiveSource = Static<typeof ArchiveSource>

/**
 * A quote in the archive-wide list, with the article it stands in. `id` is
 * the quote's id within its article; `archiveId` (`<article slug>/<id>`) is
 * unique across the archive, and `url` is the quote's place on the site.
 * `statementId` names the statement the quote reports: the `archiveId` of the
 * statement's earliest report, the quote's own for a statement reported once.
 */
export const ArchiveQuote = Type.Object(
  {
    ...Quote.properties,
    archiveId: Type.String(),
    url: Type.String(),
    article: Type.String(),
    headline: Type.String(),
    published: Type.Union([Published, Type.Null()]),
    statementId: Type.String()
  },
  { $id: 'https://onrecord.dev/schema/quote.schema.json', additionalProperties: false }
)
export type ArchiveQuote = Static<typeof ArchiveQuote>

/** One report of a statement: a quote (its first part, for a quote split in parts) in one article. */
export const StatementReport = Type.Object(
  {
    archiveId: Type.String(),
    url: Type.String(),
    article: Type.String(),
    headline: Type.String(),
    published: Type.Union([Published, Type.Null()])
  },
  { additionalProperties: false }
)
export type StatementReport = Static<typeof StatementReport>

/**
 * One speaker's same words reported more than once, in one article or
 * several: `reports` oldest first, so the first is the earliest known source;
 * `text` is the words of the longest report.
 */
export const Statement = Type.Object(
  {
    id: Type.String(),
    speaker: Speaker,
    text: Type.String(),
    reports: Type.Array(StatementReport, { minItems: 2 })
  },
  { $id: 'https://onrecord.dev/schema/statement.schema.json', additionalProperties: false }
)
export type Statement = Static<typeof Statement>

/** A problem with one input file, reported as `FILE: reason`. */
export interface Problem {
  file: string
  reason: string
  severity: 'warning' | 'error'
}
