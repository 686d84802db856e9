import { NewsgraphError } from '../doc/message.js'
import { BINARY_SNIFF_BYTES, MAX_CONTROL_RATIO } from '../limits.js'

/** The UTF-8 byte order mark, as it appears once decoded. */
export const BOM = '\uFEFF'

/**
 * Decodes UTF-8 input strictly. Binary data (a NUL byte, or many control characters) throws
 * `read/binary`; UTF-16 with a byte order mark `read/unsupported-encoding`; an invalid byte
 * sequence `read/invalid-utf8` with its byte offset. A leading byte order mark is kept as
 * U+FEFF, so that offsets agree with what `fs.readFileSync(file, 'utf8')` gives; the callers
 * that parse (HTML, JSON) drop it, since it cannot be part of their article text.
 */
export function decodeUtf8(bytes: Uint8Array, input?: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/unsupported-encoding',
      reason: 'input is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
      ...(input ? { input } : {}),
    })
  }
  checkNotBinary(bytes, input)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/invalid-utf8',
      reason: `input is not valid UTF-8: bad byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset}`,
      span: { start: offset, end: offset + 1 },
      ...(input ? { input } : {}),
    })
  }
}

/** Throws `read/binary` for a NUL byte or a high share of control characters near the start. */
export function checkNotBinary(bytes: Uint8Array, input?: string): void {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) {
      throw binary(`input has a NUL byte at byte offset ${i}: it looks like binary data, not text`, i, input)
    }
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++
  }
  if (n > 0 && controls / n > MAX_CONTROL_RATIO) {
    const share = ((controls / n) * 100).toFixed(1)
    throw binary(
      `input looks like binary data: ${share}% control characters, more than ${MAX_CONTROL_RATIO * 100}%`,
      0,
      input,
    )
  }
}

function binary(reason: string, offset: number, input?: string): NewsgraphError {
  return new NewsgraphError({
    severity: 'error',
    rule: 'read/binary',
    reason,
    span: { start: offset, end: offset + 1 },
    ...(input ? { input } : {}),
  })
}

/** Byte offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] as number
    let need = 0
    let min = 0
    if (b < 0x80) {
      i++
      continue
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return bytes.length
}
