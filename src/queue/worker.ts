import { Logger, makeWorkerUtils, type Runner, run, type TaskList } from 'graphile-worker'
import pg from 'pg'
import type { TaskContext } from './context.js'
import { Liveness } from './liveness.js'
import { TASKS } from './payloads.js'
import { ingestArticleTask } from './tasks/ingest-article.js'
import { ingestUrlTask } from './tasks/ingest-url.js'

/*
 * A worker process: graphile-worker runs the tasks; this adds the recovery of jobs left locked by
 * dead workers (see liveness.ts) and a stop when the queue is empty, for batch runs.
 */

export interface WorkerOptions {
  readonly url: string
  readonly concurrency: number
  readonly context: TaskContext
  /** Stop once no job is waiting or running (failed jobs aside). */
  readonly untilEmpty?: boolean
  /** Told after each job, for progress lines. */
  readonly onJob?: (outcome: 'done' | 'failed', task: string, error?: unknown) => void
}

export interface WorkerHandle {
  /** Resolves when the worker has stopped. */
  readonly done: Promise<void>
  stop(): Promise<void>
}

/** How often dead workers' jobs are looked for, and the empty queue checked. */
const SWEEP_MS = 2_000

/** Starts a worker; it runs until `stop()`, a signal, or (with `untilEmpty`) an empty queue. */
export async function startWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const taskList: TaskList = {
    [TASKS.article]: ingestArticleTask(options.context),
    [TASKS.url]: ingestUrlTask(options.context),
  }
  const pool = queuePool(options.url, options.concurrency)
  const utils = await makeWorkerUtils({ pgPool: pool })
  await utils.migrate()
  const ownIds = new Set<string>()
  const liveness = await connectLiveness(options.url, ownIds)

  const quiet = new Logger(() => (level, message) => {
    if (level === 'error') console.error(`worker: ${message}`)
  })
  let stopping = false
  let current: Runner | undefined
  const startRunner = async (): Promise<Runner> => {
    const runner = await run({
      pgPool: pool,
      concurrency: options.concurrency,
      taskList,
      logger: quiet,
      pollInterval: 1_000,
    })
    runner.events.on('worker:create', ({ worker }) => {
      ownIds.add(worker.workerId)
      void liveness.current?.hold(worker.workerId).catch(() => {})
    })
    runner.events.on('job:success', ({ job }) => options.onJob?.('done', job.task_identifier))
    runner.events.on('job:error', ({ job, error }) => options.onJob?.('failed', job.task_identifier, error))
    return runner
  }

  /*
   * graphile-worker 0.16 retires a worker that cannot record a job's outcome (the database went
   * away mid-job) and does not replace it. The supervisor replaces the whole runner instead; the
   * job it held is unlocked by the liveness sweep and runs again, harmlessly, being idempotent.
   */
  const supervise = async (): Promise<void> => {
    while (!stopping) {
      let runner: Runner
      try {
        runner = await startRunner()
      } catch {
        await sleep(1_000)
        continue
      }
      current = runner
      const fatal = new Promise<void>((resolve) => runner.events.on('worker:fatalError', () => resolve()))
      await Promise.race([runner.promise.catch(() => {}), fatal])
      current = undefined
      await runner.stop().catch(() => {})
      if (!stopping) await sleep(1_000)
    }
  }

  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true
      clearInterval(sweep)
      await current?.stop().catch(() => {})
      await supervising
      await Promise.resolve(utils.release()).catch(() => {})
      liveness.close()
      await pool.end().catch(() => {})
    })()
    return stopped
  }

  const sweep = setInterval(async () => {
    try {
      const dead = (await liveness.current?.deadWorkers(ownIds)) ?? []
      if (dead.length) await utils.forceUnlockWorkers(dead)
      if (options.untilEmpty && (await pendingJobs(utils)) === 0) void stop()
    } catch {
      // The database is away; the next sweep tries again.
    }
  }, SWEEP_MS)

  const supervising = supervise()
  const done = supervising.then(() => stop())
  return { done, stop }
}

/**
 * One pool for the runners and the sweeps, kept for the worker's life. graphile-worker guards the
 * connections of a pool it is given only while a runner lives; a runner the supervisor retires
 * while PostgreSQL is down leaves connections whose errors would then end the process. These
 * listeners stay, and pg drops a broken connection from the pool by itself.
 */
function queuePool(url: string, concurrency: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: concurrency + 4 })
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Jobs still to do: waiting, running or to be retried. Failed ones (attempts spent) do not count. */
async function pendingJobs(utils: Awaited<ReturnType<typeof makeWorkerUtils>>): Promise<number> {
  return utils.withPgClient(async (client) => {
    const { rows } = await client.query<{ n: string }>(
      'select count(*) as n from graphile_worker.jobs where attempts < max_attempts',
    )
    return Number(rows[0]?.n ?? 0)
  })
}

/**
 * The liveness connection, reconnected when PostgreSQL goes away and comes back, re-taking the
 * locks of this process's workers.
 */
async function connectLiveness(
  url: string,
  ownIds: ReadonlySet<string>,
): Promise<{ current?: Liveness; close(): void }> {
  const state: { current?: Liveness; client?: pg.Client; closed: boolean; close(): void } = {
    closed: false,
    close() {
      state.closed = true
      void state.client?.end().catch(() => {})
    },
  }
  const connect = async (): Promise<void> => {
    while (!state.closed) {
      const client = new pg.Client({ connectionString: url })
      try {
        await client.connect()
        client.on('error', () => {})
        client.on('end', () => {
          state.current = undefined
          if (!state.closed) setTimeout(() => void connect(), 500)
        })
        const liveness = new Liveness(client)
        for (const id of ownIds) await liveness.hold(id)
        state.client = client
        state.current = liveness
        return
      } catch {
        await client.end().catch(() => {})
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }
  }
  await connect()
  return state
}
