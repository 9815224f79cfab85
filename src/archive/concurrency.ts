/**
 * File work on a large archive: one file at a time leaves the CPU waiting on
 * each read, all at once runs out of file handles. This runs a bounded
 * number at a time.
 */

/** How many file operations run at once: well under any usual limit on open files. */
export const fileConcurrency = 32

/** `work` on every item, at most `limit` at a time; the results in the items' order. */
export async function mapConcurrently<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>, limit = fileConcurrency): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}
