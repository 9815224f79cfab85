/** Subheadings: short lines inside the story that do not read as sentences. */

export function isSubheading(text: string): boolean {
  const words = text.split(/\s+/).length
  return words >= 1 && words <= 14 && text.length <= 120 && !/[.,;:!?"”'’)\]]$/.test(text) && /^[\p{Lu}\p{N}‘“"'‹«]/u.test(text)
}
