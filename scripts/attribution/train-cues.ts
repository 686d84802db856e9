/*
 * Learns the attribution stage's cue model (src/stages/attribution/data/cue-model.json) from
 * PolNeAR train: a logistic regression over each verb token's features (cues.ts `cueFeatures`),
 * the positive class being a verb (or noun, for verbs the tagger took for nouns: `polls show`) that heads a gold cue. Only weights ship, never corpus text.
 * With a third file (PolNeAR dev), prints the cue-head token F1 there at a few thresholds (gold
 * heads that are no verb or noun, such as a colon or `is confident`, count in neither P nor R), and
 * how many dev heads whose word never heads a cue in training it finds.
 * Usage: tsx scripts/attribution/train-cues.ts [TRAIN.jsonl] [OUT.json] [DEV.jsonl]
 */
import { writeFileSync } from 'node:fs'
import type { Token } from '../../src/doc/layers.js'
import { cueFeatures, cueText, isCandidate } from '../../src/stages/attribution/cues.js'
import { asText } from '../../src/stages/attribution/feature-key.js'
import { normalizeTokens } from '../../src/stages/attribution/normalize-tokens.js'
import { readGold, tokenizer } from './corpus.js'

const trainPath = process.argv[2] ?? '../shared/data/polnear/train.jsonl'
const outPath = process.argv[3] ?? 'src/stages/attribution/data/cue-model.json'
const devPath = process.argv[4]
const EPOCHS = 8
const RATE = 0.1
const L2 = 1e-5
const MIN_COUNT = 3

interface Example {
  readonly features: string[]
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
      examples.push({
        features: cueFeatures(asText, text, i),
        label: heads.has(i) ? 1 : 0,
        lemmaPos: `${t.lemma}/${t.pos}`,
      })
    })
  }
  return examples
}

const examples = examplesOf(trainPath)
const counts = new Map<string, number>()
for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1)
const weights = new Map<string, number>()
let bias = 0
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
    const fs = e.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT)
    let z = bias
    for (const f of fs) z += weights.get(f) ?? 0
    const p = 1 / (1 + Math.exp(-z))
    const g = e.label - p
    bias += rate * g
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
const positives = examples.filter((e) => e.label).length
writeFileSync(outPath, `${JSON.stringify({ threshold: 0.45, bias: Math.round(bias * 1000) / 1000, weights: kept })}\n`)
console.error(
  `${examples.length} verb tokens, ${positives} cue heads, ${Object.keys(kept).length} weights -> ${outPath}`,
)

if (devPath) {
  // Scored with the kept (rounded) weights, as the stage reads them: a head no weight names is not scored.
  const heads = new Set(Object.keys(kept).map((f) => f.split('|')[0]))
  // Words that never head a cue in training: what a model that generalised over words would gain.
  const trainHeads = new Set(examples.filter((e) => e.label).map((e) => e.lemmaPos))
  const dev = examplesOf(devPath).map((e) => {
    const unseen = !trainHeads.has(e.lemmaPos)
    if (!heads.has(e.features[0] as string)) return { label: e.label, p: 0, unseen }
    let z = Math.round(bias * 1000) / 1000
    for (const f of e.features) z += kept[f] ?? 0
    return { label: e.label, p: 1 / (1 + Math.exp(-z)), unseen }
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
