import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'
import { relativeClauseEnd } from './relative-source.js'

/*
 * `the gap between what the mayor says her budget would do and ...`, `what critics call a giveaway`:
 * when the source follows a free relative `what`, the cue's object is the `what` itself, and
 * PolNeAR marks the claim from `what` (PolNeAR train: 51 of 70 such attributions start there).
 * The free relative is a noun phrase inside the writer's sentence, so the claim ends with it, at
 * the first comma, dash or coordination after the cue; and when a clause of time or reason
 * follows the cue (`what she said when she resigned`), the claim is the `what` alone. A `which`
 * or `whom` before the source starts the claim the same way (`the levy, which the mayor said
 * would fail`), with the clause the rules read kept whole.
 */

const FREE_RELATIVE = /^(what|whatever)$/i
const WRITER_RESUMES = /^(when|after|before|because|as|while|since|until|if|during|in|on|at|last|this|to|from)$/i
const PHRASE_ENDS = /^(,|;|:|--|—|–|and|or|but)$/
/** An object named after `as` ends at a mark, not at `and` (`described as responsible and respected`). */
const MARKS_END = /^(,|;|:|--|—|–)$/

/** The frame with its claim widened back to a free relative `what` just before its source. */
export function withFreeRelative(ctx: Context, frame: Frame): Frame {
  const { tokens, words } = ctx
  const { source, content } = frame
  if (!source || !content || frame.inherits || source[0] === 0) return frame
  const free = FREE_RELATIVE.test(words[source[0] - 1] as string)
  if (!free && !isRelativeObject(ctx, source[0] - 1, frame.cue.last)) return frame
  const what = tokens[source[0] - 1] as Token
  // The cue range is `[first, last)`.
  const cueEnd = (tokens[frame.cue.last - 1] as Token).end
  // `The drug, which doctors believe could save lives, was approved`: a claim read back to the
  // noun a clause set off by a comma describes starts at the pronoun all the same (`a trend that
  // experts predict will last`, with no comma, PolNeAR marks from the noun as often as not).
  if (!free && words[source[0] - 2] === ',' && content.start < what.start && content.end > cueEnd)
    return { ...frame, content: { start: what.start, end: relativeClauseEnd(ctx, frame.cue.last, content.end) } }
  if (content.start < cueEnd) return frame
  // `in what it described as a show of unity, dockers held ...`: a cue that names its own object
  // reads it, to where the writer's sentence resumes.
  if (free && words[frame.cue.last - 1] === 'as')
    return { ...frame, content: { start: content.start, end: phraseEnd(ctx, frame.cue.last, content.end, MARKS_END) } }
  // `which the mayor said would fail`: the clause the rules read is the claim, with its pronoun.
  if (!free) return { ...frame, content: { start: what.start, end: content.end } }
  if (WRITER_RESUMES.test(words[frame.cue.last] ?? ''))
    return { ...frame, content: { start: what.start, end: what.end } }
  return {
    ...frame,
    content: { start: what.start, end: phraseEnd(ctx, frame.cue.last + 1, content.end, PHRASE_ENDS) },
  }
}

/** Where a free relative's phrase read from token `from` ends: at the first of `ends`, or `end`. */
function phraseEnd(ctx: Context, from: number, end: number, ends: RegExp): number {
  const { tokens, words } = ctx
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (!ends.test(words[k] as string)) continue
    // `called its "reckless, provocative" actions`: a comma inside a quotation is the speaker's.
    if (isQuoted(ctx.quotes, tokens[k] as Token)) continue
    return (tokens[k - 1] as Token).end
  }
  return end
}

/**
 * `the bill, which the mayor said would fail`, `whom he described as "peaceful"`: a relative
 * pronoun before the source is what the cue's claim is about, and PolNeAR marks the claim from
 * it, as from a free `what`. A `that` or `who` may as well open a clause or a question (`the fear
 * that officials said C`, `asked who they thought would win`), so it counts only when a verb
 * follows the cue at once: the claim's own subject is the pronoun (`a man who officials said had
 * planned the attack`, `a bill that critics say would curb media freedom`).
 */
function isRelativeObject(ctx: Context, k: number, cueEnd: number): boolean {
  const { tokens, words } = ctx
  const w = (words[k] ?? '').toLowerCase()
  if (w === 'which' || w === 'whom') return true
  if (w !== 'who' && w !== 'that') return false
  // The pronoun stands for the noun before it (`Jane Roe, who he said`), not a clause after
  // `asked`, `for yourself`.
  const described = /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') || (w === 'who' && words[k - 1] === ',')
  if (!described) return false
  // `that your nominee enjoys shooting himself in the foot`: a gerund is the cue's object.
  const next = tokens[cueEnd]
  return next?.pos === 'AUX' || (next?.pos === 'VERB' && !/ing$/.test(words[cueEnd] ?? ''))
}
