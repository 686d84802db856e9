import { MASK } from './feature-hash.js'
import {
  EDGES,
  END,
  labelFeaturesOf,
  labelWordFeaturesOf,
  MAX_CONTEXT_FEATURES,
  pairFeaturesOf,
  posFeaturesOf,
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
  /**
   * Scores of each word's features that a cache can hold, by word, in sentences in lower case
   * and in capitals (whose own features differ): words recur, so most cost one lookup.
   */
  readonly words: Map<string, WordScores>
  readonly shoutedWords: Map<string, WordScores>
  /** The neighbour scores a sentence's first and last words see past its ends, as in `WordScores`. */
  readonly edges: Float64Array
  /** Scores of `labelFeaturesOf` by `(shouting, prev2, prev1)` (see `labelSlot`), filled as met. */
  readonly byLabels: (Float64Array | undefined)[]
  /** Scores of `posFeaturesOf` by the three tags' numbers in `tagNumbers`, filled as met. */
  readonly byTags: (Float64Array | undefined)[]
  readonly tagNumbers: Map<string, number>
  /** Room for one word's remaining features, reused for every word rather than allocated. */
  readonly features: Int32Array
}

/**
 * What a word adds to scores, worked out the first time it is met: its own features' scores,
 * the scores it gives its neighbours (`p1` and `ps1` to the next word, `p2` to the one after,
 * `n1` and `ns1` to the word before, `n2` to the one before that; `n` labels each), and those
 * of `labelWordFeaturesOf` by the previous label, filled as met. Each feature still counts
 * once: this only groups the sum, and sums of these weights are exact in any order (`score`).
 */
export interface WordScores {
  readonly own: Float64Array
  readonly neighbours: Float64Array
  readonly byPrevious: (Float64Array | undefined)[]
}

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const WORD_CACHE_SIZE = 50_000

/* Tags a slot of `byTags` can number: UPOS has 17, with `<s>` and `</s>` and one to spare. */
const TAG_ROOM = 20

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
    words: new Map(),
    shoutedWords: new Map(),
    edges: new Float64Array(4 * n),
    // Filled with `undefined` up front: an array written first at a far index would be kept as a dictionary.
    byLabels: new Array<Float64Array | undefined>(2 * (n + 1) * (n + 1)).fill(undefined),
    byTags: new Array<Float64Array | undefined>(TAG_ROOM ** 3).fill(undefined),
    tagNumbers: new Map(),
    features: new Int32Array(MAX_CONTEXT_FEATURES),
  }
  const { before, after } = EDGES
  score(model, [before.asP1, before.asPs1], model.edges.subarray(0, n))
  score(model, [before.asP2], model.edges.subarray(n, 2 * n))
  score(model, [after.asN1, after.asNs1], model.edges.subarray(2 * n, 3 * n))
  score(model, [after.asN2], model.edges.subarray(3 * n))
  return model
}

/**
 * Adds the weights of the first `count` features into `scores` (one slot per label), which it
 * does not clear. Float64 sums of these weights (hundredths below 24) are exact, so the order in
 * which features are added never changes a score.
 */
export function score(model: Model, features: ArrayLike<number>, scores: Float64Array, count = features.length): void {
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
      const label = entry & 15
      scores[label] = (scores[label] as number) + (values[(entry >> 4) + offset] as number)
    }
  }
}

/** Whether `label` may follow `prev` in BIO: `I-X` only after `B-X` or `I-X`. */
export function isAllowed(prev: Label, label: Label): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2)
}

/** A word's cached scores, worked out on its first use (see `WordScores`). */
function wordScoresOf(model: Model, view: SentenceView, i: number): WordScores {
  const cache = view.shouting ? model.shoutedWords : model.words
  const word = (view.words[i] as Word).text
  let known = cache.get(word)
  if (known === undefined) {
    const n = model.labels.length
    const facts = view.facts[i] as WordFacts
    const own = new Float64Array(n)
    score(model, wordFeaturesOf(view, i), own)
    const neighbours = new Float64Array(4 * n)
    score(model, [facts.asP1, facts.asPs1], neighbours.subarray(0, n))
    score(model, [facts.asP2], neighbours.subarray(n, 2 * n))
    score(model, [facts.asN1, facts.asNs1], neighbours.subarray(2 * n, 3 * n))
    score(model, [facts.asN2], neighbours.subarray(3 * n))
    known = { own, neighbours, byPrevious: new Array<Float64Array | undefined>(n + 1).fill(undefined) }
    if (cache.size >= WORD_CACHE_SIZE) cache.clear()
    cache.set(word, known)
  }
  return known
}

