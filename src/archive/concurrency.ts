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

/**
 * `work` on every item of `items`, at most `limit` at a time, taking items
 * only as a lane is free: an iterable that makes its items as it is read
 * (a generator) never has more than `limit` of them made at once. After a
 * failure no new item is started; the first failure is thrown once the
 * items already started have ended.
 */
export async function forEachConcurrently<T>(items: Iterable<T>, work: (item: T) => Promise<void>, limit: number): Promise<void> {
  const iterator = items[Symbol.iterator]()
  let failed = false
  const lane = async (): Promise<void> => {
    while (!failed) {
      const next = iterator.next()
      if (next.done) return
      try {
        await work(next.value)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await allEnded(Array.from({ length: limit }, lane))
}

/**
 * Waits for every task to end, then throws the first failure if any: unlike
 * Promise.all, nothing is still running when the failure is thrown (work
 * writing into a folder that a failed build then removes).
 */
export async function allEnded(tasks: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const failure = (await Promise.allSettled(tasks)).find((result) => result.status === 'rejected')
  if (failure) throw failure.reason
}
