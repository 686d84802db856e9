import type { Kysely, Selectable } from 'kysely'
import { corroborate, type ReportInput } from '../corpus/corroboration.js'
import type { PloverType } from '../doc/layers.js'
import { pageBounds, parseJson, toPage } from './page.js'
import { SUMMARY_COLUMNS, toSummary } from './read-articles.js'
import { claimsQuery, toClaim } from './read-entities.js'
import type { Database, EventsTable } from './schema.js'
import type {
  CorpusEvent,
  EventConflict,
  EventDetail,
  EventReport,
  ListEventsOptions,
  Page,
  PageOptions,
  Story,
  StoryDetail,
} from './store.js'

interface EventWork {
  reports: EventReport[]
  conflictList: EventConflict[]
  independentReports: number
  independentSources: number
}

/** Everything said about one corpus event, with its corroboration worked out. */
async function eventWork(db: Kysely<Database>, id: string): Promise<EventWork> {
  const rows = await db
    .selectFrom('article_events')
    .innerJoin('articles', 'articles.id', 'article_events.article_id')
    .select(SUMMARY_COLUMNS)
    .select([
      'article_events.local_id',
      'article_events.modality',
      'article_events.triggers',
      'article_events.time',
      'article_events.place',
      'article_events.attributions',
    ])
    .where('article_events.event_id', '=', id)
    .orderBy('articles.published')
    .orderBy('articles.seq')
    .execute()
  const articleIds = [...new Set(rows.map((r) => r.id))]
  const claims = articleIds.length
    ? (await claimsQuery(db).where('attributions.article_id', 'in', articleIds).execute()).map(toClaim)
    : []
  const places = articleIds.length
    ? await db
        .selectFrom('event_arguments')
        .leftJoin('entities', 'entities.id', 'event_arguments.entity_id')
        .select([
          'event_arguments.article_id',
          'event_arguments.text',
          'event_arguments.entity_id',
          'entities.country',
          'entities.lat',
          'entities.lon',
          'entities.key',
        ])
        .where('event_arguments.event_id', '=', id)
        .where('event_arguments.role', '=', 'place')
        .execute()
    : []
  const channelIds = [...new Set(claims.map((c) => c.channel).filter((c): c is string => !!c))]
  const channelNames = new Map(
    channelIds.length
      ? (await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', channelIds).execute()).map((r) => [
          r.id,
          r.name,
        ])
      : [],
  )
  // Copies of one wire story share the agency any copy names as origin.
  const groupOrigin = new Map<string, string[]>()
  for (const r of rows) {
    if (!r.wire_group) continue
    const origin = parseJson<string[]>(r.origin, [])
    if (origin.length && !groupOrigin.has(r.wire_group)) groupOrigin.set(r.wire_group, origin)
  }
  const reports: EventReport[] = []
  const inputs: ReportInput[] = []
  for (const r of rows) {
    const wanted = new Set(parseJson<string[]>(r.attributions, []))
    const mine = claims.filter((c) => c.articleId === r.id && wanted.has(c.attribution))
    const origin = parseJson<string[]>(r.origin, [])
    reports.push({
      article: toSummary(r),
      localId: r.local_id,
      modality: r.modality,
      triggers: parseJson<string[]>(r.triggers, []),
      time: r.time,
      place: parseJson<string[]>(r.place, []),
      claims: mine,
    })
    inputs.push({
      articleId: r.id,
      wireGroup: r.wire_group,
      origin: origin.length || !r.wire_group ? origin : (groupOrigin.get(r.wire_group) ?? []),
      modality: r.modality,
      time: r.time,
      places: places
        .filter((p) => p.article_id === r.id)
        .map((p) => ({
          name: p.text,
          entity: p.entity_id,
          country: p.country ?? null,
          lat: p.lat ?? null,
          lon: p.lon ?? null,
          // Country entities carry a `gpe:XX` key (places stage) naming their ISO code.
          isCountry: !!p.key && /^gpe:[A-Z]{2}$/.test(p.key),
        })),
      claims: mine.map((c) => ({
        attribution: c.attribution,
        sourceEntity: c.source.entity,
        label: c.source.label,
        channel: c.channel ? (channelNames.get(c.channel) ?? c.channel) : null,
        stance: c.stance,
      })),
    })
  }
  const within = await db
    .selectFrom('article_conflicts')
    .selectAll()
    .where('event_id', '=', id)
    .orderBy('article_id')
    .execute()
  const result = corroborate(inputs)
  const conflictList: EventConflict[] = [
    ...result.conflicts,
    ...within.map((c) => ({
      slot: c.slot,
      crossArticle: false,
      values: parseJson<{ value: string; attributions: string[] }[]>(c.body, []).map((v) => ({
        value: v.value,
        articles: [c.article_id],
        attributions: v.attributions.map((a) => `${c.article_id}#${a}`),
      })),
    })),
  ]
  return {
    reports,
    conflictList,
    independentReports: result.independentReports,
    independentSources: result.independentSources,
  }
}

