import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Cue } from './cues.js'
import type { Context } from './frames.js'
import { quoteAt } from './quotes.js'

/** At most this many words name what is called before the quoted name (`Lee's new tax plan`). */
const MAX_NAMED_WORDS = 4
const NAMED = /^(NOUN|PROPN|PRON|DET|ADJ|NUM|PART)$/

/**
 * `The mayor called the plan "reckless"`: what a `call` names, with the quoted name it is given,
 * is the claim, read when the tagger reads nothing there. `what she called a "farce"` and `Lee,
 * who called Roe a "crook"` name a thing within another claim, and give none of their own.
 */
export function quotedObject(ctx: Context, cue: Cue): Span | null {
  const { tokens, words, quotes } = ctx
  if (cue.lemma !== 'call' || cue.last !== cue.head + 1) return null
  const before = words.slice(Math.max(0, cue.first - 2), cue.first)
  if (before.some((w) => /^(what|who|which|whom)$/i.test(w))) return null
  for (let k = cue.last; k <= cue.last + MAX_NAMED_WORDS; k++) {
    const token = tokens[k]
    if (!token) return null
    const quote = k > cue.last ? quoteAt(quotes, token.start) : undefined
    if (quote && quote.start === token.start && quote.closed)
      return { start: (tokens[cue.last] as Token).start, end: quote.end }
    if (!NAMED.test(token.pos)) return null
  }
  return null
}

/**
 * `The mayor issued the following statement: "C"`: the quotation the cue's object announces is
 * what was said, read when the tagger reads nothing there.
 */
export function announcedQuote(ctx: Context, cue: Cue): Span | null {
  const { tokens, words, quotes } = ctx
  const k = cue.last
  if (words[k]?.toLowerCase() !== 'the' || words[k + 1]?.toLowerCase() !== 'following') return null
  if (tokens[k + 2]?.pos !== 'NOUN' || words[k + 3] !== ':') return null
  const opening = tokens[k + 4]
  const quote = opening && quoteAt(quotes, opening.start)
  return quote && quote.start === opening.start ? { start: quote.start, end: quote.end } : null
}
