import { PARTS_OF_SPEECH, type Token } from '../../doc/layers.js'
import { asHash, asText, type FeatureKey, hashOfText } from './feature-key.js'
import type { Context } from './frames.js'

/*
 * A learned reader of one cue's source and content, in the manner of a semantic role labeller:
 * given the cue's head token, every token of a window around it (its sentence and the next one in
 * the same paragraph) gets one of five tags, and Viterbi decoding finds the best
 * sequence. Features describe each token relative to the cue: side and distance, the commas,
 * quotation marks, sentence breaks and verbs between them, the cue's lemma and what follows it.
 * The weights come from a structured perceptron trained on PolNeAR train
 * (scripts/attribution/train-spans.ts); no corpus text ships, only feature weights.
 */

/** Outside, content (begin, inside), source (begin, inside). */
export const SPAN_TAGS = ['O', 'B-C', 'I-C', 'B-S', 'I-S'] as const
const N = SPAN_TAGS.length
const O = 0
const B_C = 1
const I_C = 2
const B_S = 3
const I_S = 4

/** The learned weights: per feature one weight per tag, and tag-to-tag transitions. */
export interface SpanModel {
  /** Feature hash (feature-key.ts) -> weights in SPAN_TAGS order. */
  readonly weights: WeightRows
  /** Row `previous + 1` (row 0: window start), column the tag. */
  readonly transitions: readonly (readonly number[])[]
}

/** The span model as data/span-model.json stores it. */
export interface SpanModelJson {
  readonly weights: Readonly<Record<string, readonly number[]>>
  readonly transitions: readonly (readonly number[])[]
}

/**
 * One row of weights per feature hash in an open-addressing table, which the hot loop reads
 * faster than a Map: a look-up is a few integer reads, with no object per row. Two names with one
 * hash (one pair among the shipped 70,000) share a summed row.
 */
export class WeightRows {
  /**
   * Per slot two numbers side by side, the hash kept there (-1 when empty) and where its row
   * starts in `#rows`: the table is larger than the processor's caches, and a look-up that finds
   * both in one place waits on memory once rather than twice. Twice as many slots as rows keeps
   * probes short.
   */
  readonly #slots: Int32Array
  readonly #rows: Float64Array
  readonly #mask: number

  constructor(rows: ReadonlyMap<number, readonly number[]>) {
    let size = 2
    while (size < 2 * rows.size) size *= 2
    this.#slots = new Int32Array(2 * size).fill(-1)
    this.#rows = new Float64Array(rows.size * N)
    this.#mask = size - 1
    let next = 0
    for (const [hash, weights] of rows) {
      let slot = hash & this.#mask
      while (this.#slots[2 * slot] !== -1) slot = (slot + 1) & this.#mask
      this.#slots[2 * slot] = hash
      this.#slots[2 * slot + 1] = next
      this.#rows.set(weights, next)
      next += N
    }
  }

  /** Where the row of `hash` starts in the table's rows, or -1 when the model does not know the feature. */
  #find(hash: number): number {
    const slots = this.#slots
    let slot = hash & this.#mask
    for (let kept = slots[2 * slot] as number; kept !== -1; kept = slots[2 * slot] as number) {
      if (kept === hash) return slots[2 * slot + 1] as number
      slot = (slot + 1) & this.#mask
    }
    return -1
  }

  /** Adds the row of every feature in `hashes` to the N scores from `into[at]`. */
  addTo(hashes: readonly number[], into: Float64Array, at: number): void {
    const rows = this.#rows
    for (const hash of hashes) {
      const start = this.#find(hash)
      if (start < 0) continue
      for (let t = 0; t < N; t++) into[at + t] = (into[at + t] as number) + (rows[start + t] as number)
    }
  }

  /** Where the row of `hash` starts, for `addRowTo`; -1 when the model does not know the feature. */
  startOf(hash: number): number {
    return this.#find(hash)
  }

  /** Adds the row starting at `start` (from `startOf`) to the N scores from `into[at]`. */
  addRowTo(start: number, into: Float64Array, at: number): void {
    const rows = this.#rows
    for (let t = 0; t < N; t++) into[at + t] = (into[at + t] as number) + (rows[start + t] as number)
  }

  /** The weights of one feature, or undefined. */
  get(hash: number): Float64Array | undefined {
    const start = this.#find(hash)
    return start < 0 ? undefined : this.#rows.subarray(start, start + N)
  }
}

/** Loads the stored model, keyed by the hash of each feature's name. */
export function spanModelFrom(json: SpanModelJson): SpanModel {
  const rows = new Map<number, number[]>()
  for (const [f, w] of Object.entries(json.weights)) {
    const key = hashOfText(f)
    const row = rows.get(key)
    if (!row) rows.set(key, [...w])
    else for (let t = 0; t < N; t++) row[t] = (row[t] as number) + (w[t] as number)
  }
  return { weights: new WeightRows(rows), transitions: json.transitions }
}

