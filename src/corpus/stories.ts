import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'

/*
 * Story clustering: different articles about the same events become one story. An article
 * joins the stories of the corpus events it reports, of its wire copies, and of articles that
 * share most of its people and bodies within a few days; stories it bridges are merged.
 */

/** People and bodies two articles must share to be one story without a shared event. */
const MIN_SHARED = 2
/** Share of the smaller article's people and bodies that must be shared. */
const MIN_OVERLAP = 0.5
/** Days apart that articles sharing entities may be and still be one story. */
const MAX_DAYS = 10
/** Entity types that make a story: people and bodies, not the countries every story names. */
const STORY_TYPES = ['PERSON', 'ORG', 'NORP', 'FAC', 'EVENT']
/** Articles compared per new article. */
const MAX_NEIGHBOURS = 30

/** Days between two ISO dates, or 0 when either is unknown. */
export function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0
  const ta = Date.parse(a.slice(0, 10))
  const tb = Date.parse(b.slice(0, 10))
  return Number.isNaN(ta) || Number.isNaN(tb) ? 0 : Math.abs(ta - tb) / 86_400_000
}

/** Published dates within MAX_DAYS of `published` (ISO strings compare as dates), or null. */
function dateWindow(published: string | null): [string, string] | null {
  const t = published ? Date.parse(published.slice(0, 10)) : Number.NaN
  if (Number.isNaN(t)) return null
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  // The upper bound takes the whole last day, with any time of day after its date.
  return [day(t - MAX_DAYS * 86_400_000), `${day(t + MAX_DAYS * 86_400_000)}\uffff`]
}

/** Puts an article, and the new events it reports, into a story; returns the story id. */
export async function assignStory(
  trx: Kysely<Database>,
  article: { id: string; title: string | null; published: string | null; wireGroup: string | null },
  eventIds: readonly string[],
  entityIds: readonly string[],
): Promise<string> {
  const stories = new Set<string>()
  if (eventIds.length) {
    const rows = await trx
      .selectFrom('events')
      .select('story_id')
      .where('id', 'in', [...eventIds])
      .where('story_id', 'is not', null)
      .execute()
    for (const r of rows) stories.add(r.story_id as string)
  }
  if (article.wireGroup) {
    const rows = await trx
      .selectFrom('articles')
      .select('story_id')
      .where('wire_group', '=', article.wireGroup)
      .where('story_id', 'is not', null)
      .execute()
    for (const r of rows) stories.add(r.story_id as string)
  }
  for (const s of await neighbourStories(trx, article, entityIds)) stories.add(s)

  const sorted = [...stories].sort()
  const story = sorted[0] ?? `st-${createHash('sha256').update(article.id).digest('hex').slice(0, 12)}`
  if (!sorted.length) {
    await trx
      .insertInto('stories')
      .values({
        id: story,
        title: article.title,
        first_published: article.published,
        last_published: article.published,
      })
      .execute()
  }
  const merged = sorted.slice(1)
  if (merged.length) {
    await trx.updateTable('articles').set({ story_id: story }).where('story_id', 'in', merged).execute()
    await trx.updateTable('events').set({ story_id: story }).where('story_id', 'in', merged).execute()
    await trx.deleteFrom('stories').where('id', 'in', merged).execute()
  }
  await trx.updateTable('articles').set({ story_id: story }).where('id', '=', article.id).execute()
  if (eventIds.length) {
    await trx
      .updateTable('events')
      .set({ story_id: story })
      .where('id', 'in', [...eventIds])
      .execute()
  }
  const span = await trx
    .selectFrom('articles')
    .select((eb) => [eb.fn.min('published').as('first'), eb.fn.max('published').as('last')])
    .where('story_id', '=', story)
    .executeTakeFirst()
  await trx
    .updateTable('stories')
    .set({ first_published: span?.first ?? null, last_published: span?.last ?? null })
    .where('id', '=', story)
    .execute()
  return story
}

/** Stories of articles sharing most of this article's people and bodies, published close by. */
async function neighbourStories(
  trx: Kysely<Database>,
  article: { id: string; published: string | null },
  entityIds: readonly string[],
): Promise<string[]> {
  const mine = await trx
    .selectFrom('entities')
    .select('id')
    .where('id', 'in', entityIds.length ? [...entityIds] : [''])
    .where('type', 'in', STORY_TYPES)
    .execute()
  if (mine.length < MIN_SHARED) return []
  const ids = mine.map((m) => m.id)
  const window = dateWindow(article.published)
  const rows = await trx
    .selectFrom('article_entities')
    .innerJoin('articles', 'articles.id', 'article_entities.article_id')
    .select(['articles.id', 'articles.story_id', 'articles.published'])
    .select((eb) => eb.fn.count<number>('article_entities.entity_id').distinct().as('shared'))
    .where('article_entities.entity_id', 'in', ids)
    .where('articles.id', '!=', article.id)
    .where('articles.story_id', 'is not', null)
    // Bounded by date in the query, not after it: a name in every article (a president) would
    // otherwise make each insert read the whole corpus.
    .$if(window !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('articles.published', 'is', null),
          eb.between('articles.published', window?.[0] ?? '', window?.[1] ?? ''),
        ]),
      ),
    )
    .groupBy(['articles.id', 'articles.story_id', 'articles.published'])
    .having((eb) => eb.fn.count('article_entities.entity_id').distinct(), '>=', MIN_SHARED)
    .orderBy('shared', 'desc')
    .limit(MAX_NEIGHBOURS)
    .execute()
  const near = rows.filter((r) => daysApart(article.published, r.published) <= MAX_DAYS)
  if (!near.length) return []
  const sizes = await trx
    .selectFrom('article_entities')
    .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
    .select(['article_entities.article_id'])
    .select((eb) => eb.fn.count<number>('entities.id').distinct().as('n'))
    .where(
      'article_entities.article_id',
      'in',
      near.map((r) => r.id),
    )
    .where('entities.type', 'in', STORY_TYPES)
    .groupBy('article_entities.article_id')
    .execute()
  const sizeOf = new Map(sizes.map((s) => [s.article_id, Number(s.n)]))
  const out: string[] = []
  for (const r of near) {
    const smaller = Math.min(ids.length, sizeOf.get(r.id) ?? 0)
    if (smaller && Number(r.shared) / smaller >= MIN_OVERLAP) out.push(r.story_id as string)
  }
  return out
}
