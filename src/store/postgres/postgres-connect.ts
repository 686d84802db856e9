import type { Store } from '../store.js'

/** Opens a PostgreSQL store at a connection URL. */
export async function openPostgresStore(url: string): Promise<Store> {
  throw new Error(`PostgreSQL store at ${url}: not built yet`)
}
