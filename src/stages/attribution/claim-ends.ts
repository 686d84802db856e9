import type { Token } from '../../doc/layers.js'
import { firstStartingAt, type Span } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

const CLOSERS = /^(["”]|'')$/
const PRONOUN = /^(it|he|she|they|we|i)$/

/** Where another frame's claim opens, seen from a content it may end. */
interface Join {
  /** Token index of the word before the next source or cue (a conjunction or a comma), or of a source after a quote. */
  readonly at: number
  readonly start: number
  /** `and` or `but` before the next source or cue. */
  readonly coordinated: boolean
  /** A comma before another speaker whose claim follows the cue: `C, experts say D`. */
  readonly comma: boolean
  /** A quote closing on a comma before another speaker who said it: `C and "D," Jo said`. */
  readonly quoted: boolean
  /** A comma before a speaker whose claim came before: `X accused Y of C, the agency reported`. */
  readonly trailing: boolean
  /** Where that speaker's claim starts: a content that starts with it too is all theirs. */
  readonly claim: number
}

/**
 * `said the bill fails and insisted C`, `said C -- and the mayor noted D`, `acknowledged C,
 * officials noted D`: a content stops before a cue, or another speaker's source and cue, joined to
 * it by `and`, `but` or a comma: the next claim, read on its own. A source inside a quotation is
 * the speaker's own words and does not end it, nor does a comma after an opening adverbial (`if
 * the state balks, the firm could ...`), which the main clause completes.
 */
export function beforeCoordinatedCues(ctx: Context, frames: Frame[]): Frame[] {
  const { tokens, words } = ctx
  // Every pair of frames is tried, so what a frame offers as the next claim is worked out once
  // per frame, not once per pair.
  const joins = frames.map((g) => joinOf(ctx, g))
  return frames.map((f) => {
    const content = f.content
    if (!content) return f
    let end = content.end
    const adverbial = opensWithAdverbial(ctx, content)
    // `X denied C and accused Y of D, the agency reported`: a claim told before its cue holds
    // every verb joined in it; the sayings inside are nested readings of their own.
    const told = content.end <= (tokens[f.cue.first] as Token).start
    for (let k = 0; k < frames.length; k++) {
      const join = joins[k]
      if (!join || frames[k] === f || join.start <= content.start || join.start >= end) continue
      if (told && join.coordinated) continue
      if (
        !join.coordinated &&
        !join.trailing &&
        !(join.quoted && join.claim > content.start) &&
        !(join.comma && !adverbial)
      )
        continue
      if (join.coordinated && sharesReportedSubject(ctx, f, frames[k] as Frame)) continue
      if (join.coordinated && !(frames[k] as Frame).inherits && isJoinedSubject(ctx, content.start, join.at)) continue
      // `what he and many workers see as C`: a subject pronoun ends no clause, and the
      // conjunction after it joins a second subject to the next verb's.
      if (join.coordinated && /^(i|he|she|we|they)$/.test(words[join.at - 1] ?? '')) continue
      let j = join.at
      while (j > 0 && /^([,;]|--|—|–)$/.test(words[j - 1] as string)) j--
      end = (tokens[j - 1] as Token).end
    }
    if (end === content.end) return f
    // `C, officials said, and the agency blamed D`: a claim carried on past its own attribution
    // and cut back to it ends before its source again, not with `officials said`.
    const source = f.source ? (tokens[f.source[0]] as Token) : null
    if (source && content.start < source.start && source.start < end && end <= (tokens[f.cue.last - 1] as Token).end) {
      let j = f.source?.[0] ?? 0
      while (j > 0 && /^([,;]|--|—|–)$/.test(words[j - 1] as string)) j--
      end = (tokens[j - 1] as Token).end
    }
    return { ...f, content: { start: content.start, end } }
  })
}

/** The word that would join frame `g`'s claim to a content before it, or null when none can. */
function joinOf(ctx: Context, g: Frame): Join | null {
  const { tokens, words } = ctx
  // `said C and insisted D` (the same speaker's next claim), and `said C and the mayor argued D`
  // (another speaker's): the conjunction before the next source or cue ends C.
  // `"we kept the clinics open and told the families C"`: a cue inside a quotation is the
  // speaker's own words, part of the quote's claim, and ends nothing.
  if (isQuoted(ctx.quotes, tokens[g.cue.head] as Token)) return null
  const own = g.inherits ? null : g.source
  if (!g.inherits && !(own && own[1] <= g.cue.first && !isQuoted(ctx.quotes, tokens[own[0]] as Token))) return null
  // `said C, in what the army described as D`: another speaker's word for it is none of C. (The
  // speaker's own, `in what it described as D`, stays in C.)
  if (own && words[own[0] - 1] === 'what' && words[own[0] - 2] === 'in' && words[own[0] - 3] === ',') {
    if (PRONOUN.test(words[own[0]] as string)) return null
    const at = own[0] - 3
    const start = (tokens[at] as Token).start
    return { at, start, coordinated: false, comma: true, quoted: false, trailing: false, claim: g.content?.start ?? -1 }
  }
  let j = (own ? own[0] : g.cue.first) - 1
  while (j > 0 && !own && /^(ADV|AUX|PART)$/.test((tokens[j] as Token).pos)) j--
  const conjunction = tokens[j]
  const coordinated = /^(and|but)$/.test(words[j] as string)
  // `C, experts say D`: a comma before another speaker whose claim follows the cue. Not `X, who
  // denied C, will appeal, his lawyer said`: a relative clause is inside the claim it interrupts.
  const relative = own !== null && own[1] === own[0] + 1 && /^(who|which)$/.test(words[own[0]] as string)
  const comma =
    own !== null &&
    !relative &&
    words[j] === ',' &&
    g.content !== null &&
    g.content.start > (tokens[g.cue.first] as Token).start
  // `went on about "A" and "B," Jo said yes`: the quote closing before another speaker is the
  // last of this claim, which runs no further; the speaker's own claim is read from the quote.
  const quoted =
    own !== null &&
    CLOSERS.test(words[j] as string) &&
    words[j - 1] === ',' &&
    g.content !== null &&
    g.content.end <= (tokens[g.cue.first] as Token).start
  // `Y denied C and accused X of D, the agency reported`: the agency's words are none of D.
  const trailing =
    own !== null &&
    !relative &&
    words[j] === ',' &&
    g.content !== null &&
    g.content.end <= (tokens[own[0]] as Token).start &&
    /^[.!?]?$/.test(words[g.cue.last] ?? '') &&
    tokens[g.cue.last]?.sentence !== tokens[g.cue.last + 1]?.sentence
  const claim = g.content?.start ?? -1
  if (quoted) return { at: j + 1, start: (tokens[j + 1] as Token).start, coordinated, comma, quoted, trailing, claim }
  if (!conjunction || !(coordinated || comma || trailing)) return null
  return { at: j, start: conjunction.start, coordinated, comma, quoted, trailing, claim }
}

/** `if the state balks, ...`, `at the meeting, ...`: a claim opening with a clause or phrase that needs a main clause after a comma. */
function opensWithAdverbial(ctx: Context, content: Span): boolean {
  const first = ctx.tokens[firstStartingAt(ctx.tokens, content.start)]
  return first?.pos === 'ADP' || first?.pos === 'SCONJ'
}

/** Verbs whose simple past is their bare form (`put the toll at 40`): no tense can be told. */
const SAME_IN_PAST = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'read',
  'spread',
  'cast',
  'forecast',
  'broadcast',
  'upset',
  'quit',
  'shut',
  'bid',
])

