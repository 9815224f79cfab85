/** `npm start`: build the site if there is none yet, then serve it on localhost with search working. */
import { access } from 'node:fs/promises'
import { build } from './build.ts'
import { serveFolder } from '../src/site/serve.ts'
import { restorePrevious } from '../src/archive/write.ts'

const port = Number(process.env['PORT'] ?? 8080)
const output = '_site'
await restorePrevious(output)
const built = await access(`${output}/index.html`).then(() => true, () => false)
if (!built) await build({ input: 'seeds', output, baseUrl: `http://localhost:${port}/`, log: (line) => process.stderr.write(`${line}\n`) })
const { url } = await serveFolder(output, port)
process.stdout.write(`onrecord: serving ${output}/ at ${url} (Ctrl+C to stop)\n`)
