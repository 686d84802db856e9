import type { Doc } from '../../doc/doc.js'
import type { Argument, Attribution, Conflict, Event, Mention, Place } from '../../doc/layers.js'
import { contains, type Span } from '../../doc/span.js'
import type { Stage } from '../../pipeline.js'
import { NUMBER_WORDS } from '../values/numbers.js'
import { isCompatible, type Location, locate, placedIn, specificity } from './refinement.js'

/*
 * Conflicts stage. Reads: events (with their triggers, arguments and per-trigger times),
 * attributions, places and mentions. Adds: `conflicts`, one per event and slot where the
 * attributions reporting the event give values that cannot all be right.
 * How: for each attribution linked to an event, the event's place, actor and target arguments
 * inside its content, and the times of the triggers inside it, are that attribution's account.
 * Accounts are grouped by compatibility; places that refine each other (`Syria`, `northwestern
 * Syria`; a city and its country) fall in one group, judged by the places layer's countries,
 * directions and extents; counts of victims (or, for a protest, of the crowd) that no range
 * holds together disagree. Two or more groups make a conflict, each value with its attributions.
 * Misses: an account that gives a slot outside the content span (a place in the writer's own
 * words) is not counted; actors are compared only when both accounts name an entity.
 * Scores: founding report conflicts recall 1.0 (place: Turkey [a3, a8] vs northwestern Syria
 * [a5, a7], the gold's own grouping when given gold attributions).
 */

/** The conflicts stage: accounts that disagree about one event. */
export function conflicts(): Stage<'conflicts'> {
  return {
    name: 'conflicts',
    requires: ['events', 'attributions', 'places', 'mentions'],
    provides: ['conflicts'],
    async prepare() {
      return (doc) => ({ conflicts: findConflicts(doc) })
    },
  }
}

interface Account<V> {
  readonly value: V
  readonly attribution: string
  /** Characters to the nearest trigger of the event: the closer, the more directly it is said. */
  readonly distance?: number
}

interface Group<V> {
  value: V
  distance: number
  attributions: string[]
  members: V[]
}

/** All conflicts of an analysed document, in event order. */
export function findConflicts(doc: Doc): Conflict[] {
  const places = doc.layer('places')
  const mentions = doc.layer('mentions')
  const byId = new Map(doc.layer('attributions').map((a) => [a.id, a]))
  const out: Conflict[] = []
  for (const event of doc.layer('events')) {
    const sources = event.attributions.map((id) => byId.get(id)).filter((a): a is Attribution => !!a?.content)
    if (sources.length < 2) continue
    const place = placeConflict(doc.text, event, sources, places, mentions)
    if (place) out.push(place)
    const time = timeConflict(event, sources)
    if (time) out.push(time)
    const actor = actorConflict(event, sources)
    if (actor) out.push(actor)
    const count = countConflict(doc.text, event, sources)
    if (count) out.push(count)
    const denial = denialConflict(event, sources)
    if (denial) out.push(denial)
  }
  return out
}

function gap(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end)
}

function inside(a: Attribution, span: Span): boolean {
  return !!a.content && contains(a.content, span)
}

/**
 * Whether `a` is the account that gives `span`: the innermost of the event's attributions holding
 * it. `The army denied C, after activists said 40 were killed` gives 40 to the activists alone.
 */
function tells(a: Attribution, span: Span, sources: readonly Attribution[]): boolean {
  if (!inside(a, span)) return false
  const outer = a.content as Span
  const length = (x: Span) => x.end - x.start
  return !sources.some(
    (b) =>
      b !== a &&
      b.content &&
      contains(b.content, span) &&
      contains(outer, b.content) &&
      length(b.content) < length(outer),
  )
}

/**
 * Groups accounts so that every value in a group is compatible with every other, each group
 * shown by its most specific value. The most specific accounts are placed first, so a vague one
 * (`Syria`, `at least 9`) joins the first group it fits instead of bridging two that disagree.
 * More than one group is a disagreement.
 */
