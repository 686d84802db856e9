/*
 * Learns the attribution stage's cue model (src/stages/attribution/data/cue-model.json) from
 * PolNeAR train: a logistic regression over each verb token's features (cues.ts `cueFeatures`),
 * the positive class being a verb (or noun, for verbs the tagger took for nouns: `polls show`) that heads a gold cue. Only weights ship, never corpus text.
 * With a third file (PolNeAR dev), prints the cue-head token F1 there at a few thresholds (gold
 * heads that are no verb or noun, such as a colon or `is confident`, count in neither P nor R), and
 * how many dev heads whose word never heads a cue in training it finds.
 * Two regressions share the file: one over the word's own features, and one over its word classes
 * (cue-classes.ts) for the words whose lemma the first does not know. With `--classes-only`, the
 * word part and bias already in OUT are kept and only the class part is learned again.
 * Usage: tsx scripts/attribution/train-cues.ts [TRAIN.jsonl] [OUT.json] [DEV.jsonl] [--classes-only]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Token } from '../../src/doc/layers.js'
import { CLASS_FLOOR, cueFeatures, cueText, isCandidate } from '../../src/stages/attribution/cues.js'
import { asText } from '../../src/stages/attribution/feature-key.js'
import { normalizeTokens } from '../../src/stages/attribution/normalize-tokens.js'
import { readGold, tokenizer } from './corpus.js'

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const classesOnly = process.argv.includes('--classes-only')
const trainPath = args[0] ?? '../shared/data/polnear/train.jsonl'
const outPath = args[1] ?? 'src/stages/attribution/data/cue-model.json'
const devPath = args[2]
const EPOCHS = 8
const RATE = 0.1
const L2 = 1e-5
const MIN_COUNT = 3
/** Words seen at most this often in training stand for the words never seen. */
const RARE = 5

interface Example {
  readonly features: string[]
  /** The features the model reads when it does not know the word's lemma: its classes. */
  readonly backoff: string[]
  readonly label: number
  readonly lemmaPos: string
}

const tokenize = await tokenizer()

/** Every candidate token of a corpus with its features, labelled by whether it heads a gold cue. */
function examplesOf(path: string): Example[] {
  const examples: Example[] = []
  for (const g of readGold(path)) {
    const doc = tokenize(g)
    const tokens = normalizeTokens(doc.text, doc.layer('tokens'))
    const words = tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"))
    const heads = new Set<number>()
    for (const a of g.attributions) {
      let head = -1
      tokens.forEach((t, i) => {
        if (t.start >= a.cue.start && t.end <= a.cue.end && isCandidate(t) && head < 0) head = i
      })
      if (head >= 0) heads.add(head)
    }
    const text = cueText(tokens, words)
    tokens.forEach((t: Token, i) => {
      if (!isCandidate(t)) return
      const lemmaPos = `${t.lemma}/${t.pos}`
      examples.push({
        features: cueFeatures(asText, text, i),
        backoff: cueFeatures(asText, text, i, false),
        label: heads.has(i) ? 1 : 0,
        lemmaPos,
      })
    })
  }
  return examples
}

const examples = examplesOf(trainPath)

interface Weights {
  readonly bias: number
  readonly weights: Readonly<Record<string, number>>
}

/**
 * A logistic regression over the examples' features as `featuresOf` gives them, with weights
 * under 0.15 in magnitude dropped; with `fixedBias`, the intercept is held there, not learned.
 */
function train(
  examples: readonly Example[],
  featuresOf: (e: Example) => readonly string[],
  fixedBias?: number,
): { bias: number; weights: Record<string, number> } {
  const counts = new Map<string, number>()
  for (const e of examples) for (const f of featuresOf(e)) counts.set(f, (counts.get(f) ?? 0) + 1)
  const weights = new Map<string, number>()
  let bias = fixedBias ?? 0
  // Deterministic shuffle so a rebuild gives the same weights.
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i).sort(() => random() - 0.5)
    const rate = RATE / (1 + epoch)
    for (const k of order) {
      const e = examples[k] as Example
      const fs = featuresOf(e).filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT)
      let z = bias
      for (const f of fs) z += weights.get(f) ?? 0
      const p = 1 / (1 + Math.exp(-z))
      const g = e.label - p
      if (fixedBias === undefined) bias += rate * g
      for (const f of fs) {
        const w = weights.get(f) ?? 0
        weights.set(f, w + rate * (g - L2 * w))
      }
    }
  }
  const kept = Object.fromEntries(
    [...weights]
      .filter(([, w]) => Math.abs(w) >= 0.15)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => [f, Math.round(w * 1000) / 1000]),
  )
  return { bias: Math.round(bias * 1000) / 1000, weights: kept }
}

