import { extractText } from '/work/main/tests/helpers.ts'
for (const b of process.argv.slice(2)) {
  const r = extractText('A headline for the test\n\n' + b)
  console.log(JSON.stringify(b.slice(0, 70)))
  console.log('   actors:', r.actors.map((a: any) => `${a.name}[${a.kind}]{${(a.titles ?? []).join('/')}}`).join(', '))
  console.log('   quotes:', r.quotes.map((q: any) => `${q.text.slice(0, 20)} → ${q.speaker?.name ?? null} (${q.via ?? ""} ${q.cue?.text ?? ""})`).join(' | '))
}
