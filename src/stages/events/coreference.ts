import type { Argument, Entity, Place, PloverType } from '../../doc/layers.js'
import { contains } from '../../doc/span.js'
import { dayRange, daysBetween } from '../times/calendar.js'
import type { Report } from './arguments.js'
import type { ResolvedArgument } from './resolve.js'

/** The reports of one happening, merged. */
export interface Cluster {
  readonly type: PloverType
  mode: string | null
  readonly reports: Report[]
}

/** How many sentences apart two reports with no target to compare may be and still merge. */
const NEARBY = 2

type Verdict = 'same' | 'different' | 'unknown'

/** Prepositions that put a noun trigger inside a verb's event: `killed during a raid`. */
const INSIDE = new Set(['during', 'in', 'amid', 'through'])

/** A noun of this type can be part of a verb's event of that type (`troops in incursions`). */
function canHost(verb: Report, noun: Report): boolean {
  const a = verb.hit.entry.type
  const b = noun.hit.entry.type
  return a === b || (a === 'MOBILIZE' && b === 'ASSAULT') || (a === 'COERCE' && b === 'ASSAULT')
}

/**
 * Folds a noun trigger into the verb trigger whose clause holds it (`killed during a U.S. raid`,
 * `sent in troops in a series of incursions`): one happening told by two words. The verb keeps
 * its type; the noun lends the actor named before it when the verb has none.
 */
export function absorbInnerNouns(reports: readonly Report[], word: (i: number) => string): Report[] {
  const out: Report[] = []
  for (const r of reports) {
    const host = out[out.length - 1]
    const inside =
      host &&
      r.hit.form === 'noun' &&
      host.hit.form === 'verb' &&
      canHost(host, r) &&
      r.hit.first >= host.right.start &&
      r.hit.first < host.right.end &&
      hasInsidePreposition(host.right.start, r.hit.first, word)
    if (host && inside) {
      const merged: Report = {
        ...host,
        actors: host.actors.length ? host.actors : r.actors,
        targets: host.targets.length ? host.targets : r.targets,
        time: host.time ?? r.time,
        absorbed: [...(host.absorbed ?? []), r.trigger],
        // `31 people were killed in the bombing`: a verb told inside a definite event noun with
        // nothing of its own refers back as that noun does.
        ...(r.anaphoric && !host.actors.length && !host.time && !host.place.length ? { anaphoric: true } : {}),
      }
      out[out.length - 1] = merged
    } else out.push(r)
  }
  return out
}

/**
 * Folds a noun trigger that is the subject of a verb trigger of the same type into it: `an
 * air strike killed 12 people` is one attack. The noun's mode (aerial) is kept.
 */
export function absorbSubjectNouns(reports: readonly Report[]): Report[] {
  const out: Report[] = []
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k] as Report
    const next = reports[k + 1]
    const subject =
      next &&
      r.hit.form === 'noun' &&
      next.hit.form === 'verb' &&
      !next.hit.passive &&
      next.hit.entry.type === r.hit.entry.type &&
      next.actors.some((a) => a.arg.start <= r.trigger.start && r.trigger.end <= a.arg.end)
    if (next && subject) {
      out.push({
        ...next,
        actors: [...r.actors],
        targets: [...next.targets, ...r.targets],
        place: [...next.place, ...r.place.filter((p) => !next.place.some((q) => q.start === p.start))],
        time: next.time ?? r.time,
        mode: next.mode ?? r.mode,
        absorbed: [r.trigger, ...(next.absorbed ?? [])],
      })
      k++
    } else out.push(r)
  }
  return out
}

/** Folds each report into the one kept before it when `joins` says it tells part of it, with `fold` merging the two. */
function foldReports(
  reports: readonly Report[],
  joins: (host: Report, r: Report) => boolean,
  fold: (host: Report, r: Report) => Report,
): Report[] {
  const out: Report[] = []
  for (const r of reports) {
    const host = out[out.length - 1]
    if (host && joins(host, r)) out[out.length - 1] = fold(host, r)
    else out.push(r)
  }
  return out
}

