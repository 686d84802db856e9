import type { Token } from '../../doc/layers.js'
import type { Context } from './frames.js'

/*
 * A learned reader of one cue's source and content, in the manner of a semantic role labeller:
 * given the cue's head token, every token of a window around it (its sentence and the sentences
 * either side in the same paragraph) gets one of five tags, and Viterbi decoding finds the best
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
  /** `feature` -> weights in SPAN_TAGS order. */
  readonly weights: Readonly<Record<string, readonly number[]>>
  /** Row `previous + 1` (row 0: window start), column the tag. */
  readonly transitions: readonly (readonly number[])[]
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

const BOUNDARY_POS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADP', 'PRON', 'DET'])
/**
 * Taken off every outside score at run time, not in training: the perceptron, trained on exact
 * spans, stops contents short, and a lean towards content raises PolNeAR dev content F1 from
 * 0.639 to 0.656 (0 gives the trained model's own reading).
 */
const CONTENT_LEAN = 30

/** Tokens either side of the head beyond which a window is cut: real content is shorter. */
const MAX_REACH = 80

/** The window read for a cue: its sentence and the neighbouring ones of the same paragraph. */
export function windowOf(ctx: TaggerContext, head: number): [number, number] {
  const { tokens } = ctx
  const [s0, s1] = ctx.sentenceRange(head)
  const paragraph = (t: Token | undefined) => (t ? ctx.paragraphOfSentence[t.sentence] : -1)
  const own = paragraph(tokens[head])
  let first = s0
  if (s0 > 0 && paragraph(tokens[s0 - 1]) === own) first = ctx.sentenceRange(s0 - 1)[0]
  let last = s1
  if (s1 < tokens.length && paragraph(tokens[s1]) === own) last = ctx.sentenceRange(s1)[1]
  return [Math.max(first, head - MAX_REACH), Math.min(last, head + MAX_REACH + 1)]
}

const distance = (d: number): string => (d <= 3 ? String(d) : d <= 5 ? '5' : d <= 10 ? '10' : d <= 20 ? '20' : 'far')
const capped = (n: number): number => Math.min(n, 2)
const isQuoteMark = (w: string): boolean => w === '"' || w === '\u201c' || w === '\u201d' || w === "''"

/** What sits right after or before the cue, as a class: `that`, `,`, a quote, `to`, or a part of speech. */
function neighbourClass(ctx: Context, i: number): string {
  const w = ctx.words[i]
  if (w === undefined) return '-'
  if (isQuoteMark(w)) return 'q'
  if (/^(that|,|:|to|whether|if|as|about|for|on|in|—|--)$/.test(w)) return w
  return ctx.tokens[i]?.pos ?? 'X'
}

/**
 * The features of every token in the window `[first, last)` for one cue, in token order, one list
 * per token. `withTokenFeatures: false` leaves out those of `tokenFeatures`, which a SpanReader
 * scores once per article rather than once per cue.
 */
export function spanFeatures(
  ctx: TaggerContext,
  cue: CueRange,
  [first, last]: [number, number],
  withTokenFeatures = true,
): string[][] {
  const { tokens, words } = ctx
  const head = tokens[cue.head] as Token
  const lemma = head.lemma
  const after = neighbourClass(ctx, cue.last)
  const before = neighbourClass(ctx, cue.first - 1)
  const cueQuoted = ctx.inQuote[cue.head] ?? 0
  const sure = band(cue.probability)
  const out: string[][] = new Array(last - first)
  // Walk outwards from the cue so the counts of what lies between accumulate in one pass.
  const walk = (from: number, to: number, step: 1 | -1, side: 'L' | 'R') => {
    let commas = 0
    let quotes = 0
    let breaks = 0
    let verbs = 0
    for (let j = from; j !== to; j += step) {
      const t = tokens[j] as Token
      const w = words[j] as string
      const d = distance(Math.abs(j - cue.head))
      const q = ctx.inQuote[j] ?? 0
      const between = `${capped(commas)}${capped(quotes)}${capped(breaks)}${capped(verbs)}`
      out[j - first] = [
        ...(withTokenFeatures ? tokenFeatures(ctx, j, side) : []),
        `${side}${d}`,
        `${side}|q=${q}${cueQuoted}`,
        `${side}|l=${lemma}`,
        `${side}|l=${lemma}|${d}`,
        `${side}|b=${between}`,
        `${side}|b=${between}|${d}`,
        `${side}|a=${after}|b=${between}`,
        `${side}|c=${before}|b=${between}`,
        `${side}|a=${after}|c=${before}|q=${q}`,
        `${side}|${d}|p=${t.pos}|q=${q}`,
        `${side}|l=${lemma}|a=${after}`,
        `${side}|pb=${sure}|${d}`,
        `${side}|pb=${sure}|b=${between}`,
      ]
      // Where a content ends is mostly a matter of punctuation and joining words.
      if (BOUNDARY_POS.has(t.pos))
        out[j - first]?.push(`${side}|w=${w}|b=${between}|a=${after}`, `${side}|w=${w}|${d}|q=${q}`)
      if (w === ',') commas++
      else if (isQuoteMark(w)) quotes++
      else if (t.pos === 'VERB') verbs++
      const next = tokens[j + step]
      if (next && next.sentence !== t.sentence) breaks++
    }
  }
  for (let j = cue.first; j < cue.last; j++) {
    const t = tokens[j] as Token
    out[j - first] = [
      'H',
      `H|w=${words[j]}`,
      `H|p=${t.pos}`,
      `H|l=${lemma}`,
      `H|q=${ctx.inQuote[j] ?? 0}`,
      `H|pb=${sure}`,
    ]
  }
  walk(cue.first - 1, first - 1, -1, 'L')
  walk(cue.last, last, 1, 'R')
  return out
}

