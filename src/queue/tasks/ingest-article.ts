import type { Task } from 'graphile-worker'
import { NewsgraphError } from '../../doc/message.js'
import { readInput } from '../../read/index.js'
import type { TaskContext } from '../context.js'
import { isArticlePayload } from '../payloads.js'

/**
 * Reads, analyses and stores one raw input. Idempotent: the store keeps one article per content
 * hash, so a job run twice (a retry after a crash, a double delivery) leaves one article. Input
 * problems are recorded as failures and end the job; store errors throw, so the job is retried.
 */
export function ingestArticleTask(context: TaskContext): Task {
  return async (payload) => {
    if (!isArticlePayload(payload)) throw new Error('ingest-article: payload needs "input" and "raw"')
    const { store } = context
    const raw = Buffer.from(payload.raw, 'base64')
    const results = [...readInput(raw, { name: payload.input, ...(payload.format ? { format: payload.format } : {}) })]
    for (const [k, result] of results.entries()) {
      const input = results.length > 1 ? `${payload.input}#${result.line ?? k + 1}` : payload.input
      if (!result.ok) {
        await store.recordFailure({ input, rule: result.error.rule, reason: result.error.detail.reason })
        continue
      }
      let analysis: ReturnType<TaskContext['analyze']>
      const analysing = performance.now()
      try {
        analysis = context.analyze(result.doc)
      } catch (error) {
        if (!(error instanceof NewsgraphError)) throw error
        await store.recordFailure({ input, rule: error.rule, reason: error.detail.reason })
        continue
      }
      const storing = performance.now()
      if (context.timings) context.timings.analyse += storing - analysing
      await store.putAnalysis(analysis, {
        ...(results.length === 1 ? { raw } : {}),
        source: input,
        pipelineVersion: context.pipelineVersion,
      })
      await store.clearFailures(input)
      if (context.timings) context.timings.store += performance.now() - storing
    }
  }
}
