import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely'
import type { Engine } from './migrations/index.js'
import type { Database } from './schema.js'

/** A filter over the `articles` table, for search. */
export type ArticleFilter = (eb: ExpressionBuilder<Database, 'articles'>) => Expression<SqlBool>

/** One full-text match: the article's row and a passage with the words found in `[` `]`. */
export interface FullTextHit {
  seq: number
  snippet: string
}

/**
 * What differs between engines, declared once: how writes are serialised, how text is indexed
 * and searched. Everything else is one Kysely query for both.
 */
export interface StoreDialect {
  readonly engine: Engine
  readonly db: Kysely<Database>
  /** Runs `fn` in one transaction that no other writer interleaves with. */
  write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>
  /** Adds an article's words to the full-text index; PostgreSQL's generated column needs nothing. */
  indexText(trx: Kysely<Database>, seq: number, title: string | null, text: string): Promise<void>
  /** Takes an article out of the full-text index, given what was indexed. */
  unindexText(trx: Kysely<Database>, seq: number, title: string | null, text: string): Promise<void>
  /** Articles holding every word, best first, filtered. */
  fullText(words: readonly string[], filter: ArticleFilter, limit: number, offset: number): Promise<FullTextHit[]>
  close(): Promise<void>
}
