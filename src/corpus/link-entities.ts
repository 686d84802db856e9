import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { AnalysisJson } from '../doc/analysis-json.js'
import type { Database } from '../store/schema.js'
import { type KeyKind, type NameKey, nameKeys } from './entity-names.js'

/*
 * Links an article's entities to corpus entities, one per real thing. Keys from entity-names.ts
 * are looked up strongest first; a user's merge or split pins keys, and pinned keys win, so
 * hand edits hold for every article ingested after them.
 */

interface KeyRow {
  key: string
  entity_id: string
  kind: string
  pinned: number
}

const ORDER: readonly KeyKind[] = ['key', 'name', 'variant']

/** Picks the corpus entity for one article entity from the key rows found, or null. */
export function chooseEntity(keys: readonly NameKey[], found: ReadonlyMap<string, KeyRow[]>): string | null {
  const rows = keys.flatMap((k) => found.get(k.key) ?? [])
  const pinned = new Set(rows.filter((r) => r.pinned).map((r) => r.entity_id))
  if (pinned.size === 1) return [...pinned][0] as string
  for (const kind of ORDER) {
    const ids = new Set(rows.filter((r) => r.kind === kind).map((r) => r.entity_id))
    // A name shared by two entities (a split left both) is ambiguous for a variant, but an exact
    // name or key still decides: take the first, stable, id.
    if (ids.size === 1 || (ids.size > 1 && kind !== 'variant')) return [...ids].sort()[0] as string
  }
  const hasFullName = keys.some((k) => k.kind === 'name')
  if (!hasFullName) {
    const ids = new Set(rows.filter((r) => r.kind === 'surname').map((r) => r.entity_id))
    if (ids.size === 1) return [...ids][0] as string
  }
  return null
}

/** A stable id for a new corpus entity, from its first key. */
export function entityId(firstKey: string, salt: string): string {
  return `ent-${createHash('sha256').update(`${firstKey}\n${salt}`).digest('hex').slice(0, 12)}`
}

const CHUNK = 400

/** Links every entity of an article, writing its rows; returns local id -> corpus entity id. */
export async function linkEntities(
  trx: Kysely<Database>,
  articleId: string,
  analysis: AnalysisJson,
): Promise<Map<string, string>> {
  const keysOf = new Map<string, NameKey[]>(analysis.entities.map((e) => [e.id, nameKeys(e)]))
  const allKeys = [...new Set([...keysOf.values()].flat().map((k) => k.key))]
  const found = new Map<string, KeyRow[]>()
  for (let i = 0; i < allKeys.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('entity_keys')
      .selectAll()
      .where('key', 'in', allKeys.slice(i, i + CHUNK))
      .execute()
    for (const r of rows) found.set(r.key, [...(found.get(r.key) ?? []), r])
  }

  const links = new Map<string, string>()
  const created = new Set<string>()
  const taken = await existingIds(
    trx,
    analysis.entities.map((e) => entityId(keysOf.get(e.id)?.[0]?.key ?? `${e.type}:${e.name}`, '')),
  )
  const newKeys: KeyRow[] = []
  for (const entity of analysis.entities) {
    const keys = keysOf.get(entity.id) ?? []
    let id = chooseEntity(keys, found)
    if (!id) {
      const first = keys[0]?.key ?? `${entity.type}:${entity.name}`
      id = entityId(first, '')
      // The same first key with no match means a split left it ambiguous: salt for a fresh id.
      if (created.has(id) || taken.has(id)) id = entityId(first, `${articleId}/${entity.id}`)
      created.add(id)
    }
    links.set(entity.id, id)
    for (const k of keys) {
      const rows = found.get(k.key) ?? []
      if (rows.some((r) => r.entity_id === id)) continue
      // A pinned key points elsewhere by a user's choice: do not add a competing one.
      if (rows.some((r) => r.pinned)) continue
      const row = { key: k.key, entity_id: id, kind: k.kind, pinned: 0 }
      found.set(k.key, [...rows, row])
      newKeys.push(row)
    }
  }
  for (let i = 0; i < newKeys.length; i += CHUNK) {
    await trx
      .insertInto('entity_keys')
      .values(newKeys.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['key', 'entity_id']).doNothing())
      .execute()
  }
  await writeArticleEntities(trx, articleId, analysis, links)
  return links
}

/** Which of these entity ids are taken already: one query, not one per entity. */
async function existingIds(trx: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('entities')
      .select('id')
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .execute()
    for (const r of rows) out.add(r.id)
  }
  return out
}

async function writeArticleEntities(
  trx: Kysely<Database>,
  articleId: string,
  analysis: AnalysisJson,
  links: ReadonlyMap<string, string>,
): Promise<void> {
  if (!analysis.entities.length) return
  const rows = analysis.entities.map((e) => ({
    article_id: articleId,
    local_id: e.id,
    entity_id: links.get(e.id) as string,
    type: e.type,
    name: e.name,
    aliases: JSON.stringify(e.aliases),
    mentions: e.mentions.length,
  }))
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('article_entities')
      .values(rows.slice(i, i + CHUNK))
      .execute()
  }
  const mentions = analysis.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      article_id: articleId,
      local_entity: e.id,
      entity_id: links.get(e.id) as string,
      span_start: m.start,
      span_end: m.end,
      text: m.text,
    })),
  )
  for (let i = 0; i < mentions.length; i += CHUNK) {
    await trx
      .insertInto('mentions')
      .values(mentions.slice(i, i + CHUNK))
      .execute()
  }
  // New entities and the counters kept on every entity row (so that listing by prominence needs
  // no aggregate) in one upsert: a row per corpus entity, created or counted up.
  const rowsById = new Map<string, Database['entities']>()
  for (const e of analysis.entities) {
    const id = links.get(e.id) as string
    const row = rowsById.get(id)
    if (row) {
      row.mentions += e.mentions.length
      row.lat ??= e.geo?.lat ?? null
      row.lon ??= e.geo?.lon ?? null
      row.country ??= e.geo?.country ?? null
      continue
    }
    rowsById.set(id, {
      id,
      type: e.type,
      name: e.name,
      key: e.key ?? null,
      lat: e.geo?.lat ?? null,
      lon: e.geo?.lon ?? null,
      country: e.geo?.country ?? null,
      articles: 1,
      mentions: e.mentions.length,
    })
  }
  const entityRows = [...rowsById.values()]
  for (let i = 0; i < entityRows.length; i += CHUNK) {
    await trx
      .insertInto('entities')
      .values(entityRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          articles: eb('entities.articles', '+', eb.ref('excluded.articles')),
          mentions: eb('entities.mentions', '+', eb.ref('excluded.mentions')),
          lat: eb.fn.coalesce('entities.lat', 'excluded.lat'),
          lon: eb.fn.coalesce('entities.lon', 'excluded.lon'),
          country: eb.fn.coalesce('entities.country', 'excluded.country'),
        })),
      )
      .execute()
  }
}
