/**
 * Bytes in, article text out. Offsets everywhere else in onrecord are into the
 * string this returns, so nothing here may change the text beyond removing a
 * byte-order mark.
 */

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; warnings: string[] }
  | { ok: false; reason: string }

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Magic numbers of files that are plainly not articles. */
const binarySignatures: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] }
]

export function decodeArticle(bytes: Uint8Array): Decoded {
  const signature = binarySignatures.find(({ bytes: magic }) =>
    magic.every((byte, index) => bytes[index] === byte)
  )
  if (signature) return { ok: false, reason: `binary file (${signature.name}), not article text` }

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be')

  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not article text' }

  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return checked(text, 'utf-8', [])
  } catch {
    return fromWindows1252(bytes)
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    return checked(text, encoding, [`decoded as ${encoding.toUpperCase()} (byte-order mark)`])
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} text` }
  }
}

/**
 * Invalid UTF-8 is most often Windows-1252 from an old scraper. Bytes that
 * Windows-1252 leaves undefined, or a mostly non-text result, mean it is not.
 */
function fromWindows1252(bytes: Uint8Array): Decoded {
  const undefinedBytes = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])
  if (bytes.some((byte) => undefinedBytes.has(byte))) {
    return { ok: false, reason: 'not valid UTF-8, and not plainly Windows-1252 either' }
  }
  let text = ''
  for (const byte of bytes) text += windows1252[byte - 0x80] ?? String.fromCharCode(byte)
  return checked(text, 'windows-1252', ['not valid UTF-8; decoded as Windows-1252'])
}

/**
 * Windows-1252 bytes 0x80 to 0x9F (https://encoding.spec.whatwg.org/index-windows-1252.txt);
 * the rest is Latin-1. Node 20's TextDecoder reads this label as Latin-1, so the table is ours.
 */
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function checked(text: string, encoding: Encoding, warnings: string[]): Decoded {
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0
  if (control > Math.max(4, text.length / 100)) {
    return { ok: false, reason: 'binary file (control characters), not article text' }
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (no text)' }
  return { ok: true, text, encoding, warnings }
}