/**
 * Folds an attack's outcome told in a participle clause into the attack: `fired at the crowd,
 * killing two men` is one attack, on both the crowd and the two men.
 */
export function absorbOutcomes(reports: readonly Report[], word: (i: number) => string): Report[] {
  return foldReports(
    reports,
    (host, r) =>
      host.hit.entry.type === 'ASSAULT' &&
      r.hit.entry.type === 'ASSAULT' &&
      r.hit.form === 'verb' &&
      r.sentence === host.sentence &&
      word(r.hit.first).endsWith('ing') &&
      word(r.hit.group - 1) === ',',
    (host, r) => ({
      ...host,
      targets: [...host.targets, ...r.targets],
      place: host.place.length ? host.place : r.place,
      time: host.time ?? r.time,
      absorbed: [...(host.absorbed ?? []), r.trigger],
    }),
  )
}

/** How many words may stand between `when` and the verb of its clause: `when a militia group attacked`. */
const WHEN_REACH = 5

/**
 * Folds an attack told in a `when` clause into the killing it explains: `40 people were killed
 * when militia attacked the camp` is one attack, by the militia, on the camp and the 40.
 */
export function absorbWhenClauses(reports: readonly Report[], word: (i: number) => string): Report[] {
  return foldReports(
    reports,
    (host, r) =>
      host.hit.entry.type === 'ASSAULT' &&
      r.hit.entry.type === 'ASSAULT' &&
      host.hit.form === 'verb' &&
      r.hit.form === 'verb' &&
      r.sentence === host.sentence &&
      opensWhen(host.hit.first + 1, r.hit.group, word),
    (host, r) => ({
      ...host,
      actors: host.actors.length ? host.actors : r.actors,
      targets: [...host.targets, ...r.targets],
      place: host.place.length ? host.place : r.place,
      time: host.time ?? r.time,
      mode: host.mode ?? r.mode,
      absorbed: [...(host.absorbed ?? []), r.trigger, ...(r.absorbed ?? [])],
    }),
  )
}

/** Whether `when` opens the clause of the verb group at `to`, with no clause break after the trigger at `from`. */
function opensWhen(from: number, to: number, word: (i: number) => string): boolean {
  for (let j = to - 1; j >= from && j >= to - 1 - WHEN_REACH; j--) {
    const w = word(j)
    if (w === 'when') return true
    if (/^[,;:.]$/.test(w)) return false
  }
  return false
}

function hasInsidePreposition(from: number, to: number, word: (i: number) => string): boolean {
  for (let j = Math.max(from, to - 5); j < to; j++) if (INSIDE.has(word(j))) return true
  return false
}

function entitiesOf(args: readonly ResolvedArgument[], withOwners: boolean): Set<string> {
  const out = new Set<string>()
  for (const a of args) {
    if (a.entity) out.add(a.entity)
    if (withOwners) for (const o of a.owners) out.add(o)
  }
  return out
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>, entities?: ReadonlyMap<string, Entity>): boolean {
  for (const x of a) {
    if (b.has(x)) return true
    if (entities) for (const y of b) if (isSameNamed(x, y, entities) || isSameNation(x, y, entities)) return true
  }
  return false
}

const NATION_KEY = /^(?:gpe|norp):([A-Z]{2})$/

/**
 * `Russian drones` and `Russia's forces`: a nationality and its country are one side of an event,
 * as their cross-article keys say (`norp:RU`, `gpe:RU`).
 */
function isSameNation(a: string, b: string, entities: ReadonlyMap<string, Entity>): boolean {
  const x = NATION_KEY.exec(entities.get(a)?.key ?? '')?.[1]
  return x !== undefined && x === NATION_KEY.exec(entities.get(b)?.key ?? '')?.[1]
}

function nameWords(e: Entity | undefined): string[] {
  return e
    ? e.name
        .toLowerCase()
        .split(/[\s-]+/)
        .filter((w) => w.length > 2)
    : []
}

