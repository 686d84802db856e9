import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'

/*
 * Who may call what. Writes always need the API token; without a token configured the server is
 * read-only. With `private`, reads need it too. Tokens are compared as SHA-256 digests with
 * `timingSafeEqual`, so neither the length nor the first differing byte shows in the timing.
 */

/** How the server guards its routes. */
export interface AccessOptions {
  /** The API token; writes are refused when there is none. */
  token?: string | undefined
  /** Reads need the token as well. */
  private?: boolean | undefined
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/** True when `given` equals `expected`, in time that does not depend on where they differ. */
export function isSameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected))
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i)
  return match?.[1]
}

function checkToken(header: string | undefined, token: string): void {
  const given = bearerToken(header)
  if (given === undefined) throw new ApiError(401, 'auth/missing-token', 'this request needs the API token')
  if (!isSameToken(given, token)) throw new ApiError(403, 'auth/bad-token', 'the API token given is not accepted')
}

/** Middleware for routes that change the database: token required; refused outright without one. */
export function requireWrite(options: AccessOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!options.token) {
      throw new ApiError(403, 'auth/read-only', 'this server is read-only: start it with --token to allow writes')
    }
    checkToken(c.req.header('authorization'), options.token)
    await next()
  }
}

/** Middleware for routes that only read: open, unless the server is private. */
export function requireRead(options: AccessOptions): MiddlewareHandler {
  return async (c, next) => {
    if (options.private && options.token) checkToken(c.req.header('authorization'), options.token)
    await next()
  }
}
