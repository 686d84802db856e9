import { type Kysely, sql } from 'kysely'
import type { ArticleFilter, FullTextHit } from '../dialect.js'
import type { Database } from '../schema.js'

/*
 * SQLite full text: FTS5 with an external content table (articles), ranked by BM25.
 */

/** Adds one article to the FTS5 index under its row number. */
export async function indexSqliteText(trx: Kysely<Database>, seq: number, title: string | null, text: string) {
  await trx
    .insertInto('articles_fts')
    .values({ rowid: seq, title: title ?? '', text })
    .execute()
}

/** Takes one article out of the FTS5 index: an external-content table is told the old values. */
export async function unindexSqliteText(trx: Kysely<Database>, seq: number, title: string | null, text: string) {
  await sql`insert into articles_fts(articles_fts, rowid, title, text) values ('delete', ${seq}, ${title ?? ''}, ${text})`.execute(
    trx,
  )
}

/** Words quoted as FTS5 strings, so that user input is never read as FTS5 syntax. */
export function ftsQuery(words: readonly string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' ')
}

/** Matches every word, best BM25 first, with a snippet of the text. */
export async function searchSqlite(
  db: Kysely<Database>,
  words: readonly string[],
  filter: ArticleFilter,
  limit: number,
  offset: number,
): Promise<FullTextHit[]> {
  const rows = await db
    .selectFrom('articles_fts')
    .innerJoin('articles', 'articles.seq', 'articles_fts.rowid')
    .where(sql<boolean>`articles_fts match ${ftsQuery(words)}`)
    .where((eb) => filter(eb as never))
    .select(['articles.seq as seq', sql<string>`snippet(articles_fts, 1, '[', ']', '…', 24)`.as('snippet')])
    .orderBy(sql`bm25(articles_fts)`)
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map((r) => ({ seq: Number(r.seq), snippet: r.snippet }))
}
