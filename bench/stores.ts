import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import type { Analyzer } from '../src/analyze.js'
import type { AnalysisJson } from '../src/doc/analysis-json.js'
import { readText } from '../src/read/text.js'
import { openStore, type Store } from '../src/store/store.js'
import { type BenchArticle, distinctArticles, variantMeta } from './corpus.js'

/*
 * The stores the bench writes to and searches: a fresh SQLite temp file and PostgreSQL database
 * for the ingest rate, and a search corpus of 10,000+ real-article variants kept between runs
 * (bench/.cache/search.db and the PostgreSQL database `newsgraph_bench_search`), because
 * putting 10,000 analyses through the store takes longer than the whole bench may.
 */

/** The PostgreSQL server the bench uses: `NEWSGRAPH_BENCH_POSTGRES_URL`, else the local default. */
export const POSTGRES_URL = process.env.NEWSGRAPH_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export const CACHE_DIR = join(import.meta.dirname, '.cache')
export const SEARCH_DB = join(CACHE_DIR, 'search.db')
const SEARCH_PG = 'newsgraph_bench_search'

/** A URL for database `name` on the bench's PostgreSQL server. */
export function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs `sql` on the server's maintenance database; null when no server answers. */
export async function postgresAdmin(sql: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query(sql)
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** True when a PostgreSQL server answers. */
export const postgresReachable = (): Promise<boolean> => postgresAdmin('select 1')

/** Opens the cached search corpus for an engine, creating it when absent; null without PostgreSQL. */
export async function openSearchStore(engine: 'sqlite' | 'postgres'): Promise<Store | null> {
  if (engine === 'sqlite') {
    mkdirSync(CACHE_DIR, { recursive: true })
    return openStore(SEARCH_DB)
  }
  if (!(await postgresReachable())) return null
  await postgresAdmin(`create database ${SEARCH_PG}`) // fails harmlessly when it exists
  return openStore(postgresUrl(SEARCH_PG))
}

/**
 * Adds articles to `store` until it holds `target` or `budgetMs` runs out; returns how many it
 * holds. Every distinct real article is analysed once (from ../shared: about 2,100), then put
 * again under new metadata (id, outlet, date) in rounds: analyses made once and reused, since
 * analysing 10,000 articles would not fit the bench's ten minutes.
 */
export async function growSearchCorpus(
  store: Store,
  analyzer: Analyzer,
  target: number,
  budgetMs: number,
  log: (s: string) => void = () => {},
): Promise<number> {
  const started = performance.now()
  let have = (await store.stats()).articles
  if (have >= target) return have
  const base = distinctArticles()
  const made = new Map<number, AnalysisJson>()
  const analysisOf = (i: number): AnalysisJson => {
    let a = made.get(i)
    if (!a) {
      const article = base[i] as BenchArticle
      a = analyzer.analyze(readText(article.text, variantMeta(article, 0)))
      made.set(i, a)
    }
    return a
  }
  // Articles already stored are at the front of the order: resume after them.
  for (let k = have; have < target; k++) {
    if (performance.now() - started > budgetMs) break
    const i = k % base.length
    const n = Math.floor(k / base.length)
    const analysis = analysisOf(i)
    const meta = variantMeta(base[i] as BenchArticle, n)
    const copy: AnalysisJson =
      n === 0
        ? analysis
        : {
            ...analysis,
            article: {
              ...analysis.article,
              id: meta.id as string,
              outlet: meta.outlet ?? null,
              published: meta.published ?? null,
            },
          }
    const put = await store.putAnalysis(copy, { source: 'bench' })
    if (put.added) have++
    if (have % 500 === 0) log(`${store.engine} search corpus: ${have} articles`)
  }
  return have
}

/** True when the SQLite search corpus exists already. */
export const hasSearchCache = (): boolean => existsSync(SEARCH_DB)
