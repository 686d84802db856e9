import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { AnalysisJson } from '../doc/analysis-json.js'
import type { Database } from '../store/schema.js'

/*
 * Links an article's events to corpus events: the same happening reported by several articles
 * becomes one corpus event. Two reports are one event when they have the same PLOVER type (and
 * mode, where both give one), compatible times, and share the entities they involve; a target
 * counts double, since the one arrested or struck is what identifies an event best.
 */

type ArticleEvent = AnalysisJson['events'][number]

/** The time an event report gives: a date, `before:DATE`, or null. */
export function eventTime(event: ArticleEvent): string | null {
  if (!event.time) return null
  if ('value' in event.time) return event.time.value
  return `before:${event.time.before}`
}

/** True when two ISO times can be the same moment: one is a prefix of the other, or either is unknown. */
export function timesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a.startsWith('before:') || b.startsWith('before:')) return true
  return a.startsWith(b) || b.startsWith(a)
}

/** Days apart that two reports of one event may date it. */
const NEAR_DAYS = 7

/** Days between two ISO dates (to the day), Infinity when either has no day. */
export function daysBetween(a: string | null, b: string | null): number {
  if (!a || !b || a.length < 10 || b.length < 10) return Number.POSITIVE_INFINITY
  const ta = Date.parse(a.slice(0, 10))
  const tb = Date.parse(b.slice(0, 10))
  return Number.isNaN(ta) || Number.isNaN(tb) ? Number.POSITIVE_INFINITY : Math.abs(ta - tb) / 86_400_000
}

interface Candidate {
  id: string
  mode: string | null
  time: string | null
  args: { role: string; entity_id: string | null; text: string }[]
}

/** What a report of an event gives for matching: its arguments, resolved or as words. */
export interface ReportKey {
  mode: string | null
  time: string | null
  args: { role: string; entity: string | null; text: string }[]
}

/** The head word of an argument without an entity (`hundreds of teachers` -> `teachers`). */
export function headWord(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const head = words[words.length - 1]
  return head && head.length > 3 ? head : null
}

/** True for a date to the day (`2024-04-04`), not a month, week or `before:`. */
function isDay(time: string | null): time is string {
  return !!time && /^\d{4}-\d{2}-\d{2}/.test(time)
}

/**
 * How strongly a candidate corpus event matches a report; 0 for no match. A shared target
 * counts 2, a shared actor or place 1, the same head word of an unresolved actor or target 1,
 * the same day 1; 2 makes a match, 3 when the reports are more than a week apart.
 */
export function matchScore(report: ReportKey, candidate: Candidate): number {
  if (report.mode && candidate.mode && report.mode !== candidate.mode) return 0
  const entities = new Set(candidate.args.filter((a) => a.entity_id).map((a) => `${a.role}:${a.entity_id}`))
  const heads = new Set(
    candidate.args.filter((a) => !a.entity_id && a.role !== 'place').map((a) => `${a.role}:${headWord(a.text)}`),
  )
  let score = 0
  const seen = new Set<string>()
  for (const a of report.args) {
    const key = a.entity ? `${a.role}:${a.entity}` : `${a.role}:${headWord(a.text)}`
    if (seen.has(key)) continue
    seen.add(key)
    if (a.entity && entities.has(key)) score += a.role === 'target' ? 2 : 1
    else if (!a.entity && a.role !== 'place' && headWord(a.text) && heads.has(key)) score += 1
  }
  if (isDay(report.time) && isDay(candidate.time) && report.time.slice(0, 10) === candidate.time.slice(0, 10)) score++
  // Accounts often disagree on the day (`on Saturday`, `on Sunday`): within a week the same
  // target is enough; further apart, reports must agree on more to be one event.
  const near = timesAgree(report.time, candidate.time) || daysBetween(report.time, candidate.time) <= NEAR_DAYS
  const needed = near ? 2 : 3
  return score >= needed ? score : 0
}

/** Candidates looked at per report: events of the type sharing an entity, most reported first. */
const CANDIDATES = 40

