import { Kysely, Migrator, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { StoreDialect } from '../dialect.js'
import { createKyselyStore } from '../kysely-store.js'
import { migrations } from '../migrations/index.js'
import type { Database } from '../schema.js'
import type { Store } from '../store.js'
import { searchPostgres } from './postgres-search.js'

/** Connections per process: the CLI writes on one; the server reads on the rest. */
const POOL_SIZE = 8

/** Any fixed number: the advisory lock that serialises corpus writes across processes. */
const WRITE_LOCK = 7_316_001

/**
 * bigint (`seq`, count(*)) comes back as a string by default; here it fits in a double. Set on
 * this pool only, so that other users of pg in the process (the job queue) keep the default.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number.parseInt(v, 10)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/** Opens a PostgreSQL store at a connection URL, migrating it to the latest schema. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types })
  // An idle connection that the server drops (a restart, a failover) is an 'error' on the pool;
  // with no listener it would end the process. The pool discards that connection and opens anew.
  pool.on('error', () => {})
  // The same for a connection that is checked out between two queries of a transaction: the
  // transaction then fails on its next query, instead of the whole process.
  pool.on('connect', (client) => client.on('error', () => {}))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const { error } = await new Migrator({ db, provider: migrations('postgres') }).migrateToLatest()
  if (error) {
    await db.destroy()
    throw error
  }
  const dialect: StoreDialect = {
    engine: 'postgres',
    db,
    // Entity and event linking read then write shared rows; one writer at a time keeps two
    // workers from creating the same corpus entity twice.
    write: (fn) =>
      db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx)
        return fn(trx)
      }),
    indexText: async () => {},
    unindexText: async () => {},
    fullText: (words, filter, limit, offset) => searchPostgres(db, words, filter, limit, offset),
    close: () => db.destroy(),
  }
  return createKyselyStore(dialect)
}
