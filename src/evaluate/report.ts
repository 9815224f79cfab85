/** The evaluation as a person reads it: a table of rates, in total and by outlet, and optionally each error. */
import { rates, type Evaluation, type EvaluationError, type Figures } from './evaluate.ts'

const rows: Array<[keyof ReturnType<typeof rates>, string]> = [
  ['found', 'direct quotes found'],
  ['named', 'speaker, named or described'],
  ['pronoun', 'speaker, "he" or "she" *'],
  ['endToEnd', 'end to end (found, right speaker)'],
  ['precision', 'statement precision']
]

export function formatReport(evaluation: Evaluation, options: { errors: boolean }): string {
  const columns: Array<[string, Figures]> = [['all', evaluation.total], ...Object.entries(evaluation.byOutlet).sort(([a], [b]) => a.localeCompare(b))]
  const width = 34
  const cell = (text: string) => text.padStart(Math.max(9, ...columns.map(([name]) => name.length + 1)))
  const lines = [
    `onrecord eval: ${evaluation.total.articles} articles, ${evaluation.total.directQuotes} labelled direct quotes, ${evaluation.total.scorable} with a speaker to score, ${evaluation.total.statements} statements extracted`,
    '',
    `${''.padEnd(width)}${columns.map(([name]) => cell(name)).join('')}`
  ]
  for (const [key, label] of rows) {
    lines.push(`${label.padEnd(width)}${columns.map(([, figures]) => cell(formatRate(rates(figures)[key].rate))).join('')}`)
  }
  lines.push(`${'articles'.padEnd(width)}${columns.map(([, figures]) => cell(String(figures.articles))).join('')}`)
  lines.push(
    '',
    'A direct quote is found when one extracted quote covers at least half of it; a speaker is right when its',
    'name or another name of it shares a name word with the labelled source.',
    `* "he" and "she" are scored against whom a Coreference relation in the labels says they mean (for`,
    `  ${evaluation.total.pronounReferenced} of ${evaluation.total.pronoun} here), else against the nearest earlier labelled name or description,`,
    '  the speaker a reader would usually pick. Where the two disagree, that stand-in is often not whom',
    '  the pronoun means (a document, a plural, someone named in between): read those with --errors.',
    '  Other pronouns ("they", "who", "I") are not scored for speaker.'
  )
  for (const problem of evaluation.problems) lines.push(`${problem.file}: ${problem.reason}`)
  if (options.errors) {
    lines.push('', `Errors (${evaluation.errors.length}):`)
    for (const error of evaluation.errors) lines.push(...errorLines(error))
    lines.push('', `Statements outside every labelled content (${evaluation.imprecise.length}):`)
    for (const statement of evaluation.imprecise) lines.push(`  ${statement.file}: “${statement.text}” (given to ${statement.given ?? 'nobody'})`)
  }
  return `${lines.join('\n')}\n`
}

function errorLines(error: EvaluationError): string[] {
  const standIn = error.referenceLabelled ? '' : ' (the nearest earlier name)'
  const labelled = error.sourceClass === 'pronoun' ? `“${error.labelled}”, that is ${error.reference}${standIn}` : (error.labelled ?? 'no source')
  return [
    '',
    `${error.file} (${error.outlet}) ${error.error} [${error.sourceClass}]`,
    `  sentence: ${error.sentence}`,
    `  given:    ${error.error === 'missed' ? '(quote not found)' : (error.given ?? 'no speaker')}${error.via ? ` by ${error.via}` : ''}${error.cue ? ` (cue “${error.cue}”)` : ''}`,
    `  labelled: ${labelled}`
  ]
}

function formatRate(rate: number | null): string {
  return rate === null ? '–' : rate.toFixed(3)
}
