import { type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool, sql } from 'kysely'
import { lookupKeys } from '../corpus/entity-names.js'
import type { AnalysisJson } from '../doc/analysis-json.js'
import type { StoreDialect } from './dialect.js'
import { pageBounds, parseJson, toPage } from './page.js'
import type { ArticlesTable, Database } from './schema.js'
import type { ArticleDetail, ArticleSummary, Page, PageOptions, SearchHit, SearchQuery } from './store.js'

/** Columns of an article summary: everything but the text and analysis. */
export const SUMMARY_COLUMNS = [
  'articles.id',
  'articles.seq',
  'articles.title',
  'articles.published',
  'articles.outlet',
  'articles.origin',
  'articles.url',
  'articles.source',
  'articles.wire_group',
  'articles.is_origin',
  'articles.story_id',
  'articles.pipeline_version',
  'articles.ingested_at',
] as const

type SummaryRow = Pick<
  Selectable<ArticlesTable>,
  | 'id'
  | 'title'
  | 'published'
  | 'outlet'
  | 'origin'
  | 'url'
  | 'source'
  | 'wire_group'
  | 'is_origin'
  | 'story_id'
  | 'pipeline_version'
  | 'ingested_at'
>

/** A database row as an article summary. */
export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    outlet: row.outlet,
    origin: parseJson<string[]>(row.origin, []),
    url: row.url,
    source: row.source,
    wireGroup: row.wire_group,
    isOrigin: !!row.is_origin,
    story: row.story_id,
    pipelineVersion: row.pipeline_version,
    ingestedAt: row.ingested_at,
  }
}

/** One article with its analysis, its wire copies and its links to corpus entities and events. */
export async function getArticle(db: Kysely<Database>, id: string): Promise<ArticleDetail | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const copies = row.wire_group
    ? (
        await db
          .selectFrom('articles')
          .select(SUMMARY_COLUMNS)
          .where('wire_group', '=', row.wire_group)
          .where('id', '!=', id)
          .orderBy('is_origin', 'desc')
          .orderBy('seq')
          .execute()
      ).map(toSummary)
    : []
  const entities = await db
    .selectFrom('article_entities')
    .select(['local_id', 'entity_id'])
    .where('article_id', '=', id)
    .execute()
  const events = await db
    .selectFrom('article_events')
    .select(['local_id', 'event_id'])
    .where('article_id', '=', id)
    .execute()
  return {
    ...toSummary(row),
    contentHash: row.content_hash,
    rawHash: row.raw_hash,
    analysis: JSON.parse(row.analysis) as AnalysisJson,
    copies,
    entityLinks: Object.fromEntries(entities.map((e) => [e.local_id, e.entity_id])),
    eventLinks: Object.fromEntries(events.map((e) => [e.local_id, e.event_id])),
  }
}

/** Articles, newest ingested first. */
export async function listArticles(
  db: Kysely<Database>,
  options: PageOptions & { outlet?: string; pipelineVersion?: string } = {},
): Promise<Page<ArticleSummary>> {
  const { limit, offset } = pageBounds(options)
  let query = db.selectFrom('articles').select(SUMMARY_COLUMNS)
  if (options.outlet) query = query.where(sql`lower(outlet)`, '=', options.outlet.toLowerCase())
  if (options.pipelineVersion) query = query.where('pipeline_version', '=', options.pipelineVersion)
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .offset(offset)
    .execute()
  return toPage(rows.map(toSummary), limit, offset)
}

/** Words of a query: letters and digits, at most 16, so that any input is a valid search. */
export function queryWords(q: string | undefined): string[] {
  return (q?.normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 16)
}

/** Corpus entity ids for an id or a name (any spelling a linked article used). */
export async function resolveEntityIds(db: Kysely<Database>, idOrName: string): Promise<string[]> {
  const byId = await db.selectFrom('entities').select('id').where('id', '=', idOrName).execute()
  if (byId.length) return byId.map((r) => r.id)
  // The linking keys are indexed and fold spellings and aliases: `Daesh` finds Islamic State.
  const keys = lookupKeys(idOrName)
  if (!keys.length) return []
  const rows = await db.selectFrom('entity_keys').select('entity_id').distinct().where('key', 'in', keys).execute()
  return rows.map((r) => r.entity_id)
}

