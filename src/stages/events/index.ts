import type { Doc } from '../../doc/doc.js'
import type { Argument, Attribution, Entity, Event, EventTime, Modality, Token } from '../../doc/layers.js'
import { contains, lowerBound, overlaps, type Span } from '../../doc/span.js'
import type { Stage } from '../../pipeline.js'
import { ArgumentReader, isInstrument, type Report } from './arguments.js'
import {
  absorbInnerNouns,
  absorbOutcomes,
  absorbSubjectNouns,
  absorbWhenClauses,
  type Cluster,
  clusterReports,
  isSameNamed,
  reportIn,
} from './coreference.js'
import { asSearch, isOtherSense } from './other-sense.js'
import { TokenView } from './phrases.js'
import { type ResolvedArgument, Resolver } from './resolve.js'
import { findCrowdSizes, findTolls, withCrowdSizes, withTolls } from './tolls.js'
import { findTriggers } from './triggers.js'

/*
 * Events stage. Reads: tokens (UPOS tags and lemmas), times, mentions, entities, references,
 * places and attributions. Adds: `events`, PLOVER-typed happenings, one per real-world event,
 * each with every trigger that reports it, actors, targets, place, time, modality and the
 * attributions whose content holds a trigger.
 * How: a lemma lexicon of trigger families for all 16 PLOVER types (lexicon.ts); clause-level
 * arguments read off the tag sequence (subject, object, passive `by X`, `with help from X`,
 * `in/near X`, reduced relatives, infinitival chains); arguments resolved to entities through
 * names, the reference layer and a nearest-name fallback for singular pronouns; reports merged
 * when their targets corefer, kept apart when targets differ or one is dated and the other not;
 * a death toll (`put the toll at 15`) joins the attack it counts, and a crowd's size (`put the turnout at
 * 20,000`, `80,000 people took part`) the protest it counts, as one more actor (tolls.ts).
 * Misses: no dependency parse, so long-distance subjects, coordination of verbs sharing one
 * subject and objects past an appositive are lost; event coreference across types (an `attack`
 * that is the `killing`) happens only inside one clause.
 * Scores (founding report): events recall 1.00 (6/6), event targets 1.00 (5/5), places 1.00
 * (2/2), both with the full pipeline and with gold entities, times and attributions and no
 * reference layer; about 0.3 ms of CPU per 800-word PolNeAR dev article.
 */

const MODALITY_RANK: readonly Modality[] = ['asserted', 'reported', 'planned', 'hypothetical', 'denied', 'negated']

/** The events stage: PLOVER events with arguments, time, modality and sources. */
export function events(): Stage<'events'> {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'times', 'mentions', 'entities', 'references', 'places', 'attributions'],
    provides: ['events'],
    async prepare() {
      return (doc) => ({ events: findEvents(doc) })
    },
  }
}

/** All events of an analysed document, in the order of their first trigger. */
export function findEvents(doc: Doc): Event[] {
  const tokens = doc.layer('tokens')
  const view = new TokenView(doc.text, tokens)
  const entities = doc.layer('entities')
  const resolver = new Resolver(view, doc.layer('mentions'), entities, doc.layer('references'), doc.layer('places'))
  const times = doc.layer('times')
  const attributions = doc.layer('attributions')
  const reader = new ArgumentReader(view, resolver, times, attributions)
  const ranges = sentenceRanges(tokens)

  const refusals = attributions.filter((a) => a.stance === 'decline')
  const hits = findTriggers(view, times)
  const read = hits.map((hit) => reader.read(hit)).filter((r) => !isOtherSense(r, view) && !isInRefusal(r, refusals))
  const word = (i: number) => view.word(i)
  const reports = absorbWhenClauses(
    absorbOutcomes(
      absorbSubjectNouns(
        absorbInnerNouns(
          read.map((r) => withSources(r, attributions, view)),
          word,
        ),
      ),
      word,
    ),
    word,
  )
  const whereabouts = new Map<number, ReturnType<ArgumentReader['whereabouts']>>()
  for (const r of reports) {
    if (r.hit.entry.type !== 'COERCE' && r.hit.entry.type !== 'ASSAULT') continue
    const range = ranges.get(r.sentence)
    if (!range) continue
    if (!whereabouts.has(r.sentence)) whereabouts.set(r.sentence, reader.whereabouts(range))
    addWhereabouts(r, whereabouts.get(r.sentence) ?? [], resolver.entities)
  }
  const sayer = (r: Report) => {
    const holder = attributions.find((a) => a.content && reportIn(r, a.content))
    return holder ? (holder.source.id ?? holder.id) : undefined
  }
  const clusters = clusterReports(reports, resolver.entities, (arg) => resolver.placeOf(arg), sayer)
  const found = clusters.map((c, n) => toEvent(asSearch(c), `v${n + 1}`, attributions, doc.article.published))
  const sentenceAt = (offset: number) => view.sentenceOf(lowerBound(view.tokens, offset))
  const tolled = withTolls(found, findTolls(view), attributions, sentenceAt, view.text)
  return withCrowdSizes(tolled, findCrowdSizes(view), attributions, sentenceAt, view.text)
}

