import type { Command } from 'commander'
import { openStore, type Store } from '../store/store.js'

/** The `--db` flag every corpus command takes. */
export function addDbOption(command: Command): Command {
  return command.option(
    '--db <path|url>',
    'SQLite file or postgres:// URL (default: NEWSGRAPH_DATABASE_URL, else ./newsgraph.db)',
  )
}

/** Opens the store named by `--db` (or the default), runs `fn`, and always closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}
