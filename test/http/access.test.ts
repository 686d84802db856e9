import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { call, startTestServer } from './start.js'

/* Who may read and write, on servers started each way `newsgraph serve` can start them. */

let server: Awaited<ReturnType<typeof startTestServer>> | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const article = { articles: [{ text: 'The minister said on Monday that talks would resume in Geneva.', id: 'a1' }] }

describe('access', () => {
  it('is read-only without a token: reads and analysis work, writes get 403', async () => {
    server = await startTestServer()
    expect((await call(server.url, 'GET', '/api/stats')).status).toBe(200)
    expect(
      (await call(server.url, 'POST', '/api/analyze', { text: 'The minister said talks would resume.' })).status,
    ).toBe(200)
    const write = await call(server.url, 'POST', '/api/ingest', article, { authorization: 'Bearer anything' })
    expect(write.status).toBe(403)
    expect(write.json.error.code).toBe('auth/read-only')
  })

  it('closes reads too when private', async () => {
    server = await startTestServer({ access: { token: 'secret-1', private: true } })
    const closed = await call(server.url, 'GET', '/api/stats')
    expect(closed.status).toBe(401)
    expect(closed.json.error.code).toBe('auth/missing-token')
    expect((await call(server.url, 'POST', '/api/analyze', { text: 'The minister said so.' })).status).toBe(401)
    expect((await call(server.url, 'GET', '/api/stats', undefined, { authorization: 'Bearer secret-2' })).status).toBe(
      403,
    )
    expect((await call(server.url, 'GET', '/api/stats', undefined, { authorization: 'Bearer secret-1' })).status).toBe(
      200,
    )
    // The page itself holds no data and loads, so the token can be entered in it.
    expect((await fetch(`${server.url}/`)).status).toBe(200)
  })

  it('sends CORS headers to the origins it is given only', async () => {
    server = await startTestServer({ corsOrigins: ['http://allowed.test'] })
    const allowed = await fetch(`${server.url}/api/stats`, { headers: { origin: 'http://allowed.test' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.test')
    const other = await fetch(`${server.url}/api/stats`, { headers: { origin: 'http://other.test' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers a failure that is no input problem with a bare 500, and keeps serving', async () => {
    server = await startTestServer()
    // A store closed under the server: every query now fails inside the database driver.
    await server.store.close()
    const errors: unknown[] = []
    const log = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const { status, json } = await call(server.url, 'GET', '/api/articles')
      expect(status).toBe(500)
      expect(json).toEqual({ error: { code: 'internal', message: 'internal error; the server log has the details' } })
      expect(errors.length).toBe(1)
      expect((await call(server.url, 'GET', '/api/nope')).status).toBe(404)
    } finally {
      console.error = log
    }
  })

  it('fetches and reads a URL on loopback only when allowed', async () => {
    const page = `<html><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>${'<p>The harbour master said on Monday that the talks in Geneva would resume next week, according to officials.</p>'.repeat(3)}</article></body></html>`
    const site = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(page)
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/story`
    try {
      server = await startTestServer({ allowPrivateUrls: true })
      const { status, json } = await call(server.url, 'POST', '/api/analyze', { url })
      expect(status).toBe(200)
      expect(json.article.url).toBe(url)
      expect(json.article.text).toContain('harbour master said')
      expect(json.article.text).not.toContain('<p>')
      await server.stop()
      server = await startTestServer()
      const refused = await call(server.url, 'POST', '/api/analyze', { url })
      expect(refused.status).toBe(400)
      expect(refused.json.error.code).toBe('ingest/private-address')
    } finally {
      site.close()
    }
  })
})
