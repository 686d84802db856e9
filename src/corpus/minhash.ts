/*
 * MinHash signatures over word shingles, and locality-sensitive hashing bands, for finding
 * republished copies of one wire story. Hand-written: the npm MinHash packages are unmaintained
 * or pull in far more than these forty lines (bloom-filters), and the method is textbook
 * (Broder 1997; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3).
 */

/** Hash functions per signature: the similarity estimate's standard error is about 1/sqrt(128) = 0.09. */
export const SIGNATURE_SIZE = 128
/** 32 bands of 4 rows: pairs with Jaccard 0.5 share a band with probability 1-(1-0.5^4)^32 = 0.87, pairs at 0.2 with 0.05. */
export const BANDS = 32
const ROWS = SIGNATURE_SIZE / BANDS
/** Words per shingle: five keeps shared stock phrases (`said in a statement`) from counting. */
const SHINGLE_WORDS = 5

/** Estimated Jaccard similarity from which two articles are copies of one story. */
export const COPY_THRESHOLD = 0.5

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)))

function mix32(x: number): number {
  let h = x | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Lower-case word shingles, hashed; a text shorter than one shingle is one shingle. */
export function shingles(text: string): Set<number> {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  const out = new Set<number>()
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')))
    return out
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  return out
}

/** The MinHash signature of a text: for each seeded hash, the least value over its shingles. */
export function minhash(text: string): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff)
  for (const shingle of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(shingle ^ (SEEDS[i] as number))
      if (v < (signature[i] as number)) signature[i] = v
    }
  }
  return signature
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++
  return n ? same / n : 0
}

/** One bucket name per band: articles sharing one are candidates for a closer look. */
export function bands(signature: readonly number[]): string[] {
  const out: string[] = []
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ (signature[b * ROWS + r] as number))
    out.push(`${b}:${(h >>> 0).toString(36)}`)
  }
  return out
}

/** Signature to and from its stored form. */
export function encodeSignature(signature: readonly number[]): string {
  return signature.map((v) => v.toString(36)).join(',')
}

export function decodeSignature(text: string): number[] {
  return text ? text.split(',').map((v) => Number.parseInt(v, 36)) : []
}