/** The features of token `j` that do not depend on the cue, only on which side of it the token lies. */
export function tokenFeatures(ctx: Context, j: number, side: 'L' | 'R'): string[] {
  const { tokens, words } = ctx
  const pos = tokens[j]?.pos ?? '-'
  return [
    `${side}|w=${words[j]}`,
    `${side}|p=${pos}`,
    `${side}|pw=${words[j - 1] ?? '-'}`,
    `${side}|nw=${words[j + 1] ?? '-'}`,
    `${side}|pp=${tokens[j - 1]?.pos ?? '-'}|p=${pos}`,
    `${side}|p=${pos}|np=${tokens[j + 1]?.pos ?? '-'}`,
  ]
}

/** Tag scores for one token: the sum of its features' weights. */
function emission(model: SpanModel, features: readonly string[], into: Float64Array, at: number): void {
  for (const f of features) {
    const w = model.weights[f]
    if (!w) continue
    for (let k = 0; k < N; k++) into[at + k] = (into[at + k] as number) + (w[k] as number)
  }
}

/** Whether tag `next` may follow tag `previous` (`-1` for the window start): an inside tag continues its own kind. */
export function allowed(previous: number, next: number): boolean {
  if (next === I_C) return previous === B_C || previous === I_C
  if (next === I_S) return previous === B_S || previous === I_S
  return true
}

/** The best tag sequence under `scores` (tokens x tags) and the model's transitions. */
export function viterbi(scores: Float64Array, length: number, transitions: SpanModel['transitions']): number[] {
  const best = new Float64Array(length * N)
  const back = new Int8Array(length * N)
  for (let k = 0; k < N; k++)
    best[k] = allowed(-1, k) ? (scores[k] as number) + (transitions[0]?.[k] ?? 0) : Number.NEGATIVE_INFINITY
  for (let j = 1; j < length; j++) {
    for (let k = 0; k < N; k++) {
      let top = Number.NEGATIVE_INFINITY
      let from = 0
      for (let p = 0; p < N; p++) {
        if (!allowed(p, k)) continue
        const s = (best[(j - 1) * N + p] as number) + (transitions[p + 1]?.[k] ?? 0)
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

/** Reads the source and content of an article's cues with the learned model. */
export class SpanReader {
  /** Scores of each token's own features, by `2 * token + side`, filled as windows reach them. */
  readonly #tokenScores = new Map<number, Float64Array>()

  constructor(
    readonly model: SpanModel,
    readonly ctx: TaggerContext,
  ) {}

  read(cue: CueRange): TaggedSpans {
    const window = windowOf(this.ctx, cue.head)
    const features = spanFeatures(this.ctx, cue, window, false)
    const scores = new Float64Array(features.length * N)
    features.forEach((fs, k) => {
      const j = window[0] + k
      emission(this.model, fs, scores, k * N)
      if (j >= cue.first && j < cue.last) return
      scores[k * N] = (scores[k * N] as number) - CONTENT_LEAN
      const own = this.#ownScores(j, j < cue.first ? 'L' : 'R')
      for (let t = 0; t < N; t++) scores[k * N + t] = (scores[k * N + t] as number) + (own[t] as number)
    })
    const tags = viterbi(scores, features.length, this.model.transitions)
    return spansOf(tags, window[0], cue.head)
  }

  #ownScores(j: number, side: 'L' | 'R'): Float64Array {
    const key = 2 * j + (side === 'L' ? 0 : 1)
    let own = this.#tokenScores.get(key)
    if (!own) {
      own = new Float64Array(N)
      emission(this.model, tokenFeatures(this.ctx, j, side), own, 0)
      this.#tokenScores.set(key, own)
    }
    return own
  }
}

/**
 * Token ranges from a tag sequence: the content is the hull of every content run (a quote broken
 * by its own `he said` comes back as two runs), the source the run nearest the cue.
 */
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
