import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AnalysisJson } from '../doc/analysis-json.js'
import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { type InputFormat, readInput } from '../read/index.js'
import type { Store } from '../store/store.js'
import { type FeedItem, readFeedItems } from './feed.js'
import { type FetchOptions, fetchUrl } from './fetch-url.js'
import { expandTargets, type IngestTarget } from './inputs.js'

/*
 * Ingest: read every input, analyse it and store it, one article per transaction. Idempotent:
 * an input whose raw bytes were stored before is skipped before analysis, and an article whose
 * content is stored already is not stored twice, so a re-run after a crash resumes where the
 * last commit left off. One bad item never stops the batch: it is recorded as a failure.
 */

export interface IngestOptions {
  /** Feed URLs or feed files, whose items are ingested. */
  readonly feeds?: readonly string[]
  readonly allowPrivate?: boolean
  /** Stored beside each analysis (`newsgraph@0.1.0 tokens,times,…`). */
  readonly pipelineVersion: string
  readonly fetch?: FetchOptions
  /** Analyse again what an older pipeline version stored, replacing its analysis. */
  readonly reanalyse?: boolean
}

export type ItemStatus = 'added' | 'duplicate' | 'failed'

export interface ItemResult {
  readonly input: string
  readonly status: ItemStatus
  readonly articleId?: string
  readonly rule?: string
  readonly reason?: string
}

/** Told as work is found and done, for a progress bar. */
export interface IngestProgress {
  /** More items were found (a folder walked, a feed read). */
  found(count: number): void
  done(result: ItemResult): void
}

export interface IngestSummary {
  readonly added: number
  readonly duplicates: number
  readonly failed: { input: string; rule: string; reason: string }[]
}

/** Analyses one Doc; the CLI passes a prepared analyzer's `analyze`. */
export type AnalyzeFn = (doc: Doc) => AnalysisJson

/** Gives the analysis function, prepared on first use: a run with nothing new loads no models. */
export type AnalyzerSource = AnalyzeFn | (() => Promise<AnalyzeFn>)

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}

function failureOf(error: unknown): { rule: string; reason: string } {
  if (error instanceof NewsgraphError) return { rule: error.rule, reason: error.detail.reason }
  // Not an input problem but a bug: keep going, and say so plainly.
  return { rule: 'ingest/internal-error', reason: `internal error: ${(error as Error)?.message ?? String(error)}` }
}

/** Splits JSON Lines bytes into non-blank lines with their 1-based numbers. */
export function splitLines(bytes: Uint8Array): { line: number; bytes: Uint8Array }[] {
  const out: { line: number; bytes: Uint8Array }[] = []
  let start = 0
  let line = 1
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const slice = bytes.subarray(start, i)
      if (slice.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) out.push({ line, bytes: slice })
      start = i + 1
      line++
    }
  }
  return out
}

