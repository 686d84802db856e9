import { featuresOf, type SentenceView } from './features.js'

/** The labels the recogniser chooses among: `O` and BIO tags over CoNLL's four types. */
export type Label = string

/** A trained averaged perceptron as stored in data/ner-model.json. */
export interface ModelFile {
  readonly labels: readonly Label[]
  /** Weights are integers: the averaged weight times `scale`. */
  readonly scale: number
  /** Feature -> flat `[label, weight, label, weight, …]`. */
  readonly weights: Readonly<Record<string, readonly number[]>>
}

/** A loaded model: labels and a feature -> per-label weight table. */
export interface Model {
  readonly labels: readonly Label[]
  readonly weights: ReadonlyMap<string, Float32Array>
}

/** Expands the stored sparse weights into dense per-label rows, once, in `prepare()`. */
export function loadModel(file: ModelFile): Model {
  const weights = new Map<string, Float32Array>()
  const n = file.labels.length
  for (const [feature, flat] of Object.entries(file.weights)) {
    const row = new Float32Array(n)
    for (let k = 0; k + 1 < flat.length; k += 2) row[flat[k] as number] = (flat[k + 1] as number) / file.scale
    weights.set(feature, row)
  }
  return { labels: file.labels, weights }
}

/** Adds the weights of each feature into `scores` (one slot per label). */
export function score(
  weights: ReadonlyMap<string, Float32Array | Float64Array>,
  features: readonly string[],
  scores: Float64Array,
) {
  scores.fill(0)
  for (const f of features) {
    const row = weights.get(f)
    if (!row) continue
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (row[k] as number)
  }
}

/** Whether `label` may follow `prev` in BIO: `I-X` only after `B-X` or `I-X`. */
export function isAllowed(prev: Label, label: Label): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2)
}

/** Labels one sentence greedily, left to right, with each label's features seeing the two before. */
export function tagSentence(model: Model, view: SentenceView): Label[] {
  const out: Label[] = []
  const scores = new Float64Array(model.labels.length)
  for (let i = 0; i < view.words.length; i++) {
    const prev1 = out[i - 1] ?? '<s>'
    const prev2 = out[i - 2] ?? '<s>'
    score(model.weights, featuresOf(view, i, prev1, prev2), scores)
    let best = 0
    let bestScore = Number.NEGATIVE_INFINITY
    for (let k = 0; k < model.labels.length; k++) {
      const label = model.labels[k] as Label
      if (!isAllowed(prev1 === '<s>' ? 'O' : prev1, label)) continue
      if ((scores[k] as number) > bestScore) {
        bestScore = scores[k] as number
        best = k
      }
    }
    out.push(model.labels[best] as Label)
  }
  return out
}
