import { MASK } from './feature-hash.js'
import { contextFeaturesOf, type SentenceView, wordFeaturesOf, wordKeyOf } from './features.js'

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
   * Feature hash -> offset of its row in `table`, as an open-addressing table: `keys[slot]` is
   * a hash or -1, `offsets[slot]` its row. Faster than a Map here, and a few hundred KB.
   */
  readonly keys: Int32Array
  readonly offsets: Int32Array
  readonly table: Float32Array
  /** `allowed[prev * n + label]`: whether BIO lets `label` follow `prev`; prev `n` is the start. */
  readonly allowed: Uint8Array
  /** Scores of each word's own features, by word: words recur, so most cost one lookup. */
  readonly words: Map<string, Float64Array>
}

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const WORD_CACHE_SIZE = 50_000

/** Expands the stored sparse weights into one dense table, once, in `prepare()`. */
export function loadModel(file: ModelFile): Model {
  const n = file.labels.length
  const entries = Object.entries(file.weights)
  let size = 1
  while (size < entries.length * 2) size *= 2
  const keys = new Int32Array(size).fill(-1)
  const offsets = new Int32Array(size)
  const table = new Float32Array(entries.length * n)
  entries.forEach(([feature, flat], r) => {
    // Masked again so that weights saved with wider hashes still load.
    const hash = Number(feature) & MASK
    let slot = hash & (size - 1)
    while (keys[slot] !== -1 && keys[slot] !== hash) slot = (slot + 1) & (size - 1)
    keys[slot] = hash
    offsets[slot] = r * n
    for (let k = 0; k + 1 < flat.length; k += 2)
      table[r * n + (flat[k] as number)] = (flat[k + 1] as number) / file.scale
  })
  const allowed = new Uint8Array((n + 1) * n)
  for (let p = 0; p <= n; p++) {
    for (let k = 0; k < n; k++) allowed[p * n + k] = isAllowed(file.labels[p] ?? 'O', file.labels[k] as Label) ? 1 : 0
  }
  return { labels: file.labels, keys, offsets, table, allowed, words: new Map() }
}

/** Adds each known feature's weights into `scores` (one slot per label), which it does not clear. */
export function score(model: Model, features: readonly number[], scores: Float64Array): void {
  const n = scores.length
  const { keys, offsets, table } = model
  const mask = keys.length - 1
  for (let f = 0; f < features.length; f++) {
    const hash = features[f] as number
    let slot = hash & mask
    let key = keys[slot] as number
    while (key !== hash && key !== -1) {
      slot = (slot + 1) & mask
      key = keys[slot] as number
    }
    if (key === -1) continue
    const at = offsets[slot] as number
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
  const n = model.labels.length
  const scores = new Float64Array(n)
  let prev = n
  for (let i = 0; i < view.words.length; i++) {
    const prev1 = out[i - 1] ?? '<s>'
    const prev2 = out[i - 2] ?? '<s>'
    const key = wordKeyOf(view, i)
    let own = model.words.get(key)
    if (!own) {
      own = new Float64Array(n)
      score(model, wordFeaturesOf(view, i), own)
      if (model.words.size >= WORD_CACHE_SIZE) model.words.clear()
      model.words.set(key, own)
    }
    scores.set(own)
    score(model, contextFeaturesOf(view, i, prev1, prev2), scores)
    let best = 0
    let bestScore = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      if (!model.allowed[prev * n + k]) continue
      if ((scores[k] as number) > bestScore) {
        bestScore = scores[k] as number
        best = k
      }
    }
    out.push(model.labels[best] as Label)
    prev = best
  }
  return out
}
