import { MASK } from './feature-hash.js'
import { contextFeaturesOf, MAX_CONTEXT_FEATURES, type SentenceView, START, wordFeaturesOf } from './features.js'
import type { Word } from './words.js'

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

/** A loaded model: labels, and each feature's row of per-label weights in one flat table. */
export interface Model {
  readonly labels: readonly Label[]
  /**
   * Feature hash -> offset of its row in `table`, as an open-addressing table: `slots[2s]` is a
   * hash or -1 and `slots[2s + 1]` its row, side by side so that a probe touches one cache line.
   * Faster than a Map here, and about 1 MB.
   */
  readonly slots: Int32Array
  readonly table: Float32Array
  /** `allowed[prev * n + label]`: whether BIO lets `label` follow `prev`; prev `n` is the start. */
  readonly allowed: Uint8Array
  /**
   * Scores of each word's own features, by word, in sentences in lower case and in capitals
   * (whose features differ): words recur, so most cost one lookup.
   */
  readonly words: Map<string, Float64Array>
  readonly shoutedWords: Map<string, Float64Array>
  /** Room for one word's context features, reused for every word rather than allocated. */
  readonly features: Int32Array
}

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const WORD_CACHE_SIZE = 50_000

/** Expands the stored sparse weights into one dense table, once, in `prepare()`. */
export function loadModel(file: ModelFile): Model {
  const n = file.labels.length
  const entries = Object.entries(file.weights)
  let size = 1
  while (size < entries.length * 2) size *= 2
  const slots = new Int32Array(size * 2).fill(-1)
  const table = new Float32Array(entries.length * n)
  entries.forEach(([feature, flat], r) => {
    // Masked again so that weights saved with wider hashes still load.
    const hash = Number(feature) & MASK
    let slot = hash & (size - 1)
    while (slots[slot * 2] !== -1 && slots[slot * 2] !== hash) slot = (slot + 1) & (size - 1)
    slots[slot * 2] = hash
    slots[slot * 2 + 1] = r * n
    for (let k = 0; k + 1 < flat.length; k += 2)
      table[r * n + (flat[k] as number)] = (flat[k + 1] as number) / file.scale
  })
  const allowed = new Uint8Array((n + 1) * n)
  for (let p = 0; p <= n; p++) {
    for (let k = 0; k < n; k++) allowed[p * n + k] = isAllowed(file.labels[p] ?? 'O', file.labels[k] as Label) ? 1 : 0
  }
  return {
    labels: file.labels,
    slots,
    table,
    allowed,
    words: new Map(),
    shoutedWords: new Map(),
    features: new Int32Array(MAX_CONTEXT_FEATURES),
  }
}

/**
 * Adds the weights of the first `count` features into `scores` (one slot per label), which it
 * does not clear. Float64 sums of these weights (hundredths below 24) are exact, so the order in
 * which features are added never changes a score.
 */
export function score(model: Model, features: ArrayLike<number>, scores: Float64Array, count = features.length): void {
  const n = scores.length
  const { slots, table } = model
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
    const at = slots[slot * 2 + 1] as number
    for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (table[at + k] as number)
  }
}

/** Whether `label` may follow `prev` in BIO: `I-X` only after `B-X` or `I-X`. */
export function isAllowed(prev: Label, label: Label): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2)
}

/** Labels one sentence greedily, left to right, with each label's features seeing the two before. */
export function tagSentence(model: Model, view: SentenceView): Label[] {
  const out: Label[] = []
  const { labels, allowed, features } = model
  const n = labels.length
  const cache = view.shouting ? model.shoutedWords : model.words
  const scores = new Float64Array(n)
  let prev = n
  for (let i = 0; i < view.words.length; i++) {
    const prev1 = i > 0 ? (out[i - 1] as Label) : START
    const prev2 = i > 1 ? (out[i - 2] as Label) : START
    const word = (view.words[i] as Word).text
    let own = cache.get(word)
    if (!own) {
      own = new Float64Array(n)
      score(model, wordFeaturesOf(view, i), own)
      if (cache.size >= WORD_CACHE_SIZE) cache.clear()
      cache.set(word, own)
    }
    scores.set(own)
    score(model, features, scores, contextFeaturesOf(view, i, prev1, prev2, features))
    let best = 0
    let bestScore = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      if (!allowed[prev * n + k]) continue
      if ((scores[k] as number) > bestScore) {
        bestScore = scores[k] as number
        best = k
      }
    }
    out.push(labels[best] as Label)
    prev = best
  }
  return out
}
