/** Subheadings: short lines inside the story that do not read as sentences. */
import { pieceCount } from '../words.ts'

export function isSubheading(text: string): boolean {
  // A long block is no subheading: told by its length before its words are counted.
  if (text.length > 120) return false
  const words = pieceCount(text)
  return words >= 1 && words <= 14 && !/[.,;:!?"”'’)\]]$/.test(text) && /^[\p{Lu}\p{N}‘“"'‹«]/u.test(text)
}