/** A cue's source and content as the tagger reads them, as token ranges `[first, last)`. */
export interface TaggedSpans {
  readonly source: [number, number] | null
  readonly content: [number, number] | null
}

/** A cue as the tagger reads it: head token and word range `[first, last)`. */
export interface CueRange {
  readonly head: number
  readonly first: number
  readonly last: number
  /** The cue model's probability for the head. */
  readonly probability?: number
}

/** The cue model's probability in six bands, so the tagger can weigh how sure the cue is. */
function band(p: number | undefined): string {
  if (p === undefined) return '-'
  return p < 0.1 ? '0' : p < 0.2 ? '1' : p < 0.35 ? '2' : p < 0.5 ? '3' : p < 0.7 ? '4' : '5'
}

/** Per-article facts the features read, computed once: which tokens sit inside quotations. */
export interface TaggerContext extends Context {
  readonly inQuote: Uint8Array
  /** Paragraph number of each sentence. */
  readonly paragraphOfSentence: readonly number[]
}

/**
 * Taken off every outside score at run time, not in training: the perceptron, trained on exact
 * spans, stops contents short, and a lean towards content raises PolNeAR dev content F1 from
 * 0.639 to 0.656 (0 gives the trained model's own reading).
 */
const CONTENT_LEAN = 30
/**
 * The lean for a cue the cue model is surer of (from `SURE_CUE`): such a cue is a false one less
 * often, so a content it would leave empty or stop short is more often a claim missed. PolNeAR dev
 * content / full F1 0.738 / 0.714 with 30 for every cue, 0.740 / 0.714 with 45 from 0.3 up
 * (train 0.731 / 0.701 to 0.733 / 0.703); 45 from 0.5 up or 60 gain less.
 */
const SURE_LEAN = 45
const SURE_CUE = 0.3

/**
 * What is taken off every outside score of a cue's window: more for a cue the cue model is sure
 * of, or one the lexicon gives with no probability.
 */
export function contentLean(probability: number | undefined): number {
  return probability === undefined || probability >= SURE_CUE ? SURE_LEAN : CONTENT_LEAN
}

/** Tokens either side of the head beyond which a window is cut: real content is shorter. */
const MAX_REACH = 50

/**
 * The window read for a cue: its sentence and the next one of the same paragraph, where a quote
 * goes on. The sentence before adds nothing on PolNeAR dev and a third of the work.
 */
export function windowOf(ctx: TaggerContext, head: number): [number, number] {
  const { tokens } = ctx
  const [first, s1] = ctx.sentenceRange(head)
  const paragraph = (t: Token | undefined) => (t ? ctx.paragraphOfSentence[t.sentence] : -1)
  let last = s1
  if (s1 < tokens.length && paragraph(tokens[s1]) === paragraph(tokens[head])) last = ctx.sentenceRange(s1)[1]
  return [Math.max(first, head - MAX_REACH), Math.min(last, head + MAX_REACH + 1)]
}

const DISTANCES = ['1', '2', '3', '5', '10', '20', 'far'] as const
/** Index into DISTANCES of a token `d` tokens from the head. */
const distanceBand = (d: number): number => (d <= 3 ? d - 1 : d <= 5 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : 6)
const capped = (n: number): number => Math.min(n, 2)
const isQuoteMark = (w: string): boolean => w === '"' || w === '\u201c' || w === '\u201d' || w === "''"
/** Where a content ends is mostly a matter of punctuation and joining words. */
const BOUNDARY_POS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADP', 'PRON', 'DET'])

/** What sits right after or before the cue, as a class: `that`, `,`, a quote, `to`, or a part of speech. */
function neighbourClass(ctx: Context, i: number): string {
  const w = ctx.words[i]
  if (w === undefined) return '-'
  if (isQuoteMark(w)) return 'q'
  if (/^(that|,|:|to|whether|if|as|about|for|on|in|—|--)$/.test(w)) return w
  return ctx.tokens[i]?.pos ?? 'X'
}

type Side = 'L' | 'R'

/** What the features know of the cue. */
interface CueFacts {
  readonly lemma: string
  readonly after: string
  readonly before: string
  readonly quoted: number
  readonly sure: string
}

/** Where one window token stands towards the cue. */
interface Place {
  readonly j: number
  readonly side: Side
  /** Index into DISTANCES. */
  readonly distance: number
  /** Commas, quotation marks, sentence breaks and verbs between cue and token, each capped at 2, as base-3 digits. */
  readonly between: number
  readonly quoted: number
}

/** The counts between as four base-3 digits, written once for all 81 values: features read them per token. */
const BETWEEN_DIGITS: readonly string[] = Array.from({ length: 81 }, (_, b) => b.toString(3).padStart(4, '0'))
const digits = (between: number): string => BETWEEN_DIGITS[between] as string

