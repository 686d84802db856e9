import { cpus } from 'node:os'
import { Worker } from 'node:worker_threads'
// The compiled build, as the `newsgraph` command runs it: under tsx every closure also pays for
// a naming call esbuild adds, about a fifth of the pipeline's time (`npm run bench` builds first).
import { createAnalyzer } from '../dist/analyze.js'
import { readText } from '../dist/read/text.js'
import { type BenchArticle, WARM_UP } from './corpus.js'

/*
 * Analysis throughput: the full pipeline (read, every stage, the analysis format) over the
 * bench input in this process, then the same input split over a worker_threads pool of one
 * worker per core. Wall time is what a user waits; CPU time is reported beside it because
 * the machine may be shared while the bench runs.
 */

/** Words as a reader counts them: runs of non-space. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

export interface SingleResult {
  articles: number
  words: number
  wallMs: number
  cpuMs: number
  /** Milliseconds of one core per 700 words, end to end, warm. */
  cpuMsPer700: number
  stageMs: Record<string, number>
  maxRssMb: number
}

/** Analyses every article once in this process after a warm-up pass over the first `WARM_UP`. */
export async function analyseSingle(input: BenchArticle[]): Promise<SingleResult> {
  const analyzer = await createAnalyzer()
  for (const a of input.slice(0, WARM_UP)) analyzer.analyze(readText(a.text, a.meta))
  const times = analyzer.pipeline.times
  for (const k of Object.keys(times)) times[k] = 0
  let words = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (const a of input) {
    words += wordCount(a.text)
    analyzer.analyze(readText(a.text, a.meta))
  }
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  return {
    articles: input.length,
    words,
    wallMs,
    cpuMs,
    cpuMsPer700: (cpuMs / words) * 700,
    stageMs: { ...times },
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }
}

export interface PoolResult {
  workers: number
  articles: number
  wallMs: number
}

/** The same input over one worker per core; the clock starts once every worker has prepared. */
export async function analysePool(input: BenchArticle[], workers = cpus().length): Promise<PoolResult> {
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./analyse-worker-entry.mjs', import.meta.url)))
  const message = (w: Worker) =>
    new Promise<{ done?: number; ready?: boolean }>((resolve, reject) => {
      w.once('message', resolve)
      w.once('error', reject)
    })
  await Promise.all(pool.map(message)) // each says ready after prepare()
  const started = performance.now()
  const slices = pool.map((w, i) => {
    const done = message(w)
    w.postMessage(input.filter((_, j) => j % workers === i))
    return done
  })
  const done = await Promise.all(slices)
  const wallMs = performance.now() - started
  await Promise.all(pool.map((w) => w.terminate()))
  return { workers, articles: done.reduce((s, d) => s + (d.done ?? 0), 0), wallMs }
}
