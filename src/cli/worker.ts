import type { Command } from 'commander'
import { databaseUrl, isPostgresUrl, openStore } from '../store/store.js'
import { addDbOption } from './store-option.js'

interface WorkerFlags {
  db?: string
  concurrency: string
  untilEmpty?: boolean
}

/** The PostgreSQL URL a queue command works on, or a one-line error and exit code 2. */
export function queueUrl(db: string | undefined): string | null {
  const url = databaseUrl(db)
  if (isPostgresUrl(url)) return url
  console.error(
    `newsgraph: error the job queue needs PostgreSQL: give --db postgres://… or NEWSGRAPH_DATABASE_URL, not "${url}" [queue/not-postgres]`,
  )
  return null
}

/** `newsgraph worker`: runs queued ingest jobs against PostgreSQL until stopped. */
export function registerWorker(program: Command): void {
  addDbOption(
    program
      .command('worker')
      .description('run queued jobs (fetch, analyse, store and link) from the PostgreSQL job queue')
      .option('--concurrency <n>', 'jobs at once in this process (analysis is CPU-bound: run a process per core)', '1')
      .option('--until-empty', 'stop once no job is waiting or running'),
  ).action(async (flags: WorkerFlags) => {
    const url = queueUrl(flags.db)
    const concurrency = Number(flags.concurrency)
    if (!url) {
      process.exitCode = 2
      return
    }
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      console.error(
        `newsgraph: error --concurrency must be a whole number from 1 to 64, not "${flags.concurrency}" [cli/usage]`,
      )
      process.exitCode = 2
      return
    }
    const { fullPreset } = await import('../presets.js')
    const { createAnalyzer } = await import('../analyze.js')
    const { startWorker } = await import('../queue/worker.js')
    const { pipelineVersion } = await import('../pipeline-version.js')
    const stages = fullPreset()
    const analyzer = await createAnalyzer(stages)
    const store = await openStore(url)
    let done = 0
    let failed = 0
    const timings = { analyse: 0, store: 0 }
    const worker = await startWorker({
      url,
      concurrency,
      untilEmpty: !!flags.untilEmpty,
      context: {
        store,
        analyze: (doc) => analyzer.analyze(doc),
        pipelineVersion: pipelineVersion(stages),
        timings,
      },
      onJob(outcome, task, error) {
        if (outcome === 'done') done++
        else {
          failed++
          console.error(`worker: ${task} failed, will retry: ${(error as Error)?.message ?? error}`)
        }
      },
    })
    console.error(`worker: running ${concurrency} at a time on ${url.replace(/\/\/[^@/]*@/, '//')}`)
    await worker.done
    await store.close()
    console.error(
      `worker: stopped after ${done} jobs done, ${failed} failed attempts; ` +
        `analysis ${Math.round(timings.analyse)} ms, store ${Math.round(timings.store)} ms`,
    )
  })
}
