/**
 * One build at a time for an output folder: a lock file beside it, created
 * exclusively, holding the builder's process id. A lock whose process is gone
 * (a build killed with SIGKILL) is taken over.
 */
import { link, readFile, rm, writeFile } from 'node:fs/promises'

export class BuildLockedError extends Error {}

export async function acquireLock(lockFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    // The lock appears with the process id already in it (written beside, then linked), so it is never seen empty.
    const pending = `${lockFile}.${process.pid}`
    await writeFile(pending, String(process.pid))
    try {
      await link(pending, lockFile)
      return () => rm(lockFile, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const content = await readFile(lockFile, 'utf8').catch(() => '')
      // A file of someone else's that happens to have the lock's name is theirs, not a stale lock.
      if (!/^\d*$/.test(content)) throw new BuildLockedError(`${lockFile} is in the way of the build lock and is not one; move it away`)
      const holder = Number(content)
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new BuildLockedError(`another build (process ${holder}) is writing this output; wait for it to finish, or remove ${lockFile} if it is not running`)
      }
      await rm(lockFile, { force: true })
    } finally {
      await rm(pending, { force: true })
    }
  }
  throw new BuildLockedError(`could not take the build lock ${lockFile}`)
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
