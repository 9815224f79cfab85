/** `onrecord eval` on small labelled articles written for the tests (invented names, brat standoff labels). */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { codePointToUtf16, parseBrat } from '../../src/evaluate/brat.ts'
import { classifySource, quotedStretches, sharesNameWord } from '../../src/evaluate/score.ts'
import { evaluateFolder, rates } from '../../src/evaluate/evaluate.ts'

/** Brat lines for one attribution: source, cue and content found by their words in `text`. */
function label(text: string, number: number, source: string | null, cue: string, content: string): string {
  const span = (words: string) => {
    const at = new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1
    const start = [...text.slice(0, at)].length
    return `${start} ${start + [...words].length}`
  }
  const t = number * 4
  const lines = [`T${t + 1}\tCue ${span(cue)}\t${cue}`, `T${t + 2}\tContent ${span(content)}\t${content}`]
  if (source) lines.push(`T${t + 3}\tSource ${span(source)}\t${source}`)
  lines.push(`E${number + 1}\tAttribution:T${t + 1} Content:T${t + 2} Cue:T${t + 1}${source ? ` Source:T${t + 3}` : ''}`)
  return lines.join('\n')
}

describe('parseBrat', () => {
  it('should read discontinuous spans and turn code points into UTF-16 offsets', () => {
    const text = '😀 ab cd ef'
    const ann = 'T1\tContent 2 4;8 10\tab ef\nT2\tSource 5 7\tcd\nE1\tAttribution:T1 Content:T1 Source:T2'
    const [attribution] = parseBrat(ann, text)
    assert.deepEqual(attribution?.contents[0]?.fragments.map(({ start, end }) => text.slice(start, end)), ['ab', 'ef'])
    assert.equal(attribution?.source?.text, 'cd')
    assert.equal(codePointToUtf16('abc')(2), 2)
  })
})

describe('the measure’s own rules', () => {
  it('should find quoted stretches of every mark family, and run an unclosed one to the paragraph’s end', () => {
    const text = 'A “one two” b "three four" c \'\'five six\'\' d «seven»\nE “eight nine\nF'
    assert.deepEqual(quotedStretches(text).map(({ start, end }) => text.slice(start, end)), ['one two', 'three four', 'five six', 'seven', 'eight nine'])
  })
  it('should class sources as names, he or she, or other pronouns', () => {
    const source = (text: string) => ({ text, fragments: [{ start: 0, end: text.length }] })
    assert.equal(classifySource(source('She')), 'pronoun')
    assert.equal(classifySource(source('they')), 'other')
    assert.equal(classifySource(source('a city spokeswoman')), 'named')
    assert.equal(classifySource(undefined), 'none')
  })
  it('should match names that share a name word, not an honorific or article', () => {
    assert.equal(sharesNameWord(['Ines Moreau'], 'Ms. Moreau'), true)
    assert.equal(sharesNameWord(['Mr. Tal Oren'], 'Mr. Dov Adler'), false)
  })
})

describe('evaluateFolder', () => {
  let folder = ''
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'onrecord-eval-'))
    const text = [
      'Harbor plan passes',
      '',
      '“We finally have a plan that works for the whole harbor,” said Ines Moreau, the harbor master.',
      '',
      'Tal Oren opposed it. “This plan will cost the fishing fleet dearly,” he said.',
      '',
      'The vote was close, officials said.'
    ].join('\n')
    const ann = [
      label(text, 0, 'Ines Moreau, the harbor master', 'said', '“We finally have a plan that works for the whole harbor,”'),
      label(text, 1, 'Tal Oren', 'opposed', 'it'),
      label(text, 2, 'he', 'said', '“This plan will cost the fishing fleet dearly,”'),
      label(text, 3, 'officials', 'said', 'The vote was close')
    ].join('\n')
    await writeFile(path.join(folder, 'harbor.txt'), text)
    await writeFile(path.join(folder, 'harbor.ann'), ann)
    await writeFile(path.join(folder, 'unlabelled.txt'), 'No labels\n\nNothing to score here.\n')
    await writeFile(path.join(folder, 'MANIFEST.tsv'), 'name\tpublisher\nharbor\tharbor-gazette\n')
  })
  after(() => rm(folder, { recursive: true, force: true }))

  it('should score labelled articles only, by outlet from the manifest', async () => {
    const evaluation = await evaluateFolder(folder)
    assert.equal(evaluation.total.articles, 1)
    assert.deepEqual(Object.keys(evaluation.byOutlet), ['harbor-gazette'])
    const figures = rates(evaluation.total)
    assert.deepEqual([figures.found.part, figures.found.whole], [2, 2])
    assert.deepEqual([figures.named.part, figures.named.whole], [1, 1])
    assert.deepEqual([figures.pronoun.part, figures.pronoun.whole], [1, 1], '“he” is scored against the nearest earlier labelled name, Tal Oren')
    assert.deepEqual(evaluation.errors, [])
  })
})

describe('whom a pronoun means, where the labels say it', () => {
  const text = 'Ines Moreau met Tal Oren at the quay. Oren spoke first. “The harbor is full again this year,” she said.'
  const pronoun = [...text.slice(0, text.indexOf('she said'))].length
  const moreau = 0
  const ann = [
    `T1\tSource ${pronoun} ${pronoun + 3}\tshe`,
    `T2\tCue ${pronoun + 4} ${pronoun + 8}\tsaid`,
    `T3\tContent ${text.indexOf('“')} ${text.indexOf('”') + 1}\t“The harbor is full again this year,”`,
    `T4\tSource ${text.indexOf('Oren spoke')} ${text.indexOf('Oren spoke') + 4}\tOren`,
    `T5\tCue ${text.indexOf('spoke')} ${text.indexOf('spoke') + 5}\tspoke`,
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    'E2\tAttribution:T5 Cue:T5 Source:T4',
    `T6\tPerson ${moreau} ${moreau + 11}\tInes Moreau`
  ]
  it('should read a Coreference relation from the pronoun to the span it means', () => {
    const labels = parseBrat([...ann, 'R1\tCoreference Arg1:T1 Arg2:T6'].join('\n'), text)
    assert.equal(labels[0]?.source?.refersTo?.text, 'Ines Moreau')
    assert.equal(parseBrat(ann.join('\n'), text)[0]?.source?.refersTo, undefined)
  })
  it('should score “she” against that span, and against the nearest earlier name only where no relation says whom', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'onrecord-eval-coref-'))
    try {
      await writeFile(path.join(folder, 'quay.txt'), `Quay talks\n\n${text}`)
      const shifted = (lines: string[]) => lines.map((line) => line.replace(/^(T\d+\t\S+ )(\d+) (\d+)/, (_, head: string, start: string, end: string) => `${head}${Number(start) + 12} ${Number(end) + 12}`))
      await writeFile(path.join(folder, 'quay.ann'), shifted([...ann, 'R1\tCoreference Arg1:T1 Arg2:T6']).join('\n'))
      const withRelation = await evaluateFolder(folder)
      assert.deepEqual([withRelation.total.pronoun, withRelation.total.pronounReferenced, withRelation.total.pronounCorrect], [1, 1, 1])
      await writeFile(path.join(folder, 'quay.ann'), shifted(ann).join('\n'))
      const without = await evaluateFolder(folder)
      assert.deepEqual([without.total.pronoun, without.total.pronounReferenced, without.total.pronounCorrect], [1, 0, 0], 'the nearest earlier labelled name is Oren, whom “she” does not mean')
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
