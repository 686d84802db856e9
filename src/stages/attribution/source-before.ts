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
  else return j
  while (k >= s0 && TIME_LEAD.test(words[k] as string)) k--
  return k >= s0 ? k : j
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
