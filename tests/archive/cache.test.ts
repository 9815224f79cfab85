import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { moduleClosure } from '../../src/archive/cache.ts'

let folder = ''
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'onrecord-closure-'))
  await mkdir(path.join(folder, 'src', 'archive'), { recursive: true })
  const files: Record<string, string> = {
    // An entry as esbuild writes one: named imports, a bare import, a built-in module.
    'src/archive/worker.js': 'import {\n  extract\n} from "../../chunk-A.js";\nimport "../../chunk-B.js";\nimport { parentPort } from "node:worker_threads";\n',
    // A chunk importing another, one importing back (a cycle), and a dynamic import.
    'chunk-A.js': 'import { words } from "./chunk-C.js";\nexport const extract = () => import("./chunk-D.js");\n',
    'chunk-B.js': 'import { extract } from "./chunk-A.js";\n',
    'chunk-C.js': 'export const words = 1;\n// Text that reads like an import of a file that is not there:\nconst help = \'write: import "./chunk-missing.js"\';\n',
    'chunk-D.js': 'export const later = 2;\n',
    // The site's chunk, which the worker never loads.
    'chunk-SITE.js': 'import { words } from "./chunk-C.js";\n'
  }
  for (const [name, code] of Object.entries(files)) await writeFile(path.join(folder, name), code)
})
after(() => rm(folder, { recursive: true, force: true }))

describe('moduleClosure', () => {
  it('should give the entry and every chunk it loads, directly, through a cycle or later, and nothing else', async () => {
    const closure = await moduleClosure(path.join(folder, 'src', 'archive', 'worker.js'))
    assert.deepEqual(
      closure.map((file) => path.relative(folder, file)),
      ['chunk-A.js', 'chunk-B.js', 'chunk-C.js', 'chunk-D.js', path.join('src', 'archive', 'worker.js')]
    )
  })

  it('should give nothing for an entry that is not there', async () => {
    assert.deepEqual(await moduleClosure(path.join(folder, 'none.js')), [])
  })
})