/*
 * The features, in groups by what they depend on, so that a SpanReader can score each group once
 * per distinct key rather than once per token. Training reads the same groups as text, the
 * reader as hashes (feature-key.ts).
 */
const byDistance = <K>(key: FeatureKey<K>, s: Side, d: number, c: CueFacts): K[] => {
  const band = DISTANCES[d] as string
  return [key`${s}${band}`, key`${s}|l=${c.lemma}|${band}`, key`${s}|pb=${c.sure}|${band}`]
}
const byBetween = <K>(key: FeatureKey<K>, s: Side, b: number, c: CueFacts): K[] => {
  const between = digits(b)
  return [
    key`${s}|b=${between}`,
    key`${s}|a=${c.after}|b=${between}`,
    key`${s}|c=${c.before}|b=${between}`,
    key`${s}|pb=${c.sure}|b=${between}`,
  ]
}
const byQuote = <K>(key: FeatureKey<K>, s: Side, q: number, c: CueFacts): K[] => [
  key`${s}|q=${q}${c.quoted}`,
  key`${s}|a=${c.after}|c=${c.before}|q=${q}`,
]
const bySide = <K>(key: FeatureKey<K>, s: Side, c: CueFacts): K[] => [
  key`${s}|l=${c.lemma}`,
  key`${s}|l=${c.lemma}|a=${c.after}`,
]
const byBetweenAndDistance = <K>(key: FeatureKey<K>, s: Side, b: number, d: number): K[] => [
  key`${s}|b=${digits(b)}|${DISTANCES[d] as string}`,
]
const byShape = <K>(key: FeatureKey<K>, s: Side, d: number, pos: string, q: number): K[] => [
  key`${s}|${DISTANCES[d] as string}|p=${pos}|q=${q}`,
]
const byBoundary = <K>(key: FeatureKey<K>, s: Side, w: string, p: Place, c: CueFacts): K[] => [
  key`${s}|w=${w}|b=${digits(p.between)}|a=${c.after}`,
  key`${s}|w=${w}|${DISTANCES[p.distance] as string}|q=${p.quoted}`,
]
const cueWordFeatures = <K>(key: FeatureKey<K>, ctx: TaggerContext, j: number, c: CueFacts): K[] => [
  key`H`,
  key`H|w=${ctx.words[j] as string}`,
  key`H|p=${(ctx.tokens[j] as Token).pos}`,
  key`H|l=${c.lemma}`,
  key`H|q=${ctx.inQuote[j] ?? 0}`,
  key`H|pb=${c.sure}`,
]

function cueFacts(ctx: TaggerContext, cue: CueRange): CueFacts {
  return {
    lemma: (ctx.tokens[cue.head] as Token).lemma,
    after: neighbourClass(ctx, cue.last),
    before: neighbourClass(ctx, cue.first - 1),
    quoted: ctx.inQuote[cue.head] ?? 0,
    sure: band(cue.probability),
  }
}

/** Every window token outside the cue with its place, walking outwards so the counts between accumulate. */
function placesOf(ctx: TaggerContext, cue: CueRange, [first, last]: [number, number]): Place[] {
  const { tokens, words } = ctx
  const places: Place[] = []
  const walk = (from: number, to: number, step: 1 | -1, side: Side) => {
    let commas = 0
    let quotes = 0
    let breaks = 0
    let verbs = 0
    for (let j = from; j !== to; j += step) {
      const t = tokens[j] as Token
      const w = words[j] as string
      places.push({
        j,
        side,
        distance: distanceBand(Math.abs(j - cue.head)),
        between: ((capped(commas) * 3 + capped(quotes)) * 3 + capped(breaks)) * 3 + capped(verbs),
        quoted: ctx.inQuote[j] ?? 0,
      })
      if (w === ',') commas++
      else if (isQuoteMark(w)) quotes++
      else if (t.pos === 'VERB') verbs++
      const next = tokens[j + step]
      if (next && next.sentence !== t.sentence) breaks++
    }
  }
  walk(cue.first - 1, first - 1, -1, 'L')
  walk(cue.last, last, 1, 'R')
  return places
}

/** Every feature of a window token outside the cue. */
function placeFeatures(ctx: TaggerContext, p: Place, c: CueFacts): string[] {
  const pos = ctx.tokens[p.j]?.pos ?? '-'
  return [
    ...tokenFeatures(asText, ctx, p.j, p.side),
    ...byDistance(asText, p.side, p.distance, c),
    ...byBetween(asText, p.side, p.between, c),
    ...byQuote(asText, p.side, p.quoted, c),
    ...bySide(asText, p.side, c),
    ...byBetweenAndDistance(asText, p.side, p.between, p.distance),
    ...byShape(asText, p.side, p.distance, pos, p.quoted),
    ...(BOUNDARY_POS.has(pos) ? byBoundary(asText, p.side, ctx.words[p.j] as string, p, c) : []),
  ]
}