/**
 * Two person entities the entity layer kept apart though one name is part of the other
 * (`Jasim`, `Sami Jasim al-Jaburi`): news refers to a person by part of the full name, and
 * for deciding that two reports concern one person that is evidence enough.
 */
export function isSameNamed(a: string, b: string, entities: ReadonlyMap<string, Entity>): boolean {
  if (a === b) return true
  const x = entities.get(a)
  const y = entities.get(b)
  if (!x || !y || x.type === 'GPE' || y.type === 'GPE' || x.type === 'NORP' || y.type === 'NORP') return false
  const [short, long] =
    nameWords(x).length <= nameWords(y).length ? [nameWords(x), nameWords(y)] : [nameWords(y), nameWords(x)]
  return short.length > 0 && short.every((w) => long.includes(w))
}

/**
 * Whether two sets of targets name the same thing. Names decide when both sides have them;
 * an unnamed phrase (`a senior militant`) may be the named person unless its number says
 * otherwise (`local forces` is not one man).
 */
function compareTargets(
  cluster: readonly ResolvedArgument[],
  report: readonly ResolvedArgument[],
  entities: ReadonlyMap<string, Entity>,
): Verdict {
  if (!cluster.length || !report.length) return 'unknown'
  const a = entitiesOf(cluster, false)
  const b = entitiesOf(report, false)
  if (intersects(a, b, entities)) return 'same'
  if (a.size && b.size) return 'different'
  const isPerson = (id: string) => entities.get(id)?.type === 'PERSON'
  const named = a.size ? a : b
  const unnamed = (a.size ? report : cluster).filter((x) => !x.entity)
  if (named.size && [...named].every(isPerson) && unnamed.every((x) => x.plural)) return 'different'
  if (named.size && ![...named].some(isPerson)) return 'different'
  // `an air strike on a crowded market` ... `denied bombing the market`: a definite phrase with the
  // head of an earlier one means that thing.
  const refersBack = (x: ResolvedArgument, y: ResolvedArgument) =>
    y.definite && !y.plural && !x.plural && x.head === y.head
  if (!named.size && cluster.some((x) => report.some((y) => refersBack(x, y) || refersBack(y, x)))) return 'same'
  if (!named.size) {
    // Unnamed on both sides: compatible when some pair shares a head word or a number.
    // A bare number (`Bomb kills 12`) counts whatever the other phrase names, if it is that many.
    const bare = (x: ResolvedArgument, y: ResolvedArgument) => /^\d[\d,.]*$/.test(x.head) && x.count === y.count
    // Two plurals of other heads and other figures (`30 of 41 drones`, `Two people`) are two things.
    const counted = (x: ResolvedArgument, y: ResolvedArgument) =>
      x.count !== null && y.count !== null && x.count !== y.count
    const fits = cluster.some((x) =>
      report.some((y) => x.head === y.head || (x.plural === y.plural && !counted(x, y)) || bare(x, y) || bare(y, x)),
    )
    if (!fits) return 'different'
  }
  return 'unknown'
}

/** What the places layer knows of a place argument: its entity, country and kind. */
type Located = Pick<Place, 'entity' | 'country' | 'kind'>
export type PlaceOf = (arg: Argument) => Located | null

/**
 * Whether two reports' places can be one place: some pair is the same entity, or a country
 * holding the other, or of unknown country. `New York` and `Minnesota` cannot.
 */
function placesFit(a: readonly Argument[], b: readonly Argument[], where: PlaceOf): boolean {
  if (!a.length || !b.length) return true
  for (const x of a) {
    for (const y of b) {
      const p = where(x)
      const q = where(y)
      if (!p || !q || !p.country || !q.country) return true
      if (p.entity === q.entity || holds(p, q)) return true
    }
  }
  return false
}

