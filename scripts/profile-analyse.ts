import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { createAnalyzer } from '../src/analyze.js'
import { readText } from '../src/read/text.js'

/*
 * Where the full analysis spends its time: about 200 real articles, a warm-up pass, then
 * milliseconds per 700 words for each stage and in total (wall and CPU). With `--profile FILE`
 * it also writes a V8 CPU profile of the measured rounds only (not of loading and warm-up, which
 * `node --cpu-prof` would include); `npx tsx scripts/summarise-cpuprofile.ts FILE` lists the
 * functions with the most self time.
 *
 *   npx tsx scripts/profile-analyse.ts [--articles 200] [--rounds 3] [--profile out.cpuprofile]
 *
 * The texts are read at run time from the PolNeAR training split when present, else from
 * examples/; none is copied into the repository.
 */

const POLNEAR = '/work/shared/data/polnear/train.jsonl'

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

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

async function main(): Promise<void> {
  const texts = loadTexts(option('articles', 200))
  const rounds = option('rounds', 3)
  const analyzer = await createAnalyzer()
  for (const text of texts.slice(0, 50)) analyzer.analyze(readText(text))
  const times = analyzer.pipeline.times
  for (const k of Object.keys(times)) times[k] = 0

  const words = texts.reduce((sum, t) => sum + wordCount(t), 0) * rounds
  const profile = profilePath()
  const session = new Session()
  if (profile) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) analyzer.analyze(readText(text))
  }
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  if (profile) {
    const { profile: written } = await session.post('Profiler.stop')
    writeFileSync(profile, JSON.stringify(written))
    session.disconnect()
  }
  const per700 = (ms: number) => ((ms / words) * 700).toFixed(2)

  console.log(`${texts.length} articles x ${rounds} rounds, ${words} words`)
  const staged = Object.values(times).reduce((s, t) => s + t, 0)
  for (const [stage, ms] of Object.entries(times)) {
    console.log(`${stage.padEnd(12)} ${per700(ms).padStart(6)} ms/700w  ${((ms / staged) * 100).toFixed(0)}%`)
  }
  console.log(`${'stages'.padEnd(12)} ${per700(staged).padStart(6)} ms/700w`)
  console.log(`${'total wall'.padEnd(12)} ${per700(wallMs).padStart(6)} ms/700w`)
  console.log(`${'total cpu'.padEnd(12)} ${per700((used.user + used.system) / 1000).padStart(6)} ms/700w`)
}

await main()
