/**
 * The one line a problem gets: `FILE: reason` or `FILE: warning: reason`.
 * File names come from the input as they are, and a name may hold a newline
 * or a terminal's escape codes, which would forge or garble the lines around
 * it; such characters are written as escapes (`\n`, `\x1b`, `\u202e`).
 */
import type { Problem } from '../types.ts'

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional formatting characters.
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** `text` with every character that could break or restyle a line of output escaped. */
export function printable(text: string): string {
  return text.replace(unprintable, (char) => named[char] ?? escapeCode(char.charCodeAt(0)))
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

export function problemLine(problem: Problem): string {
  return `${printable(problem.file)}: ${problem.severity === 'warning' ? 'warning: ' : ''}${printable(problem.reason)}`
}
