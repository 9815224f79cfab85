/**
 * `npm start`: serve the built site on localhost with search working, at the
 * address it was built for where it can (see `planPreview`); build it from
 * seeds/ first only if there is none.
 */
import { build } from './build.ts'
import { serveFolder } from '../src/site/serve.ts'
import { restorePrevious } from '../src/archive/write.ts'
import { builtBaseUrl, planPreview } from '../src/site/preview.ts'

const output = '_site'
await restorePrevious(output)
const plan = planPreview(await builtBaseUrl(output), Number(process.env['PORT'] ?? 8080), process.env['PORT'] !== undefined)
if (plan.rebuild) await build({ input: 'seeds', output, baseUrl: `http://localhost:${plan.port}/`, log: (line) => process.stderr.write(`${line}\n`) })
const { url } = await serveFolder(output, plan.port, plan.pathPrefix)
process.stdout.write(`onrecord: serving ${output}/ at ${url}, ${plan.note} (Ctrl+C to stop)\n`)
