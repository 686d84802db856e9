import { type Kysely, sql } from 'kysely'
import type { ArticleFilter, FullTextHit } from '../dialect.js'
import type { Database } from '../schema.js'

/*
 * PostgreSQL full text: a generated tsvector column (english stemming) with a GIN index,
 * ranked by ts_rank, snippets from ts_headline.
 */

/** Matches every word, best ts_rank first, with a headline of the text. */
export async function searchPostgres(
  db: Kysely<Database>,
  words: readonly string[],
  filter: ArticleFilter,
  limit: number,
  offset: number,
): Promise<FullTextHit[]> {
  // plainto_tsquery ANDs the words and ignores operators, so user input is never syntax.
  const query = sql`plainto_tsquery('english', ${words.join(' ')})`
  const rows = await db
    .selectFrom('articles')
    .where(sql<boolean>`search @@ ${query}`)
    .where((eb) => filter(eb))
    .select([
      'articles.seq as seq',
      sql<string>`ts_headline('english', text, ${query}, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12, ShortWord=2')`.as(
        'snippet',
      ),
    ])
    .orderBy(sql`ts_rank(search, ${query})`, 'desc')
    .orderBy('seq')
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map((r) => ({ seq: Number(r.seq), snippet: r.snippet }))
}