/** The features, as text, of every token in the window `[first, last)` for one cue, in token order, one list per token. */
export function spanFeatures(ctx: TaggerContext, cue: CueRange, window: [number, number]): string[][] {
  const facts = cueFacts(ctx, cue)
  const out: string[][] = new Array(window[1] - window[0])
  for (let j = cue.first; j < cue.last; j++) out[j - window[0]] = cueWordFeatures(asText, ctx, j, facts)
  for (const p of placesOf(ctx, cue, window)) out[p.j - window[0]] = placeFeatures(ctx, p, facts)
  return out
}

/** The features of token `j` that do not depend on the cue, only on which side of it the token lies. */
export function tokenFeatures<K>(key: FeatureKey<K>, ctx: Context, j: number, side: Side): K[] {
  const { tokens, words } = ctx
  const pos = tokens[j]?.pos ?? '-'
  return [
    key`${side}|w=${words[j] as string}`,
    key`${side}|p=${pos}`,
    key`${side}|pw=${words[j - 1] ?? '-'}`,
    key`${side}|nw=${words[j + 1] ?? '-'}`,
    key`${side}|pp=${tokens[j - 1]?.pos ?? '-'}|p=${pos}`,
    key`${side}|p=${pos}|np=${tokens[j + 1]?.pos ?? '-'}`,
  ]
}

/** Tag scores for one token: the sum of its features' weights. */
function emission(model: SpanModel, features: readonly number[], into: Float64Array, at: number): void {
  model.weights.addTo(features, into, at)
}

/** Whether tag `next` may follow tag `previous` (`-1` for the window start): an inside tag continues its own kind. */
export function allowed(previous: number, next: number): boolean {
  if (next === I_C) return previous === B_C || previous === I_C
  if (next === I_S) return previous === B_S || previous === I_S
  return true
}

/** Whether tag `next` keeps a token in the same span, or outside, as the token before it. */
function continues(previous: number, next: number): boolean {
  if (previous === B_C || previous === I_C) return next === I_C
  if (previous === B_S || previous === I_S) return next === I_S
  return next === O
}

/** The flat form of each transitions table, made once rather than for every window (a table is never changed once made). */
const flatSteps = new WeakMap<SpanModel['transitions'], Float64Array>()

/**
 * Transitions in one flat array, row `previous + 1`, a step not allowed at minus infinity: it
 * then never wins a comparison, as if skipped, and Viterbi's inner loop reads no nested arrays.
 */
function stepsOf(transitions: SpanModel['transitions']): Float64Array {
  let step = flatSteps.get(transitions)
  if (step === undefined) {
    step = new Float64Array((N + 1) * N)
    for (let p = -1; p < N; p++)
      for (let k = 0; k < N; k++)
        step[(p + 1) * N + k] = allowed(p, k) ? (transitions[p + 1]?.[k] ?? 0) : Number.NEGATIVE_INFINITY
    flatSteps.set(transitions, step)
  }
  return step
}

/**
 * The best tag sequence under `scores` (tokens x tags) and the model's transitions. A token
 * marked in `joined` is part of one word with the token before it and takes the same side of
 * every span edge.
 */
export function viterbi(
  scores: Float64Array,
  length: number,
  transitions: SpanModel['transitions'],
  joined?: Uint8Array,
): number[] {
  const step = stepsOf(transitions)
  const best = new Float64Array(length * N)
  const back = new Int8Array(length * N)
  for (let k = 0; k < N; k++) best[k] = (scores[k] as number) + (step[k] as number)
  for (let j = 1; j < length; j++) {
    for (let k = 0; k < N; k++) {
      let top = Number.NEGATIVE_INFINITY
      let from = 0
      const glued = joined?.[j] === 1
      for (let p = 0; p < N; p++) {
        if (glued && !continues(p, k)) continue
        const s = (best[(j - 1) * N + p] as number) + (step[(p + 1) * N + k] as number)
        if (s > top) {
          top = s
          from = p
        }
      }
      best[j * N + k] = top + (scores[j * N + k] as number)
      back[j * N + k] = from
    }
  }
  const tags = new Array<number>(length)
  let k = 0
  for (let t = 1; t < N; t++) if ((best[(length - 1) * N + t] as number) > (best[(length - 1) * N + k] as number)) k = t
  for (let j = length - 1; j >= 0; j--) {
    tags[j] = k
    k = back[j * N + k] as number
  }
  return tags
}

/** Parts of speech as small numbers, for numeric keys; `-` past the end of the text. */
const UPOS: readonly string[] = [...PARTS_OF_SPEECH, '-']

