/*
 * Lookups over one analysis (the analysis format, eval/FORMAT.md): records by id and the
 * words each one is known by, shared by the article view, its explanations and its graph.
 */

/** Indexes an analysis by id. `links` maps local ids to corpus pages when the article is stored. */
export function indexAnalysis(analysis, links = {}) {
  const byId = (list) => new Map((list ?? []).map((x) => [x.id, x]))
  const entities = byId(analysis.entities)
  const attributions = byId(analysis.attributions)
  const events = byId(analysis.events)
  const sources = byId(analysis.sources)
  const eventsOf = new Map()
  for (const event of analysis.events ?? []) {
    for (const id of event.attributions ?? []) {
      if (!eventsOf.has(id)) eventsOf.set(id, [])
      eventsOf.get(id).push(event)
    }
  }
  return {
    analysis,
    text: analysis.article.text,
    entities,
    attributions,
    events,
    sources,
    /** Events an attribution reports. */
    eventsOf: (attributionId) => eventsOf.get(attributionId) ?? [],
    entityLinks: links.entityLinks ?? {},
    eventLinks: links.eventLinks ?? {},
  }
}

/** The words a claim's source goes by: its mention here, else its source record's label. */
export function sourceLabel(index, attribution) {
  const s = attribution.source
  if (s.mention?.text) return s.mention.text
  const record = s.id ? index.sources.get(s.id) : undefined
  if (record?.label) return record.label
  if (s.entity) return index.entities.get(s.entity)?.name ?? 'unnamed source'
  return 'unnamed source'
}

/** `named`, `anonymous` or `unclear`, from the source record first, then the attribution. */
export function sourceKind(index, attribution) {
  const record = attribution.source.id ? index.sources.get(attribution.source.id) : undefined
  const named = record?.named ?? attribution.source.named
  return named === true ? 'named' : named === false ? 'anonymous' : 'unclear'
}

/** Words of an event argument: its span's text, else its entity's name. */
export function argumentText(index, arg) {
  if (typeof arg === 'string') return index.entities.get(arg)?.name ?? arg
  if (arg?.text) return arg.text
  if (arg?.entity) return index.entities.get(arg.entity)?.name ?? arg.entity
  if (arg?.value) return arg.value
  return '?'
}

/** A short name for an event: `COERCE (arrest): capture`. */
export function eventTitle(event) {
  const trigger = event.triggers?.[0]?.text
  const type = event.mode ? `${event.type} (${event.mode})` : event.type
  return trigger ? `${type}: ${trigger}` : type
}

/** `2021-10-11`, `before 2021-10-12`, or null. */
export function eventTime(event) {
  if (!event.time) return null
  return event.time.value ?? (event.time.before ? `before ${event.time.before}` : null)
}
