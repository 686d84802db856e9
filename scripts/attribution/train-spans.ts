/*
 * Learns the attribution stage's span model (src/stages/attribution/data/span-model.json) from
 * PolNeAR train: an averaged structured perceptron over the span tagger's windows. Each gold
 * attribution gives one window with its source and content tagged; each cue the stage's own cue
 * finder proposes where the gold has none gives a window tagged all outside, so the model learns
 * to leave a false cue empty. Only feature weights ship, never corpus text.
 * Usage: tsx scripts/attribution/train-spans.ts [TRAIN.jsonl] [OUT.json]
 */
import { writeFileSync } from 'node:fs'
import type { Token } from '../../src/doc/layers.js'
import { readContext } from '../../src/stages/attribution/context.js'
import { cueModelFrom, cueProbability, cueText, findCues, isCandidate } from '../../src/stages/attribution/cues.js'
import storedCueModel from '../../src/stages/attribution/data/cue-model.json' with { type: 'json' }
import {
  goldTags,
  quotedTokens,
  SPAN_TAGS,
  spanFeatures,
  type TaggerContext,
  viterbi,
  windowOf,
} from '../../src/stages/attribution/span-tagger.js'
import { readGold, tokenizer } from './corpus.js'

const trainPath = process.argv[2] ?? '../shared/data/polnear/train.jsonl'
const outPath = process.argv[3] ?? 'src/stages/attribution/data/span-model.json'
const EPOCHS = Number(process.env.EPOCHS ?? 8)
/** Features whose averaged weights all stay under this are dropped: a 6 MB model becomes 3 MB at no cost on dev. */
const MIN_WEIGHT = 3
const N = SPAN_TAGS.length
const cueModel = cueModelFrom(storedCueModel)
/**
 * Cues are drawn for training down to this probability, below the stage's own floor
 * (cues.ts CANDIDATE_FLOOR), so the model sees more false cues: dev F1 0.643 against 0.640.
 */
const NEGATIVE_FLOOR = 0.15

interface Example {
  features: Int32Array[]
  gold: number[]
}

const ids = new Map<string, number>()
const idOf = (f: string): number => {
  let id = ids.get(f)
  if (id === undefined) {
    id = ids.size
    ids.set(f, id)
  }
  return id
}

/** Tokens overlapping a character span, as a range. */
function rangeOf(tokens: readonly Token[], span: { start: number; end: number } | null): [number, number] | null {
  if (!span) return null
  let first = -1
  let last = -1
  tokens.forEach((t, i) => {
    if (t.end > span.start && t.start < span.end) {
      if (first < 0) first = i
      last = i + 1
    }
  })
  return first < 0 ? null : [first, last]
}

/** The head of a gold cue: its first verb, else its first noun, else its first token. */
function headOf(tokens: readonly Token[], [first, last]: [number, number]): number {
  for (const pos of ['VERB', 'NOUN']) for (let i = first; i < last; i++) if (tokens[i]?.pos === pos) return i
  return first
}

