import type { Paragraph } from '../../doc/layers.js'

/** Line breaks of every convention: LF, CRLF, lone CR, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g

/**
 * The paragraphs of a text: each non-blank line, trimmed of its surrounding whitespace.
 * News text puts one paragraph on a line (the headline and dateline too), so a line break
 * always ends a paragraph and a sentence never crosses one.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let lineStart = 0
  const add = (from: number, to: number) => {
    let start = from
    let end = to
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end > start) paragraphs.push({ start, end })
  }
  for (const m of text.matchAll(LINE_BREAK)) {
    const at = m.index ?? 0
    add(lineStart, at)
    lineStart = at + m[0].length
  }
  add(lineStart, text.length)
  return paragraphs
}

/** Whitespace as JavaScript's `\s` sees it, without a regular expression per character. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
