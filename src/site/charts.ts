/**
 * Charts drawn at build time: the numbers and the shapes of each, which the
 * templates print as SVG beside a table of the same numbers. No chart
 * library reaches the browser, and no script is needed to see them.
 */

/** The drawing area of every chart, in SVG units; the picture scales to its box. */
export const chartWidth = 600
export const chartHeight = 160

export interface Bar {
  label: string
  value: number
  x: number
  y: number
  width: number
  height: number
}

/** Every month from `from` to `to` (YYYY-MM), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number]
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/**
 * Quotes per month over a span of months: one bar a month, as tall as its
 * count against the busiest month. `dates` are the quotes' ISO dates; a date
 * without a month ("2014"), or none, is counted apart as not placed.
 */
export function quotesPerMonth(dates: ReadonlyArray<string | undefined>, span: readonly string[]) {
  const counts = new Map(span.map((month) => [month, 0]))
  let unplaced = 0
  for (const date of dates) {
    const month = date && date.length >= 7 ? date.slice(0, 7) : undefined
    if (month && counts.has(month)) counts.set(month, (counts.get(month) ?? 0) + 1)
    else unplaced += 1
  }
  const max = Math.max(1, ...counts.values())
  const width = span.length === 0 ? 0 : chartWidth / span.length
  const bars: Bar[] = span.map((month, index) => {
    const value = counts.get(month) ?? 0
    const height = (value / max) * chartHeight
    return { label: month, value, x: index * width, y: chartHeight - height, width: Math.max(width - 1, 0.5), height }
  })
  const busiest = bars.reduce<Bar | undefined>((best, bar) => (bar.value > (best?.value ?? 0) ? bar : best), undefined)
  return { bars, max, unplaced, busiest, total: dates.length - unplaced }
}

/** Where the bars of a chart with a label on each row start, and how long the longest is: the rest is for the labels and values. */
export const labelWidth = 200
export const barArea = 340
export const rowHeight = 24

/** Horizontal bars in the order given, each as long as its value against the largest: "who is quoted most". */
export function rankedBars(items: ReadonlyArray<{ label: string; value: number; url?: string }>) {
  const max = Math.max(1, ...items.map((item) => item.value))
  return {
    height: items.length * rowHeight,
    bars: items.map((item, index) => ({ ...item, x: labelWidth, y: index * rowHeight + 4, width: Math.max((item.value / max) * barArea, 1), height: rowHeight - 8 }))
  }
}

export interface Segment {
  key: string
  label: string
  value: number
  /** Share of the whole, in percent, rounded. */
  share: number
  x: number
  width: number
}

/** One bar cut into the parts of a whole, each as wide as its share: a sourcing profile. */
export function shareBar(parts: ReadonlyArray<{ key: string; label: string; value: number }>): Segment[] {
  const total = parts.reduce((sum, part) => sum + part.value, 0)
  let x = 0
  return parts.map((part) => {
    const width = total === 0 ? 0 : (part.value / total) * chartWidth
    const segment = { ...part, share: total === 0 ? 0 : Math.round((part.value / total) * 100), x, width }
    x += width
    return segment
  })
}
