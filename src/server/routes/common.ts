import type { z } from '@hono/zod-openapi'
import { ApiError } from '../errors.js'
import { ErrorSchema } from '../schemas.js'

/*
 * Pieces every route declaration repeats: JSON bodies, the error responses, and 404 for
 * records that are not there.
 */

/** A JSON response or request body of this schema. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description }
}

const error = (description: string) => json(ErrorSchema, description)

/** The errors any read route may answer with. */
export const readErrors = {
  400: error('The request is malformed: bad JSON, a missing or invalid field'),
  401: error('The server is private and no API token was given'),
  403: error('The API token given is wrong'),
  500: error('A bug: logged on the server; no detail is returned'),
} as const

/** The errors a route that reads an article may also answer with. */
export const inputErrors = {
  ...readErrors,
  413: error('The body or the article is over a size limit'),
  415: error('The input is of a type that cannot be read'),
  502: error('A URL given could not be fetched: its server failed'),
  504: error('A URL given could not be fetched in time'),
} as const

/** The errors a route that writes may answer with: 401 without a token, 403 with a wrong one or none configured. */
export const writeErrors = { ...inputErrors } as const

export const notFound = { 404: error('No such record') } as const

/** The record, or a 404 naming what was not found. */
export function found<T>(record: T | null, what: string, id: string): T {
  if (record === null) throw new ApiError(404, 'http/not-found', `no ${what} with id "${id}"`)
  return record
}
