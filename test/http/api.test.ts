import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, startTestServer } from './start.js'

/*
 * The HTTP API end to end: a real server on a free port over a real SQLite file. Articles
 * are the project's fictional sample story and short texts written here.
 */

const TOKEN = 'test-token-6f1c2a'
const auth = { authorization: `Bearer ${TOKEN}` }
const SAMPLE = readFileSync(new URL('../../examples/sample-story.txt', import.meta.url), 'utf8')
const SHORT =
  'Officials in Vellmar said on Monday that police had detained two men in the port city of Odessa, ' +
  'according to a statement. A spokesman for the ministry declined to comment.'

let server: Awaited<ReturnType<typeof startTestServer>>
let base: string

beforeAll(async () => {
  server = await startTestServer({ access: { token: TOKEN } })
  base = server.url
})
afterAll(async () => {
  await server?.stop()
})

describe('POST /api/analyze', () => {
  it('returns the analysis of plain text with spans that slice the text given', async () => {
    const { status, json } = await call(base, 'POST', '/api/analyze', { text: SAMPLE, published: '2026-03-03' })
    expect(status).toBe(200)
    expect(json.version).toBe(1)
    expect(json.article.text).toBe(SAMPLE)
    expect(json.article.published).toBe('2026-03-03')
    expect(json.entities.length).toBeGreaterThan(0)
    for (const e of json.entities) for (const m of e.mentions) expect(SAMPLE.slice(m.start, m.end)).toBe(m.text)
    for (const a of json.attributions) expect(SAMPLE.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
    expect(json.profile).toHaveProperty('anonymousShare')
  })

  it('reads HTML and analyses the text it extracts', async () => {
    const html = `<html><head><title>Port raid</title></head><body><article><h1>Port raid</h1><p>${SHORT}</p><p>${SHORT}</p></article></body></html>`
    const { status, json } = await call(base, 'POST', '/api/analyze', { html })
    expect(status).toBe(200)
    expect(json.article.text).toContain('detained two men')
    expect(json.article.text).not.toContain('<p>')
  })

  it("gives a quote broken by its attribution the source's own words", async () => {
    const text = 'Dam holds\n\n"The dam held," said Ada Kerr, a farmer. "It will hold again next spring."\n'
    const { status, json } = await call(base, 'POST', '/api/analyze', { text })
    expect(status).toBe(200)
    const kerr = json.attributions.find((a: { cue: { text: string } }) => a.cue.text === 'said')
    expect(kerr.spoken.map((p: { text: string }) => p.text)).toEqual([
      'The dam held,',
      'It will hold again next spring.',
    ])
  })

  it('stores nothing', async () => {
    const before = (await call(base, 'GET', '/api/stats')).json.articles
    await call(base, 'POST', '/api/analyze', { text: `${SHORT} Nothing is kept.` })
    expect((await call(base, 'GET', '/api/stats')).json.articles).toBe(before)
  })

  it('answers 400 read/empty for blank text', async () => {
    const { status, json } = await call(base, 'POST', '/api/analyze', { text: '   \n ' })
    expect(status).toBe(400)
    expect(json.error.code).toBe('read/empty')
  })

  it('answers 400 read/invalid-date for a publication date that does not exist', async () => {
    const { status, json } = await call(base, 'POST', '/api/analyze', { text: SHORT, published: '2021-02-30' })
    expect(status).toBe(400)
    expect(json.error.code).toBe('read/invalid-date')
  })

  it('answers 400 for malformed JSON, naming it', async () => {
    const { status, json } = await call(base, 'POST', '/api/analyze', '{"text": "unfinished')
    expect(status).toBe(400)
    expect(json.error.code).toBe('http/malformed-json')
  })

  it('answers 400 when neither or both of text and html are given', async () => {
    for (const body of [{}, { text: SHORT, html: `<p>${SHORT}</p>` }, { text: 42 }]) {
      const { status, json } = await call(base, 'POST', '/api/analyze', body)
      expect(status).toBe(400)
      expect(json.error.code).toBe('http/invalid-request')
    }
  })

  it('answers 413 for a body over the limit and keeps serving', async () => {
    const { status, json } = await call(base, 'POST', '/api/analyze', { text: 'x'.repeat(9 * 1024 * 1024) })
    expect(status).toBe(413)
    expect(json.error.code).toBe('http/payload-too-large')
    expect((await call(base, 'GET', '/api/stats')).status).toBe(200)
  })

  it('refuses URLs on private and loopback addresses', async () => {
    for (const url of [
      'http://127.0.0.1:1/',
      'http://localhost/',
      'http://10.0.0.8/a',
      'http://[::1]/',
      'http://169.254.169.254/',
    ]) {
      const { status, json } = await call(base, 'POST', '/api/analyze', { url })
      expect(status, url).toBe(400)
      expect(json.error.code, url).toBe('ingest/private-address')
    }
  })
})

describe('writes need the token', () => {
  const article = { text: SAMPLE, id: 'sample', published: '2026-03-03' }

  it('answers 401 without a token and 403 with a wrong one, storing nothing', async () => {
    expect((await call(base, 'POST', '/api/ingest', { articles: [article] })).status).toBe(401)
    const wrong = await call(
      base,
      'POST',
      '/api/ingest',
      { articles: [article] },
      { authorization: `Bearer ${TOKEN}x` },
    )
    expect(wrong.status).toBe(403)
    expect(wrong.json.error.code).toBe('auth/bad-token')
    const short = await call(base, 'POST', '/api/ingest', { articles: [article] }, { authorization: 'Bearer t' })
    expect(short.status).toBe(403)
    expect((await call(base, 'GET', '/api/articles/sample')).status).toBe(404)
  })

  it('ingests with the token, once however often it is sent', async () => {
    const first = await call(base, 'POST', '/api/ingest', { articles: [article] }, auth)
    expect(first.status).toBe(200)
    expect(first.json.articles).toEqual([{ id: 'sample', added: true }])
    const again = await call(base, 'POST', '/api/ingest', { articles: [article] }, auth)
    expect(again.json.articles[0].added).toBe(false)
    const second = await call(base, 'POST', '/api/ingest', { articles: [{ text: SHORT, id: 'short' }] }, auth)
    expect(second.json.articles[0]).toEqual({ id: 'short', added: true })
  })
})

describe('reading the corpus', () => {
  beforeAll(async () => {
    await call(
      base,
      'POST',
      '/api/ingest',
      { articles: [{ text: SAMPLE, id: 'sample', published: '2026-03-03' }] },
      auth,
    )
    await call(base, 'POST', '/api/ingest', { articles: [{ text: SHORT, id: 'short' }] }, auth)
  })

  it('gets an article with its analysis and corpus links', async () => {
    const { status, json } = await call(base, 'GET', '/api/articles/sample')
    expect(status).toBe(200)
    expect(json.analysis.article.text).toBe(SAMPLE)
    expect(Object.keys(json.entityLinks).length).toBeGreaterThan(0)
  })

  it('lists articles a page at a time with limit and cursor', async () => {
    const first = await call(base, 'GET', '/api/articles?limit=1')
    expect(first.json.items).toHaveLength(1)
    expect(first.json.next).toEqual(expect.any(String))
    const second = await call(base, 'GET', `/api/articles?limit=1&cursor=${encodeURIComponent(first.json.next)}`)
    expect(second.json.items).toHaveLength(1)
    expect(second.json.items[0].id).not.toBe(first.json.items[0].id)
  })

  it('answers 400 for a limit out of range', async () => {
    const { status, json } = await call(base, 'GET', '/api/articles?limit=0')
    expect(status).toBe(400)
    expect(json.error.code).toBe('http/invalid-request')
  })

  it('searches by words and filters', async () => {
    const hits = await call(base, 'GET', '/api/search?q=detained')
    expect(hits.status).toBe(200)
    expect(hits.json.items.map((h: { article: { id: string } }) => h.article.id)).toContain('short')
    const none = await call(base, 'GET', '/api/search?q=detained&from=2030-01-01')
    expect(none.json.items).toHaveLength(0)
    expect((await call(base, 'GET', '/api/search?from=March')).status).toBe(400)
  })

  it('lists entities and gets one with the claims by and about it', async () => {
    const list = await call(base, 'GET', '/api/entities?limit=50')
    expect(list.status).toBe(200)
    expect(list.json.items.length).toBeGreaterThan(0)
    const id = list.json.items[0].id
    const one = await call(base, 'GET', `/api/entities/${encodeURIComponent(id)}`)
    expect(one.status).toBe(200)
    expect(one.json).toMatchObject({ id, claimsBy: expect.any(Array), claimsAbout: expect.any(Array) })
  })

  it('lists claims with their sources, by article', async () => {
    const { status, json } = await call(base, 'GET', '/api/sources?article=sample&limit=200')
    expect(status).toBe(200)
    expect(json.items.length).toBeGreaterThan(0)
    expect(json.items.every((c: { articleId: string }) => c.articleId === 'sample')).toBe(true)
    expect(json.items.some((c: { source: { named: boolean | null } }) => c.source.named === false)).toBe(true)
  })

  it('lists events and gets one with its reports', async () => {
    const list = await call(base, 'GET', '/api/events')
    expect(list.status).toBe(200)
    expect(list.json.items.length).toBeGreaterThan(0)
    const one = await call(base, 'GET', `/api/events/${encodeURIComponent(list.json.items[0].id)}`)
    expect(one.status).toBe(200)
    expect(one.json.reports.length).toBeGreaterThan(0)
  })

  it('lists stories and gets one', async () => {
    const list = await call(base, 'GET', '/api/stories')
    expect(list.status).toBe(200)
    expect(list.json.items.length).toBeGreaterThan(0)
    const one = await call(base, 'GET', `/api/stories/${encodeURIComponent(list.json.items[0].id)}`)
    expect(one.status).toBe(200)
    expect(one.json.articleList.length).toBeGreaterThan(0)
  })

  it('exports every stored analysis as JSON Lines', async () => {
    const response = await fetch(`${base}/api/export?format=jsonl`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/)
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((a) => a.article.id).sort()).toEqual(['sample', 'short'])
    expect(lines.find((a) => a.article.id === 'sample').article.text).toBe(SAMPLE)
    expect((await call(base, 'GET', '/api/export?format=xlsx')).status).toBe(400)
  })

  it('exports located events as GeoJSON, events as CSV and the source graph as GraphML', async () => {
    const geojson = await fetch(`${base}/api/export?format=geojson`)
    expect(geojson.headers.get('content-type')).toMatch(/application\/geo\+json/)
    const collection = JSON.parse(await geojson.text())
    expect(collection.type).toBe('FeatureCollection')
    for (const f of collection.features) expect(f.geometry.coordinates).toHaveLength(2)
    const csv = await (await fetch(`${base}/api/export?format=csv`)).text()
    expect(csv.split('\n').length).toBeGreaterThan(1)
    const graphml = await (await fetch(`${base}/api/export?format=graphml`)).text()
    expect(graphml).toContain('<graphml')
  })

  it('answers 404 in JSON for records and routes that do not exist', async () => {
    for (const path of [
      '/api/articles/nope',
      '/api/entities/nope',
      '/api/events/nope',
      '/api/stories/nope',
      '/api/nope',
    ]) {
      const { status, json, headers } = await call(base, 'GET', path)
      expect(status, path).toBe(404)
      expect(headers.get('content-type')).toMatch(/application\/json/)
      expect(json.error.code).toBe('http/not-found')
    }
  })
})