const words: Weights = classesOnly
  ? wordPartOf(JSON.parse(readFileSync(outPath, 'utf8')))
  : train(examples, (e) => e.features)
// Words rare in training stand for the words never seen: a second regression learns from them, by
// their classes alone, how to score a word whose lemma the first does not know. Its intercept is
// held at the first one's: learned on these few thousand tokens, it let the classes overfit (on
// dev at 0.3, 13 of the 75 heads never heading a train cue found for 143 false, against 2 for 11).
const seen = new Map<string, number>()
for (const e of examples) seen.set(e.lemmaPos, (seen.get(e.lemmaPos) ?? 0) + 1)
// Verbs only: the nouns a class admitted were mostly no cue (`anonymity`, `urge`), and the
// tagger gives a noun cue mostly for a verb it mistook.
const rare = examples.filter((e) => e.lemmaPos.endsWith('/VERB') && (seen.get(e.lemmaPos) ?? 0) <= RARE)
const classes = train(rare, (e) => e.backoff, words.bias)
const kept: Record<string, number> = { ...words.weights, ...classes.weights }
const bias = words.bias
console.error(
  `${rare.length} tokens of rare words, ${rare.filter((e) => e.label).length} cue heads, ${Object.keys(classes.weights).length} class weights`,
)

/** The word part of a stored model: every weight but the class features'. */
function wordPartOf(model: Weights): Weights {
  const weights = Object.fromEntries(Object.entries(model.weights).filter(([f]) => !/^c[123]=/.test(f)))
  return { bias: model.bias, weights }
}
const positives = examples.filter((e) => e.label).length
writeFileSync(outPath, `${JSON.stringify({ threshold: 0.45, bias, weights: kept })}\n`)
console.error(
  `${examples.length} verb tokens, ${positives} cue heads, ${Object.keys(kept).length} weights -> ${outPath}`,
)

if (devPath) {
  // Scored with the kept (rounded) weights, as the stage reads them: a head no weight names is not scored.
  const heads = new Set(Object.keys(kept).map((f) => f.split('|')[0]))
  const isClassHead = (f: string) => /^c1=\d+\|pos=[A-Z]+$/.test(f) && (kept[f] ?? 0) > 0
  // Words that never head a cue in training: what a model that generalised over words would gain.
  const trainHeads = new Set(examples.filter((e) => e.label).map((e) => e.lemmaPos))
  const dev = examplesOf(devPath).map((e) => {
    const unseen = !trainHeads.has(e.lemmaPos)
    const known = heads.has(e.features[0] as string)
    if (!known && !e.backoff.some(isClassHead)) return { label: e.label, p: 0, unseen }
    let z = bias
    for (const f of known ? e.features : e.backoff) z += kept[f] ?? 0
    const p = 1 / (1 + Math.exp(-z))
    // As the stage does, a word read by its classes alone is a cue only from CLASS_FLOOR up.
    return { label: e.label, p: known || p >= CLASS_FLOOR ? p : 0, unseen }
  })
  const gold = dev.filter((e) => e.label).length
  const unseenGold = dev.filter((e) => e.label && e.unseen).length
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const found = dev.filter((e) => e.p >= threshold)
    const right = found.filter((e) => e.label).length
    const p = right / found.length
    const r = right / gold
    const unseen = found.filter((e) => e.unseen)
    const unseenRight = unseen.filter((e) => e.label).length
    console.error(
      `dev cue heads at ${threshold}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}; ` +
        `heads never heading a train cue: ${unseenRight} of ${unseenGold} found, ${unseen.length - unseenRight} false`,
    )
  }
}
