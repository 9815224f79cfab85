import { runPhases } from './scripts/bench/measure.ts'
const phases = await runPhases(process.execPath, ['bin/onrecord.js', 'build', '--input', '/tmp/onrecord-bench/articles-50000', '--output', '/tmp/onrecord-bench/onrecord-50000'], [['read and extract', /reading and extracting/], ['render', /^onrecord: rendering/], ['index', /indexing the site/], ['done', /^onrecord: \d+ articles/]], { ...process.env, NODE_OPTIONS: '--max-old-space-size=16384' })
console.log(JSON.stringify(phases))
