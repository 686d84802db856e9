import type { Command } from 'commander'
import { addDbOption } from './store-option.js'
import { queueUrl } from './worker.js'

interface JobsFlags {
  db?: string
  failed?: boolean
  json?: boolean
  limit: string
}

/** `newsgraph jobs`: what the queue holds: queued, running, retrying and failed jobs. */
export function registerJobs(program: Command): void {
  addDbOption(
    program
      .command('jobs')
      .description('list queued, running, retrying and failed jobs in the PostgreSQL job queue')
      .option('--failed', 'only jobs that spent their attempts, with their last error')
      .option('--json', 'one JSON object per line')
      .option('--limit <n>', 'at most this many', '100'),
  ).action(async (flags: JobsFlags) => {
    const url = queueUrl(flags.db)
    if (!url) {
      process.exitCode = 2
      return
    }
    const { openQueue, listJobs } = await import('../queue/queue.js')
    const queue = await openQueue(url)
    try {
      const jobs = await listJobs(queue.utils, { failed: !!flags.failed, limit: Number(flags.limit) || 100 })
      for (const job of jobs) {
        if (flags.json) console.log(JSON.stringify(job))
        else {
          const error = job.lastError ? `  ${job.lastError.split('\n')[0]}` : ''
          console.log(
            `${job.id}\t${job.state}\t${job.task}\t${job.attempts}/${job.maxAttempts}\t${job.key ?? ''}${error}`,
          )
        }
      }
      if (!jobs.length && !flags.json) console.error(flags.failed ? 'no failed jobs' : 'the queue is empty')
    } finally {
      await queue.close()
    }
  })
}
