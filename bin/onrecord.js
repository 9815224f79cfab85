#!/usr/bin/env node
// The sources are TypeScript; tsx runs them without a separate compile step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../scripts/cli.ts')
process.exitCode = await main(process.argv.slice(2))
