import type { Migration, MigrationProvider } from 'kysely'
import { initial } from './0001-initial.js'
import { spoken } from './0002-spoken.js'

/** The two engines the store runs on. */
export type Engine = 'sqlite' | 'postgres'

/**
 * Every migration, in order, forward only: a released one is never edited, a change is a new
 * numbered file. Kysely's Migrator records which ran and takes a lock, so two processes opening
 * one database at once migrate it once.
 */
export function migrations(engine: Engine): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return { '0001-initial': initial(engine), '0002-spoken': spoken() }
    },
  }
}
