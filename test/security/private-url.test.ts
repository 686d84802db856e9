import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/ingest.js'
import { type CountingSite, startSite, stopSite } from '../../src/ingest/testing.js'
import { openStore } from '../../src/store/store.js'
import { call, startTestServer } from '../http/start.js'

/*
 * The URL ingest policy through two ways in not tested elsewhere: the write API, which
 * stores what it fetches, and a feed whose item links point inward. The unit tests beside
 * `src/ingest/fetch-url.ts` cover redirects and address spellings; `test/cli/ingest.test.ts` and
 * `test/http/api.test.ts` the CLI and `/api/analyze`. An inward server on loopback counts every
 * request it gets, so "refused" also means "never asked".
 */

const TOKEN = 'private-url-token-7c2e'

const ARTICLE =
  '<html><head><title>Inward</title></head><body><article><p>The harbour master said on Monday that the talks would resume.</p></article></body></html>'

let inward: CountingSite
beforeAll(async () => {
  inward = (await startSite('127.0.0.1', (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(ARTICLE)
  })) as CountingSite
})
afterAll(() => stopSite(inward))

describe('POST /api/ingest with a URL', () => {
  it('refuses loopback by number and by name with ingest/private-address, and stores nothing', async () => {
    const server = await startTestServer({ access: { token: TOKEN } })
    try {
      const port = new URL(inward.base).port
      for (const url of [`${inward.base}/a`, `http://localhost:${port}/b`, `http://[::ffff:127.0.0.1]:${port}/c`]) {
        const { status, json } = await call(
          server.url,
          'POST',
          '/api/ingest',
          { articles: [{ url }] },
          {
            authorization: `Bearer ${TOKEN}`,
          },
        )
        expect(status, url).toBe(400)
        expect(json.error.code, url).toBe('ingest/private-address')
        expect(json.error.message, url).toContain('--allow-private')
      }
      expect((await call(server.url, 'GET', '/api/stats')).json.articles).toBe(0)
      expect(inward.hits).toBe(0)
    } finally {
      await server.stop()
    }
  }, 60_000)
})

/** Whether 127.0.0.2 can be bound, to stand in for a public site (Linux routes all of 127/8 to lo). */
const standIn = await startSite('127.0.0.2', () => {})
stopSite(standIn)

describe.skipIf(standIn === null)('a feed on a public site whose items point inward (needs 127.0.0.2 on lo)', () => {
  let feedSite: CountingSite
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-private-url-'))
    feedSite = (await startSite('127.0.0.2', (request, response) => {
      if (request.url === '/hop') {
        response.writeHead(302, { location: `${inward.base}/via-redirect` })
        response.end()
        return
      }
      const port = new URL(inward.base).port
      const items = [`${inward.base}/by-number`, `http://localhost:${port}/by-name`, `${feedSite.base}/hop`]
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><link>${feedSite.base}/</link>${items
          .map((link, i) => `<item><title>Story ${i}</title><link>${link}</link></item>`)
          .join('')}</channel></rss>`,
      )
    })) as CountingSite
  })
  afterAll(() => {
    stopSite(feedSite)
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads the feed but fetches none of its inward items, by number, by name or by redirect', async () => {
    const store = await openStore(join(dir, 'feed.db'))
    try {
      const before = inward.hits
      const summary = await ingest(
        store,
        () => {
          throw new Error('nothing inward should reach the analyzer')
        },
        [],
        { feeds: [`${feedSite.base}/feed.xml`], pipelineVersion: 'test', fetch: { publicAddresses: ['127.0.0.2'] } },
      )
      expect(summary.added).toBe(0)
      expect(summary.failed.map((f) => f.rule)).toEqual([
        'ingest/private-address',
        'ingest/private-address',
        'ingest/private-address',
      ])
      expect(inward.hits - before).toBe(0)
      expect((await store.stats()).articles).toBe(0)
    } finally {
      await store.close()
    }
  })
})
