/*
 * Letter-case tests on a word's first letter, as `/^\p{Lu}/u` and its kin decide them. They run
 * several times on every word of an article, and calling a regular expression costs far more
 * than looking at one character: ASCII (most of English news) is decided by its code, anything
 * else by the same regular expression as before.
 */

const UPPER_START = /^\p{Lu}/u
const LOWER_START = /^\p{Ll}/u
const LETTER_START = /^\p{L}/u

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122

/** Whether `word` starts with a capital letter: `/^\p{Lu}/u`. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0)
  return c < 128 ? isAsciiUpper(c) : UPPER_START.test(word)
}

/** Whether `word` starts with a lower-case letter: `/^\p{Ll}/u`. */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0)
  return c < 128 ? isAsciiLower(c) : LOWER_START.test(word)
}

/** Whether `word` starts with a letter: `/^\p{L}/u`. */
export function startsLetter(word: string): boolean {
  const c = word.charCodeAt(0)
  return c < 128 ? isAsciiUpper(c) || isAsciiLower(c) : LETTER_START.test(word)
}

/** Whether `word` is all ASCII, where case needs no Unicode tables. */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false
  return true
}
