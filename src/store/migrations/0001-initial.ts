import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from './index.js'

/** The first schema: articles with their analyses, and the corpus tables that link them. */
export function initial(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('seq', engine === 'sqlite' ? 'integer' : 'bigserial', (c) =>
          engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('raw_hash', 'text')
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('outlet', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('source', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('minhash', 'text', (c) => c.notNull())
        .addColumn('wire_group', 'text')
        .addColumn('is_origin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('story_id', 'text')
        .execute()
      for (const column of ['raw_hash', 'published', 'outlet', 'wire_group', 'story_id', 'pipeline_version']) {
        await db.schema.createIndex(`articles_${column}`).on('articles').column(column).execute()
      }

      await db.schema
        .createTable('article_bands')
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_bands_pk', ['bucket', 'article_id'])
        .execute()

      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('country', 'text')
        .addColumn('articles', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mentions', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await db.schema.createIndex('entities_mentions').on('entities').column('mentions').execute()

      await db.schema
        .createTable('entity_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('entity_keys_pk', ['key', 'entity_id'])
        .execute()
      await db.schema.createIndex('entity_keys_entity').on('entity_keys').column('entity_id').execute()

      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'local_id'])
        .execute()
      await db.schema.createIndex('article_entities_entity').on('article_entities').column('entity_id').execute()

      await db.schema
        .createTable('mentions')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('mentions_article').on('mentions').columns(['article_id', 'span_start']).execute()
      await db.schema.createIndex('mentions_entity').on('mentions').columns(['entity_id', 'article_id']).execute()

      await db.schema
        .createTable('sources')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('named', 'integer')
        .addColumn('count', 'integer')
        .addColumn('entity_id', 'text')
        .addColumn('affiliation', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sources_pk', ['article_id', 'local_id'])
        .execute()
      await db.schema.createIndex('sources_entity').on('sources').column('entity_id').execute()
      await db.schema.createIndex('sources_named').on('sources').columns(['named', 'article_id']).execute()

      await db.schema
        .createTable('attributions')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('source_local', 'text')
        .addColumn('source_label', 'text')
        .addColumn('named', 'integer')
        .addColumn('count', 'integer')
        .addColumn('source_entity', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('cue', 'text', (c) => c.notNull())
        .addColumn('content', 'text')
        .addColumn('content_start', 'integer')
        .addColumn('content_end', 'integer')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('channel_entity', 'text')
        .addColumn('parent', 'text')
        .addPrimaryKeyConstraint('attributions_pk', ['article_id', 'local_id'])
        .execute()
      await db.schema.createIndex('attributions_source').on('attributions').column('source_entity').execute()

      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mode', 'text')
        .addColumn('time', 'text')
        .addColumn('place_name', 'text')
        .addColumn('place_entity', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('story_id', 'text')
        .addColumn('articles', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await db.schema.createIndex('events_type').on('events').columns(['type', 'time']).execute()
      await db.schema.createIndex('events_story').on('events').column('story_id').execute()

      await db.schema
        .createTable('article_events')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mode', 'text')
        .addColumn('time', 'text')
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('triggers', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('attributions', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_events_pk', ['article_id', 'local_id'])
        .execute()
      await db.schema.createIndex('article_events_event').on('article_events').column('event_id').execute()
      await db.schema.createIndex('article_events_type').on('article_events').columns(['type', 'article_id']).execute()

      await db.schema
        .createTable('event_arguments')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_event', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .execute()
      await db.schema.createIndex('event_arguments_event').on('event_arguments').column('event_id').execute()
      await db.schema
        .createIndex('event_arguments_entity')
        .on('event_arguments')
        .columns(['entity_id', 'role'])
        .execute()
      await db.schema.createIndex('event_arguments_article').on('event_arguments').column('article_id').execute()

      await db.schema
        .createTable('article_conflicts')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('local_event', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('slot', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('article_conflicts_event').on('article_conflicts').column('event_id').execute()

      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('first_published', 'text')
        .addColumn('last_published', 'text')
        .execute()

      await db.schema
        .createTable('failures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('failures_input').on('failures').column('input').execute()

      if (engine === 'sqlite') {
        // External-content FTS5: the text is stored once, in articles; diacritics folded so
        // that `Jabouri` finds `Jabourí`.
        await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(
          db,
        )
      } else {
        await sql`alter table articles add column search tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`.execute(
          db,
        )
        await sql`create index articles_search on articles using gin (search)`.execute(db)
      }
    },
  }
}
