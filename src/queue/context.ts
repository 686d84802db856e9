import type { AnalysisJson } from '../doc/analysis-json.js'
import type { Doc } from '../doc/doc.js'
import type { Store } from '../store/store.js'

/** What every task is given: the corpus, a prepared analyzer, and the version it stamps. */
export interface TaskContext {
  readonly store: Store
  readonly analyze: (doc: Doc) => AnalysisJson
  readonly pipelineVersion: string
  /** Milliseconds spent analysing and storing, summed over jobs: where a worker's time goes. */
  readonly timings?: { analyse: number; store: number }
}

/**
 * Input failures that a retry may cure: the network or the far server. Anything else about an
 * input (unreadable, too large, no article) fails the same way every time, so it is recorded, not retried.
 */
export const TRANSIENT_RULES: ReadonlySet<string> = new Set([
  'ingest/timeout',
  'ingest/fetch-failed',
  'ingest/http-status',
])
