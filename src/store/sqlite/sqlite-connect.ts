import type { Store } from '../store.js'

/** Opens a SQLite store at a file path. */
export async function openSqliteStore(path: string): Promise<Store> {
  throw new Error(`SQLite store at ${path}: not built yet`)
}
