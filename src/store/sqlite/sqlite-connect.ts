import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import type { StoreDialect } from '../dialect.js'
import { createKyselyStore } from '../kysely-store.js'
import { migrations } from '../migrations/index.js'
import type { Database } from '../schema.js'
import type { Store } from '../store.js'
import { indexSqliteText, searchSqlite, unindexSqliteText } from './sqlite-search.js'

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 15_000

/**
 * Opens a SQLite store at a file path, creating the file and its folder. WAL journaling lets
 * readers (the server) run beside one writer (an ingest); synchronous=NORMAL in WAL mode keeps
 * every committed transaction across a process kill, losing at most the last ones on power loss.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const file = path === ':memory:' ? path : resolve(path)
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const database = new BetterSqlite3(file)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  const { error } = await new Migrator({ db, provider: migrations('sqlite') }).migrateToLatest()
  if (error) {
    await db.destroy()
    throw error
  }
  const dialect: StoreDialect = {
    engine: 'sqlite',
    db,
    // BEGIN IMMEDIATE takes the write lock at the start, so two processes never deadlock
    // upgrading read locks; Kysely's one SQLite connection serialises writers in-process.
    write: (fn) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn)
        try {
          const result = await fn(conn)
          await sql`commit`.execute(conn)
          return result
        } catch (error) {
          await sql`rollback`.execute(conn)
          throw error
        }
      }),
    indexText: indexSqliteText,
    unindexText: unindexSqliteText,
    fullText: (words, filter, limit, offset) => searchSqlite(db, words, filter, limit, offset),
    close: () => db.destroy(),
  }
  return createKyselyStore(dialect)
}
