import { type AddJobFunction, makeWorkerUtils, type WorkerUtils } from 'graphile-worker'
import { type ArticlePayload, TASKS, type UrlPayload } from './payloads.js'

/*
 * Enqueues ingest work in PostgreSQL for `newsgraph worker` processes. Each job has a key (the
 * raw bytes' hash, or the URL), so enqueueing the same input twice while it waits makes one job.
 */

/** Attempts before a job is left failed; waits grow as e^attempt seconds (3 s, 7 s, 20 s, 55 s). */
export const MAX_ATTEMPTS = 5

export interface Queue {
  addArticle(payload: ArticlePayload, key: string): Promise<void>
  addUrl(payload: UrlPayload): Promise<void>
  readonly utils: WorkerUtils
  close(): Promise<void>
}

/** Opens the queue in the PostgreSQL at `url`, installing graphile-worker's schema when needed. */
export async function openQueue(url: string): Promise<Queue> {
  const utils = await makeWorkerUtils({ connectionString: url })
  await utils.migrate()
  const add: AddJobFunction = (task, payload, spec) => utils.addJob(task, payload, spec)
  return {
    utils,
    async addArticle(payload, key) {
      await add(TASKS.article, payload, { jobKey: `article:${key}`, maxAttempts: MAX_ATTEMPTS })
    },
    async addUrl(payload) {
      await add(TASKS.url, payload, { jobKey: `url:${payload.url}`, maxAttempts: MAX_ATTEMPTS })
    },
    close: async () => {
      await utils.release()
    },
  }
}

/** A queued, running or failed job, as `newsgraph jobs` lists it. */
export interface JobRow {
  readonly id: string
  readonly task: string
  readonly key: string | null
  readonly state: 'queued' | 'running' | 'retrying' | 'failed'
  readonly attempts: number
  readonly maxAttempts: number
  readonly runAt: Date
  readonly lastError: string | null
}

/** Lists jobs, oldest first; `failed` keeps only those that spent their attempts. */
export async function listJobs(
  utils: WorkerUtils,
  options: { failed?: boolean; limit?: number } = {},
): Promise<JobRow[]> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 10_000)
  return utils.withPgClient(async (client) => {
    const { rows } = await client.query<{
      id: string
      task_identifier: string
      key: string | null
      attempts: number
      max_attempts: number
      run_at: Date
      last_error: string | null
      locked_at: Date | null
    }>(
      `select id, task_identifier, key, attempts, max_attempts, run_at, last_error, locked_at
         from graphile_worker.jobs
        where ($1::boolean is not true or attempts >= max_attempts)
        order by id limit $2`,
      [options.failed ?? false, limit],
    )
    return rows.map((r) => ({
      id: String(r.id),
      task: r.task_identifier,
      key: r.key,
      state: r.locked_at ? 'running' : r.attempts >= r.max_attempts ? 'failed' : r.attempts > 0 ? 'retrying' : 'queued',
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      runAt: r.run_at,
      lastError: r.last_error,
    }))
  })
}
