// `npm run compile` (and `prepare`, which `npm install` runs in a clone): the TypeScript in src/ and scripts/
// as the JavaScript the command and the package run. esbuild bundles the entry points into dist/, split into
// shared chunks, so that `onrecord extract` loads one file's worth of code rather than hundreds of modules;
// Eleventy and Pagefind stay outside the bundle, loaded only by the build. tsc writes the API's type
// declarations into dist/types/. Plain JavaScript, so that it runs before anything is compiled.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'

const root = new URL('..', import.meta.url)
rmSync(new URL('dist', root), { recursive: true, force: true })
await build({
  absWorkingDir: root.pathname,
  entryPoints: ['scripts/cli.ts', 'scripts/start.ts', 'scripts/build-worker.ts', 'src/index.ts', 'src/archive/extract-worker.ts', 'src/search/index-worker.ts'],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Node 20 runs all of ES2022. Not 'node20': for that target esbuild rewrites every regular expression
  // literal with a Unicode property (\p{Lu}) as `new RegExp(…)`, built again at each call (2–3 % of extraction).
  target: 'es2022',
  external: ['@11ty/eleventy', 'pagefind', 'tsx'],
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __onrecordRequire } from 'node:module'; const require = __onrecordRequire(import.meta.url);" },
  logLevel: 'warning'
})
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