/** Links and writes every event of an article; returns local id -> corpus event id. */
export async function linkEvents(
  trx: Kysely<Database>,
  articleId: string,
  analysis: AnalysisJson,
  entityLinks: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const links = new Map<string, string>()
  for (const event of analysis.events) {
    const args = argumentsOf(event, entityLinks)
    const report: ReportKey = { mode: event.mode, time: eventTime(event), args }
    let id: string | null = null
    let chosen: Candidate | null = null
    // One corpus event takes one report per article: a second one in the text is another event.
    const candidates = await candidateIds(trx, articleId, event.type, report, new Set(links.values()))
    if (candidates.length) {
      let best = 0
      for (const candidate of await loadCandidates(trx, candidates)) {
        const score = matchScore(report, candidate)
        if (score > best) {
          best = score
          id = candidate.id
          chosen = candidate
        }
      }
    }
    const placeArg = args.find((a) => a.role === 'place' && a.entity)
    const place = placeArg?.entity
      ? await trx
          .selectFrom('entities')
          .select(['name', 'lat', 'lon'])
          .where('id', '=', placeArg.entity)
          .executeTakeFirst()
      : undefined
    const time = report.time && !report.time.startsWith('before:') ? report.time : null
    if (!id) {
      id = `ev-${createHash('sha256').update(`${articleId}\n${event.id}`).digest('hex').slice(0, 12)}`
      await trx
        .insertInto('events')
        .values({
          id,
          type: event.type,
          mode: event.mode,
          time,
          place_name: place?.name ?? event.place[0]?.text ?? null,
          place_entity: placeArg?.entity ?? null,
          lat: place?.lat ?? null,
          lon: place?.lon ?? null,
          story_id: null,
          articles: 1,
        })
        .execute()
    } else {
      await trx
        .updateTable('events')
        .set((eb) => ({
          articles: eb('articles', '+', 1),
          mode: eb.fn.coalesce('mode', eb.val(event.mode)),
          time: preciser(chosen?.time ?? null, time),
          place_entity: eb.fn.coalesce('place_entity', eb.val(placeArg?.entity ?? null)),
          place_name: eb.fn.coalesce('place_name', eb.val(place?.name ?? event.place[0]?.text ?? null)),
          lat: eb.fn.coalesce('lat', eb.val(place?.lat ?? null)),
          lon: eb.fn.coalesce('lon', eb.val(place?.lon ?? null)),
        }))
        .where('id', '=', id)
        .execute()
    }
    links.set(event.id, id)
    await trx
      .insertInto('article_events')
      .values({
        article_id: articleId,
        local_id: event.id,
        event_id: id,
        type: event.type,
        mode: event.mode,
        time: report.time,
        modality: event.modality,
        triggers: JSON.stringify(event.triggers.map((t) => t.text)),
        place: JSON.stringify(event.place.map((p) => p.text)),
        attributions: JSON.stringify(event.attributions),
      })
      .execute()
    if (args.length) {
      await trx
        .insertInto('event_arguments')
        .values(
          args.map((a) => ({
            article_id: articleId,
            local_event: event.id,
            event_id: id as string,
            role: a.role,
            text: a.text,
            entity_id: a.entity,
          })),
        )
        .execute()
    }
  }
  const conflicts = analysis.conflicts.filter((c) => links.has(c.event))
  if (conflicts.length) {
    await trx
      .insertInto('article_conflicts')
      .values(
        conflicts.map((c) => ({
          article_id: articleId,
          local_event: c.event,
          event_id: links.get(c.event) as string,
          slot: c.slot,
          body: JSON.stringify(
            c.values.map((v) => ({
              value: 'text' in v.value ? v.value.text : v.value.value,
              attributions: v.attributions,
            })),
          ),
        })),
      )
      .execute()
  }
  return links
}

/** The more precise of two compatible dates (`2021-10-11` over `2021-10`); the first when they differ. */
export function preciser(current: string | null, reported: string | null): string | null {
  if (!current) return reported
  if (reported && reported.length > current.length && reported.startsWith(current)) return reported
  return current
}

function argumentsOf(event: ArticleEvent, entityLinks: ReadonlyMap<string, string>) {
  const roles = [
    ['actor', event.actors],
    ['target', event.targets],
    ['place', event.place],
  ] as const
  return roles.flatMap(([role, list]) =>
    list.map((a) => ({ role, text: a.text, entity: a.entity ? (entityLinks.get(a.entity) ?? null) : null })),
  )
}

/** Candidate events with their arguments, in two queries whatever their number. */
async function loadCandidates(trx: Kysely<Database>, ids: readonly string[]): Promise<Candidate[]> {
  const events = await trx
    .selectFrom('events')
    .select(['id', 'mode', 'time'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute()
  const args = await trx
    .selectFrom('event_arguments')
    .select(['event_id', 'role', 'entity_id', 'text'])
    .where('event_id', 'in', [...ids])
    .execute()
  const byEvent = new Map<string, Candidate['args']>()
  for (const a of args) byEvent.set(a.event_id, [...(byEvent.get(a.event_id) ?? []), a])
  return events.map((e) => ({ ...e, args: byEvent.get(e.id) ?? [] }))
}

/** Corpus events of the type sharing an entity with the report, or dated the same day, not yet taken. */
async function candidateIds(
  trx: Kysely<Database>,
  articleId: string,
  type: string,
  report: ReportKey,
  taken: ReadonlySet<string>,
): Promise<string[]> {
  const out = new Set<string>()
  const entities = [...new Set(report.args.map((a) => a.entity).filter((e): e is string => !!e))]
  if (entities.length) {
    const rows = await trx
      .selectFrom('event_arguments')
      .innerJoin('events', 'events.id', 'event_arguments.event_id')
      .select('events.id')
      .where('event_arguments.entity_id', 'in', entities)
      .where('events.type', '=', type)
      .where('event_arguments.article_id', '!=', articleId)
      .groupBy('events.id')
      // Most shared entities first, so that a common one (a country) does not crowd out the rest.
      .orderBy((eb) => eb.fn.count('event_arguments.entity_id').distinct(), 'desc')
      .orderBy('events.id')
      .limit(CANDIDATES)
      .execute()
    for (const r of rows) out.add(r.id)
  }
  if (isDay(report.time)) {
    const rows = await trx
      .selectFrom('events')
      .select('id')
      .where('type', '=', type)
      .where('time', 'like', `${report.time.slice(0, 10)}%`)
      .limit(CANDIDATES)
      .execute()
    for (const r of rows) out.add(r.id)
  }
  return [...out].filter((id) => !taken.has(id))
}