/** Whether two lists of places name one place, or either is empty; a country holds its towns. */
function samePlace(a: readonly Argument[], b: readonly Argument[], where: PlaceOf): boolean {
  if (!a.length || !b.length) return true
  return a.some((x) =>
    b.some((y) => {
      if (x.entity && x.entity === y.entity) return true
      const p = where(x)
      const q = where(y)
      return !!p && !!q && holds(p, q)
    }),
  )
}

/** Whether one of two places is the country the other lies in. */
function holds(p: Located, q: Located): boolean {
  return p.country === q.country && (p.kind === 'country' || q.kind === 'country')
}

function isDatedAside(r: Report): boolean {
  return r.hit.reducedRelative && r.time !== null
}

/** The first time any report gives: its value, or its words when it has no value. */
function explicitTime(reports: readonly Report[]): string | null {
  for (const r of reports) if (r.time) return timeKey(r)
  return null
}

function timeKey(r: Report): string | null {
  if (!r.time) return null
  return r.time.value ?? `~${r.time.start}`
}

/** Values at different granularity agree when one extends the other; unresolved ones never clash. */
function sameTime(a: string, b: string): boolean {
  if (a.startsWith('~') || b.startsWith('~')) return true
  return a.startsWith(b) || b.startsWith(a)
}

function canMerge(
  cluster: Cluster,
  r: Report,
  entities: ReadonlyMap<string, Entity>,
  where: PlaceOf,
  sayer: SayerOf,
): boolean {
  if (cluster.type !== r.hit.entry.type) return false
  const answers = deniesAnother(cluster, r, sayer)
  if (
    cluster.mode &&
    r.mode &&
    cluster.mode !== r.mode &&
    !bombedFromTheAir(cluster, r, entities) &&
    !(answers && ARMED.has(cluster.mode) && ARMED.has(r.mode))
  )
    return false
  // `urged the rebels to free the hostages` and `the rebels freed two hostages`: what is asked or
  // planned is not yet the act; a denial still meets what it denies.
  if (cluster.reports.some((x) => isUnrealised(x) !== isUnrealised(r))) return false
  // `The war has killed 9,000 civilians since 2022` is a toll, not the shelling told before it.
  if (cluster.reports.some((x) => Boolean(x.cumulative) !== Boolean(r.cumulative))) return false
  // `denied that it bombed the market; said it struck a depot`: what one source denies and what
  // it tells are two happenings, or it would contradict itself.
  if (cluster.reports.some((x) => (x.modality === 'denied') !== (r.modality === 'denied') && sameSayer(x, r, sayer)))
    return false
  const targets = cluster.reports.flatMap((x) => x.targets)
  const verdict = compareTargets(targets, r.targets, entities)
  if (verdict === 'different') return false
  const t1 = explicitTime(cluster.reports)
  const t2 = timeKey(r)
  if (
    t1 &&
    t2 &&
    !sameTime(t1, t2) &&
    !((verdict === 'same' || r.anaphoric) && nearInTime(t1, t2) && toldApart(cluster, r, sayer, true))
  )
    return false
  if (verdict === 'same') return true
  // `a prisoner detained last year`: a dated participle on a noun is a background event.
  if (isDatedAside(r) || (cluster.reports.length === 1 && isDatedAside(cluster.reports[0] as Report))) return false
  // With nothing to compare, only nearby reports are taken as one (`the raid ... the attack`).
  // Nothing shared to say it is one happening, and places that cannot both be right.
  const places = cluster.reports.flatMap((x) => x.place)
  if (!placesFit(places, r.place, where)) return false
  // Unnamed targets (`hundreds of protesters`, `two policemen`) say as little as none, unless
  // both name the same kind of people (`41 election monitors` and `35 of its monitors`): two
  // sources' counts of one arrest.
  const unnamed = !entitiesOf(targets, false).size && !entitiesOf(r.targets, false).size
  const sameKind = targets.some((x) => x.plural && r.targets.some((y) => y.plural && x.head === y.head))
  const bare = !r.targets.length || !targets.length || (unnamed && !sameKind)
  const nearby = cluster.reports.some((x) => Math.abs(r.sentence - x.sentence) <= NEARBY)
  // `The envoy condemned the attack`, paragraphs after the strike: a definite noun with nothing
  // of its own refers back to the latest such event, however far.
  const refersBack = r.anaphoric && cluster.reports.some((x) => x.trigger.start < r.trigger.start)
  // Reports that share nothing but nearness stay apart when two sources tell them (`the RSF said
  // it repelled an assault; the army said it struck Mellit`) or when they name two places that
  // may merely fit (`shelled a camp near El Fasher`, `struck positions in Mellit`, a town the
  // gazetteer does not know).
  if (
    bare &&
    !refersBack &&
    !(answers && nearby) &&
    (!nearby || toldApart(cluster, r, sayer) || !samePlace(places, r.place, where))
  )
    return false
  // `Workers are demanding a raise ... The minister urged both sides to talk`: two speakers' words
  // are two acts, however near: spoken acts with nothing else shared are one only with one speaker.
  if (isSpoken(cluster, r) && !refersBack && !sharesActor(cluster, r, entities)) return false
  // `Dockers held a stoppage. Teachers went on strike.`: with nothing else shared, two protests by
  // groups that no name or word joins are two, as a strike spreads from trade to trade.
  if (cluster.type === 'PROTEST' && bare && !refersBack && !sharesActor(cluster, r, entities)) return false
  const a = entitiesOf(
    cluster.reports.flatMap((x) => x.actors),
    true,
  )
  const b = entitiesOf(r.actors, true)
  return !(a.size && b.size && !intersects(a, b, entities))
}

