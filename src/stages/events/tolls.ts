import type { Attribution, Event } from '../../doc/layers.js'
import { contains, type Span } from '../../doc/span.js'
import type { TokenView } from './phrases.js'

/*
 * Death tolls: `put the death toll at 15`, `a toll of 15`, `the number of dead stood at 15`. A toll
 * names no event of its own but counts the dead of the attack the story is about, and sources
 * often disagree on it; so the toll joins that attack as one more trigger, its figure as one more
 * target, and the attributions that give it as more sources, where the conflicts stage can set it
 * against `killing 12 people` said by another.
 * A toll that changes (`the toll rose to 20`, `bringing the toll to 20`) is news moving on, not a
 * disagreement: it is left out.
 */

/** One toll phrase: the noun that names it and the figure it gives. */
export interface Toll {
  readonly trigger: Span
  readonly count: Span
}

const KINDS = /^(death|casualty|civilian|official|overall|final|human)$/
const COUNTED = /^(dead|deaths|fatalities|casualties|killed|victims)$/
/** Verbs of a toll that moved: the figure after them is news, not an account. */
const CHANGED =
  /^(rose|risen|rise|rises|rising|climbed|climb|climbs|increased|jumped|reached|grew|grown|mounted|hit|doubled|surged|topped|passed|exceeded|soared)$/
/** Verbs that move a toll named after them: `bringing the death toll to 30`. */
const MOVED_BY =
  /^(bringing|brought|raising|raised|pushing|pushed|taking|took|lifting|lifted|revised|revising|updated|updating|increasing|increased)$/
const BOUNDS =
  /^(at|least|more|than|over|about|around|nearly|almost|some|roughly|approximately|up|to|fewer|less|under)$/
/** How far past the toll noun its figure may stand: `the death toll from the blast stood at 15`. */
const REACH = 8

/** Every toll with a figure in the article, in text order. */
export function findTolls(view: TokenView): Toll[] {
  const tolls: Toll[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    const head = tollHead(view, i)
    if (!head) continue
    const count = movedBefore(view, head.start) ? null : figureAfter(view, head.end)
    const first = view.tokens[head.start]
    const last = view.tokens[head.end - 1]
    if (count && first && last) tolls.push({ trigger: { start: first.start, end: last.end }, count })
    i = head.end - 1
  }
  return tolls
}

/** The tokens of a toll noun phrase at `i` (`death toll`, `number of dead`), or null. */
function tollHead(view: TokenView, i: number): { start: number; end: number } | null {
  const word = view.word(i)
  if (word === 'toll' && view.pos(i) === 'NOUN') {
    return { start: KINDS.test(view.word(i - 1)) ? i - 1 : i, end: i + 1 }
  }
  if (word === 'number' && view.word(i + 1) === 'of' && COUNTED.test(view.word(i + 2))) {
    // `the number of people killed`
    return { start: i, end: i + 3 }
  }
  if (word === 'number' && view.word(i + 1) === 'of' && view.word(i + 2) === 'people' && view.word(i + 3) === 'killed')
    return { start: i, end: i + 4 }
  return null
}

/** Whether a verb just before the toll moves it: `bringing the (official) toll to 30`. */
function movedBefore(view: TokenView, start: number): boolean {
  for (let k = start - 1; k >= start - 3 && view.sentenceOf(k) === view.sentenceOf(start); k--) {
    if (MOVED_BY.test(view.word(k))) return true
  }
  return false
}

/** The figure a toll gives within its clause, with words that bound it (`at least 15`), or null. */
function figureAfter(view: TokenView, from: number): Span | null {
  const sentence = view.sentenceOf(from - 1)
  for (let k = from; k < from + REACH && view.sentenceOf(k) === sentence; k++) {
    const word = view.word(k)
    if (CHANGED.test(word) || /^[,;:.]$/.test(word)) return null
    if (view.pos(k) !== 'NUM' || !/\d|^[a-z]+$/.test(word)) continue
    let start = k
    while (start > from && BOUNDS.test(view.word(start - 1))) start--
    // `at 15` gives the figure; the `at` alone is no bound.
    if (view.word(start) === 'at' && view.word(start + 1) !== 'least') start++
    const a = view.tokens[start]
    const b = view.tokens[k]
    return a && b ? { start: a.start, end: b.end } : null
  }
  return null
}

/**
 * Events with each toll joined to the attack it counts: the last attack reported before it, or
 * the first after it when the toll comes first. With no attack in the story (a flood, a crash)
 * a toll counts no PLOVER event and is dropped.
 */
export function withTolls(events: Event[], tolls: readonly Toll[], attributions: readonly Attribution[]): Event[] {
  if (tolls.length === 0) return events
  const out = [...events]
  for (const toll of tolls) {
    const attacks = out.filter((e) => e.type === 'ASSAULT')
    if (attacks.some((e) => e.triggers.some((t) => t.start === toll.trigger.start))) continue
    const before = attacks.filter((e) => (e.triggers[0]?.start ?? 0) < toll.trigger.start)
    const attack = before[before.length - 1] ?? attacks[0]
    if (!attack) continue
    out[out.indexOf(attack)] = joined(attack, toll, attributions)
  }
  return out
}

function joined(event: Event, toll: Toll, attributions: readonly Attribution[]): Event {
  const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end
  const triggers = [...event.triggers, toll.trigger].sort(byStart)
  // Trigger times point into the trigger list, which the toll has just grown.
  const triggerTimes = event.triggerTimes?.map((t) => {
    const trigger = event.triggers[t.trigger]
    return { ...t, trigger: trigger ? triggers.indexOf(trigger) : t.trigger }
  })
  const sources = new Set(event.attributions)
  for (const a of attributions) if (a.content && contains(a.content, toll.trigger)) sources.add(a.id)
  return {
    ...event,
    triggers,
    targets: [...event.targets, toll.count].sort(byStart),
    attributions: attributions.map((a) => a.id).filter((id) => sources.has(id)),
    ...(triggerTimes ? { triggerTimes } : {}),
  }
}
