/**
 * Writes the output folder all at once: everything goes into a fresh folder
 * beside it, which replaces the old one only when complete, so a failed or
 * interrupted build leaves the previous output as it was.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type OutputFiles = ReadonlyMap<string, string>

export async function writeOutputAtomically(output: string, files: OutputFiles): Promise<void> {
  const parent = path.dirname(path.resolve(output))
  await mkdir(parent, { recursive: true })
  const staging = await mkdtemp(path.join(parent, `.${path.basename(output)}-building-`))
  try {
    for (const [name, content] of files) {
      const target = path.resolve(staging, name)
      if (path.relative(staging, target).startsWith('..')) throw new Error(`refusing to write outside the output folder: ${name}`)
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, content)
    }
    const previous = `${path.resolve(output)}.previous`
    await rm(previous, { recursive: true, force: true })
    await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(staging, output)
    await rm(previous, { recursive: true, force: true })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}
