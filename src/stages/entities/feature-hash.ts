/*
 * Features are hashed (FNV-1a over their parts, kept to 30 bits) rather than built as strings: a lookup
 * by small integer skips building, flattening and hashing a string per feature, which was most
 * of the stage's time. With some 60,000 features in 2^30 slots a collision is very unlikely,
 * and a rare one only adds a small weight, as in any hashed-feature model.
 *
 * FNV-1a reads its input in order, so a feature's hash can start from its template's state
 * (the hash of `p1w` alone, worked out once) and go on over the values: the same number as
 * hashing every part, for half the work on short words.
 */

/** FNV-1a's starting state. */
export const OFFSET = 0x811c9dc5
const PRIME = 0x01000193

/** Continues an FNV-1a state over the characters of `s`, with no separator. */
export function feed(h: number, s: string): number {
  let x = h
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i)
    x = Math.imul(x, PRIME)
  }
  return x
}

/** Continues a hash state over one part, then a separator, so ('ab', 'c') and ('a', 'bc') differ. */
export function mix(h: number, s: string): number {
  return Math.imul(feed(h, s) ^ 0x1f, PRIME)
}

/** The state after a feature template's name: `hash(template('p1w'), a, b) === hashOf('p1w', a, b)`. */
export function template(name: string): number {
  return mix(OFFSET, name)
}

/** The hash of a feature from its template's state and its values. */
export function hash(state: number, a: string, b?: string, c?: string): number {
  let h = mix(state, a)
  if (b !== undefined) h = mix(h, b)
  if (c !== undefined) h = mix(h, c)
  return h & MASK
}

/** The hash of a feature named by its parts: `hashOf('p1w', 'the', 'jasim')`. */
export function hashOf(a: string, b?: string, c?: string, d?: string): number {
  return b === undefined ? template(a) & MASK : hash(template(a), b, c, d)
}

/** Hashes are kept to 30 bits so that V8 holds them as small integers, the fastest Map keys. */
export const MASK = 0x3fffffff