/**
 * Rows of N summed weights, each worked out once and then read by where it starts, in one array
 * that grows: a typed array per row (some 800 per 700 words) cost more to make and to collect
 * than to fill.
 */
class Rows {
  #data = new Float64Array(256 * N)
  #used = 0

  /** A new row holding the summed weights of `features`; where it starts in `data`. */
  add(model: SpanModel, features: readonly number[]): number {
    const at = this.#take()
    emission(model, features, this.#data, at)
    return at
  }

  /** Adds `N` numbers of `source` from `from` to the row starting at `at` (made by `take`). */
  addFrom(at: number, source: Float64Array, from: number): void {
    const data = this.#data
    for (let t = 0; t < N; t++) data[at + t] = (data[at + t] as number) + (source[from + t] as number)
  }

  /** Adds the model's row starting at `start` (from `WeightRows.startOf`; -1 for none) to the row at `at`. */
  addModelRow(model: SpanModel, at: number, start: number): void {
    if (start >= 0) model.weights.addRowTo(start, this.#data, at)
  }

  /** Room for one more row, zeroed; where it starts. */
  take(): number {
    return this.#take()
  }

  /** Room for one more row, zeroed; where it starts. */
  #take(): number {
    if (this.#used + N > this.#data.length) {
      const grown = new Float64Array(2 * this.#data.length)
      grown.set(this.#data)
      this.#data = grown
    }
    const at = this.#used
    this.#used += N
    return at
  }

  /** Adds the row starting at `row` (made by `add`) to the N scores from `into[at]`. */
  addTo(into: Float64Array, at: number, row: number | undefined): void {
    const data = this.#data
    const from = row as number
    for (let t = 0; t < N; t++) into[at + t] = (into[at + t] as number) + (data[from + t] as number)
  }
}

/** Room for the rows of one cue's groups, by a small key per group (see `SpanReader.scores`). */
const DISTANCE_ROOM = 2 * 8
const BETWEEN_ROOM = 2 * 81
const QUOTE_ROOM = 2 * 2
const SIDE_ROOM = 2
const CUE_ROOM = DISTANCE_ROOM + BETWEEN_ROOM + QUOTE_ROOM + SIDE_ROOM

/** A part of speech's number in UPOS, looked up by name rather than searched per token. */
const UPOS_NUMBER = new Map(UPOS.map((p, k) => [p, k]))

/**
 * Rows that depend on the model alone, not on the article, so kept from one article to the next:
 * the groups that read no word (count-between with distance, shape) and the groups of a cue,
 * which read only the cue's facts (lemma, its neighbours' classes, whether it is quoted, how sure
 * the cue model is). Most cues of an article are a few lemmas (`say`, `tell`) between the same
 * marks, so each article was looking up the same few hundred rows again; now a row is summed once
 * per process. Cleared when many cue kinds have been met, so a long-running server stays bounded.
 */
class SharedRows {
  readonly rows = new Rows()
  readonly betweenAndDistance: number[] = new Array(2 * 81 * 8)
  readonly shape: number[] = new Array(2 * 8 * 2 * UPOS.length)
  /** By the cue's facts, the rows of its groups: distance, between, quote and side, in CUE_ROOM slots. */
  readonly byCue = new Map<string, number[]>()
  /**
   * The token group (`tokenFeatures`) one feature at a time, as where the model's row of each
   * starts (-1: a feature the model lacks, UNSEEN: not looked up yet). Per word: `w`, `pw` and
   * `nw`, each on the left and the right; per part of speech (or pair of them) the others.
   */
  readonly byWord = new Map<string, number>()
  readonly byPos = new Int32Array(2 * UPOS.length).fill(UNSEEN)
  readonly byPosPair = new Int32Array(2 * UPOS.length * UPOS.length).fill(UNSEEN)
  readonly byPosNext = new Int32Array(2 * UPOS.length * UPOS.length).fill(UNSEEN)
  /**
   * The word blocks `byWord` points into (see `WORD_BLOCK`). A word's rows are copies of the
   * model's, side by side: a token's row reads three words' rows, which in the model's table lie
   * far apart and each cost a wait on memory (`said` in `, said the`).
   */
  wordData = new Float64Array(1024 * WORD_BLOCK)
  #wordsUsed = 0

  /** Where the block of `word` starts in `wordData`, made (empty) on first use. */
  wordBlock(word: string): number {
    let at = this.byWord.get(word)
    if (at === undefined) {
      at = this.#wordsUsed
      if (at + WORD_BLOCK > this.wordData.length) {
        const grown = new Float64Array(2 * this.wordData.length)
        grown.set(this.wordData)
        this.wordData = grown
      }
      this.#wordsUsed = at + WORD_BLOCK
      this.byWord.set(word, at)
    }
    return at
  }
}

/**
 * A word's block in `SharedRows.wordData`: the model's rows of its features `w`, `pw` and `nw`
 * (`tokenFeatures`), each on the left and the right (slot `2 * kind + side`), `N` numbers each,
 * then one number whose bit `k` says slot `k` was looked up and bit `WORD_SLOTS + k` that the
 * model has that feature.
 */
const WORD_SLOTS = 6
const WORD_BLOCK = WORD_SLOTS * N + 1
const WORD_STATE = WORD_SLOTS * N

/** The part-of-speech features of `tokenFeatures`, hashed, by side and one or two tags. */
type PosKey = (s: Side, a: string, b: string) => number
const POS_KEY: PosKey = (s, pos) => asHash`${s}|p=${pos}`
const POS_PAIR_KEY: PosKey = (s, before, pos) => asHash`${s}|pp=${before}|p=${pos}`
const POS_NEXT_KEY: PosKey = (s, pos, after) => asHash`${s}|p=${pos}|np=${after}`

/** A slot of `SharedRows` whose feature has not been looked up yet. */
const UNSEEN = -2
/** Words kept in `SharedRows.byWord` before the shared rows are started afresh. */
const MAX_WORDS = 50_000

/** Cue kinds (distinct facts) kept before the shared rows are started afresh. */
const MAX_CUE_KINDS = 4096

const sharedRows = new WeakMap<SpanModel, SharedRows>()

/** The model's shared rows, started afresh when full; called once per article, never mid-read. */
function sharedRowsOf(model: SpanModel): SharedRows {
  let shared = sharedRows.get(model)
  if (!shared || shared.byCue.size >= MAX_CUE_KINDS || shared.byWord.size >= MAX_WORDS) {
    shared = new SharedRows()
    sharedRows.set(model, shared)
  }
  return shared
}

/**
 * Reads the source and content of an article's cues with the learned model. Scores are the same
 * sums of weights as over `spanFeatures`, but each feature group is looked up once per distinct
 * key (per article for the token group; per process for the rest, see `SharedRows`) rather than
 * per token.
 */
export class SpanReader {
  readonly #rows = new Rows()
  /** Rows of each token's own features, per token and side. */
  readonly #tokenRows: number[]
  readonly #shared: SharedRows
  /** Where each token's word block starts in the shared rows (index `j + 1`), or -1 before it is needed. */
  readonly #wordBlocks: Int32Array

  constructor(
    readonly model: SpanModel,
    readonly ctx: TaggerContext,
  ) {
    this.#tokenRows = new Array(2 * ctx.tokens.length)
    this.#shared = sharedRowsOf(model)
    this.#wordBlocks = new Int32Array(ctx.tokens.length + 2).fill(-1)
  }

  read(cue: CueRange): TaggedSpans {
    const window = windowOf(this.ctx, cue.head)
    const scores = this.scores(cue, window)
    const length = window[1] - window[0]
    let tags = viterbi(scores, length, this.model.transitions)
    // A content found is read again with each hyphenated word as one, its hyphen scored as the
    // word before it; a cue with no content keeps none (PolNeAR train: reading every window so
    // adds more false claims than it finds).
    const joined = hyphenJoins(this.ctx, window)
    if (tags.includes(B_C) && joined.includes(1)) {
      for (let j = 1; j + 1 < length; j++)
        if (joined[j] === 1 && joined[j + 1] === 1) scores.copyWithin(j * N, (j - 1) * N, j * N)
      tags = viterbi(scores, length, this.model.transitions, joined)
    }
    const spans = spansOf(tags, window[0], cue.head)
    return spans.source ? { ...spans, source: afterSemicolon(this.ctx.words, spans.source) } : spans
  }

  /** Tag scores of every window token for one cue (tokens x tags), with the lean towards content. */
  scores(cue: CueRange, window = windowOf(this.ctx, cue.head)): Float64Array {
    const { ctx, model } = this
    const rows = this.#rows
    const shared = this.#shared
    const facts = cueFacts(ctx, cue)
    const lean = contentLean(cue.probability)
    const scores = new Float64Array((window[1] - window[0]) * N)
    for (let j = cue.first; j < cue.last; j++)
      emission(model, cueWordFeatures(asHash, ctx, j, facts), scores, (j - window[0]) * N)
    // The rows of this cue's groups, slots by a small key per group, each built on first use.
    const cueKey = `${facts.lemma}\u0000${facts.after}\u0000${facts.before}\u0000${facts.quoted}\u0000${facts.sure}`
    let cueRows = shared.byCue.get(cueKey)
    if (cueRows === undefined) {
      cueRows = new Array(CUE_ROOM)
      shared.byCue.set(cueKey, cueRows)
    }
    for (const p of placesOf(ctx, cue, window)) {
      const at = (p.j - window[0]) * N
      const side = p.side === 'L' ? 0 : 1
      const pos = ctx.tokens[p.j]?.pos ?? '-'
      const token = 2 * p.j + side
      const betweenAndDistance = (side * 81 + p.between) * 8 + p.distance
      const distance = side * 8 + p.distance
      const between = DISTANCE_ROOM + side * 81 + p.between
      const quote = DISTANCE_ROOM + BETWEEN_ROOM + side * 2 + p.quoted
      const sideAt = DISTANCE_ROOM + BETWEEN_ROOM + QUOTE_ROOM + side
      const shape = ((side * 8 + p.distance) * 2 + p.quoted) * UPOS.length + (UPOS_NUMBER.get(pos) ?? -1)
      this.#tokenRows[token] ??= this.#tokenRow(p.j, side)
      shared.betweenAndDistance[betweenAndDistance] ??= shared.rows.add(
        model,
        byBetweenAndDistance(asHash, p.side, p.between, p.distance),
      )
      cueRows[distance] ??= shared.rows.add(model, byDistance(asHash, p.side, p.distance, facts))
      cueRows[between] ??= shared.rows.add(model, byBetween(asHash, p.side, p.between, facts))
      cueRows[quote] ??= shared.rows.add(model, byQuote(asHash, p.side, p.quoted, facts))
      cueRows[sideAt] ??= shared.rows.add(model, bySide(asHash, p.side, facts))
      shared.shape[shape] ??= shared.rows.add(model, byShape(asHash, p.side, p.distance, pos, p.quoted))
      rows.addTo(scores, at, this.#tokenRows[token])
      shared.rows.addTo(scores, at, shared.betweenAndDistance[betweenAndDistance])
      shared.rows.addTo(scores, at, cueRows[distance])
      shared.rows.addTo(scores, at, cueRows[between])
      shared.rows.addTo(scores, at, cueRows[quote])
      shared.rows.addTo(scores, at, cueRows[sideAt])
      shared.rows.addTo(scores, at, shared.shape[shape])
      if (BOUNDARY_POS.has(pos))
        emission(model, byBoundary(asHash, p.side, ctx.words[p.j] as string, p, facts), scores, at)
      scores[at] = (scores[at] as number) - lean
    }
    return scores
  }

  /**
   * Where the model's row of one feature starts, looked up in `slots[k]` once per process; the
   * feature is `key(s, a, b)`, a function made once rather than a closure per token.
   */
  #startAt(slots: Int32Array, k: number, key: PosKey, s: Side, a: string, b: string): number {
    let start = slots[k] as number
    if (start === UNSEEN) {
      start = this.model.weights.startOf(key(s, a, b))
      slots[k] = start
    }
    return start
  }

  /** Where the block of the word of token `j` starts (`-` before and after the text), per article. */
  #wordBlockAt(j: number): number {
    let at = this.#wordBlocks[j + 1] as number
    if (at < 0) {
      at = this.#shared.wordBlock(this.ctx.words[j] ?? '-')
      this.#wordBlocks[j + 1] = at
    }
    return at
  }

  /**
   * Adds the row of the word feature in `slot` of the word block at `block` (`kind` `w`, `pw` or
   * `nw`) to the row at `at`, when the model has that feature; copied from the model on first use.
   */
  #addWordRow(at: number, block: number, slot: number, kind: string, word: string): void {
    const shared = this.#shared
    let state = shared.wordData[block + WORD_STATE] as number
    if (!(state & (1 << slot))) {
      const s: Side = slot % 2 === 0 ? 'L' : 'R'
      const row = this.model.weights.get(asHash`${s}|${kind}=${word}`)
      state |= 1 << slot
      if (row) {
        shared.wordData.set(row, block + slot * N)
        state |= 1 << (WORD_SLOTS + slot)
      }
      shared.wordData[block + WORD_STATE] = state
    }
    if (state & (1 << (WORD_SLOTS + slot))) this.#rows.addFrom(at, shared.wordData, block + slot * N)
  }

  /**
   * The row of token `j`'s own features on `side`, as `tokenFeatures` lists them, summed in that
   * order from rows the shared table keeps per word and per part of speech: an article's tokens
   * are mostly words met before, whose features then need no hashing nor look-up in the model.
   */
  #tokenRow(j: number, side: 0 | 1): number {
    const { ctx } = this
    const { tokens, words } = ctx
    const shared = this.#shared
    const s: Side = side === 0 ? 'L' : 'R'
    const pos = tokens[j]?.pos ?? '-'
    const before = tokens[j - 1]?.pos ?? '-'
    const after = tokens[j + 1]?.pos ?? '-'
    const p = UPOS_NUMBER.get(pos)
    const pp = UPOS_NUMBER.get(before)
    const np = UPOS_NUMBER.get(after)
    if (p === undefined || pp === undefined || np === undefined)
      return this.#rows.add(this.model, tokenFeatures(asHash, ctx, j, s))
    const word = words[j] as string
    const previous = words[j - 1] ?? '-'
    const next = words[j + 1] ?? '-'
    const P = UPOS.length
    // The blocks first: making one may move `wordData`, which the rows below read.
    const own = this.#wordBlockAt(j)
    const before1 = this.#wordBlockAt(j - 1)
    const after1 = this.#wordBlockAt(j + 1)
    const rows = this.#rows
    const at = rows.take()
    this.#addWordRow(at, own, side, 'w', word)
    rows.addModelRow(this.model, at, this.#startAt(shared.byPos, side * P + p, POS_KEY, s, pos, ''))
    this.#addWordRow(at, before1, 2 + side, 'pw', previous)
    this.#addWordRow(at, after1, 4 + side, 'nw', next)
    rows.addModelRow(
      this.model,
      at,
      this.#startAt(shared.byPosPair, (side * P + pp) * P + p, POS_PAIR_KEY, s, before, pos),
    )
    rows.addModelRow(
      this.model,
      at,
      this.#startAt(shared.byPosNext, (side * P + p) * P + np, POS_NEXT_KEY, s, pos, after),
    )
    return at
  }
}

/**
 * `early-morning`, `cutting-edge`: the tokenizer splits a hyphenated word at its hyphens, and the
 * tagger, which learned a hyphen as a dash that ends a claim, would stop inside the word. Marks,
 * relative to `window`, each hyphen set tight between two words and the word after it.
 */
export function hyphenJoins(ctx: Context, [first, last]: [number, number]): Uint8Array {
  const { tokens, words } = ctx
  const joined = new Uint8Array(last - first)
  for (let j = first + 1; j + 1 < last; j++) {
    const [before, hyphen, after] = [tokens[j - 1] as Token, tokens[j] as Token, tokens[j + 1] as Token]
    if (words[j] !== '-' || before.end !== hyphen.start || hyphen.end !== after.start) continue
    if (!/\w$/.test(words[j - 1] as string) || !/^\w/.test(words[j + 1] as string)) continue
    joined[j - first] = 1
    joined[j + 1 - first] = 1
  }
  return joined
}

/**
 * Token ranges from a tag sequence: the content is the hull of every content run (a quote broken
 * by its own `he said` comes back as two runs), the source the run nearest the cue.
 */
/** `Bomb kills 12; government blames X`: a source never reaches back over a semicolon. */
function afterSemicolon(words: readonly string[], [first, last]: [number, number]): [number, number] {
  for (let k = last - 2; k >= first; k--) if (words[k] === ';') return [k + 1, last]
  return [first, last]
}

export function spansOf(tags: readonly number[], offset: number, head: number): TaggedSpans {
  let content: [number, number] | null = null
  let source: [number, number] | null = null
  for (let j = 0; j < tags.length; j++) {
    const tag = tags[j] as number
    const i = j + offset
    if (tag === B_C || tag === I_C) content = content ? [content[0], i + 1] : [i, i + 1]
    if (tag === B_S) {
      let end = j + 1
      while (tags[end] === I_S) end++
      const run: [number, number] = [i, end + offset]
      const gap = (r: [number, number]) => Math.min(Math.abs(r[0] - head), Math.abs(r[1] - 1 - head))
      if (!source || gap(run) < gap(source)) source = run
    }
  }
  return { source, content }
}

/** Gold tags for training: content over source where they overlap (the source sits inside a broken quote). */
export function goldTags(
  window: [number, number],
  content: [number, number] | null,
  source: [number, number] | null,
  cue: CueRange,
): number[] {
  const tags: number[] = []
  for (let i = window[0]; i < window[1]; i++) {
    const inSource = source && i >= source[0] && i < source[1]
    const inContent = content && i >= content[0] && i < content[1] && !(i >= cue.first && i < cue.last)
    if (inSource) tags.push(i === source[0] || i === window[0] ? B_S : I_S)
    else if (inContent)
      tags.push(
        tags.length > 0 && tags[tags.length - 1] !== O && tags[tags.length - 1] !== B_S && tags[tags.length - 1] !== I_S
          ? I_C
          : B_C,
      )
    else tags.push(O)
  }
  return tags
}

/** Which tokens lie inside a quotation, for the `q` features. */
export function quotedTokens(ctx: Context): Uint8Array {
  const marks = new Uint8Array(ctx.tokens.length)
  let q = 0
  ctx.tokens.forEach((t, i) => {
    while (q < ctx.quotes.length && (ctx.quotes[q]?.end ?? 0) <= t.start) q++
    const quote = ctx.quotes[q]
    if (quote && quote.inner.start <= t.start && t.end <= quote.inner.end) marks[i] = 1
  })
  return marks
}
