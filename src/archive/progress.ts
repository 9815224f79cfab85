/**
 * Progress of a long phase: a bar with the count, rate and time left on a
 * terminal, redrawn in place; plain lines at each tenth when the output is a
 * file or a pipe, so that logs stay readable.
 */
export interface ProgressOptions {
  phase: string
  /** What is counted: articles (the default), pages, documents. */
  unit?: string
  write: (text: string) => void
  terminal: boolean
}

export function progressReporter(options: ProgressOptions): (done: number, total: number) => void {
  const started = performance.now()
  let lastTenth = -1
  let lastDraw = 0
  return (done, total) => {
    const elapsed = (performance.now() - started) / 1000
    const rate = elapsed > 0 ? done / elapsed : 0
    const left = rate > 0 ? Math.max(0, (total - done) / rate) : 0
    const figures = `${done}/${total} ${options.unit ?? 'articles'}, ${rate.toFixed(0)}/s, ${left.toFixed(0)} s left`
    if (options.terminal) {
      const now = performance.now()
      if (done < total && now - lastDraw < 100) return
      lastDraw = now
      const width = 24
      const filled = total === 0 ? width : Math.round((done / total) * width)
      options.write(`\r${options.phase} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${figures}${done === total ? '\n' : ''}`)
      return
    }
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10)
    if (tenth === lastTenth) return
    lastTenth = tenth
    options.write(`${options.phase}: ${figures}\n`)
  }
}
