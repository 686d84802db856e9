import type { Attribution, Event, Token } from '../../doc/layers.js'
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
  /** Who the figure counts, when it names them: `people` in `two people had died`. */
  readonly kind?: string
}

/**
 * Crowd sizes are counted the same way: `put the turnout at 20,000`, `a crowd of 5,000`, `more
 * than 100,000 people took part`. Organisers and police disagree on them as sources disagree on
 * a toll; the size joins the protest the story is about as one more trigger, its figure as one
 * more actor (the crowd is who protests).
 */
export type CrowdSize = Toll

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
  for (let i = 0; i < view.tokens.length; i++) {
    const bodies = bodiesCounted(view, i) ?? deathsCounted(view, i)
    if (bodies) tolls.push(bodies)
  }
  return tolls.sort((a, b) => a.trigger.start - b.trigger.start)
}

const CORPSES = /^(bodies|corpses)$/
/** Verbs by which the dead are counted: `counted 55 bodies`, `55 bodies were recovered`. */
const FOUND_DEAD =
  /^(count|find|recover|see|bury|retrieve|pull|collect|identify|receive|bring|lie|line|exhume|unearth|discover)$/

/**
 * `Residents counted 55 bodies`, `at least 30 corpses were recovered`: the dead counted where they
 * lie give a toll as `the death toll stood at 55` does. The noun is the trigger, the figure the
 * count; `two bodies of water` and a clause with no verb of finding the dead are not.
 */
function bodiesCounted(view: TokenView, i: number): Toll | null {
  if (!CORPSES.test(view.word(i)) || view.word(i + 1) === 'of') return null
  const k = i - 1
  if (view.pos(k) !== 'NUM' || view.sentenceOf(k) !== view.sentenceOf(i)) return null
  const sentence = view.sentenceOf(i)
  let found = false
  for (let j = Math.max(0, i - 6); j < i + 6 && j < view.tokens.length; j++)
    if (view.sentenceOf(j) === sentence && FOUND_DEAD.test(view.lemma(j))) found = true
  if (!found) return null
  let start = k
  while (start > 0 && BOUNDS.test(view.word(start - 1)) && view.sentenceOf(start - 1) === sentence) start--
  return { trigger: spanOf(view, i, i + 1), count: spanOf(view, start, k + 1) }
}

/** Who may be counted dying: `two people had died`, `at least 12 protesters died`. */
const THE_DEAD =
  /^(people|persons|protesters|demonstrators|civilians|soldiers|troops|police|policemen|officers|fighters|militants|rebels|children|women|men|villagers|residents|students|workers|migrants|passengers)$/

/**
 * `Two people had died`, said against another source's `shot dead at least seven`: a count of the
 * dead with no attack named in its clause is a toll of the attack the story tells. Dying in a
 * named attack (`died in the shelling`) makes its victims that attack's targets instead
 * (arguments.ts), so a verb with a phrase after it is left alone.
 */
function deathsCounted(view: TokenView, i: number): Toll | null {
  if (!/^(died|perished)$/.test(view.word(i)) || view.pos(i + 1) === 'ADP') return null
  const sentence = view.sentenceOf(i)
  let noun = i - 1
  if (AUXILIARIES.test(view.word(noun))) noun--
  if (!THE_DEAD.test(view.word(noun)) || view.pos(noun - 1) !== 'NUM' || view.sentenceOf(noun - 1) !== sentence)
    return null
  let start = noun - 1
  while (start > 0 && BOUNDS.test(view.word(start - 1)) && view.sentenceOf(start - 1) === sentence) start--
  return { trigger: spanOf(view, i, i + 1), count: spanOf(view, start, noun + 1), kind: view.word(noun) }
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
  // `put the army's losses at 40`: losses given as an estimate are a toll; `losses of $2 billion` are not.
  if (LOSSES.test(word) && view.word(i + 1) === 'at' && estimatedBefore(view, i)) return { start: i, end: i + 1 }
  return null
}

const LOSSES = /^(losses|casualties)$/

/** Whether a verb of estimating opens the phrase before `i`: `put the army's losses`. */
function estimatedBefore(view: TokenView, i: number): boolean {
  for (let k = i - 1; k >= i - 5 && view.sentenceOf(k) === view.sentenceOf(i); k--) {
    if (ESTIMATING.test(view.word(k))) return true
  }
  return false
}

/** Whether a verb just before the toll moves it: `bringing the (official) toll to 30`. */
function movedBefore(view: TokenView, start: number): boolean {
  for (let k = start - 1; k >= start - 3 && view.sentenceOf(k) === view.sentenceOf(start); k--) {
    if (MOVED_BY.test(view.word(k))) return true
  }
  return false
}

/** Nouns that name a crowd's size, their figure after them: `the turnout was 20,000`, `a crowd of 5,000`. */
const CROWD_NOUNS = /^(turnout|crowd|crowds|attendance)$/
/** Who a crowd is made of: `the number of protesters`, `5,000 demonstrators took part`. */
const CROWD_PEOPLE =
  /^(people|protesters|demonstrators|marchers|participants|supporters|protestors|workers|strikers|employees|members)$/
