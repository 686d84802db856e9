/*
 * Features are hashed (FNV-1a over their parts, kept to 30 bits) rather than built as strings: a lookup
 * by small integer skips building, flattening and hashing a string per feature, which was most
 * of the stage's time. With some 60,000 features in 2^30 slots a collision is very unlikely,
 * and a rare one only adds a small weight, as in any hashed-feature model.
 */

const OFFSET = 0x811c9dc5
const PRIME = 0x01000193

function mix(h: number, s: string): number {
  let x = h
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i)
    x = Math.imul(x, PRIME)
  }
  // A separator, so that ('ab', 'c') and ('a', 'bc') differ.
  x ^= 0x1f
  return Math.imul(x, PRIME)
}

/** The hash of a feature named by its parts: `hashOf('p1w', 'the', 'jasim')`. */
export function hashOf(a: string, b?: string, c?: string, d?: string): number {
  let h = mix(OFFSET, a)
  if (b !== undefined) h = mix(h, b)
  if (c !== undefined) h = mix(h, c)
  if (d !== undefined) h = mix(h, d)
  return h & MASK
}

/** Hashes are kept to 30 bits so that V8 holds them as small integers, the fastest Map keys. */
export const MASK = 0x3fffffff
