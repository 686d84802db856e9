import type { Token } from '../../doc/layers.js'
import { lowerBound, type Span } from '../../doc/span.js'

/** How many tokens before an expression are searched for a future marker (`will hold talks on`). */
const WINDOW = 8
const FUTURE = new Set(['will', 'shall', "'ll", '’ll', 'wo'])
const FUTURE_PHRASE =
  /\b(?:(?:is|are)\s+(?:due|scheduled|set|expected|slated)\s+to|(?:plans?|intends?)\s+to|going\s+to)\b/i

/**
 * Whether the words around a time expression look forward: a `will`/`shall` within a few
 * tokens before it in its sentence, or `is due to`, `plans to` there; for an expression that
 * opens its sentence (`On Monday, the court will rule`), the words after it up to a few tokens.
 * News reports mostly look back, so anything else counts as past.
 */
export function isFuture(text: string, tokens: readonly Token[], sentence: Span, expression: Span): boolean {
  const first = lowerBound(tokens, sentence.start)
  const at = lowerBound(tokens, expression.start)
  for (let i = Math.max(first, at - WINDOW); i < at; i++) {
    if (FUTURE.has((tokens[i] as Token).lemma)) return true
  }
  const before = text.slice(tokens[Math.max(first, at - WINDOW)]?.start ?? sentence.start, expression.start)
  if (FUTURE_PHRASE.test(before)) return true
  const opens = at - first <= 1
  if (!opens) return false
  const after = lowerBound(tokens, expression.end)
  for (let i = after; i < Math.min(tokens.length, after + WINDOW); i++) {
    const t = tokens[i] as Token
    if (t.sentence !== tokens[at]?.sentence) break
    if (FUTURE.has(t.lemma)) return true
  }
  return false
}
