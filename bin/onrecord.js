#!/usr/bin/env node
// The command runs the compiled code in dist/, which `npm install` makes in a clone (the `prepare` script)
// and a published package carries.
import { existsSync } from 'node:fs'

const cli = new URL('../dist/scripts/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('onrecord: the compiled code is missing (dist/); run `npm run compile` in the onrecord folder\n')
  process.exit(2)
}
const { main } = await import(cli.href)
process.exitCode = await main(process.argv.slice(2))