async function toCorpusEvent(
  db: Kysely<Database>,
  row: Selectable<EventsTable>,
  work?: EventWork,
): Promise<CorpusEvent> {
  const done = work ?? (await eventWork(db, row.id))
  const args = await db
    .selectFrom('event_arguments')
    .select(['role', 'text', 'entity_id'])
    .where('event_id', '=', row.id)
    .where('role', 'in', ['actor', 'target'])
    .execute()
  const placeCountry = row.place_entity
    ? ((await db.selectFrom('entities').select('country').where('id', '=', row.place_entity).executeTakeFirst())
        ?.country ?? null)
    : null
  const distinct = (role: string) => {
    const seen = new Map<string, { text: string; entity: string | null }>()
    for (const a of args.filter((x) => x.role === role)) {
      const key = a.entity_id ?? a.text.toLowerCase()
      if (!seen.has(key)) seen.set(key, { text: a.text, entity: a.entity_id })
    }
    return [...seen.values()]
  }
  return {
    id: row.id,
    type: row.type as PloverType,
    mode: row.mode,
    time: row.time,
    place: row.place_name
      ? { name: row.place_name, entity: row.place_entity, lat: row.lat, lon: row.lon, country: placeCountry }
      : null,
    actors: distinct('actor'),
    targets: distinct('target'),
    story: row.story_id,
    articles: row.articles,
    independentReports: done.independentReports,
    independentSources: done.independentSources,
    conflicts: done.conflictList.length,
  }
}

/** One corpus event with every report of it, corroboration and conflicts. */
export async function getEvent(db: Kysely<Database>, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const work = await eventWork(db, id)
  return { ...(await toCorpusEvent(db, row, work)), reports: work.reports, conflictList: work.conflictList }
}

/** Events, most reported first. */
export async function listEventsQuery(
  db: Kysely<Database>,
  options: ListEventsOptions = {},
): Promise<Page<CorpusEvent>> {
  const { limit, offset } = pageBounds(options)
  let query = db.selectFrom('events').selectAll()
  if (options.type) query = query.where('type', '=', options.type.toUpperCase())
  if (options.story) query = query.where('story_id', '=', options.story)
  if (options.from) query = query.where('time', '>=', options.from)
  if (options.to) query = query.where('time', '<=', `${options.to}\uffff`)
  if (options.entity) {
    const entity = options.entity
    query = query.where('id', 'in', db.selectFrom('event_arguments').select('event_id').where('entity_id', '=', entity))
  }
  const rows = await query
    .orderBy('articles', 'desc')
    .orderBy('time', 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .offset(offset)
    .execute()
  const items: CorpusEvent[] = []
  for (const r of rows) items.push(await toCorpusEvent(db, r))
  return toPage(items, limit, offset)
}

async function toStory(
  db: Kysely<Database>,
  row: { id: string; title: string | null; first_published: string | null; last_published: string | null },
): Promise<Story> {
  const articles = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('story_id', '=', row.id)
    .executeTakeFirst()
  const events = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('story_id', '=', row.id)
    .executeTakeFirst()
  return {
    id: row.id,
    title: row.title,
    articles: Number(articles?.n ?? 0),
    events: Number(events?.n ?? 0),
    firstPublished: row.first_published,
    lastPublished: row.last_published,
  }
}

/** A story with its articles and events. */
export async function getStory(db: Kysely<Database>, id: string): Promise<StoryDetail | null> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const articles = await db
    .selectFrom('articles')
    .select(SUMMARY_COLUMNS)
    .where('story_id', '=', id)
    .orderBy('published')
    .orderBy('seq')
    .execute()
  const events = await listEventsQuery(db, { story: id, limit: 500 })
  return { ...(await toStory(db, row)), articleList: articles.map(toSummary), eventList: events.items }
}

/** Stories, latest first. */
export async function listStories(db: Kysely<Database>, options: PageOptions = {}): Promise<Page<Story>> {
  const { limit, offset } = pageBounds(options)
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .orderBy('last_published', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(limit + 1)
    .offset(offset)
    .execute()
  const items: Story[] = []
  for (const r of rows) items.push(await toStory(db, r))
  return toPage(items, limit, offset)
}
