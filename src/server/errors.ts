import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isNewsgraphError, type NewsgraphError } from '../doc/message.js'

/*
 * One place turns every failure into a status and the error body `{ error: { code, message } }`.
 * Input the project cannot read (NewsgraphError `read/*`, `fetch/*`) is the caller's to fix and
 * says why; anything else is a bug: it is logged here and answered with a bare 500, so no stack,
 * path or SQL leaves the process (as hono's own `errorHandler` in `src/hono-base.ts` does).
 */

/** The body of every error response. `code` is a stable rule id such as `http/not-found`. */
export interface ErrorBody {
  error: { code: string; message: string }
}

/** An error a route throws on purpose, with the status and code to answer with. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The error body for a code and message. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } }
}

/** Rules of input problems: the caller's to fix (or the far server's, for a fetched URL). */
const CLIENT_RULE = /^(read|fetch|ingest)\//

/**
 * The status for a NewsgraphError: 413 for size limits, 415 for bytes that are not text, 502
 * and 504 when a fetched URL's server failed or was too slow, 400 otherwise; 500 if not input.
 */
export function statusOf(error: NewsgraphError): ContentfulStatusCode {
  const rule = error.rule
  if (!CLIENT_RULE.test(rule)) return 500
  if (/too-large/.test(rule)) return 413
  if (/^read\/(binary|unsupported-encoding|invalid-utf8)$/.test(rule)) return 415
  if (/\/timeout$/.test(rule)) return 504
  if (/\/(http-status|fetch-failed|too-many-redirects)$/.test(rule)) return 502
  return 400
}

/** Hono's `onError`: maps anything thrown in a route to a status and an error body. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status)
  if (isNewsgraphError(error)) {
    const status = statusOf(error)
    if (status !== 500) return c.json(errorBody(error.rule, error.message), status)
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode
    const code = status === 413 ? 'http/payload-too-large' : status === 400 ? 'http/malformed-json' : 'http/error'
    return c.json(errorBody(code, error.message || 'request refused'), status)
  }
  console.error(`newsgraph serve: ${c.req.method} ${c.req.path} failed:`, error)
  return c.json(errorBody('internal', 'internal error; the server log has the details'), 500)
}

/** Hono's `notFound`: unknown routes answer in JSON like every other error. */
export function handleNotFound(c: Context): Response {
  return c.json(errorBody('http/not-found', `no route for ${c.req.method} ${c.req.path}`), 404)
}
