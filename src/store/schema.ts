import type { Generated } from 'kysely'

/*
 * Table types for the typed query layer. Booleans are integers 0/1 and JSON is text on both
 * engines, so that one query serves SQLite and PostgreSQL alike. Spans use `span_start` and
 * `span_end` because `end` is a reserved word.
 */

export interface ArticlesTable {
  /** Insertion order: the full-text row id and the listing cursor. */
  seq: Generated<number>
  id: string
  content_hash: string
  raw_hash: string | null
  title: string | null
  published: string | null
  outlet: string | null
  /** JSON array of wire agencies. */
  origin: string
  url: string | null
  source: string | null
  text: string
  /** The full analysis as JSON. */
  analysis: string
  pipeline_version: string
  ingested_at: string
  /** MinHash signature, comma-separated unsigned 32-bit integers. */
  minhash: string
  wire_group: string | null
  is_origin: number
  story_id: string | null
}

/** Locality-sensitive hashing buckets of the MinHash signatures: candidates for wire copies. */
export interface ArticleBandsTable {
  bucket: string
  article_id: string
}

export interface EntitiesTable {
  id: string
  type: string
  name: string
  key: string | null
  lat: number | null
  lon: number | null
  country: string | null
  articles: number
  mentions: number
}

/** Names and keys that lead to a corpus entity; `pinned` ones were set by a user's merge or split. */
export interface EntityKeysTable {
  key: string
  entity_id: string
  kind: string
  pinned: number
}

/** One entity of one article's analysis, linked to its corpus entity. */
export interface ArticleEntitiesTable {
  article_id: string
  local_id: string
  entity_id: string
  type: string
  name: string
  /** JSON array. */
  aliases: string
  mentions: number
}

export interface MentionsTable {
  article_id: string
  local_entity: string
  entity_id: string
  span_start: number
  span_end: number
  text: string
}

export interface SourcesTable {
  article_id: string
  local_id: string
  label: string
  named: number | null
  count: number | null
  entity_id: string | null
  /** JSON arrays. */
  affiliation: string
  role: string
}

export interface AttributionsTable {
  article_id: string
  local_id: string
  source_local: string | null
  source_label: string | null
  named: number | null
  count: number | null
  source_entity: string | null
  /** Where the attribution starts in the text (its cue or content, whichever comes first). */
  span_start: number
  cue: string
  content: string | null
  content_start: number | null
  content_end: number | null
  /** JSON array of the source's own words, when the attribution interrupts the content; else null. */
  spoken: string | null
  /** The writer's words between the spoken parts (`said X, a farmer.`); null when there are none. */
  aside_start: number | null
  aside_end: number | null
  kind: string
  stance: string
  channel_entity: string | null
  parent: string | null
}

export interface EventsTable {
  id: string
  type: string
  mode: string | null
  time: string | null
  place_name: string | null
  place_entity: string | null
  lat: number | null
  lon: number | null
  story_id: string | null
  articles: number
}

export interface ArticleEventsTable {
  article_id: string
  local_id: string
  event_id: string
  type: string
  mode: string | null
  time: string | null
  modality: string
  /** JSON arrays of trigger words, place words and attribution ids. */
  triggers: string
  place: string
  attributions: string
}

export interface EventArgumentsTable {
  article_id: string
  local_event: string
  event_id: string
  role: string
  text: string
  entity_id: string | null
}

/** A conflict found inside one article's account of an event. */
export interface ArticleConflictsTable {
  article_id: string
  local_event: string
  event_id: string
  slot: string
  /** JSON: [{ value, attributions }]. */
  body: string
}

export interface StoriesTable {
  id: string
  title: string | null
  first_published: string | null
  last_published: string | null
}

export interface FailuresTable {
  id: string
  input: string
  rule: string
  reason: string
  at: string
}

/** SQLite's FTS5 table over title and text (rowid = articles.seq); PostgreSQL uses a tsvector column. */
export interface ArticlesFtsTable {
  rowid: number
  title: string
  text: string
}

export interface Database {
  articles: ArticlesTable
  article_bands: ArticleBandsTable
  entities: EntitiesTable
  entity_keys: EntityKeysTable
  article_entities: ArticleEntitiesTable
  mentions: MentionsTable
  sources: SourcesTable
  attributions: AttributionsTable
  events: EventsTable
  article_events: ArticleEventsTable
  event_arguments: EventArgumentsTable
  article_conflicts: ArticleConflictsTable
  stories: StoriesTable
  failures: FailuresTable
  articles_fts: ArticlesFtsTable
}
