/**
 * Builds the output folder all at once: everything goes into a fresh folder
 * beside it, which replaces the old one only when complete, so a failed or
 * interrupted build leaves the previous output as it was.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type OutputFiles = ReadonlyMap<string, string | Uint8Array>

/** Runs `fill` on a staging folder, then swaps it in for `output`. */
export async function buildAtomically(output: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const target = path.resolve(output)
  await mkdir(path.dirname(target), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-building-`))
  try {
    await fill(staging)
    const previous = `${target}.previous`
    await rm(previous, { recursive: true, force: true })
    await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(staging, target)
    await rm(previous, { recursive: true, force: true })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

/** Writes files under `folder`, refusing any name that would land outside it. */
export async function writeFiles(folder: string, files: OutputFiles): Promise<void> {
  for (const [name, content] of files) {
    const target = path.resolve(folder, name)
    if (path.relative(folder, target).startsWith('..') || path.isAbsolute(path.relative(folder, target))) {
      throw new Error(`refusing to write outside the output folder: ${name}`)
    }
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}
