import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { createAnalyzer } from '../src/analyze.js'
import { readText } from '../src/read/text.js'

/*
 * Where the full analysis spends its time: about 200 real articles, a warm-up pass, then
 * milliseconds per 700 words for each stage and in total (wall and CPU).
 *
 *   npx tsx scripts/profile-analyse.ts [--articles 200] [--rounds 3] [--warm 50] [--profile out.cpuprofile] [--allocations]
 *
 * `--profile FILE` writes a V8 CPU profile of the measured rounds only (not of loading and
 * warm-up, which `node --cpu-prof` would include); `npx tsx scripts/summarise-cpuprofile.ts FILE`
 * lists the functions with the most self time. `--allocations` samples the heap over the
 * measured rounds and lists where the most bytes were allocated (a built-in such as `split` is
 * named with its caller): garbage collection is a tenth of the time, and this says who makes it.
 *
 * The texts are read at run time from the PolNeAR training split when present (in
 * NEWSGRAPH_SHARED, or ../shared beside the checkout), else from examples/; none is copied
 * into the repository. The machine is often shared: compare runs made one after the other.
 */

const SHARED = process.env.NEWSGRAPH_SHARED ?? new URL('../../shared/', import.meta.url).pathname
const POLNEAR = join(SHARED, 'data/polnear/train.jsonl')

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function profilePath(): string | undefined {
  const at = process.argv.indexOf('--profile')
  return at >= 0 ? process.argv[at + 1] : undefined
}

function loadTexts(limit: number): string[] {
  if (existsSync(POLNEAR)) {
    const lines = readFileSync(POLNEAR, 'utf8').split('\n').filter(Boolean)
    return lines.slice(0, limit).map((line) => (JSON.parse(line) as { article: { text: string } }).article.text)
  }
  const dir = new URL('../examples/corpus/', import.meta.url).pathname
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
}

/**
 * CPU milliseconds used so far by each of the process's threads, by thread id, where Linux shows
 * them (/proc/self/task); empty elsewhere. Clock ticks are taken as the usual 100 a second.
 */
function threadCpu(): Map<string, number> {
  const used = new Map<string, number>()
  if (!existsSync('/proc/self/task')) return used
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      used.set(task, (Number(fields[11]) + Number(fields[12])) * 10)
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return used
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

interface SamplingNode {
  callFrame: { functionName: string; url: string }
  selfSize: number
  children: SamplingNode[]
}

/** Bytes allocated by function, a built-in (no URL) counted under the function that called it. */
function allocationsByFunction(head: SamplingNode): Map<string, number> {
  const bytes = new Map<string, number>()
  const nameOf = (n: SamplingNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}`
  const walk = (node: SamplingNode, caller: string) => {
    const own = nameOf(node)
    const key = node.callFrame.url ? own : `${own.trim()} <- ${caller}`
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize)
    for (const child of node.children) walk(child, node.callFrame.url ? own : caller)
  }
  walk(head, '')
  return bytes
}

async function main(): Promise<void> {
  const texts = loadTexts(option('articles', 200))
  const rounds = option('rounds', 3)
  const profile = profilePath()
  const allocations = process.argv.includes('--allocations')
  const analyzer = await createAnalyzer()
  // `--warm N` analyses N articles first (going round the texts again if need be). After the
  // usual 50, V8 still compiles for a while: a longer warm-up shows the steady state.
  const warm = option('warm', 50)
  for (let k = 0; k < warm; k++) analyzer.analyze(readText(texts[k % texts.length] as string))
  const times = analyzer.pipeline.times
  for (const k of Object.keys(times)) times[k] = 0

  const words = texts.reduce((sum, t) => sum + wordCount(t), 0) * rounds
  const session = new Session()
  session.connect()
  if (profile) {
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  if (allocations) {
    await session.post('HeapProfiler.enable')
    // Objects a minor or major collection frees are the churn wanted here, so they are kept.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    })
  }
  const threadsBefore = threadCpu()
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) analyzer.analyze(readText(text))
  }
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  const threadsAfter = threadCpu()
  if (profile) {
    const { profile: written } = await session.post('Profiler.stop')
    writeFileSync(profile, JSON.stringify(written))
  }
  const sampled = allocations ? (await session.post('HeapProfiler.stopSampling')).profile : undefined
  session.disconnect()
  const per700 = (ms: number) => ((ms / words) * 700).toFixed(2)

  console.log(`${texts.length} articles x ${rounds} rounds, ${words} words`)
  const staged = Object.values(times).reduce((s, t) => s + t, 0)
  for (const [stage, ms] of Object.entries(times)) {
    console.log(`${stage.padEnd(12)} ${per700(ms).padStart(6)} ms/700w  ${((ms / staged) * 100).toFixed(0)}%`)
  }
  console.log(`${'stages'.padEnd(12)} ${per700(staged).padStart(6)} ms/700w`)
  console.log(`${'total wall'.padEnd(12)} ${per700(wallMs).padStart(6)} ms/700w`)
  console.log(`${'total cpu'.padEnd(12)} ${per700((used.user + used.system) / 1000).padStart(6)} ms/700w`)
  // CPU beyond wall time is spent by V8's other threads: the optimising compiler, still
  // compiling functions that turned hot late or were dropped and compiled again, and the
  // garbage collector's helpers. Only the main thread's share is the pipeline's own work.
  const main = String(process.pid)
  if (threadsAfter.has(main)) {
    const mainMs = (threadsAfter.get(main) ?? 0) - (threadsBefore.get(main) ?? 0)
    let otherMs = 0
    for (const [task, ms] of threadsAfter) if (task !== main) otherMs += ms - (threadsBefore.get(task) ?? 0)
    console.log(`${'  main'.padEnd(12)} ${per700(mainMs).padStart(6)} ms/700w`)
    console.log(`${'  other'.padEnd(12)} ${per700(otherMs).padStart(6)} ms/700w  (V8 compiler and GC helper threads)`)
  }
  if (sampled) {
    const bytes = allocationsByFunction(sampled.head as SamplingNode)
    const total = [...bytes.values()].reduce((s, b) => s + b, 0)
    console.log(`\nallocated ${(((total / words) * 700) / 1e3).toFixed(0)} KB per 700 words; most by`)
    for (const [where, b] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, 25)) {
      console.log(`${(((b / words) * 700) / 1e3).toFixed(0).padStart(7)} KB  ${where}`)
    }
  }
}

await main()
