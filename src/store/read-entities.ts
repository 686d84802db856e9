import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely'
import type { EntityType } from '../doc/layers.js'
import { pageBounds, toPage } from './page.js'
import { SUMMARY_COLUMNS, toSummary } from './read-articles.js'
import { listEventsQuery } from './read-events.js'
import type { AttributionsTable, Database, EntitiesTable } from './schema.js'
import type { Claim, CorpusEntity, EntityDetail, ListClaimsOptions, ListEntitiesOptions, Page } from './store.js'

/** Claims listed on an entity page, by it and about it: enough to read, bounded for a huge entity. */
const MAX_CLAIMS = 500

/** A corpus entity row with the names its articles use for it. */
export async function toCorpusEntity(db: Kysely<Database>, row: Selectable<EntitiesTable>): Promise<CorpusEntity> {
  const names = await db
    .selectFrom('article_entities')
    .select('name')
    .distinct()
    .where('entity_id', '=', row.id)
    .limit(50)
    .execute()
  const aliases = [...new Set(names.map((n) => n.name))].filter((n) => n !== row.name).sort()
  return {
    id: row.id,
    type: row.type as EntityType,
    name: row.name,
    aliases,
    key: row.key,
    articles: row.articles,
    mentions: row.mentions,
    geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon, country: row.country } : null,
  }
}

type ClaimRow = Selectable<AttributionsTable> & {
  title: string | null
  outlet: string | null
  published: string | null
}

/** A joined attribution row as a claim. */
export function toClaim(r: ClaimRow): Claim {
  return {
    articleId: r.article_id,
    attribution: r.local_id,
    source: {
      label: r.source_label,
      named: r.named === null ? null : !!r.named,
      count: r.count,
      entity: r.source_entity,
    },
    cue: r.cue,
    content: r.content,
    spoken: r.spoken ? (JSON.parse(r.spoken) as string[]) : null,
    kind: r.kind,
    stance: r.stance,
    channel: r.channel_entity,
    article: { title: r.title, outlet: r.outlet, published: r.published },
  }
}

/**
 * A mention in what the source said, not in the writer's interruption of a broken quote
 * (`"A," said X, a farmer. "B."`): naming X there does not make the claim one about X.
 */
export function spokenMention(eb: ExpressionBuilder<Database, 'attributions' | 'mentions'>) {
  return eb.or([
    eb('attributions.aside_start', 'is', null),
    eb('mentions.span_end', '<=', eb.ref('attributions.aside_start')),
    eb('mentions.span_start', '>=', eb.ref('attributions.aside_end')),
  ])
}

/** Attributions joined with their article's title, outlet and date. */
export function claimsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('attributions')
    .innerJoin('articles', 'articles.id', 'attributions.article_id')
    .selectAll('attributions')
    .select(['articles.title', 'articles.outlet', 'articles.published'])
}

/** An entity with its articles, every claim by or about it, and the events it takes part in. */
export async function getEntity(db: Kysely<Database>, id: string): Promise<EntityDetail | null> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const articles = await db
    .selectFrom('articles')
    .select(SUMMARY_COLUMNS)
    .where('id', 'in', db.selectFrom('article_entities').select('article_id').where('entity_id', '=', id))
    .orderBy('published', 'desc')
    .limit(MAX_CLAIMS)
    .execute()
  const by = await claimsQuery(db)
    .where('attributions.source_entity', '=', id)
    .orderBy('articles.published')
    .orderBy('attributions.article_id')
    .orderBy('attributions.span_start')
    .limit(MAX_CLAIMS)
    .execute()
  // About: the content span holds a mention of the entity.
  const about = await claimsQuery(db)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mentions')
          .select('mentions.article_id')
          .whereRef('mentions.article_id', '=', 'attributions.article_id')
          .where('mentions.entity_id', '=', id)
          .whereRef('mentions.span_start', '>=', 'attributions.content_start')
          .whereRef('mentions.span_end', '<=', 'attributions.content_end')
          .where(spokenMention),
      ),
    )
    .orderBy('articles.published')
    .orderBy('attributions.article_id')
    .orderBy('attributions.span_start')
    .limit(MAX_CLAIMS)
    .execute()
  const events = await listEventsQuery(db, { entity: id, limit: MAX_CLAIMS })
  return {
    ...(await toCorpusEntity(db, row)),
    articleList: articles.map(toSummary),
    claimsBy: by.map(toClaim),
    claimsAbout: about.map(toClaim),
    events: events.items,
  }
}

/** Entities, most mentioned first, filtered by type and name. */
export async function listEntities(
  db: Kysely<Database>,
  options: ListEntitiesOptions = {},
): Promise<Page<CorpusEntity>> {
  const { limit, offset } = pageBounds(options)
  let query = db.selectFrom('entities').selectAll()
  if (options.type) query = query.where('type', '=', options.type)
  if (options.q) {
    const like = `%${options.q.toLowerCase().replace(/[%_\\]/g, '')}%`
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(name)`, 'like', like),
        eb(
          'id',
          'in',
          eb.selectFrom('article_entities').select('entity_id').where(sql`lower(article_entities.name)`, 'like', like),
        ),
      ]),
    )
  }
  const rows = await query
    .orderBy('mentions', 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .offset(offset)
    .execute()
  const items = await Promise.all(rows.map((r) => toCorpusEntity(db, r)))
  return toPage(items, limit, offset)
}

/** Claims, by article order, optionally of one article or one source entity. */
export async function listClaims(db: Kysely<Database>, options: ListClaimsOptions = {}): Promise<Page<Claim>> {
  const { limit, offset } = pageBounds(options)
  let query = claimsQuery(db)
  if (options.article) query = query.where('attributions.article_id', '=', options.article)
  if (options.source) query = query.where('attributions.source_entity', '=', options.source)
  const rows = await query
    .orderBy('articles.seq')
    .orderBy('attributions.span_start')
    .orderBy('attributions.local_id')
    .limit(limit + 1)
    .offset(offset)
    .execute()
  return toPage(rows.map(toClaim), limit, offset)
}
