import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'
import { recount } from './entity-edits.js'

/*
 * Takes an article and everything derived from it out of the corpus, so that a new analysis of
 * it can go in (a re-run with a newer pipeline). Entities and events no other article holds go
 * too; pinned keys (a user's edits) stay, so the edits apply again to the new analysis.
 */

const ARTICLE_TABLES = [
  'mentions',
  'article_entities',
  'sources',
  'attributions',
  'article_events',
  'event_arguments',
  'article_conflicts',
  'article_bands',
] as const

/** Removes an article's rows and its share of corpus counts; the caller removes its text index entry first. */
export async function removeArticle(trx: Kysely<Database>, articleId: string): Promise<void> {
  const entityIds = (
    await trx
      .selectFrom('article_entities')
      .select('entity_id')
      .distinct()
      .where('article_id', '=', articleId)
      .execute()
  ).map((r) => r.entity_id)
  const eventIds = (
    await trx.selectFrom('article_events').select('event_id').distinct().where('article_id', '=', articleId).execute()
  ).map((r) => r.event_id)
  const story = (await trx.selectFrom('articles').select('story_id').where('id', '=', articleId).executeTakeFirst())
    ?.story_id
  for (const table of ARTICLE_TABLES) await trx.deleteFrom(table).where('article_id', '=', articleId).execute()
  await trx.deleteFrom('articles').where('id', '=', articleId).execute()
  if (entityIds.length) {
    await recount(trx, entityIds)
    const orphans = (
      await trx.selectFrom('entities').select('id').where('id', 'in', entityIds).where('articles', '=', 0).execute()
    ).map((r) => r.id)
    if (orphans.length) {
      await trx.deleteFrom('entity_keys').where('entity_id', 'in', orphans).where('pinned', '=', 0).execute()
      await trx.deleteFrom('entities').where('id', 'in', orphans).execute()
    }
  }
  for (const id of eventIds) {
    const left = await trx
      .selectFrom('article_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', id)
      .executeTakeFirst()
    const n = Number(left?.n ?? 0)
    if (n) await trx.updateTable('events').set({ articles: n }).where('id', '=', id).execute()
    else await trx.deleteFrom('events').where('id', '=', id).execute()
  }
  if (story) {
    const left = await trx.selectFrom('articles').select('id').where('story_id', '=', story).executeTakeFirst()
    if (!left) await trx.deleteFrom('stories').where('id', '=', story).execute()
  }
}
