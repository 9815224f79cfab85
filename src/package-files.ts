/**
 * Where onrecord's own files are. The code runs compiled, as one bundle in
 * `dist/` split into chunks (`bin/onrecord.js`, the package: see
 * scripts/compile.mjs), or as TypeScript from `src/` under tsx (tests,
 * development); templates and the package manifest are at the package's root
 * either way.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The extension of onrecord's running source files: `.js` compiled, `.ts` under tsx. */
export const sourceExtension = path.extname(fileURLToPath(import.meta.url))

/** Whether the running code is the compiled bundle. */
export const compiled = sourceExtension === '.js'

/** The folder with onrecord's package.json. */
export const packageRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json')) && existsSync(path.join(folder, 'templates'))) return folder
    if (path.dirname(folder) === folder) throw new Error(`onrecord cannot find its package folder above ${from}`)
  }
}

/**
 * The files of onrecord's running code that outputs depend on, for
 * fingerprints: under tsx, the given folders of `src/`; compiled, the whole
 * bundle (its chunks do not follow the source folders).
 */
export function ownCode(...folders: string[]): string[] {
  return compiled ? [path.join(packageRoot, 'dist')] : folders.map((folder) => path.join(packageRoot, 'src', folder))
}

/** The URL of the module a worker thread runs: the bundle's entry compiled, the TypeScript file under tsx. */
export function workerModule(sourcePath: string): URL {
  const file = compiled ? path.join(packageRoot, 'dist', sourcePath.replace(/\.ts$/, '.js')) : path.join(packageRoot, sourcePath)
  return pathToFileURL(file)
}

/**
 * What a worker thread runs first, as code for `new Worker(code, { eval: true })`: the compiled worker
 * module, or under tsx (tests, development) tsx and then the TypeScript one.
 */
export function workerBootstrap(sourcePath: string): string {
  const worker = JSON.stringify(workerModule(sourcePath).href)
  if (compiled) return `import(${worker})`
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${worker}) })`
}
