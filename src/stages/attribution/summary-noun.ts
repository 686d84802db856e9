import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import { phraseEndingAt } from './noun-phrase.js'

/*
 * `Troops shot dead seven people, the coalition said, a figure the government disputed`: a noun
 * set off after a claim sums it up (`a figure`, `a claim`, `a move`), and a source and cue with
 * no object after them (`the government disputed`) are about that noun. The tagger reads the whole
 * sentence before instead, across the other speaker's `the coalition said`. The noun, not the
 * claim it sums up, is the content: the claim is already the other speaker's attribution.
 */

/** Frames whose cue closes a `, a figure X disputed` apposition, with the noun as content. */
export function withSummaryNouns<F extends Frame>(ctx: Context, frames: F[]): F[] {
  return frames.map((f) => {
    const noun = summaryNoun(ctx, f)
    if (!noun) return f
    const [first, last] = [ctx.tokens[noun[0]] as Token, ctx.tokens[noun[1] - 1] as Token]
    return { ...f, content: { start: first.start, end: last.end } }
  })
}

/** The token range of `a figure` in `, a figure the government disputed.`, or null. */
function summaryNoun(ctx: Context, f: Frame): [number, number] | null {
  const { tokens, words } = ctx
  if (!f.source || f.source[1] !== f.cue.first || f.cue.frame !== 'verb') return null
  // The cue takes no object: the noun before its source is what it is about.
  if (!/^[.,;]$/.test(words[f.cue.last] ?? '.')) return null
  const [s0] = ctx.sentenceRange(f.cue.head)
  const noun = phraseEndingAt(tokens, words, f.source[0], s0)
  if (!noun || !/^(a|an)$/.test(words[noun[0]] as string) || words[noun[0] - 1] !== ',') return null
  return tokens[noun[1] - 1]?.pos === 'NOUN' ? noun : null
}
