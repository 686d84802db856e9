import type { Token } from '../../doc/layers.js'
import type { Context } from './frames.js'

/*
 * What stands between a cue and its subject without being the subject: a time (`Tom Baker, the
 * harbour master, last week said`, `the chairman later Thursday told`), and the document a source
 * issues when a participle cue follows it (`the union issued a statement saying C`: the union says
 * C; the statement is how). On PolNeAR train the rules took the time for the source 21 times (7
 * right by chance of overlap) and the issued statement 20 times (1 right).
 */

/** Days a saying is dated by: `said on Monday`, `told reporters yesterday`. */
export const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/
export const PARTS_OF_DAY = /^(morning|afternoon|evening|night)$/
const SPANS = /^(week|month|year|weekend)$/
const TIME_LEAD = /^(on|last|this|next|past|early|earlier|late|later)$/
const YEAR = /^(19|20)\d\d$/
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i
/** What a source issues: the statement, not the one who says. */
const DOCUMENTS = /^(statement|statements|letter|memo|email|e-mail|tweet|release|message|note|video|post)$/

/**
 * The token before a time phrase that ends at token `j` (`on Friday`, `last week`, `Thursday
 * night`, `this past week`), or `j` itself when none does; never before `s0`.
 */
export function beforeTime(ctx: Context, j: number, s0: number): number {
  const { words } = ctx
  const dated = inDate(words, j)
  if (dated !== j) return dated >= s0 ? dated : j
  let k = j
  if (PARTS_OF_DAY.test(words[k] ?? '') && DAYS.test(words[k - 1] ?? '')) k--
  if (DAYS.test(words[k] ?? '')) k--
  else if (SPANS.test(words[k] ?? '') && TIME_LEAD.test(words[k - 1] ?? '')) k -= 2
  else if (isLaterInThe(words, k)) k -= 4
  else return j
  while (k >= s0 && TIME_LEAD.test(words[k] as string)) k--
  return k >= s0 ? k : j
}

/** Words a time phrase is made of: `last week`, `earlier in the day`, `Monday night`, `in March 2015`. */
const TIME_FILLER = /^(on|in|at|the|this|that|last|next|past|early|earlier|late|later|ago|a|mid)$/
const TIME_HEAD = /^(day|days|weeks|months|years)$/

/**
 * Whether token range `[first, last)` is a time phrase alone (`this week`, `last year`, `earlier
 * in the day`, `Monday`): no one who says anything.
 */
export function isTimePhrase(ctx: Context, [first, last]: [number, number]): boolean {
  // `Saturday's vote showed`: a time that owns a noun is part of the subject.
  if (/^['’]s?$/.test(ctx.words[last] ?? '')) return false
  let head = false
  for (let k = first; k < last; k++) {
    const w = (ctx.words[k] as string).toLowerCase()
    const timed =
      DAYS.test(w) || PARTS_OF_DAY.test(w) || SPANS.test(w) || TIME_HEAD.test(w) || MONTHS.test(w) || YEAR.test(w)
    if (!timed && !TIME_FILLER.test(w)) return false
    head ||= timed
  }
  return head
}

/** `earlier in the day`, `later in the week`, ending at token `k`. */
function isLaterInThe(words: Context['words'], k: number): boolean {
  return (
    /^(day|week|month|year|morning|afternoon|evening)$/.test(words[k] ?? '') &&
    words[k - 1] === 'the' &&
    words[k - 2] === 'in' &&
    /^(earlier|later|early|late)$/.test(words[k - 3] ?? '')
  )
}

/** The token before `in 2014`, `in March`, `in June 2015`, `in late August` ending at token `j`, or `j` itself when none does. */
function inDate(words: Context['words'], j: number): number {
  let k = j
  if (YEAR.test(words[k] ?? '')) k--
  if (MONTHS.test(words[k] ?? '')) k--
  // `in late August`, `in early 2015`.
  if (k < j && /^(late|early|mid)$/.test(words[k] ?? '')) k--
  return k < j && words[k] === 'in' ? k - 1 : j
}

/**
 * Whether source phrase `[first, last)` before a participle cue is a document issued by the
 * verb just before it (`issued a statement saying`), so that the verb's subject is the source.
 */
export function isIssuedDocument(ctx: Context, [first, last]: [number, number], cue: number): boolean {
  const { tokens, words } = ctx
  if (!/ing$/.test(words[cue] as string)) return false
  const verb = tokens[first - 1] as Token | undefined
  if (verb?.pos !== 'VERB') return false
  for (let k = last - 1; k >= first; k--) if (DOCUMENTS.test(words[k] as string)) return true
  return false
}

/**
 * `The court on Monday ordered`: the time of the saying is no part of who said it. A time that
 * ends a participle (`a poll released last week`) or is a name's word (`USA TODAY`) stays.
 */
export function withoutTime(ctx: Context, [first, last]: [number, number]): [number, number] {
  const before = beforeTime(ctx, last - 1, first)
  if (before >= last - 1) return [first, last]
  const kept = ctx.tokens[before] as Token
  const time = ctx.tokens[last - 1] as Token
  const shouted = /^\p{Lu}{2,}$/u.test(ctx.text.slice(time.start, time.end))
  // `Sara Diaz, who lost her son in a crash in July 2012`: the time is the relative clause's.
  const relative = ctx.words.slice(first, before + 1).some((w) => /^(who|whom|whose|which)$/.test(w))
  return /^(NOUN|PROPN|PUNCT)$/.test(kept.pos) && !shouted && !relative ? [first, before + 1] : [first, last]
}
