import type { Token } from '../../doc/layers.js'
import type { Context } from './frames.js'
import type { Quote } from './quotes.js'

/*
 * `Obama said "it makes me angry" every time he thinks of it`, `the mayor says "the tide has
 * turned" despite the loss`: a quote that opens the content but closes before its sentence ends,
 * on a phrase the writer's words then complete, is only the first part of the claim, and PolNeAR
 * marks the claim on to the end of the clause (PolNeAR train: 27 of 34 such contents). A quote
 * that ends on its own punctuation (`"We won."`, `"the deal,"`) is the whole claim.
 */

/** Parts of speech that go on with the clause after a closing quotation mark. */
const CARRIES_ON = /^(ADP|SCONJ|AUX|VERB|PART)$/

/**
 * The first token after quote `q` when the writer's clause goes on from it inside the sentence
 * ending before token `s1`; otherwise -1.
 */
export function clauseAfterQuote(ctx: Context, q: Quote, s1: number): number {
  const { tokens, text } = ctx
  if (/[.?!,;:…]\s*$/u.test(text.slice(q.inner.start, q.inner.end))) return -1
  const k = tokens.findIndex((t) => t.start >= q.end)
  if (k < 0 || k >= s1) return -1
  const next = tokens[k] as Token
  // `said "lower fees" and a simpler form would help`: a phrase joined to the quote shares its
  // verb, where `said "C" and left` is the writer's next predicate.
  const joined = /^(and|or)$/.test(ctx.words[k] as string) && !/^(VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '')
  if (!(CARRIES_ON.test(next.pos) || joined) || /^(according|said|says|say)$/i.test(ctx.words[k] as string)) return -1
  // `"C" to raise profits, she said`: a saying further on is another attribution's frame.
  for (let j = k; j < s1; j++) if (tokens[j]?.pos === 'VERB' && tokens[j]?.lemma === 'say') return -1
  return k
}
