import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

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

/** The frame with its claim widened back to a free relative `what` just before its source. */
export function withFreeRelative(ctx: Context, frame: Frame): Frame {
  const { tokens, words } = ctx
  const { source, content } = frame
  if (!source || !content || frame.inherits || source[0] === 0) return frame
  const free = FREE_RELATIVE.test(words[source[0] - 1] as string)
  if (!free && !isRelativeObject(ctx, source[0] - 1)) return frame
  const what = tokens[source[0] - 1] as Token
  // The cue range is `[first, last)`.
  const cueEnd = (tokens[frame.cue.last - 1] as Token).end
  // `in what it described as "a precise strike"`: a cue that names its own object reads it.
  if (content.start < cueEnd || (free && words[frame.cue.last - 1] === 'as')) return frame
  // `which the mayor said would fail`: the clause the rules read is the claim, with its pronoun.
  if (!free) return { ...frame, content: { start: what.start, end: content.end } }
  if (WRITER_RESUMES.test(words[frame.cue.last] ?? ''))
    return { ...frame, content: { start: what.start, end: what.end } }
  let end = content.end
  for (let k = frame.cue.last + 1; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (!PHRASE_ENDS.test(words[k] as string)) continue
    // `called its "reckless, provocative" actions`: a comma inside a quotation is the speaker's.
    if (isQuoted(ctx.quotes, tokens[k] as Token)) continue
    end = (tokens[k - 1] as Token).end
    break
  }
  return { ...frame, content: { start: what.start, end } }
}

/**
 * `the bill, which the mayor said would fail`, `whom he described as "peaceful"`: a relative
 * pronoun before the source is what the cue's claim is about, and PolNeAR marks the claim from
 * it, as from a free `what`. (A `that` may as well open a clause, `the fear that officials said C`;
 * told apart by a missing subject after the cue it gained nothing on PolNeAR train.)
 */
function isRelativeObject(ctx: Context, k: number): boolean {
  return /^(which|whom)$/i.test(ctx.words[k] ?? '')
}
