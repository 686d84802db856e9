import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AnalysisJson } from '../src/doc/analysis-json.js'
import { openStore, type Store } from '../src/store/store.js'
import { postgresAdmin, postgresReachable, postgresUrl } from './stores.js'

/*
 * Store figures: the ingest rate of analyses made once (the store's share of ingest: hashing,
 * writing, full-text indexing, linking entities, events, wire copies and stories), into a fresh
 * SQLite temp file and a fresh PostgreSQL database; and search latency over a cached corpus.
 */

export interface IngestResult {
  engine: string
  articles: number
  wallMs: number
}

/** Puts `analyses` (each given a fresh id) until done or `budgetMs` is spent. */
async function putAll(store: Store, analyses: AnalysisJson[], budgetMs: number): Promise<IngestResult> {
  const started = performance.now()
  let n = 0
  for (const a of analyses) {
    if (performance.now() - started > budgetMs) break
    await store.putAnalysis(a, { source: 'bench' })
    n++
  }
  return { engine: store.engine, articles: n, wallMs: performance.now() - started }
}

/** Ingest into a SQLite file in a temp folder, removed afterwards. */
export async function ingestSqlite(analyses: AnalysisJson[], budgetMs: number): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'))
  const store = await openStore(join(dir, 'ingest.db'))
  try {
    return await putAll(store, analyses, budgetMs)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Ingest into a new PostgreSQL database, dropped afterwards; null when no server answers. */
export async function ingestPostgres(analyses: AnalysisJson[], budgetMs: number): Promise<IngestResult | null> {
  if (!(await postgresReachable())) return null
  const name = `newsgraph_bench_ingest_${process.pid}`
  await postgresAdmin(`create database ${name}`)
  const store = await openStore(postgresUrl(name))
  try {
    return await putAll(store, analyses, budgetMs)
  } finally {
    await store.close()
    await postgresAdmin(`drop database if exists ${name}`)
  }
}

export interface LatencyResult {
  queries: number
  p50: number
  p95: number
}

/** The value at quantile `q` of sorted numbers. */
export const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

/**
 * Search latency: each query once, in order, after two warm-up queries; words, word pairs and
 * a word with an outlet filter, as the API's search box sends them.
 */
export async function searchLatency(store: Store, queries: string[], budgetMs: number): Promise<LatencyResult> {
  for (const q of queries.slice(0, 2)) await store.search({ q })
  const times: number[] = []
  const started = performance.now()
  for (const [i, q] of queries.entries()) {
    if (performance.now() - started > budgetMs) break
    const t = performance.now()
    await store.search(i % 5 === 4 ? { q, outlet: 'wire-a' } : { q })
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { queries: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95) }
}

/** Search words from the corpus's own titles: single words and adjacent pairs, longest first. */
export function searchQueries(titles: string[], count: number): string[] {
  const words = titles.flatMap((t) => t.split(/[^\p{L}]+/u).filter((w) => w.length > 4))
  const out: string[] = []
  for (let i = 0; out.length < count && i < words.length; i += 7) {
    const w = words[i] as string
    out.push(i % 3 === 0 && words[i + 1] ? `${w} ${words[i + 1]}` : w)
  }
  return out
}
