import { firstStartingAt } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { phraseEndingAt } from './noun-phrase.js'
import { isQuoted } from './quotes.js'

/*
 * `Then the pollster added a warning: "Nobody should trust one survey."`, `More from the report:
 * "Samples differ."`: a quotation that a colon opens is what the clause before the colon reports,
 * whatever that clause's verb, or with none. PolNeAR train: of 80 such quotes no other reading
 * held, 51 are marked with the quote as the claim.
 */

/** Readings of the quotations a colon opens that no other frame's content already covers. */
export function colonQuoteFrames(ctx: Context, frames: readonly Frame[]): Frame[] {
  const { text, tokens, words, quotes } = ctx
  const out: Frame[] = []
  for (const q of quotes) {
    if (!q.closed || q.inner.end <= q.inner.start) continue
    const colon = firstStartingAt(tokens, q.start) - 1
    const mark = tokens[colon]
    if (!mark || words[colon] !== ':' || !/^[ \t]*$/.test(text.slice(mark.end, q.start))) continue
    if (isQuoted(quotes, mark) || frames.some((f) => f.content && f.content.start < q.end && q.start < f.content.end))
      continue
    const [s0] = ctx.sentenceRange(colon)
    if (colon <= s0) continue
    const source = speakerBefore(ctx, colon, s0)
    out.push({
      cue: { first: colon, last: colon + 1, head: colon, lemma: ':', frame: 'verb', stance: 'assert' },
      source,
      inherits: false,
      content: q.inner,
      channel: null,
      ...(source ? {} : { unsourced: true }),
    })
  }
  return out
}

/**
 * Who speaks before the colon: the subject of the last verb before it (`she added:`, `the piece
 * used a quote as its headline:`), or with no verb the phrase the colon closes (`More from the
 * report:`); null when neither is found.
 */
function speakerBefore(ctx: Context, colon: number, s0: number): [number, number] | null {
  const { tokens, words } = ctx
  let verb = colon - 1
  while (verb >= s0 && tokens[verb]?.pos !== 'VERB') verb--
  if (verb < s0) return phraseEndingAt(tokens, words, colon, s0)
  let j = verb - 1
  while (j >= s0 && /^(AUX|ADV|PART)$/.test(tokens[j]?.pos ?? '')) j--
  return j >= s0 ? phraseEndingAt(tokens, words, j + 1, s0) : null
}
