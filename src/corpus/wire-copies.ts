import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.js'
import { bands, COPY_THRESHOLD, decodeSignature, similarity } from './minhash.js'

/*
 * Groups republished copies of one wire story (a Reuters story run by two outlets) and marks
 * the copy taken as the origin. Candidates come from shared LSH buckets; a candidate is a copy
 * when the MinHash estimate of shingle overlap reaches COPY_THRESHOLD.
 */

export interface GroupMember {
  id: string
  seq: number
  outlet: string | null
  origin: readonly string[]
  published: string | null
}

/**
 * The origin of a group: the wire agency's own copy when one is there (its outlet is an agency
 * the copies name as origin), else the earliest published, else the first stored.
 */
export function chooseOrigin(members: readonly GroupMember[]): GroupMember {
  const agencies = new Set(members.flatMap((m) => m.origin.map((o) => o.toLowerCase())))
  const byAge = [...members].sort(
    (a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.seq - b.seq,
  )
  return byAge.find((m) => m.outlet && agencies.has(m.outlet.toLowerCase())) ?? (byAge[0] as GroupMember)
}

/** Candidates compared per article: bounded so that a boilerplate-heavy bucket cannot stall ingest. */
const MAX_CANDIDATES = 200

/** Files an article's LSH buckets and joins it to the group of its copies; returns the group id or null. */
export async function assignWireGroup(
  trx: Kysely<Database>,
  articleId: string,
  signature: readonly number[],
): Promise<string | null> {
  const buckets = bands(signature)
  // Ids first, signatures second: a distinct over the joined signatures made PostgreSQL hash
  // every match before the limit (300 ms a put at 4,500 articles).
  const ids = await trx
    .selectFrom('article_bands')
    .select('article_id')
    .distinct()
    .where('bucket', 'in', buckets)
    .limit(MAX_CANDIDATES)
    .execute()
  const candidates = ids.length
    ? await trx
        .selectFrom('articles')
        .select(['id', 'minhash', 'wire_group'])
        .where(
          'id',
          'in',
          ids.map((r) => r.article_id),
        )
        .execute()
    : []
  await trx
    .insertInto('article_bands')
    .values(buckets.map((bucket) => ({ bucket, article_id: articleId })))
    .onConflict((oc) => oc.columns(['bucket', 'article_id']).doNothing())
    .execute()
  const copies = candidates.filter(
    (c) => c.id !== articleId && similarity(signature, decodeSignature(c.minhash)) >= COPY_THRESHOLD,
  )
  if (!copies.length) return null

  const groups = [...new Set(copies.map((c) => c.wire_group).filter((g): g is string => !!g))]
  const loose = copies.filter((c) => !c.wire_group).map((c) => c.id)
  const memberIds = new Set<string>([articleId, ...loose])
  if (groups.length) {
    const rows = await trx.selectFrom('articles').select('id').where('wire_group', 'in', groups).execute()
    for (const r of rows) memberIds.add(r.id)
  }
  const members = (
    await trx
      .selectFrom('articles')
      .select(['id', 'seq', 'outlet', 'origin', 'published'])
      .where('id', 'in', [...memberIds])
      .execute()
  ).map((m) => ({ ...m, seq: Number(m.seq), origin: JSON.parse(m.origin) as string[] }))
  const origin = chooseOrigin(members)
  await trx
    .updateTable('articles')
    .set((eb) => ({
      wire_group: origin.id,
      is_origin: eb.case().when('id', '=', origin.id).then(1).else(0).end(),
    }))
    .where('id', 'in', [...memberIds])
    .execute()
  return origin.id
}
