import type { Kysely } from 'kysely'
import { spokenMention } from './read-entities.js'
import type { Database } from './schema.js'
import type { EntityLink } from './store.js'

/** Words dropped from an anonymous source's label to group it: counts and articles. */
const LABEL_NOISE =
  /\b(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+|of|who|which)\b/g

/** `two security officials` and `the security officials` as one anonymous source node: `security officials`. */
export function anonymousLabel(label: string | null): string {
  return (
    (label ?? 'unnamed source').toLowerCase().replace(LABEL_NOISE, ' ').replace(/\s+/g, ' ').trim() || 'unnamed source'
  )
}

/**
 * The corpus as a graph: who makes claims about whom (named sources by entity, anonymous ones
 * by their label), who relays through which outlet, and who acts on whom in events.
 */
export async function listEntityLinks(db: Kysely<Database>): Promise<EntityLink[]> {
  const claims = await db
    .selectFrom('attributions')
    .innerJoin('mentions', (join) =>
      join
        .onRef('mentions.article_id', '=', 'attributions.article_id')
        .onRef('mentions.span_start', '>=', 'attributions.content_start')
        .onRef('mentions.span_end', '<=', 'attributions.content_end'),
    )
    .where(spokenMention)
    .select([
      'attributions.article_id',
      'attributions.local_id',
      'attributions.source_entity',
      'attributions.source_label',
      'mentions.entity_id',
    ])
    .distinct()
    .where('attributions.stance', '!=', 'decline')
    .execute()
  const edges = new Map<string, EntityLink>()
  const add = (from: string, to: string, kind: EntityLink['kind'], label: string | null) => {
    if (from === to) return
    const key = `${kind}\n${from}\n${to}\n${label ?? ''}`
    const edge = edges.get(key)
    if (edge) edge.weight++
    else edges.set(key, { from, to, kind, label, weight: 1 })
  }
  for (const c of claims) {
    const from = c.source_entity ?? `anonymous:${anonymousLabel(c.source_label)}`
    add(from, c.entity_id, 'claim', null)
  }
  const relays = await db
    .selectFrom('attributions')
    .select(['source_entity', 'source_label', 'channel_entity'])
    .where('channel_entity', 'is not', null)
    .execute()
  for (const r of relays) {
    add(r.source_entity ?? `anonymous:${anonymousLabel(r.source_label)}`, r.channel_entity as string, 'relay', null)
  }
  const args = await db
    .selectFrom('event_arguments as a')
    .innerJoin('event_arguments as t', (join) =>
      join.onRef('t.event_id', '=', 'a.event_id').onRef('t.article_id', '=', 'a.article_id'),
    )
    .innerJoin('events', 'events.id', 'a.event_id')
    .select(['a.entity_id as actor', 't.entity_id as target', 'events.type', 'a.event_id'])
    .distinct()
    .where('a.role', '=', 'actor')
    .where('t.role', '=', 'target')
    .where('a.entity_id', 'is not', null)
    .where('t.entity_id', 'is not', null)
    .execute()
  const seen = new Set<string>()
  for (const a of args) {
    // One edge per event, however many articles report it.
    const key = `${a.event_id}\n${a.actor}\n${a.target}`
    if (seen.has(key)) continue
    seen.add(key)
    add(a.actor as string, a.target as string, 'event', a.type)
  }
  return [...edges.values()]
}