describe('the OpenAPI document and the UI', () => {
  it('describes every route', async () => {
    const { status, json } = await call(base, 'GET', '/openapi.json')
    expect(status).toBe(200)
    expect(json.openapi).toMatch(/^3\./)
    for (const path of [
      '/api/analyze',
      '/api/ingest',
      '/api/search',
      '/api/articles/{id}',
      '/api/entities/{id}',
      '/api/events/{id}',
      '/api/stories/{id}',
      '/api/sources',
      '/api/export',
    ]) {
      expect(json.paths, path).toHaveProperty([path])
    }
    expect(json.paths['/api/ingest'].post.security).toEqual([{ token: [] }])
    expect(json.components.schemas.Attribution.properties).toHaveProperty('spoken')
    expect(json.components.schemas.Claim.properties).toHaveProperty('spoken')
  })

  it('serves the page with a policy that allows this server alone', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await response.text()).toContain('<main id="main"')
  })

  it('serves the map libraries and shapes from node_modules', async () => {
    for (const file of ['d3-array.js', 'd3-geo.js', 'topojson-client.js', 'countries-110m.json']) {
      expect((await fetch(`${base}/vendor/${file}`)).status, file).toBe(200)
    }
  })

  it('serves no file from outside web/', async () => {
    for (const path of ['/..%2Fpackage.json', '/%2e%2e/package.json', '/vendor/package.json', '/%E0%A4%A.js']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404)
    }
  })

  it('sends no CORS header unless asked to', async () => {
    const response = await fetch(`${base}/api/stats`, { headers: { origin: 'http://example.test' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})
