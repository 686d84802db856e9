import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Context } from './frames.js'
import { clauseAfterQuote } from './quote-runs-on.js'
import { type Quote, quoteAt } from './quotes.js'

/*
 * Where a reported content begins and ends: the clause after `X said`, the quote it opens, or
 * the clause or quote before `, X said`, trimmed of the writer's own words around it.
 */

const OPENERS = /^(["“]|''|``)$/
const CLOSERS = /^(["”]|'')$/

/**
 * `declined that assignment and left`, `rejected that argument in a ruling released Thursday`:
 * `that` before a noun with no finite verb after it in its clause points at the noun, where
 * `argued that assignment was unfair` and `found that poor children in the city have C` open a
 * clause; the tagger calls both a conjunction. Token `i` is the `that`.
 */
export function isDemonstrativeThat(ctx: Context, i: number): boolean {
  const { tokens, words } = ctx
  if (words[i] !== 'that') return false
  let k = i + 1
  while (tokens[k]?.pos === 'ADJ') k++
  const noun = tokens[k]
  if (noun?.pos !== 'NOUN' || /s$/.test(words[k] as string)) return false
  const opensSentence = tokens[i - 1]?.sentence !== tokens[i]?.sentence
  for (let j = k + 1; j < tokens.length && tokens[j]?.sentence === noun.sentence; j++) {
    const w = words[j] as string
    if (/^([,;:]|and|but|or)$/.test(w) || OPENERS.test(w)) break
    const t = tokens[j] as Token
    // `told Reuters that police fired tear gas`: inside a sentence, a past form straight after the
    // noun is its verb, not a participle on it (`That shortfall hastened` opens with a demonstrative).
    const finite = !/(ing|ed|en)$/.test(w) || (j === k + 1 && !opensSentence)
    if (t.pos === 'AUX' || (t.pos === 'VERB' && finite)) return false
  }
  return true
}

/** The reported clause from token `at` to the end of its sentence, or the quote it opens. */
export function contentAfter(ctx: Context, at: number, s1: number): Span | null {
  const { tokens, words, text } = ctx
  let start = at
  let end = s1
  let block = false
  // `said:` closing a paragraph: the quote or sentence that follows.
  if (start >= s1) {
    const next = tokens[s1]
    if (!next) return null
    start = s1
    end = paragraphEnd(ctx, s1)
    block = true
  }
  const first = tokens[start] as Token
  const opening = OPENERS.test(words[start] as string) ? quoteAt(ctx.quotes, first.start) : undefined
  // `said "C" every time ...`: the clause goes on after the quote.
  const resumes = opening && opening.start === first.start ? clauseAfterQuote(ctx, opening, end) : 0
  if (opening && opening.start === first.start && resumes < 0) return trimSpan(text, opening.inner, true)
  // `said so in the poll`, `said as much in an interview`: a pro-form stands for the whole claim,
  // and what follows it is the writer's setting (PolNeAR train: 10 of 11 `said so`).
  const proform = words[start] === 'so' ? 1 : words[start] === 'as' && words[start + 1] === 'much' ? 2 : 0
  const after = tokens[start + proform]
  if (!block && proform > 0 && !/^(ADJ|ADV|VERB|AUX|NOUN)$/.test(after?.pos ?? ''))
    return { start: first.start, end: (tokens[start + proform - 1] as Token).end }
  // Stop where the reported clause ends and the writer's own words resume: `, saying ...`,
  // `but applauded ...`, `, although ...`, `, which ...`, `, and criticized ...`.
  let depth = 0
  for (let i = Math.max(start + 1, resumes); i < end; i++) {
    const w = words[i] as string
    if (OPENERS.test(w) && quoteAt(ctx.quotes, (tokens[i] as Token).start)?.start === (tokens[i] as Token).start) {
      const q = quoteAt(ctx.quotes, (tokens[i] as Token).start)
      while (i + 1 < end && (tokens[i + 1] as Token).end <= (q?.end ?? 0)) i++
      // `he has "grown the party," claiming C`: a quote closing on a comma is followed as the
      // comma itself would be.
      if (!block && i > start && words[i - 1] === ',' && isClauseEnd(ctx, i - 1, i + 1)) {
        end = i + 1
        break
      }
      continue
    }
    if (w === '(') depth++
    if (w === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    // `said they had doubts, but could not say no`, `said it would cost $9 billion, even if ...`,
    // `said she met Lee, who ...`: a reported clause goes on past `, but`, `, even` and `, who` as
    // often as not (PolNeAR train: 50 times in 80 past `, but` after `say` and its kin), where
    // another cue's object stops there.
    const goesOn = words[i] === ',' && /^(but|even|who)$/.test(words[i + 1] ?? '')
    if (
      !block &&
      !goesOn &&
      (isClauseEnd(ctx, i) || closesOpeningClause(ctx, start, i) || isClosingAppositive(ctx, i, end))
    ) {
      end = i
      break
    }
  }
  const last = tokens[end - 1] as Token
  let span: Span = { start: first.start, end: last.end }
  // A quote that opens inside the content and runs past the sentence end belongs to it.
  const running = quoteAt(ctx.quotes, last.end - 1)
  if (running && running.end > span.end && running.start >= span.start) span = { start: span.start, end: running.end }
  return trimSpan(text, span)
}

/**
 * `The governor added:` closing a paragraph introduces the whole next one, as a block quotation:
 * the end of the last sentence of the paragraph that token `i` opens.
 */
function paragraphEnd(ctx: Context, i: number): number {
  const { tokens, text } = ctx
  let end = ctx.sentenceRange(i)[1]
  while (
    end < tokens.length &&
    !text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start).includes('\n')
  )
    end = ctx.sentenceRange(end)[1]
  return end
}

const CLAUSE_AFTER_COMMA = /^(but|although|though|while|whereas|who|even|despite|unlike|according)$/

/**
 * Whether token `i` ends a reported clause: a comma or `but` opening the writer's next clause.
 * A comma-led `which` clause stays when a comma closes it inside the sentence (below); so do the
 * examples after `, including`, `, especially` and `, particularly` (nine times in ten).
 * `after` is the token read as the one after the comma (past a closing quotation mark: `"C," adding`).
 */
export function isClauseEnd(ctx: Context, i: number, after = i + 1): boolean {
  const { tokens, words } = ctx
  const w = words[i] as string
  const next = words[after] ?? ''
  const nextToken = tokens[after]
  if (w === ';') return true
  if (w === 'but' && nextToken?.pos === 'VERB') return true
  if (w !== ',') return false
  if (CLAUSE_AFTER_COMMA.test(next)) return !isEmbeddedRelative(ctx, i, after) && !isConcessiveInsert(ctx, after)
  if (next === 'which') return isClosingRelative(ctx, after)
  if (opensParticiple(ctx, after)) return true
  if (opensTimeLapse(words, after)) return true
  // `60 percent say C, compared with 40 percent who ...`: the writer's comparison with another
  // figure (PolNeAR train: 7 claims mended for 2 lost); one with no figure may be the source's.
  if (next === 'compared' && /^(with|to)$/.test(words[after + 1] ?? '')) {
    const figure = words[after + 2] === 'the' ? after + 3 : after + 2
    return tokens[figure]?.pos === 'NUM'
  }
  // `, and criticized the party`: a second predicate of the cue's subject.
  if (next === 'and' && tokens[after + 1]?.pos === 'VERB' && !/ing$/.test(words[after + 1] ?? '')) return true
  // `C, and the council has already sued`, `C, and when asked ...`: the writer's next clause
  // (PolNeAR train: the claim stops there about 40 times in 55).
  if (next === 'and' && opensClauseOfItsOwn(ctx, after + 1)) return true
  return false
}

/**
 * `predicted a win in Ohio, which votes next week.`: a `which` clause that runs to the sentence
 * end describes the last thing named, in the writer's words; one closed by a comma (`the plan,
 * which passed, will fail`, `said the town, which flooded, needs aid`) is inside the claim.
 */
function isClosingRelative(ctx: Context, at: number): boolean {
  const { tokens, words } = ctx
  const sentence = tokens[at]?.sentence
  for (let j = at + 1; j < tokens.length && tokens[j]?.sentence === sentence; j++)
    if (/^[,;:]$/.test(words[j] as string) || OPENERS.test(words[j] as string)) return false
  return true
}

/**
 * `C, hours after the vote`, `C, two days before the summit`, `C, shortly after`: the time of
 * the saying set against another event, the writer's words, not the claim's.
 */
function opensTimeLapse(words: readonly string[], k: number): boolean {
  let i = k
  while (i < k + 2 && /^(just|only|a|few|some|several|mere|\d+|one|two|three|four|five|six)$/.test(words[i] ?? '')) i++
  return (
    /^(shortly|moments|minutes|hours|days|weeks|months|years|hour|day|week|month|year)$/.test(words[i] ?? '') &&
    /^(after|before)$/.test(words[i + 1] ?? '')
  )
}

/**
 * `, saying ...`, `, engaging in what ...`: a participle after the comma opens the writer's next
 * clause; one the tagger calls an adjective shows itself by a complement of its own (`engaging
 * in`, where `a rising tide` has none). Adverbs before it (`, implicitly putting`) are not passed
 * over: on PolNeAR train that cut as many claims short as it mended.
 */
function opensParticiple(ctx: Context, k: number): boolean {
  const { tokens, words } = ctx
  const w = words[k] ?? ''
  if (!/ing$/.test(w) || w === 'including') return false
  if (tokens[k]?.pos === 'VERB') return true
  return tokens[k]?.pos === 'ADJ' && /^(ADP|DET|PRON)$/.test(tokens[k + 1]?.pos ?? '')
}

/** Whether a subject and its finite verb, or a subordinate clause (`when asked`), open at token `i`. */
function opensClauseOfItsOwn(ctx: Context, i: number): boolean {
  const { tokens, words } = ctx
  const first = tokens[i]
  if (!first) return false
  if (/^(when|while|if|after|before|although|though|because)$/.test(words[i] as string)) return true
  if (
    !/^(PRON|DET|PROPN|NOUN)$/.test(first.pos) ||
    (first.pos === 'PRON' && !/^(he|she|they|it|we|i|you)$/.test(words[i] as string))
  )
    return false
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j] as Token
    if (t.sentence !== first.sentence || /^[,;:]$/.test(words[j] as string)) return false
    if (t.pos === 'AUX' || t.pos === 'VERB')
      return !/ing$/.test(words[j] as string) && (t.pos === 'AUX' || t.lemma !== words[j])
  }
  return false
}

/**
 * Words that open a sentence with a subordinate clause the main clause completes after a comma,
 * and `with` or `amid` before a subject and its predicate (`With voters worried about C, ...`).
 */
const SUBORDINATORS =
  /^(although|though|while|whereas|if|because|since|after|before|when|once|unless|until|having|despite|as|with|amid)$/

/**
 * `While the judge found the law unfair, his ruling was overturned`, `Having admitted C, she
 * does not defend it`, `As the mayor said C, the council voted`: a cue inside a subordinate clause
 * opening its sentence reads a content that ends at the comma before the main clause (PolNeAR
 * train: 184 times in 206; of the claims `as` changed, none got worse), as does one opened
 * inside the sentence (`and once he has said C, he ...`). `first` is the content's first token and
 * `i` a comma after it.
 */
export function closesOpeningClause(ctx: Context, first: number, i: number): boolean {
  const { tokens, words } = ctx
  if (words[i] !== ',') return false
  const [s0] = ctx.sentenceRange(first)
  let k = s0
  if (OPENERS.test(words[k] as string)) k++
  // `But just as the coach said C, ...`: a conjunction or a focus word before the subordinator
  // leaves it opening the sentence's subordinate clause.
  if (/^(but|and|yet)$/.test(words[k] ?? '')) k++
  if (/^(even|just)$/.test(words[k] ?? '')) k++
  if (!SUBORDINATORS.test(words[k] ?? '')) k = innerSubordinator(ctx, k, first)
  if (!SUBORDINATORS.test(words[k] ?? '') || k >= first) return false
  for (let j = k; j < i; j++) if (words[j] === ',' || words[j] === ';') return false
  const subject = tokens[i + 1]
  if (!subject || !/^(PRON|DET|PROPN|NOUN|ADJ|NUM)$/.test(subject.pos)) return false
  for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
    if (words[j] === ',' || tokens[j]?.sentence !== subject.sentence) return false
    if (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'VERB') return true
  }
  return false
}

/**
 * `... few policies, and once he has had his say, he moves on`: a subordinator after `and`, `but`
 * or `that` opens a clause inside the sentence as one opening it does. The nearest one before
 * `first` with no comma between, else `from`.
 */
function innerSubordinator(ctx: Context, from: number, first: number): number {
  const { words } = ctx
  for (let k = first - 1; k > from; k--) {
    if (/^[,;:]$/.test(words[k] as string)) return from
    if (SUBORDINATORS.test(words[k] as string) && /^(and|but|that)$/.test(words[k - 1] ?? '')) return k
  }
  return from
}

/**
 * `said the two men, who were arrested in Lyon, had planned the attack`: a `who` or `which` clause
 * set off by commas inside the reported clause's subject, which a verb after the closing comma
 * shows to continue.
 */
export function isEmbeddedRelative(ctx: Context, comma: number, after = comma + 1): boolean {
  const { tokens, words } = ctx
  if (!/^(who|which)$/.test(words[after] ?? '')) return false
  const sentence = tokens[comma]?.sentence
  for (let j = after + 1; j < tokens.length && tokens[j]?.sentence === sentence; j++) {
    if (words[j] !== ',') continue
    const after = tokens[j + 1]
    return after !== undefined && (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(words[j + 1] ?? '')))
  }
  return false
}