/** Whether the cue's verb is a bare present (`say`, `says`) or a simple past (`refused`), or neither. */
function tenseOf(ctx: Context, head: number): 'present' | 'past' | null {
  const t = ctx.tokens[head]
  const w = ctx.words[head] as string
  if (t?.pos !== 'VERB' || /^(AUX|PART)$/.test(ctx.tokens[head - 1]?.pos ?? '')) return null
  const l = t.lemma
  if (w === l && SAME_IN_PAST.has(w)) return null
  if (w === l || w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`)) return 'present'
  return /ing$/.test(w) ? null : 'past'
}

/**
 * `Officials say the driver ignored the signal and refused to stop`: a verb after `and` in
 * another tense than the saying cannot be the speaker's next act, and goes on with the reported
 * clause's subject.
 */
function sharesReportedSubject(ctx: Context, f: Frame, g: Frame): boolean {
  if (!g.inherits) return false
  const a = tenseOf(ctx, f.cue.head)
  const b = tenseOf(ctx, g.cue.head)
  return a !== null && b !== null && a !== b
}

/**
 * `said she and her aides referred to C`: a conjunction with no comma before it and no verb
 * before it in the claim joins two subjects of one clause, not the claim to the next saying
 * (PolNeAR train: 4 more claims right for 7 fewer read; dev unchanged).
 */
function isJoinedSubject(ctx: Context, start: number, at: number): boolean {
  const { tokens, words } = ctx
  if (words[at - 1] === ',') return false
  for (let k = firstStartingAt(tokens, start); k < at; k++) if (/^(VERB|AUX)$/.test(tokens[k]?.pos ?? '')) return false
  return true
}