function group<V>(accounts: readonly Account<V>[], compatible: (a: V, b: V) => boolean, rank: (v: V) => number) {
  const order = new Map<string, number>()
  accounts.forEach((a, i) => {
    if (!order.has(a.attribution)) order.set(a.attribution, i)
  })
  const ranked = [...accounts].sort((a, b) => rank(b.value) - rank(a.value) || (a.distance ?? 0) - (b.distance ?? 0))
  const groups: Group<V>[] = []
  for (const acc of ranked) {
    // An account's own group first: `Kutum in North Darfur` keeps its region to itself.
    const fits = (g: Group<V>) => g.members.every((m) => compatible(m, acc.value))
    const home = groups.find((g) => g.attributions.includes(acc.attribution) && fits(g)) ?? groups.find(fits)
    if (!home) {
      groups.push({
        value: acc.value,
        distance: acc.distance ?? 0,
        attributions: [acc.attribution],
        members: [acc.value],
      })
      continue
    }
    home.members.push(acc.value)
    if (!home.attributions.includes(acc.attribution)) home.attributions.push(acc.attribution)
  }
  // One account naming two places (`bombings in X and an attack in Y`) does not disagree with
  // itself: groups sharing an attribution are one.
  for (let i = 0; i < groups.length; i++) {
    for (let j = groups.length - 1; j > i; j--) {
      const a = groups[i] as Group<V>
      const b = groups[j] as Group<V>
      if (!b.attributions.some((x) => a.attributions.includes(x))) continue
      a.members.push(...b.members)
      for (const x of b.attributions) if (!a.attributions.includes(x)) a.attributions.push(x)
      groups.splice(j, 1)
    }
  }
  const at = (id: string) => order.get(id) ?? 0
  for (const g of groups) g.attributions.sort((a, b) => at(a) - at(b))
  return groups.sort((a, b) => at(a.attributions[0] as string) - at(b.attributions[0] as string))
}

function placeConflict(
  text: string,
  event: Event,
  sources: readonly Attribution[],
  places: readonly Place[],
  mentions: readonly Mention[],
): Conflict | null {
  const accounts: Account<Location>[] = []
  const ordered = [...event.place].sort((a, b) => a.start - b.start)
  const located = placedIn(
    ordered.map((arg) => locate(arg, places, mentions)),
    text,
    mentions,
  )
  for (const a of sources) {
    for (const [k, arg] of ordered.entries()) {
      if (!tells(a, arg, sources)) continue
      const distance = Math.min(...event.triggers.filter((t) => inside(a, t)).map((t) => gap(t, arg)))
      accounts.push({ value: located[k] as Location, attribution: a.id, distance })
    }
  }
  const groups = group(accounts, isCompatible, specificity)
  if (groups.length < 2) return null
  return {
    event: event.id,
    slot: 'place',
    values: groups.map((g) => ({ value: g.value.arg, attributions: g.attributions })),
  }
}

function timeConflict(event: Event, sources: readonly Attribution[]): Conflict | null {
  const accounts: Account<string>[] = []
  for (const t of event.triggerTimes ?? []) {
    const trigger = event.triggers[t.trigger]
    if (!trigger) continue
    for (const a of sources) if (tells(a, trigger, sources)) accounts.push({ value: t.value, attribution: a.id })
  }
  const groups = group(
    accounts,
    (a, b) => a.startsWith(b) || b.startsWith(a),
    (v) => v.length,
  )
  if (groups.length < 2) return null
  return {
    event: event.id,
    slot: 'time',
    values: groups.map((g) => ({ value: { value: g.value }, attributions: g.attributions })),
  }
}

/**
 * `Police arrested X, the party said` against `The police chief denied that X had been arrested`:
 * one account tells the event as a fact, another denies it. Each side lists the attributions whose
 * own claim holds a trigger of the event; a denial only where the event is what it denies.
 */
function denialConflict(event: Event, sources: readonly Attribution[]): Conflict | null {
  const side = (stance: Attribution['stance'], triggers: readonly Span[]) =>
    sources.filter((a) => a.stance === stance && triggers.some((t) => tells(a, t, sources))).map((a) => a.id)
  const told = side('assert', event.triggers)
  const denied = side('deny', event.denied ?? [])
  if (!told.length || !denied.length) return null
  return {
    event: event.id,
    slot: 'modality',
    values: [
      { value: { value: 'reported' }, attributions: told },
      { value: { value: 'denied' }, attributions: denied },
    ],
  }
}

