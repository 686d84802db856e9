import { randomUUID } from 'node:crypto'
import { mergeEntities, splitEntity } from '../corpus/entity-edits.js'
import type { StoreDialect } from './dialect.js'
import { pageBounds, toPage } from './page.js'
import { getArticle, listArticles, searchArticles } from './read-articles.js'
import { getEntity, listClaims, listEntities, toCorpusEntity } from './read-entities.js'
import { getEvent, getStory, listEventsQuery, listStories } from './read-events.js'
import { listEntityLinks } from './read-graph.js'
import type { Store } from './store.js'
import { writeArticle } from './write-article.js'

/** The Store over a dialect: one implementation for SQLite and PostgreSQL. */
export function createKyselyStore(dialect: StoreDialect): Store {
  const { db } = dialect
  const entity = async (id: string) => {
    const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    return toCorpusEntity(db, row)
  }
  const count = async (table: 'articles' | 'entities' | 'events' | 'stories' | 'failures') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }
  return {
    engine: dialect.engine,
    putAnalysis: (analysis, options) => writeArticle(dialect, analysis, options),
    async findByRawHash(rawHash) {
      const row = await db.selectFrom('articles').select('id').where('raw_hash', '=', rawHash).executeTakeFirst()
      return row?.id ?? null
    },
    getArticle: (id) => getArticle(db, id),
    listArticles: (options) => listArticles(db, options),
    search: (query) => searchArticles(dialect, query),
    getEntity: (id) => getEntity(db, id),
    listEntities: (options) => listEntities(db, options),
    getEvent: (id) => getEvent(db, id),
    listEvents: (options) => listEventsQuery(db, options),
    listClaims: (options) => listClaims(db, options),
    listEntityLinks: () => listEntityLinks(db),
    getStory: (id) => getStory(db, id),
    listStories: (options) => listStories(db, options),
    async recordFailure(failure) {
      await dialect.write(async (trx) => {
        await trx.deleteFrom('failures').where('input', '=', failure.input).execute()
        await trx
          .insertInto('failures')
          .values({ id: randomUUID(), ...failure, at: new Date().toISOString() })
          .execute()
      })
    },
    async clearFailures(input) {
      await dialect.write((trx) => trx.deleteFrom('failures').where('input', '=', input).execute())
    },
    async listFailures(options) {
      const { limit, offset } = pageBounds(options)
      const rows = await db
        .selectFrom('failures')
        .selectAll()
        .orderBy('at')
        .orderBy('id')
        .limit(limit + 1)
        .offset(offset)
        .execute()
      return toPage(rows, limit, offset)
    },
    async mergeEntities(into, from) {
      await dialect.write((trx) => mergeEntities(trx, into, from))
      return entity(into)
    },
    async splitEntity(id, names) {
      const created = await dialect.write((trx) => splitEntity(trx, id, names))
      return entity(created)
    },
    async stats() {
      const groups = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.count<number>('wire_group').distinct().as('n'))
        .executeTakeFirst()
      return {
        articles: await count('articles'),
        entities: await count('entities'),
        events: await count('events'),
        stories: await count('stories'),
        wireGroups: Number(groups?.n ?? 0),
        failures: await count('failures'),
      }
    },
    close: () => dialect.close(),
  }
}
