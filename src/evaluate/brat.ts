/**
 * Attribution labels in brat standoff, the format annotation tools export:
 * `T` lines are spans (`T5<TAB>Source 84 119<TAB>text`, a discontinuous one
 * `Content 1404 1471;1473 1499`), `E` lines tie a cue to its content and
 * source (`E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5`). Offsets in
 * the file count Unicode code points; here they are turned into the UTF-16
 * offsets JavaScript strings use. A `Coreference` relation
 * (`R1<TAB>Coreference Arg1:T9 Arg2:T5`) says whom a source that is a
 * pronoun means: the span `Arg2`, of any type.
 */

export interface LabelSpan {
  /** The fragments, in the order written, each `[start, end)` in UTF-16 offsets. */
  fragments: Array<{ start: number; end: number }>
  text: string
  /** For a pronoun, the span a `Coreference` relation says it means. */
  refersTo?: LabelSpan
}

export interface LabelledAttribution {
  source?: LabelSpan
  cue?: LabelSpan
  contents: LabelSpan[]
}

/** Reads the `E` lines of an `.ann` file, with their `T` spans, against the text they label. */
export function parseBrat(ann: string, text: string): LabelledAttribution[] {
  const toUtf16 = codePointToUtf16(text)
  const spans = new Map<string, LabelSpan>()
  const events: string[][] = []
  const coreferences: Array<[string, string]> = []
  for (const line of ann.split(/\r?\n/)) {
    const [id = '', body = '', written = ''] = line.split('\t')
    if (id.startsWith('T')) {
      const match = /^\S+ (.+)$/.exec(body)
      if (!match?.[1]) continue
      const fragments = match[1].split(';').flatMap((pair) => {
        const [start, end] = pair.trim().split(/\s+/).map(Number)
        return start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end) ? [] : [{ start: toUtf16(start), end: toUtf16(end) }]
      })
      if (fragments.length > 0) spans.set(id, { fragments, text: written })
    } else if (id.startsWith('E')) {
      events.push(body.split(/\s+/).filter(Boolean))
    } else if (id.startsWith('R')) {
      const relation = /^Coreference\s+Arg1:(\S+)\s+Arg2:(\S+)/.exec(body)
      if (relation?.[1] && relation[2]) coreferences.push([relation[1], relation[2]])
    }
  }
  for (const [pronoun, meant] of coreferences) {
    const span = spans.get(pronoun)
    const referent = spans.get(meant)
    if (span && referent) span.refersTo = referent
  }
  return events.map((roles) => {
    const attribution: LabelledAttribution = { contents: [] }
    for (const role of roles) {
      const [name = '', ref = ''] = role.split(':')
      const span = spans.get(ref)
      if (!span) continue
      if (name.startsWith('Content')) attribution.contents.push(span)
      else if (name === 'Source') attribution.source = span
      else if (name === 'Cue') attribution.cue = span
    }
    return attribution
  })
}

/** A function from code-point offsets to UTF-16 offsets in `text`; the identity when every character is in the Basic Multilingual Plane. */
export function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (offset) => offset
  const table: number[] = []
  let unit = 0
  for (const char of text) {
    table.push(unit)
    unit += char.length
  }
  table.push(unit)
  return (offset) => table[Math.min(offset, table.length - 1)] ?? unit
}
