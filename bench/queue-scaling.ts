import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'

/*
 * Scaling out: articles per second with 1 and 2 `newsgraph worker` processes over one PostgreSQL,
 * the ratio, queue latency, and the database's share of a worker's time. Each run starts from a
 * fresh database with the same batch queued. Needs a PostgreSQL (NEWSGRAPH_BENCH_POSTGRES_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres) and a built CLI (`npm run build`).
 * Usage: tsx bench/queue-scaling.ts [--articles N]
 */

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist/cli/main.js')
const SERVER = process.env.NEWSGRAPH_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const count = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 200

function batchFile(n: number): string {
  const source = [
    resolve(ROOT, '../shared/data/polnear/train.jsonl'),
    resolve(ROOT, '../shared/data/polnear/dev.jsonl'),
  ].find(existsSync)
  const records: object[] = []
  if (source) {
    for (const line of readFileSync(source, 'utf8').split('\n')) {
      if (!line.trim() || records.length >= n) continue
      const { article } = JSON.parse(line) as { article: { id: string; title: string | null; text: string } }
      records.push({ id: article.id, title: article.title, published: '2016-10-01', text: article.text })
    }
  }
  const sample = JSON.parse(readFileSync(join(ROOT, 'examples/sample-story.json'), 'utf8'))
  // Without ../shared, copies of the sample story under different outlets: distinct articles.
  for (let i = 0; records.length < n; i++) records.push({ ...sample, id: `sample-${i}`, outlet: `Outlet ${i}` })
  const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-scaling-')), 'batch.jsonl')
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`)
  return file
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

async function freshDatabase(name: string): Promise<string> {
  await sql(SERVER, `drop database if exists ${name} with (force)`)
  await sql(SERVER, `create database ${name}`)
  const url = new URL(SERVER)
  url.pathname = `/${name}`
  return url.toString()
}

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
}

function finished(child: ChildProcess): Promise<string> {
  let stderr = ''
  child.stderr?.on('data', (d) => {
    stderr += d
  })
  return new Promise((resolve) => child.on('exit', () => resolve(stderr)))
}

interface Run {
  workers: number
  seconds: number
  rate: number
  dbShare: number
}

async function runWith(workers: number, batch: string): Promise<Run> {
  const db = await freshDatabase(`newsgraph_bench_scaling_${workers}`)
  await finished(cli(['ingest', '--queue', '--db', db, batch]))
  const logs = await Promise.all(
    Array.from({ length: workers }, () => finished(cli(['worker', '--db', db, '--until-empty']))),
  )
  // From the first article stored to the last: model loading at start-up is left out.
  const [span] = await sql<{ n: string; seconds: number }>(
    db,
    `select count(*) as n, extract(epoch from (max(ingested_at::timestamptz) - min(ingested_at::timestamptz)))::float as seconds from articles`,
  )
  let analyse = 0
  let store = 0
  for (const log of logs) {
    const m = /analysis (\d+) ms, store (\d+) ms/.exec(log)
    analyse += Number(m?.[1] ?? 0)
    store += Number(m?.[2] ?? 0)
  }
  const n = Number(span?.n ?? 0)
  const seconds = span?.seconds ?? 0
  return { workers, seconds, rate: seconds ? (n - 1) / seconds : 0, dbShare: store / Math.max(analyse + store, 1) }
}

/** Enqueue-to-stored time of single articles with one worker idle and waiting. */
async function queueLatency(samples: number): Promise<number[]> {
  const db = await freshDatabase('newsgraph_bench_latency')
  const worker = cli(['worker', '--db', db])
  const stopped = finished(worker)
  const sample = JSON.parse(readFileSync(join(ROOT, 'examples/sample-story.json'), 'utf8'))
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-latency-'))
  const out: number[] = []
  // The first job waits for the worker's start-up; it is not counted.
  for (let i = 0; i <= samples; i++) {
    const file = join(dir, `a${i}.json`)
    writeFileSync(file, JSON.stringify({ ...sample, id: `latency-${i}`, outlet: `Latency ${i}` }))
    await finished(cli(['ingest', '--queue', '--db', db, file]))
    const enqueued = performance.now()
    for (;;) {
      const rows = await sql<{ n: string }>(db, 'select count(*) as n from articles where outlet = $1', [
        `Latency ${i}`,
      ]).catch(() => [])
      if (Number(rows[0]?.n) > 0) break
      await new Promise((r) => setTimeout(r, 10))
    }
    if (i > 0) out.push(performance.now() - enqueued)
  }
  worker.kill('SIGTERM')
  await stopped
  return out.sort((a, b) => a - b)
}

if (!existsSync(CLI)) {
  console.error('queue-scaling: run `npm run build` first')
  process.exit(1)
}
try {
  await sql(SERVER, 'select 1')
} catch {
  console.log(`queue-scaling: skipped, no PostgreSQL answers at ${SERVER}`)
  process.exit(0)
}

const batch = batchFile(count)
const one = await runWith(1, batch)
const two = await runWith(2, batch)
const latency = await queueLatency(10)
const pct = (q: number) => latency[Math.min(latency.length - 1, Math.floor(q * latency.length))] ?? 0

console.log(`\nqueue scaling: ${count} articles, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`)
console.log('workers  seconds  articles/s  database share')
for (const r of [one, two]) {
  console.log(
    `${String(r.workers).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.rate.toFixed(1).padStart(10)}  ${(r.dbShare * 100).toFixed(0).padStart(13)}%`,
  )
}
console.log(`speed-up with 2 workers: ${(two.rate / Math.max(one.rate, 1e-9)).toFixed(2)}x`)
console.log(
  `queue latency, enqueue to stored (includes analysing one article): p50 ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms`,
)
