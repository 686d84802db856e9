import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

/**
 * `said the bill fails and insisted C`, `said C -- and the mayor noted D`, `acknowledged C,
 * officials noted D`: a content stops before a cue, or another speaker's source and cue, joined to
 * it by `and`, `but` or a comma: the next claim, read on its own. A source inside a quotation is
 * the speaker's own words and does not end it, nor does a comma after an opening adverbial (`if
 * the state balks, the firm could ...`), which the main clause completes.
 */
export function beforeCoordinatedCues(ctx: Context, frames: Frame[]): Frame[] {
  const { tokens, words } = ctx
  return frames.map((f) => {
    const content = f.content
    if (!content) return f
    let end = content.end
    for (const g of frames) {
      if (g === f) continue
      // `said C and insisted D` (the same speaker's next claim), and `said C and the mayor
      // argued D` (another speaker's): the conjunction before the next source or cue ends C.
      const own = g.inherits ? null : g.source
      if (!g.inherits && !(own && own[1] <= g.cue.first && !isQuoted(ctx.quotes, ctx.tokens[own[0]] as Token))) continue
      let j = (own ? own[0] : g.cue.first) - 1
      while (j > 0 && !own && /^(ADV|AUX|PART)$/.test((tokens[j] as Token).pos)) j--
      const conjunction = tokens[j] as Token
      // `C, experts say D`: a comma before another speaker whose claim follows the cue.
      const spliced =
        own !== null &&
        words[j] === ',' &&
        g.content !== null &&
        g.content.start > (tokens[g.cue.first] as Token).start &&
        !opensWithAdverbial(ctx, content)
      if (
        !(/^(and|but)$/.test(words[j] as string) || spliced) ||
        conjunction.start <= content.start ||
        conjunction.start >= end
      )
        continue
      while (j > 0 && /^([,;]|--|—|–)$/.test(words[j - 1] as string)) j--
      end = (tokens[j - 1] as Token).end
    }
    return end === content.end ? f : { ...f, content: { start: content.start, end } }
  })
}

/** `if the state balks, ...`, `at the meeting, ...`: a claim opening with a clause or phrase that needs a main clause after a comma. */
function opensWithAdverbial(ctx: Context, content: Span): boolean {
  const first = ctx.tokens.find((t) => t.start >= content.start)
  return first?.pos === 'ADP' || first?.pos === 'SCONJ'
}
