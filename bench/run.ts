import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { createAnalyzer } from '../src/analyze.js'
import type { AnalysisJson } from '../src/doc/analysis-json.js'
import { readText } from '../src/read/text.js'
import { analysePool, analyseSingle } from './analyse.js'
import { apiLoad } from './api.js'
import { HAS_SHARED, throughputCorpus } from './corpus.js'
import { compromisePass, winkPass } from './peers.js'
import { ingestPostgres, ingestSqlite, searchLatency, searchQueries } from './store-bench.js'
import { CACHE_DIR, growSearchCorpus, openSearchStore } from './stores.js'

/*
 * `npm run bench`: every figure measured in this run on the same input, printed as one
 * Markdown table (and kept in bench/.cache/last-run.md for BENCHMARKS.md). Bounded: each
 * section has a time budget so the whole run stays under ten minutes on two cores.
 * BENCH_ARTICLES (default 1000), BENCH_API_SECONDS (8), BENCH_GROW_SECONDS (60: time spent
 * adding to the cached search corpus, which bench/build-search-corpus.ts fills ahead).
 */

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const API_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8)
const GROW_MS = Number(process.env.BENCH_GROW_SECONDS ?? 60) * 1000
const SEARCH_TARGET = 10_000
const began = performance.now()
const rows: [string, string][] = []
const row = (what: string, value: string) => {
  rows.push([what, value])
  console.error(`  ${what}: ${value}`)
}
const f = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
const load0 = loadavg()[0] ?? 0

const input = throughputCorpus(ARTICLES)
console.error(`bench: ${input.length} articles (${HAS_SHARED ? '../shared PolNeAR train + corpus' : 'examples/'})`)

const single = await analyseSingle(input)
const perSec = (n: number, ms: number) => (n / ms) * 1000
const ngRate = perSec(single.articles, single.wallMs)
row('analyse, 1 process: articles/s', f(ngRate, 1))
row('analyse, 1 process: words/s', f(perSec(single.words, single.wallMs)))
row('analyse: CPU ms per 700 words (warm, end to end)', f(single.cpuMsPer700, 2))
row('analyse: wall ms per 700 words', f((single.wallMs / single.words) * 700, 2))
row('peak RSS after analysing (MB)', f(single.maxRssMb))
const stageTotal = Object.values(single.stageMs).reduce((s, v) => s + v, 0)
const shares = Object.entries(single.stageMs)
  .sort((a, b) => b[1] - a[1])
  .map(([k, v]) => `${k} ${f((v / stageTotal) * 100)}%`)
row(
  'stage share of pipeline time',
  `${shares.join(', ')} (reading + JSON: ${f((1 - stageTotal / single.wallMs) * 100)}% of wall)`,
)

const pool = await analysePool(input)
row(`analyse, worker pool of ${pool.workers}: articles/s`, f(perSec(pool.articles, pool.wallMs), 1))
row(`analyse, worker pool of ${pool.workers}: words/s`, f(perSec(single.words, pool.wallMs)))

for (const peer of [compromisePass(input), winkPass(input)]) {
  const rate = perSec(peer.articles, peer.wallMs)
  row(`${peer.name}: articles/s`, f(rate, 1))
  row(
    `newsgraph full pipeline / ${peer.name.split(' (')[0]} (wall; CPU)`,
    `${f(ngRate / rate, 2)}x; ${f(peer.cpuMs / single.cpuMs, 2)}x`,
  )
}

// Analyses kept for the store figures: the first 300 distinct ones, made once here.
const analyzer = await createAnalyzer()
const analyses: AnalysisJson[] = input.slice(0, 300).map((a) => analyzer.analyze(readText(a.text, a.meta)))
const sqliteIngest = await ingestSqlite(analyses, 40_000)
row(
  'ingest into SQLite (temp file): articles/s',
  `${f(perSec(sqliteIngest.articles, sqliteIngest.wallMs), 1)} (${sqliteIngest.articles} analyses made once)`,
)
const pgIngest = await ingestPostgres(analyses, 40_000)
row(
  'ingest into PostgreSQL: articles/s',
  pgIngest
    ? `${f(perSec(pgIngest.articles, pgIngest.wallMs), 1)} (${pgIngest.articles} analyses)`
    : 'no server reachable',
)

const queries = searchQueries(
  analyses.map((a) => a.article.title ?? a.article.text.slice(0, 80)),
  120,
)
const sqliteSearch = await openSearchStore('sqlite')
let apiStore = sqliteSearch
for (const engine of ['sqlite', 'postgres'] as const) {
  const store = engine === 'sqlite' ? sqliteSearch : await openSearchStore('postgres')
  if (!store) {
    row(`search p50 / p95 (${engine})`, 'no server reachable')
    continue
  }
  const before = (await store.stats()).articles
  const growStarted = performance.now()
  const size = await growSearchCorpus(store, analyzer, SEARCH_TARGET, GROW_MS / 2)
  if (size > before) {
    const rate = perSec(size - before, performance.now() - growStarted)
    row(
      `ingest into ${engine} holding ${f(before)} articles: articles/s`,
      `${f(rate, 1)} (${size - before} copies of analyses made once)`,
    )
  }
  const s = await searchLatency(store, queries, 30_000)
  row(`search p50 / p95 ms (${engine}, ${f(size)} articles, ${s.queries} queries)`, `${f(s.p50, 1)} / ${f(s.p95, 1)}`)
  if (engine === 'postgres') await store.close()
}

if (apiStore) {
  const founding = input.find((a) => a.meta.id?.startsWith('duvar')) ?? input[0]
  const api = await apiLoad(apiStore, queries[1] ?? 'president', founding?.text ?? '', API_SECONDS)
  for (const r of api) {
    row(
      `API ${r.name}, ${r.connections} conns: req/s, p50 / p97.5 ms`,
      `${f(r.perSecond, 1)}, ${f(r.p50)} / ${f(r.p97_5)}${r.errors ? ` (${r.errors} errors)` : ''}`,
    )
  }
  await apiStore.close()
  apiStore = null
}

const queueBench = join(import.meta.dirname, 'queue-scaling.ts')
if (existsSync(queueBench)) {
  const r = spawnSync(process.execPath, [...process.execArgv, queueBench], { encoding: 'utf8', timeout: 150_000 })
  const lines = (r.stdout ?? '').trim().split('\n').filter(Boolean)
  row('queue-scaling.ts', r.status === 0 ? lines.slice(-6).join('; ') : `did not finish (${r.signal ?? r.status})`)
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const machine = `${cpus().length} cores, ${cpu}, ${f(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${f(load0, 1)} at start and ${f(loadavg()[0] ?? 0, 1)} at end`
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const table = [
  `Bench of ${new Date().toISOString().slice(0, 16)}Z at ${commit}; ${machine}; took ${f((performance.now() - began) / 1000)} s.`,
  '',
  '| measure | value |',
  '| --- | --- |',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
].join('\n')
console.log(table)
mkdirSync(CACHE_DIR, { recursive: true })
writeFileSync(join(CACHE_DIR, 'last-run.md'), `${table}\n`)
