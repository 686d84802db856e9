import { MASK } from './feature-hash.js'
import { EDGES, MAX_CONTEXT_FEATURES, toAfterNextOf, toBeforePreviousOf, toNextOf, toPreviousOf } from './features.js'
import { createScoreCache, type ScoreCache } from './score-cache.js'

/** The labels the recogniser chooses among: `O` and BIO tags over CoNLL's four types. */
export type Label = string

/** A trained averaged perceptron as stored in data/ner-model.json. */
export interface ModelFile {
  readonly labels: readonly Label[]
  /** Weights are integers: the averaged weight times `scale`. */
  readonly scale: number
  /** Feature hash (feature-hash.ts) -> flat `[label, weight, label, weight, …]`. */
  readonly weights: Readonly<Record<string, readonly number[]>>
}

/** A loaded model: labels, and each feature's non-zero weights, packed. */
export interface Model {
  readonly labels: readonly Label[]
  /**
   * Feature hash -> its weights in `weights`, as an open-addressing table: `slots[2s]` is a hash
   * or -1 and `slots[2s + 1]` is `first * 16 + count`, side by side so that a probe touches one
   * cache line. Faster than a Map here, and about 1 MB.
   */
  readonly slots: Int32Array
  /**
   * Each feature's non-zero weights (2.6 of 9 labels on average), as `weight * 16 + label` with
   * the stored integer weight: a third of the memory of a dense table, which the tagger reads
   * at random and which mattered more than the arithmetic.
   */
  readonly weights: Int32Array
  /** `values[weight + offset]`: a stored weight as the float32 nearest weight / scale, as scores have always used it. */
  readonly values: Float64Array
  readonly offset: number
  /** `allowed[prev * n + label]`: whether BIO lets `label` follow `prev`; prev `n` is the start. */
  readonly allowed: Uint8Array
  /** Scores the tagger works out once and reads many times (tagger.ts). */
  readonly cache: ScoreCache
  /**
   * The neighbour scores a sentence's first words see before it and its last words after it:
   * rows 1 to 4 of a word's block in score-cache.ts, as the start and end give them.
   */
  readonly edges: Float64Array
  /** Room for one word's features, reused for every word rather than allocated. */
  readonly features: Int32Array
}

/** Packs the stored sparse weights for lookup by feature hash, once, in `prepare()`. */
export function loadModel(file: ModelFile): Model {
  const n = file.labels.length
  // A label is packed into four bits of each weight.
  if (n > 16) throw new Error(`ner model: ${n} labels, more than the 16 the packed weights hold`)
  const entries = Object.entries(file.weights)
  let size = 1
  while (size < entries.length * 2) size *= 2
  const slots = new Int32Array(size * 2).fill(-1)
  const weights = new Int32Array(entries.reduce((sum, [, flat]) => sum + flat.length / 2, 0))
  let largest = 0
  let used = 0
  for (const [feature, flat] of entries) {
    // Masked again so that weights saved with wider hashes still load.
    const hash = Number(feature) & MASK
    let slot = hash & (size - 1)
    while (slots[slot * 2] !== -1 && slots[slot * 2] !== hash) slot = (slot + 1) & (size - 1)
    const first = used
    for (let k = 0; k + 1 < flat.length; k += 2) {
      const weight = flat[k + 1] as number
      if (!Number.isInteger(weight)) throw new Error(`ner model: weight ${weight} is not an integer`)
      weights[used++] = weight * 16 + (flat[k] as number)
      largest = Math.max(largest, Math.abs(weight))
    }
    slots[slot * 2] = hash
    slots[slot * 2 + 1] = first * 16 + (used - first)
  }
  // Each weight as the float32 nearest weight / scale, as an earlier dense Float32Array held it,
  // so that every score is the same number it was.
  const values = new Float64Array(2 * largest + 1)
  for (let w = -largest; w <= largest; w++) values[w + largest] = Math.fround(w / file.scale)
  const allowed = new Uint8Array((n + 1) * n)
  for (let p = 0; p <= n; p++) {
    for (let k = 0; k < n; k++) allowed[p * n + k] = isAllowed(file.labels[p] ?? 'O', file.labels[k] as Label) ? 1 : 0
  }
  const model: Model = {
    labels: file.labels,
    slots,
    weights,
    values,
    offset: largest,
    allowed,
    cache: createScoreCache(n),
    edges: new Float64Array(4 * n),
    features: new Int32Array(MAX_CONTEXT_FEATURES),
  }
  const { before, after } = EDGES
  score(model, toNextOf(before), model.edges, undefined, 0)
  score(model, toAfterNextOf(before), model.edges, undefined, n)
  score(model, toPreviousOf(after), model.edges, undefined, 2 * n)
  score(model, toBeforePreviousOf(after), model.edges, undefined, 3 * n)
  return model
}

/**
 * Adds the weights of the first `count` features into `scores` (one slot per label, from `at`),
 * which it does not clear. Float64 sums of these weights (hundredths below 24) are exact, so the
 * order in which features are added, and how they are grouped, never changes a score.
 */
export function score(
  model: Model,
  features: ArrayLike<number>,
  scores: Float64Array,
  count = features.length,
  at = 0,
): void {
  const { slots, weights, values, offset } = model
  const mask = slots.length / 2 - 1
  for (let f = 0; f < count; f++) {
    const hash = features[f] as number
    let slot = hash & mask
    let key = slots[slot * 2] as number
    while (key !== hash && key !== -1) {
      slot = (slot + 1) & mask
      key = slots[slot * 2] as number
    }
    if (key === -1) continue
    const packed = slots[slot * 2 + 1] as number
    const first = packed >> 4
    const end = first + (packed & 15)
    for (let e = first; e < end; e++) {
      const entry = weights[e] as number
      // `entry >> 4` keeps the sign of a negative weight: floor division by 16.
      const label = at + (entry & 15)
      scores[label] = (scores[label] as number) + (values[(entry >> 4) + offset] as number)
    }
  }
}

/** Whether `label` may follow `prev` in BIO: `I-X` only after `B-X` or `I-X`. */
export function isAllowed(prev: Label, label: Label): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2)
}
