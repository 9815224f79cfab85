/**
 * A build in a worker thread with a heap of its own size (see
 * `src/archive/heap.ts`): the command as it was given, its exit status as the
 * thread's.
 */
import { workerData } from 'node:worker_threads'
import { listenForInterrupt } from '../src/archive/interrupt.ts'
import { main } from './cli.ts'

listenForInterrupt()
const { argv, stderrIsTTY } = workerData as { argv: string[]; stderrIsTTY: boolean }
process.exit(await main(argv, { worker: { stderrIsTTY } }))