/** Modes of armed attack: a denial of `opening fire` answers shelling or an air strike alike. */
const ARMED: ReadonlySet<string> = new Set(['firearms', 'explosives', 'aerial'])

/**
 * `X accused Y of shelling the farms, but Y denied opening fire`: one source denies the deed
 * another tells, nearby; the two accounts are of one act, which the conflicts stage sets apart.
 */
function deniesAnother(cluster: Cluster, r: Report, sayer: SayerOf): boolean {
  const by = sayer(r)
  if (by === undefined) return false
  // Only a lone side against the other: `struck their positions`, told after a denial already
  // met its deed, is a happening of its own.
  return cluster.reports.every((x) => {
    const other = sayer(x)
    return (
      other !== undefined &&
      other !== by &&
      (x.modality === 'denied') !== (r.modality === 'denied') &&
      Math.abs(x.sentence - r.sentence) <= NEARBY
    )
  })
}

/** Types whose events are words spoken, by one speaker each. */
const SPOKEN: ReadonlySet<Cluster['type']> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN'])

/** Whether both are spoken acts; an investigation (ACCUSE too) is work done, told by many. */
function isSpoken(cluster: Cluster, r: Report): boolean {
  return SPOKEN.has(cluster.type) && cluster.mode !== 'investigate' && r.mode !== 'investigate'
}

/**
 * Whether a report and a cluster may name one actor: the same entity or the same head noun, or
 * one of them names none (`Opposition demands recount` over `... and demanded a recount`, whose
 * subject the reader misses).
 */
function sharesActor(cluster: Cluster, r: Report, entities: ReadonlyMap<string, Entity>): boolean {
  const theirs = cluster.reports.flatMap((x) => x.actors)
  if (!theirs.length || !r.actors.length) return true
  if (intersects(entitiesOf(theirs, false), entitiesOf(r.actors, false), entities)) return true
  return r.actors.some((a) => !a.entity && theirs.some((b) => !b.entity && b.head === a.head))
}

/** `an air strike on the market` and `bombed the market`: bombs dropped from the air are one attack. */
function bombedFromTheAir(cluster: Cluster, r: Report, entities: ReadonlyMap<string, Entity>): boolean {
  const modes = new Set([cluster.mode, r.mode])
  if (!modes.has('aerial') || !modes.has('explosives')) return false
  return (
    compareTargets(
      cluster.reports.flatMap((x) => x.targets),
      r.targets,
      entities,
    ) === 'same'
  )
}

