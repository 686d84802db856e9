import { randomBytes } from 'node:crypto'
import pg from 'pg'

/*
 * A fresh PostgreSQL database per test file, emptied between tests (emptying tables is far
 * faster than creating a database), dropped at the end.
 */

/** The server tests use: `NEWSGRAPH_TEST_POSTGRES_URL`, else the local default. */
export const POSTGRES_URL = process.env.NEWSGRAPH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Null when a server answers, else why not: the reason a skipped suite gives. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    return `no PostgreSQL answers at ${POSTGRES_URL}: ${(error as Error).message}`
  } finally {
    await client.end().catch(() => {})
  }
}

async function connect<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** One database for a test file: `empty()` gives its URL with every table emptied. */
export function postgresDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  let created = false
  return {
    url: url.toString(),
    async empty(): Promise<string> {
      if (!created) {
        await connect(POSTGRES_URL, (c) => c.query(`create database ${name}`))
        created = true
        return url.toString()
      }
      await connect(url.toString(), async (c) => {
        const { rows } = await c.query<{ tablename: string }>(
          "select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'",
        )
        // DELETE beats TRUNCATE on tables this small: TRUNCATE syncs new files for each table.
        await c.query(rows.map((r) => `delete from "${r.tablename}";`).join('\n'))
      })
      return url.toString()
    },
    async drop(): Promise<void> {
      if (created) await connect(POSTGRES_URL, (c) => c.query(`drop database if exists ${name} with (force)`))
    },
  }
}
