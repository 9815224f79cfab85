/** Measuring a child process: wall time per phase (marked by lines it prints) and peak memory of its whole process tree. */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface Phase {
  name: string
  seconds: number
  /** Peak resident memory of the process and its children (Pagefind runs as one), in bytes. */
  peakRss: number
}

/** Resident memory of `pid` and every process below it, from /proc. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const parent = Number(fields[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
      rss.set(Number(entry), Number(fields[21]) * 4096)
    } catch {
      // The process ended while it was being read.
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length > 0) {
    const current = stack.pop() as number
    total += rss.get(current) ?? 0
    stack.push(...(children.get(current) ?? []))
  }
  return total
}

/**
 * Runs `command`, starting a new phase whenever a line of its output matches
 * one of `markers` (name → pattern); the phase before the first marker is dropped.
 */
export async function runPhases(command: string, args: readonly string[], markers: ReadonlyArray<readonly [string, RegExp]>, env: NodeJS.ProcessEnv = process.env): Promise<Phase[]> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  const phases: Phase[] = []
  let current: { name: string; started: number; peakRss: number } | undefined
  const close = () => {
    if (current) phases.push({ name: current.name, seconds: (performance.now() - current.started) / 1000, peakRss: current.peakRss })
  }
  let output = ''
  const onLine = (line: string) => {
    const marker = markers.find(([, pattern]) => pattern.test(line))
    if (!marker) return
    close()
    current = { name: marker[0], started: performance.now(), peakRss: 0 }
  }
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = ''
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    })
  }
  const sampler = setInterval(() => {
    if (current && child.pid) current.peakRss = Math.max(current.peakRss, treeRss(child.pid))
  }, 100)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-2000)}`)
  return phases.filter((phase) => phase.name !== 'done')
}
