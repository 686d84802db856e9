import type { Token } from '../../doc/layers.js'
import { firstStartingAt, type Span } from '../../doc/span.js'
import { contentAfter } from './content-span.js'
import type { Context } from './frames.js'
import { type Quote, quoteAt } from './quotes.js'

/*
 * How far a claim runs past its attribution: `"A," she said, "B."`, `A, she said, and B`, and
 * the quotes that follow in the next sentences and paragraphs.
 */

const OPENERS = /^(["“]|''|``)$/

/** Words after `X said,` that describe the speaker or the saying rather than go on with it. */
export const SPEAKER_INSERT =
  /^(who|which|whose|a|an|adding|saying|according|citing|noting|referring|speaking|in|at|on|during|after|while|when|as|amid|ahead|following|despite|because|before)$/

/**
 * Extends a content that ends before `X said` over what the same speaker goes on to say: `"A,"
 * she said, "B."`, `A, she said, and B`, and quotes opening the following sentences of the
 * paragraph (`"A," he said. "B."`), as news writing attributes a run of quotes once.
 */
export function continued(ctx: Context, content: Span, at: number, s1: number, fragment: boolean): Span {
  const { tokens, words } = ctx
  let end = content.end
  const carriesOn = (i: number) =>
    fragment && !SPEAKER_INSERT.test(words[i] as string) && words[i] !== 'but' && tokens[i]?.pos !== 'PROPN'
  // `"A?" she said, but the man slept on`: after a closed quote, a bare `and` or `but` clause is
  // the writer's narration; a speaker going on is quoted again (`"A," she said, "and B."`).
  const afterQuote =
    /^(["”]|'')/.test(ctx.text.slice(content.end, content.end + 2)) &&
    /^(and|but)$/.test(words[at + 1] ?? '') &&
    !OPENERS.test(words[at + 2] ?? '')
  let start = content.start
  if (words[at] === ',' && at + 1 < s1 && !afterQuote && (resumes(ctx, at + 1, s1) || carriesOn(at + 1))) {
    const rest = contentAfter(ctx, at + 1, s1)
    if (rest) end = rest.end
    if (rest && isPredicate(ctx, at + 1)) start = relativeStart(ctx, content, firstStartingAt(ctx.tokens, content.end))
  }
  // Quotes opening the next sentences go on with the claim whether or not it was quoted itself
  // (`C, she said. "D."`).
  let next = s1
  while (next < tokens.length && OPENERS.test(words[next] as string)) {
    const first = tokens[next] as Token
    const last = tokens[next - 1] as Token
    const q = quoteAt(ctx.quotes, first.start)
    if (!q || q.start !== first.start) break
    // A new paragraph goes on with the claim only as a quote that fills it, with no cue of its own.
    const gap = ctx.text.slice(last.end, first.start)
    if (gap.includes('\n') && (gap.includes('\n\n\n') || !fillsParagraph(ctx, q))) break
    // A quote that stops inside its sentence ends the run, and is the claim's last part only
    // when no saying of its own follows it there (`"B" to raise profits, she said`).
    let k = next
    while (k < tokens.length && (tokens[k] as Token).end <= q.end) k++
    const inside = k < tokens.length && (tokens[k] as Token).sentence === (tokens[k - 1] as Token).sentence
    if (inside && hasSaying(ctx, k, ctx.sentenceRange(k)[1])) break
    end = Math.max(end, q.inner.end)
    if (inside) break
    next = k
  }
  return { start, end }
}

/** Whether quote `q` runs to the end of its paragraph (the text after it holds no words). */
function fillsParagraph(ctx: Context, q: Quote): boolean {
  const rest = ctx.text.slice(q.end)
  const line = rest.slice(0, rest.search(/\n|$/))
  return !/\w/.test(line)
}

const SAYING = /^(say|tell|add|write|ask|explain|note|argue|claim|insist|state|declare|reply|respond)$/

/** Whether a speech verb stands in tokens `[from, to)`: a saying of its own. */
function hasSaying(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (ctx.tokens[k]?.pos === 'VERB' && SAYING.test(ctx.tokens[k]?.lemma ?? '')) return true
  return false
}

/**
 * Whether the words after `X said,` go on with what was said (`"B"`, `and B`, `it was B`) rather
 * than describing the speaker or the saying (`adding that`, `who ...`, `a retired general`).
 */
function resumes(ctx: Context, i: number, end: number): boolean {
  const { tokens, words } = ctx
  const w = words[i] as string
  if (OPENERS.test(w)) return true
  // `C, officials said, but accounts differed`: a contrast after the saying is the writer's,
  // unless the speaker is quoted again (`"A," he said, but "B."`).
  if (w === 'but') return OPENERS.test(words[i + 1] ?? '')
  if (w === 'and') return isClause(ctx, i + 1, end) && !/ing$/.test(words[i + 1] ?? '')
  const t = tokens[i] as Token
  if (isPredicate(ctx, i)) return true
  if (isParticiple(ctx, i, end)) return false
  if (
    t.pos === 'VERB' ||
    /^(who|which|whose|where|a|an|on|in|at|after|before|as|while|whereas|although|though)$/.test(w)
  )
    return false
  return isClause(ctx, i, end)
}

/**
 * `"C," he said, not even needing to name her`, `she said, clearly hoping to move on`: a
 * participle behind a negation or adverbs is the writer's description of the saying.
 */
function isParticiple(ctx: Context, i: number, end: number): boolean {
  const { tokens, words } = ctx
  let k = i
  while (k < end && (words[k] === 'not' || words[k] === 'never' || tokens[k]?.pos === 'ADV')) k++
  return k > i && tokens[k]?.pos === 'VERB' && /(ing|ed)$/.test(words[k] as string)
}

/**
 * `which, she said, is closed`, `the tools, he added, are like ...`: a finite verb after the
 * attribution is the predicate the clause before it lacks. A participle (`, compared with`,
 * `, adding`) is the writer's.
 */
function isPredicate(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]
  return t?.pos === 'AUX' || (t?.pos === 'VERB' && !/(ing|ed)$/.test(ctx.words[i] as string))
}

/**
 * `The park is near the stadium, which, she said, is full on game days`: a predicate after the
 * attribution belongs to the relative pronoun last before it, and the claim starts there, when a
 * clause of the writer's own comes before the pronoun (`The men, who fled, she said, were caught`
 * is one claim).
 */
function relativeStart(ctx: Context, content: Span, attribution: number): number {
  const { tokens, words } = ctx
  let k = attribution - 1
  while (k > 0 && (tokens[k] as Token).start >= content.start) {
    if (/^(who|which)$/.test(words[k] as string) && words[k - 1] === ',') break
    k--
  }
  if (k <= 0 || (tokens[k] as Token).start < content.start) return content.start
  for (let v = k - 1; v >= 0 && (tokens[v] as Token).start >= content.start; v--)
    if (tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX') return (tokens[k] as Token).start
  return content.start
}

/** Whether a subject and its verb open at token `i`: `it would not comment`, `Jasim was in Syria`. */
export function isClause(ctx: Context, i: number, end: number): boolean {
  const { tokens, words } = ctx
  if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true // `they said showed`
  for (let k = i + 1; k < Math.min(end, i + 8); k++) {
    const t = tokens[k] as Token
    if (words[k] === ',' || words[k] === ';') return false
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/-/.test(words[k - 1] ?? ''))) return true
  }
  return false
}