/**
 * `a rare, although brief, chance`, `rural, though prosperous, towns`: `although` or `though`
 * before a lone adjective and a comma qualifies the phrase it stands in; no clause follows.
 */
function isConcessiveInsert(ctx: Context, at: number): boolean {
  const { tokens, words } = ctx
  if (!/^(although|though)$/.test(words[at] ?? '')) return false
  let k = at + 1
  while (k < at + 4 && tokens[k]?.pos === 'ADV') k++
  return tokens[k]?.pos === 'ADJ' && words[k + 1] === ','
}

/** The reported clause before `C, X said`: the quote just closed, or the sentence start. */
export function contentBefore(ctx: Context, edge: number, s0: number): Span | null {
  const { tokens, words, text } = ctx
  const edgeToken = tokens[edge] as Token
  if (CLOSERS.test(words[edge] as string)) {
    const q = quoteAt(ctx.quotes, edgeToken.start)
    if (q && q.end === edgeToken.end) return withLeadIn(ctx, q, s0) ?? trimSpan(text, q.inner, true)
  }
  if (words[edge] === ',' && CLOSERS.test(words[edge - 1] ?? '')) {
    const q = quoteAt(ctx.quotes, (tokens[edge - 1] as Token).start)
    if (q) return withLeadIn(ctx, q, s0) ?? trimSpan(text, q.inner, true)
  }
  if (edge <= s0) return null
  let start = s0
  if (OPENERS.test(words[start] as string)) start++
  const first = tokens[start] as Token
  const last = tokens[edge - 1] as Token
  if (first.start >= last.end) return null
  return trimSpan(text, { start: first.start, end: last.end })
}