const tokenize = await tokenizer()
const examples: Example[] = []
let negatives = 0
for (const g of readGold(trainPath)) {
  const doc = tokenize(g)
  const { ctx } = readContext(doc)
  const tctx: TaggerContext = {
    ...ctx,
    inQuote: quotedTokens(ctx),
    paragraphOfSentence: doc.layer('sentences').map((s) => s.paragraph),
  }
  // The cue as the stage will see it: the cue finder's own range where it finds one, else the
  // head alone, so that training windows look like the ones met at run time.
  const found = findCues(ctx.tokens, ctx.words, cueModel, NEGATIVE_FLOOR)
  const text = cueText(ctx.tokens, ctx.words)
  const heads = new Set<number>()
  const cueTokens = new Set<number>()
  for (const a of g.attributions) {
    const range = rangeOf(ctx.tokens, a.cue)
    if (!range) continue
    for (let i = range[0]; i < range[1]; i++) cueTokens.add(i)
    const head = headOf(ctx.tokens, range)
    if (heads.has(head)) continue
    heads.add(head)
    const cue = found.find((c) => c.first <= head && head < c.last) ?? {
      head,
      first: head,
      last: head + 1,
      probability: isCandidate(ctx.tokens[head] as Token) ? cueProbability(cueModel, text, head) : 0,
    }
    const window = windowOf(tctx, cue.head)
    const gold = goldTags(window, rangeOf(ctx.tokens, a.content), rangeOf(ctx.tokens, a.source.mention), cue)
    examples.push({ features: spanFeatures(tctx, cue, window).map((fs) => Int32Array.from(fs, idOf)), gold })
  }
  for (const cue of found) {
    if (cue.frame !== 'verb' || cueTokens.has(cue.head)) continue
    const window = windowOf(tctx, cue.head)
    const features = spanFeatures(tctx, cue, window).map((fs) => Int32Array.from(fs, idOf))
    examples.push({ features, gold: new Array(features.length).fill(0) })
    negatives++
  }
}
console.error(`${examples.length} windows (${negatives} without an attribution), ${ids.size} features`)

// Averaged perceptron with the usual lazy sums: average = w - u / c.
const weights = new Float64Array(ids.size * N)
const sums = new Float64Array(ids.size * N)
const transitions = new Float64Array((N + 1) * N)
const transitionSums = new Float64Array((N + 1) * N)
let c = 1
let seed = 7
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const bump = (into: Float64Array, at: number, by: number) => {
  into[at] = (into[at] as number) + by
}
/** One perceptron step on weight `at`, with its running sum for the average. */
const update = (w: Float64Array, sum: Float64Array, at: number, by: number) => {
  bump(w, at, by)
  bump(sum, at, by * c)
}
const rows = (t: Float64Array) => Array.from({ length: N + 1 }, (_, r) => Array.from(t.subarray(r * N, r * N + N)))

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let wrong = 0
  const order = examples.map((_, i) => i).sort(() => random() - 0.5)
  for (const k of order) {
    const e = examples[k] as Example
    const scores = new Float64Array(e.features.length * N)
    e.features.forEach((fs, j) => {
      for (const f of fs) for (let t = 0; t < N; t++) bump(scores, j * N + t, weights[f * N + t] as number)
    })
    const predicted = viterbi(scores, e.features.length, rows(transitions))
    let previousGold = -1
    let previousPredicted = -1
    let differs = false
    e.features.forEach((fs, j) => {
      const gold = e.gold[j] as number
      const guess = predicted[j] as number
      if (gold !== guess) {
        differs = true
        for (const f of fs) {
          update(weights, sums, f * N + gold, 1)
          update(weights, sums, f * N + guess, -1)
        }
      }
      if (gold !== guess || previousGold !== previousPredicted) {
        update(transitions, transitionSums, (previousGold + 1) * N + gold, 1)
        update(transitions, transitionSums, (previousPredicted + 1) * N + guess, -1)
      }
      previousGold = gold
      previousPredicted = guess
    })
    if (differs) wrong++
    c++
  }
  console.error(`epoch ${epoch + 1}: ${wrong} of ${examples.length} windows wrong`)
}

const round = (x: number) => Math.round(x * 10) / 10
const averaged: Record<string, number[]> = {}
const names = [...ids.keys()]
for (const [id, name] of names.entries()) {
  const w = Array.from({ length: N }, (_, t) =>
    round((weights[id * N + t] as number) - (sums[id * N + t] as number) / c),
  )
  if (w.some((x) => Math.abs(x) >= MIN_WEIGHT)) averaged[name] = w
}
const averagedTransitions = rows(transitions).map((row, r) =>
  row.map((x, t) => round(x - (transitionSums[r * N + t] as number) / c)),
)
const sorted = Object.fromEntries(Object.entries(averaged).sort(([a], [b]) => (a < b ? -1 : 1)))
writeFileSync(outPath, `${JSON.stringify({ transitions: averagedTransitions, weights: sorted })}\n`)
console.error(`${Object.keys(sorted).length} weighted features -> ${outPath}`)