function sentenceRanges(tokens: readonly Token[]): Map<number, { start: number; end: number }> {
  const out = new Map<number, { start: number; end: number }>()
  let current: { start: number; end: number } | undefined
  let sentence = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.sentence !== sentence) {
      sentence = t.sentence
      current = { start: i, end: i + 1 }
      out.set(sentence, current)
    } else if (current) current.end = i + 1
  }
  return out
}

/**
 * `did not respond to a request for comment`, `declined to give details`: a trigger in the words
 * of a refusal is the newsroom's routine, not an event of the story.
 */
function isInRefusal(r: Report, refusals: readonly Attribution[]): boolean {
  return refusals.some((a) => contains(a.cue, r.trigger))
}

/** A report inside an attribution's content is the source's word, or its denial. */
function withSources(r: Report, attributions: readonly Attribution[], view: TokenView): Report {
  if (r.modality !== 'asserted') return r
  const holder = attributions.find((a) => a.content && contains(a.content, r.trigger))
  if (!holder) return r
  const denied = holder.stance === 'deny' && !(holder.content && isPresupposed(r, holder.content, view))
  return { ...r, actors: r.actors.map((a) => speakersFor(a, holder, view)), modality: denied ? 'denied' : 'reported' }
}

/**
 * `Police said they had arrested 41 people`: a `they` or `we` opening a claim, which coreference
 * left without a name, is the speakers themselves.
 */
function speakersFor(actor: ResolvedArgument, holder: Attribution, view: TokenView): ResolvedArgument {
  const speakers = holder.source.mention
  if (actor.entity || !speakers || actor.arg.start !== holder.content?.start) return actor
  if (!/^(they|we)$/i.test(view.text.slice(actor.arg.start, actor.arg.end))) return actor
  const entity = holder.source.entity ?? null
  return { ...actor, arg: { start: speakers.start, end: speakers.end, ...(entity ? { entity } : {}) }, entity }
}

/** Predicates that assert an event noun's subject happened: `the raid took place`. */
const EXISTENCE = new Set(['happen', 'occur', 'take', 'exist'])
const PARTICLES = new Set(['out', 'off', 'up'])

/** Prepositions that date a claim by an event: `since his arrest`, `after the raid`. */
const SETTING = new Set(['since', 'after', 'before', 'during', 'following', 'until', 'amid'])

/*
 * `denied that the seizures were retaliation for sanctions`: the denial is of the motive; the
 * seizures and the sanctions are taken as given. An event noun is denied only when it is what the
 * denial is about: the whole content (`denied the arrest`), the object of a verb (`denied that
 * its forces carried out the strike`), or the subject of `happened` or `took place`; an event that
 * dates the claim (`denied wrongdoing since his arrest`) is taken as given too.
 */