/**
 * `Without a vote, the plan "cannot stand," she said`: a quote closing a sentence it did not open
 * is the end of a claim the writer began in their own words, and the claim runs from the
 * sentence start (as PolNeAR marks it).
 */
const LEAD_IN_SAYING = /^(say|tell|add|write|ask|explain|note|argue|claim|insist|state|declare|reply|respond)$/

function withLeadIn(ctx: Context, q: Quote, s0: number): Span | null {
  const { tokens, words, text } = ctx
  let start = s0
  if (OPENERS.test(words[start] as string)) start++
  const first = tokens[start] as Token
  if (first.start >= q.start || (tokens[s0] as Token).start > q.start) return null
  // `X scolded him: "C," she said`, `X said she felt ... "C," she said`: a lead-in with a saying
  // of its own is that saying's, and the quote alone is this cue's.
  let dashes = 0
  let parens = 0
  for (let k = start; k < tokens.length && (tokens[k] as Token).end <= q.start; k++) {
    if (words[k] === ':' || (tokens[k]?.pos === 'VERB' && LEAD_IN_SAYING.test(tokens[k]?.lemma ?? ''))) return null
    if (isSpacedDash(ctx, k)) dashes++
    if (words[k] === '(') parens++
    if (words[k] === ')') parens--
  }
  // `he liked the plan - "C," she said`, `critics (“C,” one wrote)`: a lead-in left open by a dash
  // or a parenthesis before the quote is the writer's, and the quote an aside; a pair of dashes
  // (`Lee -- a rival -- was "C," he said`) sets off an aside inside the lead-in.
  if (dashes % 2 === 1 || parens > 0) return null
  return trimSpan(text, { start: first.start, end: q.end })
}

