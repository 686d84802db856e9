import { type LookupAddress, lookup } from 'node:dns'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { createRequire } from 'node:module'
import { isIP, type LookupFunction } from 'node:net'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { NewsgraphError } from '../doc/message.js'
import { FETCH_TIMEOUT_MS, MAX_INPUT_BYTES, MAX_REDIRECTS } from '../limits.js'
import { isPrivateAddress } from './private-address.js'

/*
 * Fetches one article or feed over HTTP(S) for ingest: a deadline for the whole exchange, a cap
 * on the decoded size, a bounded number of redirects and a user agent that says who is asking.
 * Private and loopback addresses are refused unless allowed, checked on the address actually
 * connected to (after DNS resolution, so a public name pointing inward is caught) and again on
 * every redirect.
 */

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string }

/** How newsgraph introduces itself to the sites it reads. */
export const USER_AGENT = `newsgraph/${version} (news analysis; fetches one page per article)`

export interface FetchOptions {
  /** Reach private and loopback addresses too (a local test server, an intranet). */
  readonly allowPrivate?: boolean
  /**
   * Addresses to count as public although they lie in a private range, matched exactly. For
   * tests only: a stand-in "public" site on 127.0.0.2 while 127.0.0.1 and the rest stay refused,
   * so a redirect inward can be tried without a public network. The CLI, server and queue never
   * set it.
   */
  readonly publicAddresses?: readonly string[]
  readonly timeoutMs?: number
  readonly maxBytes?: number
  readonly maxRedirects?: number
  readonly accept?: string
}

export interface Fetched {
  /** The URL after redirects. */
  readonly url: string
  readonly status: number
  readonly contentType: string | null
  readonly bytes: Uint8Array
}

function fail(rule: string, reason: string, input: string): NewsgraphError {
  return new NewsgraphError({ severity: 'error', rule, reason, input })
}

function refusal(host: string, address: string, input: string): NewsgraphError {
  return fail(
    'ingest/private-address',
    `${host} resolves to ${address}, a private or loopback address; pass --allow-private to fetch it`,
    input,
  )
}

/** True when the policy forbids connecting to `address`. */
function isRefused(address: string, options: FetchOptions): boolean {
  if (options.allowPrivate) return false
  return isPrivateAddress(address) && !options.publicAddresses?.includes(address)
}

/** A DNS lookup that refuses private answers: every address returned must be public. */
function guardedLookup(policy: FetchOptions, input: string): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0)
      const addresses = found as unknown as LookupAddress[]
      const inward = addresses.find((a) => isRefused(a.address, policy))
      if (inward) return callback(refusal(hostname, inward.address, input), '', 0)
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const first = addresses[0]
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 0)
      callback(null, first.address, first.family)
    })
  }
}

/*
 * Kept-alive sockets are pooled per policy. A reused socket skips DNS and so the lookup guard:
 * one opened with allowPrivate must never carry a later request made without it (a queue worker
 * runs jobs of both kinds). A policy with publicAddresses, used by tests, pools nothing.
 */
const POOLS = {
  guarded: {
    http: new http.Agent({ keepAlive: true, timeout: 5000 }),
    https: new https.Agent({ keepAlive: true, timeout: 5000 }),
  },
  open: {
    http: new http.Agent({ keepAlive: true, timeout: 5000 }),
    https: new https.Agent({ keepAlive: true, timeout: 5000 }),
  },
}

function agentFor(url: URL, options: FetchOptions): http.Agent | false {
  if (options.publicAddresses?.length) return false
  const pool = options.allowPrivate ? POOLS.open : POOLS.guarded
  return url.protocol === 'https:' ? pool.https : pool.http
}

function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal, input: string): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        signal,
        agent: agentFor(url, options),
        lookup: guardedLookup(options, input),
        headers: {
          'user-agent': USER_AGENT,
          accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    )
    request.on('error', reject)
    request.end()
  })
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase()
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip())
  if (encoding === 'deflate') return response.pipe(zlib.createInflate())
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress())
  return response
}

async function readBody(response: IncomingMessage, maxBytes: number, input: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'])
  const tooLarge = (n: number) =>
    fail('ingest/too-large', `the response is ${n} bytes or more; the limit is ${maxBytes} bytes`, input)
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy()
    throw tooLarge(declared)
  }
  const chunks: Buffer[] = []
  let size = 0
  // The cap counts decoded bytes, so a small compressed bomb is stopped too.
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      response.destroy()
      throw tooLarge(size)
    }
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

/** Fetches a URL under the ingest policy; throws `NewsgraphError` (`ingest/...`) when it cannot. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  const signal = AbortSignal.timeout(timeoutMs)
  let current: URL
  try {
    current = new URL(url)
  } catch {
    throw fail('ingest/invalid-url', `"${url.slice(0, 200)}" is not a URL`, url)
  }
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw fail('ingest/unsupported-url', `only http and https URLs are fetched, not ${current.protocol}`, url)
    }
    const host = current.hostname.replace(/^\[|\]$/g, '')
    // A literal address skips DNS, so the lookup guard never sees it: check it here.
    if (isIP(host) && isRefused(host, options)) throw refusal(host, host, url)
    let response: IncomingMessage
    try {
      response = await requestOnce(current, options, signal, url)
    } catch (error) {
      throw asFetchError(error, url, timeoutMs, signal.aborted)
    }
    const location = response.headers.location
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume()
      if (hop >= maxRedirects) {
        throw fail(
          'ingest/too-many-redirects',
          `more than ${maxRedirects} redirects; the last went to ${location}`,
          url,
        )
      }
      current = new URL(location, current)
      continue
    }
    const status = response.statusCode ?? 0
    if (status < 200 || status >= 300) {
      response.resume()
      throw fail('ingest/http-status', `the server answered ${status} ${response.statusMessage ?? ''}`.trim(), url)
    }
    try {
      const bytes = await readBody(response, options.maxBytes ?? MAX_INPUT_BYTES, url)
      return { url: current.toString(), status, contentType: response.headers['content-type'] ?? null, bytes }
    } catch (error) {
      throw asFetchError(error, url, timeoutMs, signal.aborted)
    }
  }
}

/** The `NewsgraphError` for a failed exchange; `timedOut` because a body cut off by the deadline fails as just "aborted". */
function asFetchError(error: unknown, url: string, timeoutMs: number, timedOut: boolean): NewsgraphError {
  if (error instanceof NewsgraphError) return error
  const e = error as Error & { code?: string }
  if (timedOut || e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ABORT_ERR') {
    return fail('ingest/timeout', `no complete answer within ${timeoutMs / 1000} s`, url)
  }
  return fail('ingest/fetch-failed', `could not fetch: ${e.message}`, url)
}