/** Runs an ingest over paths, folders, URLs and feeds; resolves with the summary. */
export async function ingest(
  store: Store,
  analyzer: AnalyzerSource,
  inputs: readonly string[],
  options: IngestOptions,
  progress?: IngestProgress,
): Promise<IngestSummary> {
  let added = 0
  let duplicates = 0
  const failed: IngestSummary['failed'] = []
  const fetchOptions: FetchOptions = { ...options.fetch, allowPrivate: !!options.allowPrivate }
  let prepared: Promise<AnalyzeFn> | undefined
  const analyzeFn = (): Promise<AnalyzeFn> => {
    prepared ??=
      analyzer.length === 1 ? Promise.resolve(analyzer as AnalyzeFn) : (analyzer as () => Promise<AnalyzeFn>)()
    return prepared
  }

  const report = async (result: ItemResult) => {
    if (result.status === 'added') added++
    else if (result.status === 'duplicate') duplicates++
    else {
      const failure = { input: result.input, rule: result.rule ?? 'ingest/failed', reason: result.reason ?? '' }
      failed.push(failure)
      await store.recordFailure(failure)
    }
    if (result.status !== 'failed') await store.clearFailures(result.input)
    progress?.done(result)
  }

  const fail = (input: string, error: unknown) => report({ input, status: 'failed', ...failureOf(error) })

  /** Reads raw bytes as one or more articles and stores them. */
  const handleRaw = async (
    raw: Uint8Array,
    input: string,
    format: InputFormat | undefined,
    meta: Partial<Pick<Doc['article'], 'url' | 'title' | 'published'>> = {},
  ) => {
    const stored = options.reanalyse ? null : await store.findByRawHash(sha256(raw))
    if (stored) return report({ input, status: 'duplicate', articleId: stored })
    const results = [...readInput(raw, { name: input, ...(format ? { format } : {}) })]
    if (results.length > 1) progress?.found(results.length - 1)
    for (const [k, result] of results.entries()) {
      const name = results.length > 1 ? `${input}#${result.line ?? k + 1}` : input
      if (!result.ok) {
        await fail(name, result.error)
        continue
      }
      try {
        const doc = withMeta(result.doc, meta)
        const analysis = (await analyzeFn())(doc)
        const put = await store.putAnalysis(analysis, {
          ...(results.length === 1 ? { raw } : {}),
          source: name,
          pipelineVersion: options.pipelineVersion,
          replace: !!options.reanalyse,
        })
        await report({ input: name, status: put.added ? 'added' : 'duplicate', articleId: put.articleId })
      } catch (error) {
        await fail(name, error)
      }
    }
  }

  const handleUrl = async (url: string, item?: FeedItem) => {
    let fetched: Awaited<ReturnType<typeof fetchUrl>>
    try {
      fetched = await fetchUrl(url, fetchOptions)
    } catch (error) {
      // A feed that carries the article's HTML still gives the article when its page will not come.
      if (item?.html && !(error instanceof NewsgraphError && error.rule === 'ingest/private-address')) {
        return handleRaw(new TextEncoder().encode(item.html), url, 'html', itemMeta(item, url))
      }
      return fail(url, error)
    }
    const type = (fetched.contentType ?? '').toLowerCase()
    if (!item && /(rss|atom)\+xml|\/xml|feed\+json/.test(type)) return handleFeedBody(fetched.bytes, url)
    const format: InputFormat = type.includes('json') ? 'json' : type.startsWith('text/plain') ? 'text' : 'html'
    return handleRaw(fetched.bytes, url, format, { url: fetched.url, ...(item ? itemMeta(item, fetched.url) : {}) })
  }

  const handleFeedBody = async (bytes: Uint8Array, feed: string) => {
    let items: FeedItem[]
    try {
      items = readFeedItems(new TextDecoder().decode(bytes), feed)
    } catch (error) {
      return fail(feed, error)
    }
    progress?.found(items.length - 1)
    for (const [k, item] of items.entries()) {
      if (item.link) await handleUrl(item.link, item)
      else if (item.html)
        await handleRaw(new TextEncoder().encode(item.html), `${feed}#${k + 1}`, 'html', itemMeta(item))
      else await fail(`${feed}#${k + 1}`, noContent(`${feed}#${k + 1}`))
    }
  }

  const handle = async (target: IngestTarget) => {
    if (target.kind === 'url') return handleUrl(target.url)
    if (target.kind === 'feed') {
      try {
        const fetched = await fetchUrl(target.url, {
          ...fetchOptions,
          accept: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
        })
        return handleFeedBody(fetched.bytes, target.url)
      } catch (error) {
        return fail(target.url, error)
      }
    }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(target.path)
    } catch (error) {
      const e = error as NodeJS.ErrnoException
      return fail(target.path, new NewsgraphError({ severity: 'error', rule: 'ingest/unreadable', reason: e.message }))
    }
    if (target.kind === 'feed-file') return handleFeedBody(bytes, target.path)
    if (!target.lines) return handleRaw(bytes, target.path, undefined)
    const lines = splitLines(bytes)
    progress?.found(lines.length - 1)
    for (const { line, bytes: record } of lines) await handleRaw(record, `${target.path}:${line}`, 'json')
  }

  const targets = expandTargets(inputs, options.feeds ?? [])
  progress?.found(targets.length)
  for (const target of targets) await handle(target)
  return { added, duplicates, failed }
}

function itemMeta(item: FeedItem, url?: string): Partial<Pick<Doc['article'], 'url' | 'title' | 'published'>> {
  return {
    ...(url ? { url } : {}),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: isoDay(item.published) } : {}),
  }
}

/** A feed's date (RFC 2822 or ISO 8601) as `YYYY-MM-DD`, or null. */
function isoDay(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10)
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
}

/** What the feed or fetch knows, filled in where the reader found nothing. */
function withMeta(doc: Doc, meta: Partial<Pick<Doc['article'], 'url' | 'title' | 'published'>>): Doc {
  const a = doc.article
  const fill: { url?: string; title?: string; published?: string | null } = {}
  if (meta.url && !a.url) fill.url = meta.url
  if (meta.title && !a.title) fill.title = meta.title
  if (meta.published && !a.published) fill.published = meta.published
  return Object.keys(fill).length ? doc.withArticle(fill) : doc
}

function noContent(input: string): NewsgraphError {
  return new NewsgraphError({
    severity: 'error',
    rule: 'ingest/empty-item',
    reason: 'the feed item has neither a link nor content',
    input,
  })
}