/** An act asked for, planned or supposed, not said to have happened or not. */
function isUnrealised(r: Report): boolean {
  return r.modality === 'planned' || r.modality === 'hypothetical'
}

/** How far apart two accounts' dates may lie and still be told of one happening: about a month. */
const DISPUTED_DAYS = 31

/** Whether two time values lie within a month of each other (`last week` and `Tuesday`, not `2015`). */
function nearInTime(a: string, b: string): boolean {
  const x = dayRange(a)
  const y = dayRange(b)
  if (!x || !y) return false
  const [early, late] = daysBetween(x.first, y.first) >= 0 ? [x, y] : [y, x]
  return daysBetween(early.last, late.first) <= DISPUTED_DAYS
}

/** Who reports a trigger: the source of the attribution whose claim holds it, if any. */
export type SayerOf = (r: Report) => string | undefined

function sameSayer(a: Report, b: Report, sayer: SayerOf): boolean {
  const by = sayer(a)
  return by !== undefined && by === sayer(b)
}

/**
 * `police detained X on Tuesday, officials said` and `X was captured last week, a rival official
 * said`: the same person's arrest told by different sources on dates near each other is one
 * arrest whose date they dispute (the conflicts stage records it), not two. One source giving two
 * dates, the writer's own words, or dates far apart (`arrested in 2015`) still tell two events.
 * With `undated`, the writer's own undated mentions (`gave a different account of X's arrest`) are
 * passed over: they name the event without telling a date of their own.
 */
function toldApart(cluster: Cluster, r: Report, sayer: SayerOf, undated = false): boolean {
  const by = sayer(r)
  if (by === undefined) return false
  const told = undated ? cluster.reports.filter((x) => x.time || sayer(x) !== undefined) : cluster.reports
  return (
    told.length > 0 &&
    told.every((x) => {
      const other = sayer(x)
      return other !== undefined && other !== by
    })
  )
}

/**
 * Groups reports into events: triggers of one type whose targets corefer (`captured X`,
 * `he was arrested`, `his capture`) become one event; a report with a different target, or a
 * dated one beside undated ones, starts its own.
 */
export function clusterReports(
  reports: readonly Report[],
  entities: ReadonlyMap<string, Entity>,
  where: PlaceOf = () => null,
  sayer: SayerOf = () => undefined,
): Cluster[] {
  const clusters: Cluster[] = []
  // Reports whose target is a known entity first: they fix who each event happened to, and
  // the unnamed ones (`a journalist freed`, `his release`) then join the event they fit.
  const named = reports.filter((r) => r.targets.some((t) => t.entity))
  const unnamed = reports.filter((r) => !r.targets.some((t) => t.entity))
  for (const r of [...named, ...unnamed]) {
    // Of the events it could belong to, the one told nearest to it: `fired at the crowd, killing
    // two` is that firing, not one told a sentence before.
    const home = nearest(
      clusters.filter((c) => canMerge(c, r, entities, where, sayer)),
      r,
    )
    if (home) {
      home.reports.push(r)
      home.reports.sort((a, b) => a.trigger.start - b.trigger.start)
      home.mode ??= r.mode
    } else clusters.push({ type: r.hit.entry.type, mode: r.mode, reports: [r] })
  }
  return clusters.sort((a, b) => (a.reports[0] as Report).trigger.start - (b.reports[0] as Report).trigger.start)
}

function nearest(clusters: readonly Cluster[], r: Report): Cluster | undefined {
  const distance = (c: Cluster) => Math.min(...c.reports.map((x) => Math.abs(x.trigger.start - r.trigger.start)))
  let best: Cluster | undefined
  for (const c of clusters) if (!best || distance(c) < distance(best)) best = c
  return best
}

/** True when a span holds one of the report's trigger words. */
export function reportIn(r: Report, span: { start: number; end: number }): boolean {
  return contains(span, r.trigger) || (r.absorbed ?? []).some((t) => contains(span, t))
}
