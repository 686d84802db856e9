import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import { type IngestProgress, type IngestSummary, ingest } from '../ingest/ingest.js'
import { addDbOption, withStore } from './store-option.js'

interface IngestFlags {
  db?: string
  feed?: string[]
  allowPrivate?: boolean
  failed?: boolean
  reanalyse?: boolean
  quiet?: boolean
  queue?: boolean
}

/** `newsgraph ingest`: analyse and store files, folders, URLs and feeds. */
export function registerIngest(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description('analyse articles and store them in the corpus: files, folders, JSON Lines, HTML, URLs, feeds')
      .argument('[inputs...]', 'files, folders (read recursively) or article URLs')
      .option('--feed <url...>', 'RSS, Atom or JSON feeds whose items to ingest')
      .option('--allow-private', 'let URLs reach private and loopback addresses (a local server, an intranet)')
      .option('--failed', 'list the inputs that failed, with reasons, and exit')
      .option('--reanalyse', 'analyse again articles that an older pipeline version stored, replacing their analyses')
      .option('--quiet', 'no progress bar')
      .option('--queue', 'enqueue the work for `newsgraph worker` processes (PostgreSQL) instead of doing it here'),
  )
    .addHelpText(
      'after',
      `
Re-running is safe: what is stored already is skipped, so an interrupted ingest resumes.
Exit codes: 0 everything stored (or already there), 1 some input failed (see --failed).`,
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (flags.queue && !flags.failed) {
        process.exitCode = await enqueue(inputs, flags)
        return
      }
      process.exitCode = await withStore(flags.db, async (store) => {
        if (flags.failed) {
          let cursor: string | null = null
          let count = 0
          do {
            const page = await store.listFailures({ limit: 500, cursor })
            for (const f of page.items) console.log(`${f.input}: error ${f.reason} [${f.rule}]`)
            count += page.items.length
            cursor = page.next
          } while (cursor)
          if (!count) console.error('no failed inputs')
          return 0
        }
        if (!inputs.length && !flags.feed?.length) {
          console.error('newsgraph: error nothing to ingest: give files, folders, URLs or --feed URL [cli/usage]')
          return 2
        }
        const { fullPreset } = await import('../presets.js')
        const stages = fullPreset()
        const pipelineVersion = (await import('../pipeline-version.js')).pipelineVersion(stages)
        // Models load on the first article that needs analysing, not for a run that skips all.
        const analyzer = async () => {
          const ready = await (await import('../analyze.js')).createAnalyzer(stages)
          return (doc: Parameters<typeof ready.analyze>[0]) => ready.analyze(doc)
        }
        const bar = !flags.quiet && process.stderr.isTTY ? progressBar() : undefined
        const summary = await ingest(
          store,
          analyzer,
          inputs,
          {
            feeds: flags.feed ?? [],
            allowPrivate: !!flags.allowPrivate,
            pipelineVersion,
            reanalyse: !!flags.reanalyse,
          },
          bar?.progress ?? quietProgress(),
        )
        bar?.stop()
        // Without a bar, each failure was told on stderr as it happened.
        printSummary(summary, !!bar)
        return summary.failed.length ? 1 : 0
      })
    })
}

/** Without a terminal, failures are still told as they happen, one line each on stderr. */
function quietProgress(): IngestProgress {
  return {
    found() {},
    done(result) {
      if (result.status === 'failed') console.error(`${result.input}: error ${result.reason} [${result.rule}]`)
    },
  }
}

function progressBar(): { progress: IngestProgress; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      format:
        'ingest {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {added} added, {duplicates} dup, {failed} failed',
      hideCursor: true,
      etaBuffer: 50,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  const counts = { added: 0, duplicates: 0, failed: 0 }
  let total = 0
  let done = 0
  bar.start(0, 0, { rate: '0.0', ...counts })
  return {
    progress: {
      found(count) {
        total += count
        bar.setTotal(total)
      },
      done(result) {
        done++
        if (result.status === 'added') counts.added++
        else if (result.status === 'duplicate') counts.duplicates++
        else counts.failed++
        const seconds = (Date.now() - started) / 1000
        bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1), ...counts })
      },
    },
    stop: () => bar.stop(),
  }
}

function printSummary(summary: IngestSummary, listFailures: boolean): void {
  console.log(
    `added ${summary.added}, duplicates ${summary.duplicates}, failed ${summary.failed.length}` +
      (summary.failed.length ? ' (newsgraph ingest --failed lists them)' : ''),
  )
  if (!listFailures) return
  for (const f of summary.failed.slice(0, 20)) console.log(`  ${f.input}: ${f.reason} [${f.rule}]`)
  if (summary.failed.length > 20) console.log(`  … and ${summary.failed.length - 20} more`)
}

/** `ingest --queue`: jobs for worker processes instead of work here. */
async function enqueue(inputs: string[], flags: IngestFlags): Promise<number> {
  const { queueUrl } = await import('./worker.js')
  const url = queueUrl(flags.db)
  if (!url) return 2
  if (!inputs.length && !flags.feed?.length) {
    console.error('newsgraph: error nothing to ingest: give files, folders, URLs or --feed URL [cli/usage]')
    return 2
  }
  const { openQueue } = await import('../queue/queue.js')
  const { enqueueInputs } = await import('../queue/enqueue.js')
  const queue = await openQueue(url)
  try {
    const summary = await enqueueInputs(queue, inputs, { feeds: flags.feed ?? [], allowPrivate: !!flags.allowPrivate })
    for (const f of summary.failed) console.error(`${f.input}: error ${f.reason} [ingest/unreadable]`)
    console.log(
      `queued ${summary.jobs} jobs, ${summary.failed.length} inputs unreadable (newsgraph jobs lists the queue)`,
    )
    return summary.failed.length ? 1 : 0
  } finally {
    await queue.close()
  }
}
