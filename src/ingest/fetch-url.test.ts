import type { RequestListener } from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NewsgraphError } from '../doc/message.js'
import { type FetchOptions, fetchUrl } from './fetch-url.js'
import { type CountingSite, startSite, stopSite } from './testing.js'

/*
 * The ingest fetch policy against real servers. An "inward" server on loopback stands for what
 * must stay unreachable and counts every request it gets; a stand-in "public" site listens on
 * 127.0.0.2 (Linux routes all of 127/8 to lo) and is declared public with `publicAddresses`, so a
 * redirect from an allowed first hop to an inward address is tried without a public network.
 */

/** The `NewsgraphError` a fetch fails with; fails the test if the fetch succeeds. */
async function refusalOf(url: string, options: FetchOptions = {}): Promise<NewsgraphError> {
  const error = await fetchUrl(url, { timeoutMs: 5000, ...options }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, `${url} was fetched`).toBeInstanceOf(NewsgraphError)
  return error as NewsgraphError
}

const SECRET = 'inward secret'
const serveSecret: RequestListener = (_, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' })
  response.end(SECRET)
}

/** Redirects to the URL in `?to=`, with the status in `?status=` (302 unless given). */
const redirectAsAsked: RequestListener = (request, response) => {
  const query = new URL(request.url ?? '/', 'http://public.test').searchParams
  const to = query.get('to')
  if (!to) {
    response.writeHead(200, { 'content-type': 'text/plain' })
    response.end('public page')
    return
  }
  response.writeHead(Number(query.get('status') ?? 302), { location: to })
  response.end()
}

let inward4: CountingSite
let inward6: CountingSite | null
let outside: CountingSite | null
const PUBLIC = ['127.0.0.2']

/** Whether this machine can bind 127.0.0.2 (Linux can; macOS only with an alias on lo0). */
async function canBindStandIn(): Promise<boolean> {
  const probe = await startSite('127.0.0.2', serveSecret)
  await stopSite(probe)
  return probe !== null
}
const hasStandIn = await canBindStandIn()

/** Requests that reached an inward server. */
const inwardHits = () => inward4.hits + (inward6?.hits ?? 0)

beforeAll(async () => {
  inward4 = (await startSite('127.0.0.1', serveSecret)) as CountingSite
  inward6 = await startSite('::1', serveSecret)
  outside = await startSite('127.0.0.2', redirectAsAsked)
})

afterAll(async () => {
  await Promise.all([stopSite(inward4), stopSite(inward6), stopSite(outside)])
})

/** Inward URLs in the spellings an attacker would try, each pointing at a live inward server. */
function inwardUrls(): string[] {
  const p = inward4.port
  return [
    `http://127.0.0.1:${p}/secret`,
    `http://127.1:${p}/secret`,
    `http://2130706433:${p}/secret`,
    `http://0x7f.0.0.1:${p}/secret`,
    `http://0.0.0.0:${p}/secret`,
    `http://[::ffff:127.0.0.1]:${p}/secret`,
    `http://[::ffff:7f00:1]:${p}/secret`,
    `http://localhost:${p}/secret`,
    ...(inward6 ? [`http://[::1]:${inward6.port}/secret`, `http://[0:0:0:0:0:0:0:1]:${inward6.port}/secret`] : []),
  ]
}

/** Private addresses with no server behind them: refused before any connection is tried. */
const UNSERVED = [
  'http://10.0.0.1/',
  'http://172.16.5.4/',
  'http://192.168.1.1/admin',
  'http://100.64.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://[64:ff9b::a00:1]/',
]

describe('fetchUrl refuses private and loopback addresses by default', () => {
  it('refuses a loopback address in every spelling, and the inward server sees nothing', async () => {
    const before = inwardHits()
    for (const url of inwardUrls()) {
      expect((await refusalOf(url)).detail.rule, url).toBe('ingest/private-address')
    }
    expect(inwardHits() - before).toBe(0)
  })

  it('refuses private, link-local and unique-local addresses', async () => {
    for (const url of UNSERVED) {
      const error = await refusalOf(url, { timeoutMs: 2000 })
      expect(error.detail.rule, url).toBe('ingest/private-address')
      expect(error.detail.input).toBe(url)
    }
  })

  it('refuses a DNS name that resolves to loopback (localhost), naming the address found', async () => {
    const before = inwardHits()
    const error = await refusalOf(`http://localhost:${inward4.port}/secret`)
    expect(error.detail.rule).toBe('ingest/private-address')
    expect(error.detail.reason).toMatch(/^localhost resolves to (127\.0\.0\.1|::1),/)
    expect(error.detail.reason).toContain('--allow-private')
    expect(inwardHits() - before).toBe(0)
  })

  it('fetches every one of them with allowPrivate', async () => {
    const before = inwardHits()
    const urls = inwardUrls().filter((u) => !u.startsWith('http://0.0.0.0'))
    for (const url of urls) {
      const fetched = await fetchUrl(url, { allowPrivate: true, timeoutMs: 5000 })
      expect(new TextDecoder().decode(fetched.bytes), url).toBe(SECRET)
    }
    expect(inwardHits() - before).toBe(urls.length)
  })

  it('does not let a socket kept alive for an allowPrivate fetch carry a fetch without it', async () => {
    const url = `http://localhost:${inward4.port}/secret`
    const before = inward4.hits
    await fetchUrl(url, { allowPrivate: true })
    expect((await refusalOf(url)).detail.rule).toBe('ingest/private-address')
    expect(inward4.hits - before).toBe(1)
  })
})

