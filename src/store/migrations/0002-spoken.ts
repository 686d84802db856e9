import type { Kysely, Migration } from 'kysely'

/**
 * Claims keep their source's own words when the attribution interrupts the content (`"A," said X,
 * a farmer. "B."`), so corpus pages can show the claim without the writer's words, and where that
 * interruption lies, so a name in it (`X`) does not make the claim one about X. Rows stored before
 * stay null: readers show the whole content, as they did.
 */
export function spoken(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('attributions').addColumn('spoken', 'text').execute()
      await db.schema.alterTable('attributions').addColumn('aside_start', 'integer').execute()
      await db.schema.alterTable('attributions').addColumn('aside_end', 'integer').execute()
    },
  }
}
