/**
 * `onrecord eval <folder>`: extracts every `NAME.txt` that has a `NAME.ann`
 * beside it and scores it against those labels (see `score.ts`), in total
 * and by outlet. The outlet of an article is its `publisher` in a
 * `MANIFEST.tsv` in the folder when there is one (columns `name` and
 * `publisher`), else the publisher onrecord extracted.
 */
import { access, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { extractAll } from '../archive/extract-all.ts'
import { decodeArticleFile } from '../read/files.ts'
import { parseBrat } from './brat.ts'
import { scoreArticle, type ArticleScore, type QuoteOutcome } from './score.ts'

export interface Figures {
  articles: number
  /** Labelled direct quotes, and how many an extracted quote covers. */
  directQuotes: number
  found: number
  /** Found quotes whose labelled source is a name or description, and how many got a speaker sharing a name word with it. */
  named: number
  namedCorrect: number
  /**
   * The same where the labelled source is "he" or "she", scored against whom a `Coreference` relation says it
   * means, else the nearest earlier name or description; `pronounReferenced` counts the first kind.
   */
  pronoun: number
  pronounCorrect: number
  pronounReferenced: number
  /** Labelled quotes that can be scored for speaker (named, described, he or she), and how many are found with the right speaker. */
  scorable: number
  endToEnd: number
  statements: number
  preciseStatements: number
}

export interface EvaluationError extends QuoteOutcome {
  file: string
  outlet: string
  /** `missed`: no extracted quote covers it; `wrong`: found with a speaker who is not the labelled one (or none). */
  error: 'missed' | 'wrong'
}

export interface Evaluation {
  total: Figures
  byOutlet: Record<string, Figures>
  errors: EvaluationError[]
  imprecise: Array<{ file: string; outlet: string; text: string; given: string | null }>
  /** Files that could not be evaluated, with the reason. */
  problems: Array<{ file: string; reason: string }>
}

export async function evaluateFolder(folder: string): Promise<Evaluation> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.ann')).map((name) => name.slice(0, -'.ann'.length))
  const labelled = await Promise.all(names.map(async (name) => (await access(path.join(folder, `${name}.txt`)).then(() => name, () => undefined))))
  const files = labelled.filter((name): name is string => name !== undefined).sort()
  const outlets = await readManifest(folder)
  const { records, problems } = await extractAll(files.map((name) => path.join(folder, `${name}.txt`)))
  const byFile = new Map(records.map((record) => [record.file, record]))
  const evaluation: Evaluation = { total: emptyFigures(), byOutlet: {}, errors: [], imprecise: [], problems: problems.map(({ file, reason }) => ({ file, reason })) }
  for (const name of files) {
    const file = path.join(folder, `${name}.txt`)
    const record = byFile.get(file)
    if (!record) continue
    const decoded = decodeArticleFile(file, await readFile(file))
    if (!decoded.ok) continue
    const labels = parseBrat(await readFile(path.join(folder, `${name}.ann`), 'utf8'), decoded.article.text)
    const score = scoreArticle(record, decoded.article.text, labels)
    const outlet = outlets.get(name) ?? record.publisher ?? 'unknown'
    evaluation.byOutlet[outlet] ??= emptyFigures()
    for (const figures of [evaluation.total, evaluation.byOutlet[outlet]]) add(figures, score)
    for (const quote of score.quotes) {
      const error = quote.found ? (quote.correct === false ? 'wrong' : undefined) : quote.sourceClass === 'named' || quote.sourceClass === 'pronoun' ? 'missed' : undefined
      if (error) evaluation.errors.push({ ...quote, file, outlet, error })
    }
    for (const statement of score.imprecise) evaluation.imprecise.push({ file, outlet, ...statement })
  }
  return evaluation
}

function emptyFigures(): Figures {
  return { articles: 0, directQuotes: 0, found: 0, named: 0, namedCorrect: 0, pronoun: 0, pronounCorrect: 0, pronounReferenced: 0, scorable: 0, endToEnd: 0, statements: 0, preciseStatements: 0 }
}

function add(figures: Figures, score: ArticleScore): void {
  figures.articles += 1
  figures.statements += score.statements
  figures.preciseStatements += score.preciseStatements
  for (const quote of score.quotes) {
    figures.directQuotes += 1
    if (quote.found) figures.found += 1
    const scorable = (quote.sourceClass === 'named' || quote.sourceClass === 'pronoun') && quote.reference !== null
    if (!scorable) continue
    figures.scorable += 1
    if (quote.correct) figures.endToEnd += 1
    if (!quote.found) continue
    if (quote.sourceClass === 'named') {
      figures.named += 1
      if (quote.correct) figures.namedCorrect += 1
    } else {
      figures.pronoun += 1
      if (quote.correct) figures.pronounCorrect += 1
      if (quote.referenceLabelled) figures.pronounReferenced += 1
    }
  }
}

/** Article name → outlet, from a `MANIFEST.tsv` with `name` and `publisher` columns; empty when there is none. */
async function readManifest(folder: string): Promise<Map<string, string>> {
  const text = await readFile(path.join(folder, 'MANIFEST.tsv'), 'utf8').catch(() => '')
  const [header = '', ...rows] = text.split(/\r?\n/)
  const columns = header.split('\t')
  const name = columns.indexOf('name')
  const publisher = columns.indexOf('publisher')
  if (name < 0 || publisher < 0) return new Map()
  return new Map(rows.map((row) => row.split('\t')).filter((cells) => cells[name] && cells[publisher]).map((cells) => [cells[name] ?? '', cells[publisher] ?? '']))
}

/** The rates a report shows, each with its count. */
export function rates(figures: Figures) {
  const rate = (part: number, whole: number) => ({ rate: whole === 0 ? null : part / whole, part, whole })
  return {
    found: rate(figures.found, figures.directQuotes),
    named: rate(figures.namedCorrect, figures.named),
    pronoun: rate(figures.pronounCorrect, figures.pronoun),
    endToEnd: rate(figures.endToEnd, figures.scorable),
    precision: rate(figures.preciseStatements, figures.statements)
  }
}
