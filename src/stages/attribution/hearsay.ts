import type { Token } from '../../doc/layers.js'
import { contentAfter } from './content-span.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

/*
 * `The firm has reportedly hired three lawyers`: `reportedly` marks its clause as what others
 * report, with no one named; PolNeAR train marks 19 of its 29 uses so, the claim running over the
 * whole clause, subject included. After a comma or in a relative clause (`who reportedly ...`)
 * the word qualifies an aside and is left alone.
 */

/** Unsourced readings of the clauses that `reportedly` marks as hearsay, unless a cue after it reads them. */
export function hearsayFrames(ctx: Context, frames: readonly Frame[]): Frame[] {
  const { tokens, words } = ctx
  const out: Frame[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (words[i] !== 'reportedly' || isQuoted(ctx.quotes, tokens[i] as Token)) continue
    const [s0, s1] = ctx.sentenceRange(i)
    if (/^(,|who|which|that)$/.test(words[i - 1] ?? ',') && i > s0) continue
    // `she reportedly said C`: the verb it qualifies has a reading of its own.
    if (frames.some((f) => f.cue.first > i && f.cue.first <= i + 2)) continue
    // `In total, the hackers have reportedly ...`: an opener set off by a comma is the writer's setting.
    let first = /^(["“]|'')$/.test(words[s0] as string) ? s0 + 1 : s0
    for (let k = i - 1; k > first; k--) if (words[k] === ',') first = k + 1
    const content = first < i ? contentAfter(ctx, first, s1) : null
    if (!content) continue
    out.push({
      cue: { first: i, last: i + 1, head: i, lemma: 'reportedly', frame: 'verb', stance: 'assert' },
      source: null,
      inherits: false,
      content,
      channel: null,
      unsourced: true,
    })
  }
  return out
}
