import autocannon from 'autocannon'
import { startServer } from '../src/server/server.js'
import type { Store } from '../src/store/store.js'

/*
 * API under load: `newsgraph serve` (the same startServer the CLI uses) on a free loopback port
 * over a given store, driven by autocannon for a bounded time per endpoint.
 */

export interface ApiResult {
  name: string
  connections: number
  requests: number
  perSecond: number
  p50: number
  p97_5: number
  errors: number
}

/** Loads each endpoint in turn for `seconds` (autocannon stops by time), then stops the server. */
export async function apiLoad(store: Store, word: string, article: string, seconds: number): Promise<ApiResult[]> {
  const server = await startServer({ store, port: 0, host: '127.0.0.1' })
  try {
    const firstId = (await (await fetch(`${server.url}/api/articles?limit=1`)).json()).items[0]?.id ?? 'none'
    const runs = [
      { name: `GET /api/search?q=${word}`, path: `/api/search?q=${encodeURIComponent(word)}`, connections: 10 },
      { name: 'GET /api/articles?limit=20', path: '/api/articles?limit=20', connections: 10 },
      { name: 'GET /api/articles/{id}', path: `/api/articles/${encodeURIComponent(firstId)}`, connections: 10 },
      {
        name: `POST /api/analyze (${article.length} chars)`,
        path: '/api/analyze',
        connections: 2,
        method: 'POST',
        body: JSON.stringify({ text: article }),
      },
    ]
    const out: ApiResult[] = []
    for (const run of runs) {
      const r = await autocannon({
        url: server.url + run.path,
        connections: run.connections,
        duration: seconds,
        timeout: 30,
        ...(run.method ? { method: run.method, body: run.body, headers: { 'content-type': 'application/json' } } : {}),
      })
      out.push({
        name: run.name,
        connections: run.connections,
        requests: r.requests.total,
        perSecond: r.requests.total / r.duration,
        p50: r.latency.p50,
        p97_5: r.latency.p97_5,
        errors: r.errors + r.non2xx + r.timeouts,
      })
    }
    return out
  } finally {
    await server.close()
  }
}
