import { MASK } from './feature-hash.js'
import {
  EDGE,
  MAX_CONTEXT_FEATURES,
  NEIGHBOUR_ROLES,
  type NeighbourRole,
  otherContextFeaturesOf,
  type SentenceView,
  START,
  type WordFacts,
  wordFeaturesOf,
} from './features.js'
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
   * What the tagger keeps of each word, in sentences in lower case and in capitals (whose own
   * features differ): `n` scores of the word's own features, then the `n` weights of each
   * feature it gives a neighbour (`NEIGHBOUR_ROLES`). Words recur, so most cost one lookup
   * instead of a dozen probes of the table.
   */
  readonly words: Map<string, Float64Array>
  readonly shoutedWords: Map<string, Float64Array>
  /** The same neighbour weights for the places before a sentence's first word and after its last. */
  readonly edge: Float64Array
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
  const model = {
    labels: file.labels,
    slots,
    table,
    allowed,
    words: new Map(),
    shoutedWords: new Map(),
    edge: new Float64Array(n * ENTRY_PARTS),
    features: new Int32Array(MAX_CONTEXT_FEATURES),
  }
  addNeighbourRows(model, EDGE, model.edge)
  return model
}

/* An entry of `Model.words`: the word's own scores and one row per neighbour role. */
const ENTRY_PARTS = 1 + NEIGHBOUR_ROLES.length

/**
 * Adds the weights of the first `count` features into `scores` (one slot per label, from
 * `at`), which it does not clear. Float64 sums of these weights (hundredths below 24) are exact,
 * so the order in which features are added never changes a score.
 */
export function score(
  model: Model,
  features: ArrayLike<number>,
  scores: Float64Array,
  count = features.length,
  at = 0,
): void {
  for (let f = 0; f < count; f++) addFeature(model, features[f] as number, scores, at)
}

function addFeature(model: Model, hash: number, scores: Float64Array, at: number): void {
  const { slots, table } = model
  const n = model.labels.length
  const mask = slots.length / 2 - 1
  let slot = hash & mask
  let key = slots[slot * 2] as number
  while (key !== hash && key !== -1) {
    slot = (slot + 1) & mask
    key = slots[slot * 2] as number
  }
  if (key === -1) return
  const row = slots[slot * 2 + 1] as number
  for (let k = 0; k < n; k++) scores[at + k] = (scores[at + k] as number) + (table[row + k] as number)
}

/** Whether `label` may follow `prev` in BIO: `I-X` only after `B-X` or `I-X`. */
export function isAllowed(prev: Label, label: Label): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2)
}

/** Adds the weights of the features a word (or a sentence edge) gives its neighbours into its entry. */
function addNeighbourRows(model: Model, facts: Readonly<Record<NeighbourRole, number>>, entry: Float64Array): void {
  const n = model.labels.length
  for (let j = 0; j < NEIGHBOUR_ROLES.length; j++) {
    const role = (NEIGHBOUR_ROLES[j] as readonly [number, NeighbourRole])[1]
    addFeature(model, facts[role], entry, n * (1 + j))
  }
}

/** The tagger's entry for word `i` (see `Model.words`), made on first sight of the word. */
function entryOf(model: Model, view: SentenceView, i: number): Float64Array {
  const cache = view.shouting ? model.shoutedWords : model.words
  const word = (view.words[i] as Word).text
  let entry = cache.get(word)
  if (!entry) {
    const n = model.labels.length
    entry = new Float64Array(n * ENTRY_PARTS)
    score(model, wordFeaturesOf(view, i), entry)
    addNeighbourRows(model, view.facts[i] as WordFacts, entry)
    if (cache.size >= WORD_CACHE_SIZE) cache.clear()
    cache.set(word, entry)
  }
  return entry
}

/**
 * Labels one sentence greedily, left to right, with each label's features seeing the two before.
 * A word's score is its own features', its neighbours' weights for it (kept in their entries),
 * and the other context features', which depend on the labels chosen so far.
 */
export function tagSentence(model: Model, view: SentenceView): Label[] {
  const out: Label[] = []
  const { labels, allowed, features } = model
  const n = labels.length
  const length = view.words.length
  const entries = view.words.map((_, i) => entryOf(model, view, i))
  const scores = new Float64Array(n)
  let prev = n
  for (let i = 0; i < length; i++) {
    const own = entries[i] as Float64Array
    for (let k = 0; k < n; k++) scores[k] = own[k] as number
    for (let j = 0; j < NEIGHBOUR_ROLES.length; j++) {
      const at = i + ((NEIGHBOUR_ROLES[j] as readonly [number, string])[0] as number)
      const from = at >= 0 && at < length ? (entries[at] as Float64Array) : model.edge
      const row = n * (1 + j)
      for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (from[row + k] as number)
    }
    const prev1 = i > 0 ? (out[i - 1] as Label) : START
    const prev2 = i > 1 ? (out[i - 2] as Label) : START
    score(model, features, scores, otherContextFeaturesOf(view, i, prev1, prev2, features, 0))
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