type ArticleEb = ExpressionBuilder<Database, 'articles'>

/** Full text plus filters; without words, the filtered articles newest first. */
export async function searchArticles(dialect: StoreDialect, query: SearchQuery): Promise<Page<SearchHit>> {
  const { db } = dialect
  const { limit, offset } = pageBounds(query)
  const entityIds = query.entity ? await resolveEntityIds(db, query.entity) : null
  const placeIds = query.place ? await resolveEntityIds(db, query.place) : null
  const filter = (eb: ArticleEb): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = []
    if (entityIds) {
      parts.push(
        entityIds.length
          ? eb.exists(
              eb
                .selectFrom('article_entities')
                .select('article_entities.article_id')
                .whereRef('article_entities.article_id', '=', 'articles.id')
                .where('article_entities.entity_id', 'in', entityIds),
            )
          : sql<SqlBool>`1 = 0`,
      )
    }
    if (query.eventType) {
      parts.push(
        eb.exists(
          eb
            .selectFrom('article_events')
            .select('article_events.article_id')
            .whereRef('article_events.article_id', '=', 'articles.id')
            .where('article_events.type', '=', query.eventType.toUpperCase()),
        ),
      )
    }
    if (query.place && placeIds) {
      const place = query.place.toLowerCase()
      parts.push(
        eb.or([
          eb.exists(
            eb
              .selectFrom('event_arguments')
              .select('event_arguments.article_id')
              .whereRef('event_arguments.article_id', '=', 'articles.id')
              .where('event_arguments.role', '=', 'place')
              .where((w) =>
                w.or([
                  w(sql`lower(event_arguments.text)`, '=', place),
                  ...(placeIds.length ? [w('event_arguments.entity_id', 'in', placeIds)] : []),
                ]),
              ),
          ),
          ...(placeIds.length
            ? [
                eb.exists(
                  eb
                    .selectFrom('article_entities')
                    .select('article_entities.article_id')
                    .whereRef('article_entities.article_id', '=', 'articles.id')
                    .where('article_entities.entity_id', 'in', placeIds)
                    .where('article_entities.type', 'in', ['GPE', 'LOC', 'FAC']),
                ),
              ]
            : []),
        ]),
      )
    }
    if (query.from) parts.push(eb('articles.published', '>=', query.from))
    // `to` is inclusive of the whole day even when published carries a time.
    if (query.to) parts.push(eb('articles.published', '<=', `${query.to}\uffff`))
    if (query.outlet) parts.push(eb(sql`lower(articles.outlet)`, '=', query.outlet.toLowerCase()))
    if (query.sourceKind) {
      parts.push(
        eb.exists(
          eb
            .selectFrom('sources')
            .select('sources.article_id')
            .whereRef('sources.article_id', '=', 'articles.id')
            .where('sources.named', '=', query.sourceKind === 'named' ? 1 : 0),
        ),
      )
    }
    return eb.and(parts)
  }

  const words = queryWords(query.q)
  if (!words.length) {
    const rows = await db
      .selectFrom('articles')
      .select([...SUMMARY_COLUMNS, 'articles.text'])
      .where((eb) => filter(eb))
      .orderBy('articles.published', (ob) => ob.desc().nullsLast())
      .orderBy('articles.seq', 'desc')
      .limit(limit + 1)
      .offset(offset)
      .execute()
    return toPage(
      rows.map((r) => ({ article: toSummary(r), snippet: r.text.slice(0, 200).replace(/\s+/g, ' ') })),
      limit,
      offset,
    )
  }
  const hits = await dialect.fullText(words, filter, limit + 1, offset)
  if (!hits.length) return { items: [], next: null }
  const rows = await db
    .selectFrom('articles')
    .select(SUMMARY_COLUMNS)
    .where(
      'seq',
      'in',
      hits.map((h) => h.seq),
    )
    .execute()
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r]))
  const items = hits.flatMap((h) => {
    const row = bySeq.get(h.seq)
    return row ? [{ article: toSummary(row), snippet: h.snippet.replace(/\s+/g, ' ') }] : []
  })
  return toPage(items, limit, offset)
}