function isPresupposed(r: Report, content: { start: number; end: number }, view: TokenView): boolean {
  if (r.hit.form !== 'noun') return false
  const inContent = (i: number) => {
    const t = view.tokens[i]
    return t !== undefined && t.start >= content.start && t.end <= content.end
  }
  const isVerb = (i: number) => view.pos(i) === 'VERB' || view.pos(i) === 'AUX'
  let first = r.hit.first
  while (inContent(first - 1) && view.isNominal(first - 1)) first--
  let opener = first - 1
  while (/^(his|her|its|their|the|a|an)$/.test(view.word(opener))) opener--
  if (SETTING.has(view.word(opener))) return true
  let end = r.hit.end
  while (inContent(end) && view.isNominal(end)) end++
  let from = first
  while (inContent(from - 1)) from--
  let to = end
  while (inContent(to)) to++
  const verbs = [...Array(to - from).keys()].map((k) => from + k).filter(isVerb)
  if (verbs.length === 0) return false
  // `carried out the bombing`, `called off the strike`: the particle belongs to the verb.
  const before = PARTICLES.has(view.word(first - 1)) ? first - 2 : first - 1
  if (view.pos(before) === 'VERB' && view.lemma(before) !== 'be') return false
  const next = verbs.find((i) => i >= end)
  return !(next !== undefined && next === verbs.find((i) => i > first) && EXISTENCE.has(view.lemma(next)))
}

/**
 * For things done to someone (an arrest, a killing), where the sentence says they were
 * (`X was in northwestern Syria when he was caught`) is where it happened.
 */
function addWhereabouts(
  r: Report,
  whereabouts: ReturnType<ArgumentReader['whereabouts']>,
  entities: ReadonlyMap<string, Entity>,
): void {
  const targets = r.targets.map((t) => t.entity).filter((e): e is string => !!e)
  for (const w of whereabouts) {
    const subject = w.subject.entity
    if (!subject || !targets.some((t) => isSameNamed(t, subject, entities))) continue
    if (!r.place.some((p) => p.start === w.place.start)) r.place.push(w.place)
  }
}

function uniqueArgs(args: readonly Argument[]): Argument[] {
  const seen = new Set<string>()
  const out: Argument[] = []
  for (const a of args) {
    const key = `${a.start}:${a.end}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(a)
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * `The party said C and accused the commission of D`: an accusation, a rejection or an appeal is
 * a saying too, and when the event reader finds no subject for it (a verb coordinated with
 * another), the attribution stage's source of that same cue is who did it.
 */
function withSpeaker(actors: Argument[], triggers: readonly Span[], attributions: readonly Attribution[]): Argument[] {
  if (actors.length) return actors
  const said = attributions.find((a) => a.source.mention && triggers.some((t) => overlaps(t, a.cue)))
  const mention = said?.source.mention
  if (!mention) return actors
  return [{ start: mention.start, end: mention.end, ...(said.source.entity ? { entity: said.source.entity } : {}) }]
}

function toEvent(c: Cluster, id: string, attributions: readonly Attribution[], published: string | null): Event {
  const triggers = c.reports
    .flatMap((r) => [r.trigger, ...(r.absorbed ?? [])])
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const triggerTimes: { trigger: number; value: string }[] = []
  for (const r of c.reports) {
    const value = r.time?.value
    if (value) triggerTimes.push({ trigger: triggers.findIndex((t) => t.start === r.trigger.start), value })
  }
  const explicit = triggerTimes[0]?.value
  let time: EventTime = null
  if (explicit) time = { value: explicit }
  else if (published && c.reports.some((r) => r.past)) time = { before: published }
  const modality = MODALITY_RANK.find((m) => c.reports.some((r) => r.modality === m)) ?? 'asserted'
  const denied = c.reports.filter((r) => r.modality === 'denied').map((r) => r.trigger)
  const sources = attributions
    .filter((a) => a.content && c.reports.some((r) => reportIn(r, a.content as NonNullable<typeof a.content>)))
    .map((a) => a.id)
  return {
    id,
    type: c.type,
    mode: c.mode,
    triggers,
    actors: withSpeaker(
      uniqueArgs(c.reports.flatMap((r) => r.actors.filter((x) => !isInstrument(x)).map((x) => x.arg))),
      triggers,
      attributions,
    ),
    targets: uniqueArgs(c.reports.flatMap((r) => r.targets.map((x) => x.arg))),
    place: uniqueArgs(c.reports.flatMap((r) => r.place)),
    time,
    modality,
    attributions: sources,
    ...(triggerTimes.length ? { triggerTimes } : {}),
    ...(denied.length ? { denied } : {}),
  }
}
