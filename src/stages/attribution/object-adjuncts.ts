import type { Token } from '../../doc/layers.js'
import { tokenRange } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { phraseStartingAt } from './noun-phrase.js'

/*
 * `criticized the plan after the vote was held`, `described him as a reformer when he ran`,
 * `agreed to release the funds so the firm could start`: an adverbial clause of time after a cue's
 * object says when the source spoke or acted, in the writer's words, and is no part of what the
 * source said. After a reported clause (`said the plan would fail if taxes rose`) the same words
 * are often the source's condition, so only an object is cut; and a condition or reason
 * (`vowed to veto it unless`, `urged him to wait until`, `because`, `while`) is kept, as PolNeAR
 * reads it into the claim as often as not (train: 2 of 12).
 */

/** Conjunctions that open a clause of time or result after an object. */
const ADVERBIAL = /^(after|before|when|since|once|although|though|whereas|as|so)$/
/** Of those, the ones that also take a participle (`when visiting`, `after leaving`). */
const WITH_PARTICIPLE = /^(after|before|when|since|once|although|though)$/
/** Nouns of time that a `when` clause describes (`a time when`, `back when`), as a relative would. */
const TIMES = /^(time|times|moment|moments|day|days|year|years|era|period|point|night|week|weeks|back|age)$/

/**
 * Whether tokens `[first, k)` are an object or an infinitive (`the plan`, `Mr. Lane as a
 * reformer`, `to boost their security`): no finite verb of their own, and no quotation, which may
 * run the source's words on.
 */
export function isObjectBefore(ctx: Context, first: number, k: number): boolean {
  const { tokens, words } = ctx
  // `said that C`, `asked whether C`: a clause, whose adverbials may be the source's own.
  const before = words[first - 1] ?? ''
  if (k <= first || /^(that|whether|if|how|why|what|when|where|who|which)$/.test(words[first] as string)) return false
  if (/^(that|whether|if|:)$/.test(before)) return false
  if (!/^(DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(tokens[first]?.pos ?? '') && words[first] !== 'to') return false
  for (let j = first; j < k; j++) {
    const t = tokens[j] as Token
    const w = words[j] as string
    // A relative clause on the object (`the cases that critics cite`) may hide a finite verb.
    if (/^(["“”]|''|``|that|who|which)$/.test(w) || t.pos === 'AUX' || t.pos === 'SCONJ') return false
    if (t.pos === 'VERB' && !nonFinite(ctx, j)) return false
  }
  return true
}

/** A participle (`restoring`, `to help`) rather than a finite verb: `to` before it, or `-ing`. */
function nonFinite(ctx: Context, j: number): boolean {
  const w = ctx.words[j] as string
  if (/ing$/.test(w)) return true
  let i = j - 1
  while (ctx.tokens[i]?.pos === 'ADV') i--
  return ctx.words[i] === 'to'
}

/**
 * Whether token `k` opens an adverbial clause of the writer's, running to `end`: a conjunction
 * above followed by a subject and its verb (`after hackers struck`) or a participle (`when
 * visiting`).
 */
export function opensAdverbialClause(ctx: Context, k: number, end: number): boolean {
  const { tokens, words } = ctx
  const w = words[k] as string
  // `Seeks Refugees As He Visits`: a headline's capitals hide where its clauses part.
  if (!ADVERBIAL.test(w) || !/^[a-z]/.test(ctx.text.slice((tokens[k] as Token).start))) return false
  const previous = words[k - 1] ?? ''
  // `a time when`, `for once`, `(though ...)`, `just as`, `such as`: no clause of the writer's.
  if (w === 'when' && TIMES.test(previous)) return false
  if (tokens[k - 1]?.pos === 'ADP' || /^(\(|just|such|same)$/.test(previous)) return false
  // `as many as`, `as well`: a comparison; `as secretary of state`: a role.
  if (w === 'as' && /^(ADJ|ADV|NOUN)$/.test(tokens[k + 1]?.pos ?? '')) return false
  // `when it comes to X` names a topic.
  if (w === 'when' && words[k + 1] === 'it' && /^(comes|came)$/.test(words[k + 2] ?? '')) return false
  // `once-powerful`: a word joined by a hyphen is no conjunction.
  if (ctx.text[(tokens[k] as Token).end] === '-') return false
  const next = tokens[k + 1]
  if (!next) return false
  if (WITH_PARTICIPLE.test(w) && next.pos === 'VERB' && /ing$/.test(words[k + 1] as string)) return true
  const subject = phraseStartingAt(tokens, words, k + 1, end)
  if (!subject) return false
  let j = subject[1]
  // `they both ran`, `he never said`: a quantifier or adverb may stand between subject and verb.
  while (j < end && (tokens[j]?.pos === 'ADV' || /^(not|both|all|each)$/.test(words[j] as string))) j++
  const verb = tokens[j]
  if (!verb || j >= end) return false
  if (verb.pos === 'AUX') return true
  if (verb.pos !== 'VERB' || /ing$/.test(words[j] as string)) return false
  // A bare form (`as critics say`) agrees only with a plural or pronoun subject; after a singular
  // noun it is a noun the tagger misread (`as a party caricature`).
  const head = subject[1] - 1
  return verb.lemma !== words[j] || tokens[head]?.pos === 'PRON' || /s$/.test(words[head] as string)
}

/**
 * A rule-read frame whose content after its cue is an object, ended before the writer's adverbial
 * clause (`criticized the plan after the vote was held`).
 */
export function withoutAdverbialClause(ctx: Context, frame: Frame): Frame {
  const { content, cue } = frame
  if (!content || cue.frame !== 'verb') return frame
  const range = tokenRange(ctx.tokens, content, 'grow')
  if (!range || range[0] < cue.last) return frame
  const [first, last] = range
  for (let k = first + 1; k < last; k++) {
    if (!isObjectBefore(ctx, first, k)) return frame
    if (opensAdverbialClause(ctx, k, last)) {
      const end = ctx.tokens[clauseStart(ctx, k) - 1] as Token
      return { ...frame, content: { start: content.start, end: end.end } }
    }
  }
  return frame
}

/** Where the words before the conjunction at `k` stop: `, even as` and `even though` go with it. */
export function clauseStart(ctx: Context, k: number): number {
  let start = ctx.words[k - 1] === 'even' ? k - 1 : k
  if (ctx.words[start - 1] === ',' || /^(--|—|–|-)$/.test(ctx.words[start - 1] ?? '')) start--
  return start
}
