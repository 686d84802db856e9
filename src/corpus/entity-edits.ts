import type { Kysely } from 'kysely'
import { NewsgraphError } from '../doc/message.js'
import type { Database } from '../store/schema.js'
import { nameKeys, normaliseName } from './entity-names.js'
import { entityId } from './link-entities.js'

/*
 * A user's hand corrections to entity linking. Both pin the name keys involved, and pinned keys
 * win in link-entities.ts, so an edit holds for every article ingested afterwards, re-analysed
 * ones included.
 */

/** Every column that points at a corpus entity. */
const REFERENCES = [
  ['article_entities', 'entity_id'],
  ['mentions', 'entity_id'],
  ['sources', 'entity_id'],
  ['attributions', 'source_entity'],
  ['attributions', 'channel_entity'],
  ['event_arguments', 'entity_id'],
  ['events', 'place_entity'],
] as const

async function requireEntity(trx: Kysely<Database>, id: string): Promise<void> {
  const row = await trx.selectFrom('entities').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw new NewsgraphError({ severity: 'error', rule: 'store/no-such-entity', reason: `no entity "${id}"` })
}

/** Recounts the articles and mentions kept on entity rows. */
export async function recount(trx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const a = await trx
      .selectFrom('article_entities')
      .select((eb) => eb.fn.count<number>('article_id').distinct().as('n'))
      .where('entity_id', '=', id)
      .executeTakeFirst()
    const m = await trx
      .selectFrom('mentions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_id', '=', id)
      .executeTakeFirst()
    await trx
      .updateTable('entities')
      .set({ articles: Number(a?.n ?? 0), mentions: Number(m?.n ?? 0) })
      .where('id', '=', id)
      .execute()
  }
}

/** Points keys at an entity, pinned, replacing whatever they pointed at before. */
async function pinKeys(trx: Kysely<Database>, keys: { key: string; kind: string }[], to: string): Promise<void> {
  if (!keys.length) return
  await trx
    .deleteFrom('entity_keys')
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute()
  await trx
    .insertInto('entity_keys')
    .values(keys.map((k) => ({ key: k.key, entity_id: to, kind: k.kind, pinned: 1 })))
    .onConflict((oc) => oc.columns(['key', 'entity_id']).doUpdateSet({ pinned: 1 }))
    .execute()
}

/** Folds `from` into `into`: every reference moves, and their names lead to `into` from now on. */
export async function mergeEntities(trx: Kysely<Database>, into: string, from: readonly string[]): Promise<void> {
  const others = [...new Set(from)].filter((id) => id !== into)
  await requireEntity(trx, into)
  for (const id of others) await requireEntity(trx, id)
  if (!others.length) return
  for (const [table, column] of REFERENCES) {
    await trx
      .updateTable(table)
      .set({ [column]: into } as never)
      .where(column as never, 'in', others as never)
      .execute()
  }
  const keys = await trx
    .selectFrom('entity_keys')
    .select(['key', 'kind'])
    .where('entity_id', 'in', [into, ...others])
    .execute()
  await pinKeys(trx, keys, into)
  await trx.deleteFrom('entities').where('id', 'in', others).execute()
  await recount(trx, [into])
}

/**
 * Moves the article entities of `id` known by any of `names` to a new entity; returns its id.
 * Their name keys are pinned to the new entity, the remaining names' keys to `id`.
 */
export async function splitEntity(trx: Kysely<Database>, id: string, names: readonly string[]): Promise<string> {
  await requireEntity(trx, id)
  const wanted = new Set(names.map((n) => normaliseName(n)))
  const rows = await trx.selectFrom('article_entities').selectAll().where('entity_id', '=', id).execute()
  const isMoved = (r: (typeof rows)[number]) =>
    [r.name, ...(JSON.parse(r.aliases) as string[])].some(
      (n) => wanted.has(normaliseName(n, r.type)) || wanted.has(normaliseName(n)),
    )
  const moved = rows.filter(isMoved)
  const kept = rows.filter((r) => !isMoved(r))
  const first = moved[0]
  if (!first || !kept.length) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'store/split-names',
      reason: first
        ? `every article of "${id}" uses those names: nothing would be left to split from`
        : `no article of "${id}" names it ${names.map((n) => `"${n}"`).join(' or ')}`,
    })
  }
  const created = entityId(`split:${id}:${[...wanted].sort().join('|')}`, '')
  await trx
    .insertInto('entities')
    .values({
      id: created,
      type: first.type,
      name: first.name,
      key: null,
      lat: null,
      lon: null,
      country: null,
      articles: 0,
      mentions: 0,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  const keptArticles = new Set(kept.map((r) => r.article_id))
  for (const r of moved) {
    await trx
      .updateTable('article_entities')
      .set({ entity_id: created })
      .where('article_id', '=', r.article_id)
      .where('local_id', '=', r.local_id)
      .execute()
    await trx
      .updateTable('mentions')
      .set({ entity_id: created })
      .where('article_id', '=', r.article_id)
      .where('local_entity', '=', r.local_id)
      .execute()
    // Sources, claims and event arguments carry no local entity id; move them when no entity
    // of the article stays with `id`, which is the case unless one article used both names.
    if (keptArticles.has(r.article_id)) continue
    for (const [table, column] of REFERENCES.filter(
      ([t]) => t !== 'article_entities' && t !== 'mentions' && t !== 'events',
    )) {
      await trx
        .updateTable(table)
        .set({ [column]: created } as never)
        .where('article_id' as never, '=', r.article_id as never)
        .where(column as never, '=', id as never)
        .execute()
    }
  }
  const keysOf = (list: typeof rows) =>
    list.flatMap((r) => nameKeys({ type: r.type, name: r.name, aliases: JSON.parse(r.aliases) as string[] }))
  const keptKeys = new Set(keysOf(kept).map((k) => k.key))
  await pinKeys(
    trx,
    keysOf(moved).filter((k) => !keptKeys.has(k.key)),
    created,
  )
  await pinKeys(trx, keysOf(kept), id)
  await recount(trx, [id, created])
  return created
}
