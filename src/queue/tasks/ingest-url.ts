import type { Task } from 'graphile-worker'
import { ingest } from '../../ingest/ingest.js'
import { type TaskContext, TRANSIENT_RULES } from '../context.js'
import { isUrlPayload } from '../payloads.js'

/**
 * Fetches an article page or a feed and ingests what it holds, through the same `ingest` as the
 * CLI. A network failure throws, so graphile-worker retries the job with backoff; once its
 * attempts are spent the job stays in the queue with its error (`newsgraph jobs --failed`).
 */
export function ingestUrlTask(context: TaskContext): Task {
  return async (payload) => {
    if (!isUrlPayload(payload)) throw new Error('ingest-url: payload needs "url" and "feed"')
    const summary = await ingest(context.store, context.analyze, payload.feed ? [] : [payload.url], {
      feeds: payload.feed ? [payload.url] : [],
      allowPrivate: payload.allowPrivate,
      pipelineVersion: context.pipelineVersion,
    })
    const transient = summary.failed.find((f) => TRANSIENT_RULES.has(f.rule))
    if (transient) throw new Error(`${transient.input}: ${transient.reason} [${transient.rule}]`)
  }
}
