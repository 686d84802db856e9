import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDemo } from '../src/server/demo.js'
import { startServer } from '../src/server/server.js'

/*
 * API latency of `newsgraph serve` on this machine: a real server on loopback over a fresh
 * SQLite file holding the demo corpus, each request sent one after another, median and 95th
 * percentile in milliseconds. Run: npx tsx bench/http-latency.ts [rounds]
 */

const rounds = Number(process.argv[2] ?? 50)
const founding = join(process.cwd(), '..', 'shared', 'corpus', 'duvar-2021-10-12-isis-capture.txt')
const sample = readFileSync(join(process.cwd(), 'examples', 'sample-story.txt'), 'utf8')
const article = existsSync(founding) ? readFileSync(founding, 'utf8') : sample

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'))
const server = await startServer({
  db: join(dir, 'bench.db'),
  port: 0,
  beforeListen: async (store, analyzer) => {
    await loadDemo(store, analyzer)
  },
})
const base = server.url
const get = async (path: string) => (await fetch(base + path)).json()
const first = (await get('/api/articles?limit=1')).items[0]
const entity = (await get('/api/entities?limit=1')).items[0]
const event = (await get('/api/events?limit=1')).items[0]
const word =
  String(first.title)
    .split(/\W+/)
    .find((w: string) => w.length > 5) ?? 'said'

const requests: [string, () => Promise<Response>][] = [
  [
    `POST /api/analyze (${article.length} chars)`,
    () =>
      fetch(`${base}/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: article }),
      }),
  ],
  [`GET /api/search?q=${word}`, () => fetch(`${base}/api/search?q=${encodeURIComponent(word)}`)],
  ['GET /api/articles/{id}', () => fetch(`${base}/api/articles/${encodeURIComponent(first.id)}`)],
  ['GET /api/entities/{id}', () => fetch(`${base}/api/entities/${encodeURIComponent(entity.id)}`)],
  ['GET /api/events', () => fetch(`${base}/api/events`)],
  ['GET /api/events/{id}', () => fetch(`${base}/api/events/${encodeURIComponent(event.id)}`)],
  ['GET / (the UI page)', () => fetch(`${base}/`)],
]

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
console.log(`${rounds} sequential requests each, after 3 to warm up`)
for (const [name, send] of requests) {
  for (let i = 0; i < 3; i++) await (await send()).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const started = performance.now()
    const response = await send()
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${name.padEnd(42)} median ${quantile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(times, 0.95).toFixed(1).padStart(7)} ms`,
  )
}
await server.close()
rmSync(dir, { recursive: true, force: true })