/** Two accounts naming different entities as the one who did it. */
function actorConflict(event: Event, sources: readonly Attribution[]): Conflict | null {
  const accounts: Account<Argument>[] = []
  for (const a of sources) {
    for (const arg of event.actors)
      if (arg.entity && tells(a, arg, sources)) accounts.push({ value: arg, attribution: a.id })
  }
  const groups = group(
    accounts,
    (x, y) => x.entity === y.entity,
    () => 0,
  )
  // Several actors may share one act (`X helped Y`): only a one-actor-each disagreement counts.
  const perSource = new Map<string, Set<string>>()
  for (const acc of accounts) {
    const set = perSource.get(acc.attribution) ?? new Set()
    set.add(acc.value.entity as string)
    perSource.set(acc.attribution, set)
  }
  if (groups.length < 2 || [...perSource.values()].some((s) => s.size > 1)) return null
  return {
    event: event.id,
    slot: 'actor',
    values: groups.map((g) => ({ value: g.value, attributions: g.attributions })),
  }
}

/**
 * Number words that count victims; `a`, `an` and `one` open too many phrases that count nothing.
 * A Map, as any word of a target is looked up: `constructor` must not find Object's members.
 */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS).filter(([, n]) => n > 1))

/** The number a target phrase counts (`12 people`, `five soldiers`), or null. */
export function countOf(phrase: string): number | null {
  const digits = phrase.match(/\b(\d[\d,]*)\b/)
  if (digits) return Number((digits[1] as string).replace(/,/g, ''))
  for (const word of phrase.toLowerCase().split(/\s+/)) {
    const n = COUNT_WORDS.get(word)
    if (n !== undefined) return n
  }
  return null
}

/** A count as a range: `at least 12` is [12, ∞), `about 40` is roughly 34 to 46, `9` is 9. */
export interface CountRange {
  readonly value: number
  readonly min: number
  readonly max: number
}

/** How loosely `about`, `nearly`, `some` are meant: a sixth either way. */
const ROUGHLY = 1 / 6

/** The range a target phrase counts (`at least 12 people`, `five soldiers`), or null. */
export function countRange(phrase: string): CountRange | null {
  const value = countOf(phrase)
  if (value === null) return null
  const lower = phrase.toLowerCase()
  if (/\b(at least|more than|over|upwards of)\b/.test(lower))
    return { value, min: value, max: Number.POSITIVE_INFINITY }
  if (/\b(at most|up to|fewer than|less than|under)\b/.test(lower)) return { value, min: 0, max: value }
  if (/\b(about|around|nearly|almost|some|roughly|approximately|dozens|hundreds)\b/.test(lower)) {
    return { value, min: Math.floor(value * (1 - ROUGHLY)), max: Math.ceil(value * (1 + ROUGHLY)) }
  }
  return { value, min: value, max: value }
}

/** Casualty, arrest or crowd numbers that cannot all be right: `12 killed` and `20 killed`, not `at least 12`. */
function countConflict(text: string, event: Event, sources: readonly Attribution[]): Conflict | null {
  const accounts: Account<CountRange>[] = []
  // A protest counts its crowd, who protest: organisers' and police figures are its actors.
  const counted = event.type === 'PROTEST' ? event.actors : event.targets
  for (const a of sources) {
    for (const arg of counted) {
      // The wounded are counted apart: `killing 12` and `30 were injured` do not disagree.
      const n = tells(a, arg, sources) && !isHurtCount(text, arg) ? countRange(text.slice(arg.start, arg.end)) : null
      if (n !== null) accounts.push({ value: n, attribution: a.id })
    }
  }
  const groups = group(
    accounts,
    (x, y) => x.min <= y.max && y.min <= x.max,
    (v) => -(v.max - v.min),
  )
  if (groups.length < 2) return null
  return {
    event: event.id,
    slot: 'count',
    values: groups.map((g) => ({ value: { value: String(g.value.value) }, attributions: g.attributions })),
  }
}

/** Whether a counted target is of the wounded: `wounding 30`, `30 people were injured`. */
export function isHurtCount(text: string, arg: Span): boolean {
  const before = text.slice(Math.max(0, arg.start - 40), arg.start)
  const after = text.slice(arg.end, arg.end + 40)
  return (
    /\b(?:wounding|injuring|hurting|wounded|injured)\s+$/i.test(before) ||
    /^\s+(?:(?:people|others|more|civilians|soldiers)\s+)?(?:(?:were|was|have been|had been)\s+)?(?:wounded|injured|hurt)\b/i.test(
      after,
    )
  )
}