describe.skipIf(!hasStandIn)(
  'fetchUrl refuses a redirect inward from a public first hop (needs 127.0.0.2 on lo)',
  () => {
    /** The stand-in public site's URL redirecting to `to`. */
    const via = (to: string, status = 302) =>
      `http://127.0.0.2:${outside?.port}/r?status=${status}&to=${encodeURIComponent(to)}`

    it('has a stand-in public site on 127.0.0.2 that only publicAddresses makes public', async () => {
      const page = await fetchUrl(`http://127.0.0.2:${outside?.port}/`, { publicAddresses: PUBLIC })
      expect(new TextDecoder().decode(page.bytes)).toBe('public page')
      expect((await refusalOf(`http://127.0.0.2:${outside?.port}/`)).detail.rule).toBe('ingest/private-address')
    })

    it('refuses each inward spelling and status after the first hop; the inward server sees nothing', async () => {
      const site = outside as CountingSite
      const inwardBefore = inwardHits()
      for (const target of inwardUrls()) {
        for (const status of [301, 302, 303, 307, 308]) {
          const url = via(target, status)
          const before = site.hits
          const error = await refusalOf(url, { publicAddresses: PUBLIC })
          expect(error.detail.rule, `${status} to ${target}`).toBe('ingest/private-address')
          expect(error.detail.input).toBe(url)
          expect(site.hits - before, 'the first hop was not made').toBe(1)
        }
      }
      expect(inwardHits() - inwardBefore).toBe(0)
    })

    it('refuses a redirect to a private address with no server behind it', async () => {
      for (const target of UNSERVED) {
        const error = await refusalOf(via(target), { publicAddresses: PUBLIC, timeoutMs: 2000 })
        expect(error.detail.rule, target).toBe('ingest/private-address')
      }
    })

    it('refuses a redirect to a name that resolves to loopback', async () => {
      const before = inwardHits()
      const error = await refusalOf(via(`http://localhost:${inward4.port}/secret`), { publicAddresses: PUBLIC })
      expect(error.detail.rule).toBe('ingest/private-address')
      expect(error.detail.reason).toMatch(/^localhost resolves to/)
      expect(inwardHits() - before).toBe(0)
    })

    it('refuses the inward hop after two public ones', async () => {
      const before = inwardHits()
      const inner = via(`http://127.0.0.1:${inward4.port}/secret`)
      const error = await refusalOf(via(inner), { publicAddresses: PUBLIC })
      expect(error.detail.rule).toBe('ingest/private-address')
      expect(inwardHits() - before).toBe(0)
    })

    it('refuses a redirect to a scheme other than http and https', async () => {
      for (const target of ['file:///etc/passwd', 'ftp://127.0.0.2/', 'gopher://127.0.0.1:6379/_']) {
        const error = await refusalOf(via(target), { publicAddresses: PUBLIC })
        expect(error.detail.rule, target).toBe('ingest/unsupported-url')
      }
    })

    it('follows the redirect inward with allowPrivate', async () => {
      const before = inward4.hits
      const target = `http://localhost:${inward4.port}/secret`
      const fetched = await fetchUrl(via(target), { allowPrivate: true, timeoutMs: 5000 })
      expect(new TextDecoder().decode(fetched.bytes)).toBe(SECRET)
      expect(fetched.url).toBe(target)
      expect(inward4.hits - before).toBe(1)
    })
  },
)

describe('fetchUrl bounds what it reads', () => {
  let site: CountingSite
  beforeAll(async () => {
    site = (await startSite('127.0.0.1', (request, response) => {
      if (request.url === '/declared') {
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '4096' })
        response.end('x'.repeat(4096))
      } else if (request.url === '/bomb') {
        // About 1 KB on the wire, 1 MB decoded, no length declared.
        response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
        response.end(gzipSync(Buffer.alloc(1024 * 1024, 'a')))
      } else {
        // Sends the headers, then nothing: only the deadline ends it.
        response.writeHead(200, { 'content-type': 'text/plain' })
        response.write('slow')
      }
    })) as CountingSite
  })
  afterAll(() => stopSite(site))

  const base = () => `http://127.0.0.1:${site.port}`

  it('refuses a response whose declared length is over the cap', async () => {
    const error = await refusalOf(`${base()}/declared`, { allowPrivate: true, maxBytes: 1024 })
    expect(error.detail.rule).toBe('ingest/too-large')
    expect(error.detail.reason).toContain('4096')
  })

  it('counts decoded bytes, so a small compressed bomb is stopped', async () => {
    const error = await refusalOf(`${base()}/bomb`, { allowPrivate: true, maxBytes: 64 * 1024 })
    expect(error.detail.rule).toBe('ingest/too-large')
  })

  it('gives up at the deadline on a server that never finishes', async () => {
    const error = await refusalOf(`${base()}/slow`, { allowPrivate: true, timeoutMs: 300 })
    expect(error.detail.rule).toBe('ingest/timeout')
  })
})