/** Auxiliaries between a crowd and its verb: `5,000 workers had joined`. */
const AUXILIARIES = /^(had|have|has)$/
/** Verbs that give a crowd's size by its members doing them: `10,000 people took part`. */
const TURNED_OUT = /^(took|turned|attended|joined|gathered|rallied|marched|protested|demonstrated)$/
/** Verbs that give an estimate of what follows them: `put the number at 20,000`. */
const ESTIMATING = /^(put|puts|putting|estimated|estimates|estimating)$/

/** Every crowd size with a figure in the article, in text order. */
export function findCrowdSizes(view: TokenView): CrowdSize[] {
  const sizes: CrowdSize[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    const word = view.word(i)
    const estimated = word === 'number' && ESTIMATING.test(view.word(i - 2)) && view.word(i + 1) === 'at'
    const counted = word === 'number' && view.word(i + 1) === 'of' && CROWD_PEOPLE.test(view.word(i + 2))
    const head = CROWD_NOUNS.test(word) && view.pos(i) === 'NOUN' ? i + 1 : estimated ? i + 1 : counted ? i + 3 : -1
    const count = head >= 0 ? figureAfter(view, head) : null
    if (count) sizes.push({ trigger: spanOf(view, i, head), count })
    const members = head < 0 ? membersCounted(view, i) : null
    if (members) sizes.push(members)
  }
  return sizes
}

/** `more than 100,000 people took part` at the verb `i`: the verb is the trigger, the number phrase the count. */
function membersCounted(view: TokenView, i: number): CrowdSize | null {
  if (!TURNED_OUT.test(view.word(i)) || view.pos(i) !== 'VERB') return null
  const particle =
    view.word(i) === 'took'
      ? view.word(i + 1) === 'part'
      : view.word(i) === 'turned'
        ? view.word(i + 1) === 'out'
        : true
  if (!particle) return null
  // `5,000 workers had joined the walkout`: the count ends before the auxiliary.
  let end = i
  while (AUXILIARIES.test(view.word(end - 1))) end--
  let k = end - 1
  if (CROWD_PEOPLE.test(view.word(k))) k--
  if (view.pos(k) !== 'NUM' || !/\d/.test(view.word(k))) return null
  let start = k
  while (start > 0 && BOUNDS.test(view.word(start - 1)) && view.sentenceOf(start - 1) === view.sentenceOf(k)) start--
  const last = /^(took|turned)$/.test(view.word(i)) ? i + 2 : i + 1
  return { trigger: spanOf(view, i, last), count: spanOf(view, start, end) }
}

function spanOf(view: TokenView, first: number, end: number): Span {
  return { start: (view.tokens[first] as Token).start, end: (view.tokens[end - 1] as Token).end }
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
 * Events with each toll joined to the attack it counts: one told in the toll's own sentence
 * (`sentenceAt` gives an offset's sentence), else the last attack reported before it, or the first
 * after it when the toll comes first. With no attack in the story (a flood, a crash) a toll counts
 * no PLOVER event and is dropped.
 */
export function withTolls(
  events: Event[],
  tolls: readonly Toll[],
  attributions: readonly Attribution[],
  sentenceAt: (offset: number) => number,
  text: string,
): Event[] {
  return withFigures(events, tolls, attributions, 'ASSAULT', 'targets', sentenceAt, text)
}

/** Events with each crowd size joined to the protest it counts, found as a toll's attack is. */
export function withCrowdSizes(
  events: Event[],
  sizes: readonly CrowdSize[],
  attributions: readonly Attribution[],
  sentenceAt: (offset: number) => number,
  text: string,
): Event[] {
  return withFigures(events, sizes, attributions, 'PROTEST', 'actors', sentenceAt, text)
}

function withFigures(
  events: Event[],
  figures: readonly Toll[],
  attributions: readonly Attribution[],
  type: Event['type'],
  slot: 'actors' | 'targets',
  sentenceAt: (offset: number) => number,
  text: string,
): Event[] {
  if (figures.length === 0) return events
  const out = [...events]
  for (const figure of figures) {
    const counted = out.filter((e) => e.type === type)
    if (counted.some((e) => e.triggers.some((t) => t.start === figure.trigger.start))) continue
    // `received 14 bodies, most of them civilians killed by shelling`: an attack told in the
    // toll's own sentence is the one it counts, though an earlier one comes before it.
    const sentence = sentenceAt(figure.trigger.start)
    // `two people had died` against `shot dead at least seven people`: a figure of the same
    // people as an attack's counted victims is another account of them.
    const kind = figure.kind
    const sameKind = kind ? counted.find((e) => e[slot].some((a) => lastWord(text, a) === kind)) : undefined
    const beside = sameKind ?? counted.find((e) => e.triggers.some((t) => sentenceAt(t.start) === sentence))
    const before = counted.filter((e) => (e.triggers[0]?.start ?? 0) < figure.trigger.start)
    const event = beside ?? before[before.length - 1] ?? counted[0]
    if (!event) continue
    out[out.indexOf(event)] = joined(event, figure, attributions, slot)
  }
  return out
}

function joined(event: Event, toll: Toll, attributions: readonly Attribution[], slot: 'actors' | 'targets'): Event {
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
    [slot]: [...event[slot], toll.count].sort(byStart),
    attributions: attributions.map((a) => a.id).filter((id) => sources.has(id)),
    ...(triggerTimes ? { triggerTimes } : {}),
  }
}

function lastWord(text: string, span: Span): string {
  return /(\S+)$/.exec(text.slice(span.start, span.end))?.[1]?.toLowerCase() ?? ''
}
