import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, startTestServer } from '../http/start.js'

/*
 * Request sizes are bounded before any work is done: how many articles one ingest carries and how
 * long the strings a caller sends may be. The byte cap on the whole body (413) is tested in
 * `test/http/api.test.ts`, the page-size cap on answers in `hostile-data.test.ts`, the cap on a
 * fetched page beside `src/ingest/fetch-url.ts`. Nothing here reaches the analyzer.
 */

const TOKEN = 'limits-token-19b4'
const auth = { authorization: `Bearer ${TOKEN}` }
const TEXT = 'The minister said on Monday that talks would resume in Geneva.'

let server: Awaited<ReturnType<typeof startTestServer>>
beforeAll(async () => {
  server = await startTestServer({ access: { token: TOKEN } })
}, 60_000)
afterAll(async () => {
  await server?.stop()
})

describe('request sizes are bounded', () => {
  it('refuses an ingest of more than 100 articles, storing none of them', async () => {
    const articles = Array.from({ length: 101 }, (_, i) => ({ text: TEXT, id: `a${i}` }))
    const { status, json } = await call(server.url, 'POST', '/api/ingest', { articles }, auth)
    expect(status).toBe(400)
    expect(json.error.code).toBe('http/invalid-request')
    expect((await call(server.url, 'GET', '/api/stats')).json.articles).toBe(0)
  })

  it('refuses article metadata over its length: id 200, outlet 200, title 2000 characters', async () => {
    for (const meta of [{ id: 'i'.repeat(201) }, { outlet: 'o'.repeat(201) }, { title: 't'.repeat(2001) }]) {
      const { status, json } = await call(server.url, 'POST', '/api/analyze', { text: TEXT, ...meta })
      expect(status, Object.keys(meta)[0]).toBe(400)
      expect(json.error.code).toBe('http/invalid-request')
    }
  })

  it('refuses a search of more than 500 characters and a filter of more than 200', async () => {
    expect((await call(server.url, 'GET', `/api/search?q=${'w'.repeat(500)}`)).status).toBe(200)
    expect((await call(server.url, 'GET', `/api/search?q=${'w'.repeat(501)}`)).status).toBe(400)
    expect((await call(server.url, 'GET', `/api/search?outlet=${'o'.repeat(201)}`)).status).toBe(400)
    expect((await call(server.url, 'GET', `/api/entities?q=${'e'.repeat(201)}`)).status).toBe(400)
  })
})
