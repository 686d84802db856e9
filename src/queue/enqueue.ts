import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { splitLines } from '../ingest/ingest.js'
import { expandTargets } from '../ingest/inputs.js'
import type { Queue } from './queue.js'

/*
 * `newsgraph ingest --queue`: turns paths, folders, URLs and feeds into jobs instead of working
 * in-process. Files travel inside their jobs (raw bytes), so workers on other machines need no
 * shared disk; a JSON Lines file becomes one job per line.
 */

export interface EnqueueSummary {
  readonly jobs: number
  readonly failed: { input: string; reason: string }[]
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Enqueues every input; unreadable files are reported, not enqueued. */
export async function enqueueInputs(
  queue: Queue,
  inputs: readonly string[],
  options: { feeds?: readonly string[]; allowPrivate?: boolean } = {},
): Promise<EnqueueSummary> {
  let jobs = 0
  const failed: EnqueueSummary['failed'] = []
  for (const target of expandTargets(inputs, options.feeds ?? [])) {
    if (target.kind === 'url' || target.kind === 'feed') {
      await queue.addUrl({ url: target.url, feed: target.kind === 'feed', allowPrivate: !!options.allowPrivate })
      jobs++
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(target.path)
    } catch (error) {
      failed.push({ input: target.path, reason: (error as Error).message })
      continue
    }
    if (target.kind === 'file' && target.lines) {
      for (const { line, bytes: record } of splitLines(bytes)) {
        const raw = Buffer.from(record)
        await queue.addArticle(
          { input: `${target.path}:${line}`, raw: raw.toString('base64'), format: 'json' },
          sha256(raw),
        )
        jobs++
      }
      continue
    }
    const raw = Buffer.from(bytes)
    await queue.addArticle({ input: target.path, raw: raw.toString('base64') }, sha256(raw))
    jobs++
  }
  return { jobs, failed }
}