/** The number of a part-of-speech tag (or `<s>`, `</s>`) in `model.byTags`, given as first met. */
function tagNumber(model: Model, tag: string): number {
  let known = model.tagNumbers.get(tag)
  if (known === undefined) {
    known = model.tagNumbers.size
    model.tagNumbers.set(tag, known)
  }
  return known
}

/** Adds `n` scores from `from` at `at` into `scores`. */
function addScores(scores: Float64Array, from: Float64Array, at: number, n: number): void {
  for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (from[at + k] as number)
}

/** Labels one sentence greedily, left to right, with each label's features seeing the two before. */
export function tagSentence(model: Model, view: SentenceView): Label[] {
  const out: Label[] = []
  const { labels, allowed, features, edges, byLabels, byTags } = model
  const n = labels.length
  const length = view.words.length
  const known: WordScores[] = []
  for (let i = 0; i < length; i++) known.push(wordScoresOf(model, view, i))
  const scores = new Float64Array(n)
  const shouting = view.shouting ? 1 : 0
  let prev = n
  let prevBefore = n
  let tagBefore = tagNumber(model, START)
  let tag = length > 0 ? tagNumber(model, (view.words[0] as Word).pos) : 0
  for (let i = 0; i < length; i++) {
    const prev1 = i > 0 ? (out[i - 1] as Label) : START
    const prev2 = i > 1 ? (out[i - 2] as Label) : START
    const own = known[i] as WordScores
    scores.set(own.own)
    // What the neighbours give (`WordScores`): the words before their first halves, the words after their last.
    if (i > 0) addScores(scores, (known[i - 1] as WordScores).neighbours, 0, n)
    else addScores(scores, edges, 0, n)
    if (i > 1) addScores(scores, (known[i - 2] as WordScores).neighbours, n, n)
    else addScores(scores, edges, n, n)
    if (i + 1 < length) addScores(scores, (known[i + 1] as WordScores).neighbours, 2 * n, n)
    else addScores(scores, edges, 2 * n, n)
    if (i + 2 < length) addScores(scores, (known[i + 2] as WordScores).neighbours, 3 * n, n)
    else addScores(scores, edges, 3 * n, n)
    const labelSlot = (shouting * (n + 1) + prevBefore) * (n + 1) + prev
    let labelScores = byLabels[labelSlot]
    if (labelScores === undefined) {
      labelScores = new Float64Array(n)
      score(model, features, labelScores, labelFeaturesOf(prev1, prev2, view.shouting, features))
      byLabels[labelSlot] = labelScores
    }
    addScores(scores, labelScores, 0, n)
    let wordLabelScores = own.byPrevious[prev]
    if (wordLabelScores === undefined) {
      wordLabelScores = new Float64Array(n)
      score(model, features, wordLabelScores, labelWordFeaturesOf(prev1, view.facts[i] as WordFacts, features))
      own.byPrevious[prev] = wordLabelScores
    }
    addScores(scores, wordLabelScores, 0, n)
    const tagAfter = tagNumber(model, i + 1 < length ? (view.words[i + 1] as Word).pos : END)
    // A tag past the room (never met in practice) is scored each time rather than cached.
    const tagSlot =
      tagBefore < TAG_ROOM && tag < TAG_ROOM && tagAfter < TAG_ROOM
        ? (tagBefore * TAG_ROOM + tag) * TAG_ROOM + tagAfter
        : -1
    let tagScores = tagSlot >= 0 ? byTags[tagSlot] : undefined
    if (tagScores === undefined) {
      tagScores = new Float64Array(n)
      const before = i > 0 ? (view.words[i - 1] as Word).pos : START
      const after = i + 1 < length ? (view.words[i + 1] as Word).pos : END
      score(model, features, tagScores, posFeaturesOf(before, (view.words[i] as Word).pos, after, features))
      if (tagSlot >= 0) byTags[tagSlot] = tagScores
    }
    addScores(scores, tagScores, 0, n)
    score(model, features, scores, pairFeaturesOf(view, i, prev1, features))
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
    prevBefore = prev
    prev = best
    tagBefore = tag
    tag = tagAfter
  }
  return out
}
