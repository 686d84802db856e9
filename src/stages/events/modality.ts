import type { Modality } from '../../doc/layers.js'
import type { TokenView } from './phrases.js'
import type { TriggerHit } from './triggers.js'

const PLANNED_NOUN = new Set(['planned', 'proposed', 'possible', 'potential', 'imminent', 'threatened'])
const HYPOTHETICAL = new Set(['could', 'would', 'might', 'may', 'should', 'can'])
const FUTURE = new Set(['will', 'shall', "'ll"])
const NEGATION = new Set(['not', "n't", 'never'])
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did', 'been'])

/**
 * The modality a verb's auxiliaries give it: `did not arrest` negated, `could attack`
 * hypothetical, `will deploy` planned; otherwise what the caller already knew (`vowed to`).
 */
export function verbModality(view: TokenView, group: number, verb: number, current: Modality): Modality {
  let modality = isConditional(view, group) ? 'hypothetical' : current
  for (let j = group; j < verb; j++) {
    const w = view.word(j)
    if (NEGATION.has(w)) return 'negated'
    if (HYPOTHETICAL.has(w)) modality = 'hypothetical'
    else if (FUTURE.has(w)) modality = 'planned'
  }
  return modality
}

/** `If convicted, he faces ...`, `unless the army withdraws`: a verb group in a condition tells of no happening. */
function isConditional(view: TokenView, group: number): boolean {
  for (let j = group - 1; j >= Math.max(0, group - 4); j--) {
    const w = view.word(j)
    if (w === 'if' || w === 'unless') return true
    if (view.pos(j) === 'PUNCT' || view.pos(j) === 'VERB' || view.pos(j) === 'AUX') return false
  }
  return false
}

/** Verbs whose object is an act wanted, not done: `seek his arrest`, `demanded the release of`. */
const SOUGHT = new Set(['seek', 'demand', 'want', 'urge', 'request', 'order', 'propose', 'threaten', 'plan'])
/** Verbs that want their object through `for`: `called for an investigation`. */
const SOUGHT_FOR = new Set(['call', 'push', 'press', 'appeal', 'ask', 'campaign', 'lobby'])

/**
 * The modality an event noun's own phrase gives it: `a planned strike`, `a possible attack`, and
 * the act a verb asks for (`seek his arrest`, `called for an inquiry`), which has not happened.
 */
export function nounModality(view: TokenView, noun: number): Modality {
  const before = view.word(noun - 1)
  if (PLANNED_NOUN.has(before)) return before === 'possible' || before === 'potential' ? 'hypothetical' : 'planned'
  let k = noun - 1
  while (k >= 0 && (view.pos(k) === 'ADJ' || view.pos(k) === 'DET' || view.isPossessive(k))) k--
  const verb = view.word(k) === 'for' && view.pos(k - 1) === 'VERB' ? k - 1 : k
  const sought = verb === k ? SOUGHT : SOUGHT_FOR
  return view.pos(verb) === 'VERB' && sought.has(view.lemma(verb)) ? 'hypothetical' : 'asserted'
}

/** Past tense, or a noun for something done: the event precedes publication. */
export function isPast(view: TokenView, hit: TriggerHit): boolean {
  if (hit.form === 'noun') return true
  for (let j = hit.group; j <= hit.first; j++) {
    const w = view.word(j)
    if (PAST_AUXILIARIES.has(w)) return true
    if (FUTURE.has(w) || HYPOTHETICAL.has(w)) return false
  }
  const w = view.word(hit.first)
  return w.endsWith('ed') || (w !== view.lemma(hit.first) && !w.endsWith('s') && !w.endsWith('ing'))
}
