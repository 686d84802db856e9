/*
 * What a job carries. A job holds everything a worker on another machine needs: the raw bytes of
 * a file (base64), or a URL to fetch. Payloads are JSON in PostgreSQL.
 */

import type { InputFormat } from '../read/index.js'

/** Task names, as graphile-worker stores them. */
export const TASKS = { article: 'ingest-article', url: 'ingest-url' } as const

/** One article's raw input, read by the CLI from a file or a JSON Lines line. */
export interface ArticlePayload {
  /** A path, `feed.jsonl:12`: what failures and `show` name. */
  readonly input: string
  /** The raw bytes, base64. */
  readonly raw: string
  readonly format?: InputFormat
}

/** An article page or a feed to fetch, then ingest. */
export interface UrlPayload {
  readonly url: string
  readonly feed: boolean
  readonly allowPrivate: boolean
}

export function isArticlePayload(value: unknown): value is ArticlePayload {
  const v = value as ArticlePayload
  return typeof v?.input === 'string' && typeof v.raw === 'string'
}

export function isUrlPayload(value: unknown): value is UrlPayload {
  const v = value as UrlPayload
  return typeof v?.url === 'string' && typeof v.feed === 'boolean'
}