function isSpacedDash(ctx: Context, k: number): boolean {
  const w = ctx.words[k] as string
  return /^(--|—|–)$/.test(w) || (w === '-' && /\s/.test(ctx.text[(ctx.tokens[k] as Token).start - 1] ?? ''))
}

/** Drops spaces and, outside a quotation, punctuation at either edge. */
function trimSpan(text: string, span: Span, quoted = false): Span | null {
  let { start, end } = span
  const edge = quoted ? /\s/u : /[\s,;:—–-]/u
  while (start < end && edge.test(text[start] as string)) start++
  while (end > start && (quoted ? /\s/u : /[\s.,;:—–-]/u).test(text[end - 1] as string)) end--
  return end > start ? { start, end } : null
}

/**
 * `he did not back Mr. Lane, the presumed favorite.`, `the crowd would be safe, a swipe at his
 * rivals`: a noun phrase set off after a noun that runs to the sentence end describes it, or
 * the claim, for the reader; PolNeAR ends the claim before it (train: 42 times in 68 after a
 * name). A list (`Mr. Lane, the mayor and the sheriff`) or a clause (`today, the board issued
 * subpoenas`) goes on with the claim.
 */
export function isClosingAppositive(ctx: Context, i: number, end: number): boolean {
  const { tokens, words } = ctx
  const afterNoun = /^(PROPN|NOUN|NUM)$/.test(tokens[i - 1]?.pos ?? '')
  if (words[i] !== ',' || !afterNoun || !/^(the|a|an)$/.test(words[i + 1] ?? '')) return false
  let relative = false
  for (let j = i + 2; j < end; j++) {
    const w = words[j] as string
    const t = tokens[j] as Token
    if (/^[,;:—–]$/.test(w) || /^(--|and|or)$/.test(w) || OPENERS.test(w)) return false
    if (/^(who|which|that|whose|where)$/.test(w)) relative = true
    if (relative) continue
    if (j === i + 3 && t.pos === 'VERB') return false
    // A verb with its own object is the clause of a subject, not a description.
    const modifier = /^(DET|ADJ|ADV)$/.test(tokens[j - 1]?.pos ?? '')
    const withObject = t.pos === 'VERB' && !modifier && /^(DET|NOUN|PROPN|PRON|NUM)$/.test(tokens[j + 1]?.pos ?? '')
    if (t.pos === 'AUX' || withObject) return false
  }
  return true
}
