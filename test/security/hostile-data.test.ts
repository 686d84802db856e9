import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analyze.js'
import { readText } from '../../src/read/text.js'
import { openStore, type Store } from '../../src/store/store.js'
import { call, startTestServer } from '../http/start.js'
import { postgresDatabase, postgresUnavailable } from '../store/postgres-database.js'

/*
 * Input as data, never as code: hostile search strings and ids reach SQLite and PostgreSQL
 * only as bound parameters (no error, no change to the corpus), and text from articles reaches
 * a page only as JSON or through the DOM's text properties, never as markup. Real servers,
 * real databases; the article is invented here.
 */

const TOKEN = 'security-token-41d9'
const auth = { authorization: `Bearer ${TOKEN}` }
const HOSTILE_TITLE = `<script>alert("x")</script><img src=x onerror=alert(1)> Robert'); DROP TABLE articles;--`
const TEXT =
  'Officials in Vellmar said on Monday that police had detained two men in the port city of Odessa, ' +
  'according to a statement. A spokesman for the ministry declined to comment.'

/** Strings that break SQL quoting, LIKE patterns and full-text query syntax if spliced in. */
const HOSTILE = [
  "'",
  '"',
  "'; DROP TABLE articles; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  '%',
  '_',
  '\\',
  'police*',
  'NEAR(police detained)',
  'police OR 1',
  '-police',
  'title:police',
  '^police',
  '(police',
  'police)',
  '{police}',
  '\u0000police',
  "police'); SELECT pg_sleep(5); --",
  'a'.repeat(5000),
]

describe('hostile strings over HTTP (SQLite)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer({ access: { token: TOKEN } })
    const put = await call(
      server.url,
      'POST',
      '/api/ingest',
      { articles: [{ text: TEXT, id: 'hostile', title: HOSTILE_TITLE }] },
      auth,
    )
    expect(put.status).toBe(200)
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('searching with any of them is an answer or a 400, never a 500, and changes nothing', async () => {
    for (const q of HOSTILE) {
      const { status } = await call(server.url, 'GET', `/api/search?q=${encodeURIComponent(q)}`)
      expect([200, 400], q).toContain(status)
      const entities = await call(server.url, 'GET', `/api/entities?q=${encodeURIComponent(q)}`)
      expect([200, 400], q).toContain(entities.status)
      const outlet = await call(server.url, 'GET', `/api/articles?outlet=${encodeURIComponent(q)}`)
      expect([200, 400], q).toContain(outlet.status)
    }
    const stats = await call(server.url, 'GET', '/api/stats')
    expect(stats.json.articles).toBe(1)
  })

  it('an id made of them is a 404, not an error or another article', async () => {
    for (const id of HOSTILE.slice(0, 8)) {
      for (const kind of ['articles', 'entities', 'events', 'stories']) {
        const { status } = await call(server.url, 'GET', `/api/${kind}/${encodeURIComponent(id)}`)
        expect([400, 404], `${kind}/${id}`).toContain(status)
      }
    }
  })

  it('gives the hostile title back as JSON data, byte for byte', async () => {
    const { headers, json } = await call(server.url, 'GET', '/api/articles/hostile')
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(json.title).toBe(HOSTILE_TITLE)
  })

  it('serves the page without article text in it', async () => {
    const page = await fetch(`${server.url}/`)
    const html = await page.text()
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html).not.toContain('onerror=alert')
    expect(html).not.toContain('Vellmar')
  })
})

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('response sizes are bounded', () => {
  it('refuses a page size over the cap rather than answering with the whole corpus', async () => {
    const server = await startTestServer()
    try {
      for (const path of [
        '/api/articles?limit=100000',
        '/api/search?q=police&limit=100000',
        '/api/entities?limit=100000',
      ]) {
        expect((await call(server.url, 'GET', path)).status, path).toBe(400)
      }
    } finally {
      await server.stop()
    }
  }, 60_000)
})

describe('the web UI writes article text only as text', () => {
  it('uses no HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write) anywhere', () => {
    const scripts = filesUnder(join(import.meta.dirname, '..', '..', 'web')).filter((f) => /\.(m?js|ts)$/.test(f))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\.html\(/)
    }
  })
})

describe('the store keeps SQL apart from input', () => {
  it('builds no SQL from strings: no sql.raw, sql.lit or string-built queries in src/store', () => {
    const files = filesUnder(join(import.meta.dirname, '..', '..', 'src', 'store')).filter((f) => f.endsWith('.ts'))
    for (const file of files) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/sql\.(raw|lit|id)\(|\.unsafe\(|\.query\(\s*`[^`]*\$\{/)
    }
  })
})

const noPostgres = await postgresUnavailable()

describe.skipIf(noPostgres !== null)('hostile strings against PostgreSQL', () => {
  const database = postgresDatabase('newsgraph_security')
  let store: Store
  beforeAll(async () => {
    store = await openStore(await database.empty())
    const analyzer = await createAnalyzer()
    await store.putAnalysis(analyzer.analyze(readText(TEXT, { id: 'hostile', title: HOSTILE_TITLE })))
  }, 60_000)
  afterAll(async () => {
    await store?.close()
    await database.drop()
  })

  it('searches, filters and looks up with each as plain data', async () => {
    for (const q of HOSTILE.filter((s) => !s.includes('\u0000'))) {
      await store.search({ q })
      await store.search({ q: 'police', outlet: q, place: q, entity: q })
      await store.listEntities({ q })
      expect(await store.getArticle(q)).toBeNull()
      expect(await store.getEntity(q)).toBeNull()
    }
    expect((await store.stats()).articles).toBe(1)
    expect((await store.getArticle('hostile'))?.title).toBe(HOSTILE_TITLE)
  })
})
