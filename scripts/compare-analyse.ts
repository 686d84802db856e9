import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/*
 * Stage times of two checkouts measured in one process, rounds alternating, so that a shared,
 * busy machine slows both alike (separate runs of profile-analyse.ts differed by a third on it).
 * Prints the median ms per 700 words of each stage over the rounds.
 *
 *   git archive HEAD~3 src package.json tsconfig.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *
 * The base needs package.json: without it tsx runs the copy as CommonJS, up to 40% slower.
 *   npx tsx scripts/compare-analyse.ts /tmp/base . [--articles 150] [--rounds 4] [--stages-from /tmp/base:attribution]
 *
 * `--stages-from ROOT:NAME,…` takes the named stages from ROOT in both, to hold still a stage
 * someone else is changing. Texts come from the PolNeAR training split, read at run time.
 */

interface StageLike {
  name: string
}
interface Analyzer {
  analyze(doc: unknown): unknown
  pipeline: { times: Record<string, number> }
}

const SHARED = process.env.NEWSGRAPH_SHARED ?? new URL('../../shared/', import.meta.url).pathname

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

/** The stages to hold still: `/tmp/base:attribution,events` -> stages by name from that root. */
async function heldStages(): Promise<Map<string, StageLike>> {
  const spec = argument('stages-from')
  const held = new Map<string, StageLike>()
  if (!spec) return held
  const [root, names = ''] = spec.split(':')
  const { fullPreset } = await import(join(resolve(root as string), 'src/presets.ts'))
  for (const stage of fullPreset() as StageLike[])
    if (names.split(',').includes(stage.name)) held.set(stage.name, stage)
  return held
}

async function analyzerOf(root: string, held: Map<string, StageLike>) {
  const { createAnalyzer } = await import(join(root, 'src/analyze.ts'))
  const { readText } = await import(join(root, 'src/read/text.ts'))
  const { fullPreset } = await import(join(root, 'src/presets.ts'))
  const stages = (fullPreset() as StageLike[]).map((s) => held.get(s.name) ?? s)
  const analyzer = (await createAnalyzer(stages)) as Analyzer
  return { analyzer, read: readText as (text: string) => unknown }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2, 4).map((r) => resolve(r))
  if (roots.length < 2 || roots.some((r) => !existsSync(join(r, 'src/analyze.ts')))) {
    throw new Error(
      'usage: compare-analyse.ts BASE_ROOT OTHER_ROOT [--articles N] [--rounds N] [--stages-from ROOT:NAME,…]',
    )
  }
  const lines = readFileSync(join(SHARED, 'data/polnear/train.jsonl'), 'utf8').split('\n').filter(Boolean)
  const texts = lines
    .slice(0, Number(argument('articles') ?? 150))
    .map((l) => (JSON.parse(l) as { article: { text: string } }).article.text)
  const words = texts.reduce((s, t) => s + t.split(/\s+/).filter(Boolean).length, 0)
  const held = await heldStages()
  const sides = []
  for (const root of roots) sides.push(await analyzerOf(root, held))
  for (const { analyzer, read } of sides) for (const t of texts.slice(0, 50)) analyzer.analyze(read(t))

  const perStage = sides.map(() => new Map<string, number[]>())
  for (let round = 0; round < Number(argument('rounds') ?? 4); round++) {
    // Each round swaps which side goes first, so neither always runs on a warmer machine.
    const order = round % 2 === 0 ? [0, 1] : [1, 0]
    for (const k of order) {
      const { analyzer, read } = sides[k] as (typeof sides)[number]
      const times = analyzer.pipeline.times
      for (const name of Object.keys(times)) times[name] = 0
      for (const t of texts) analyzer.analyze(read(t))
      for (const [name, ms] of Object.entries(times)) {
        const list = (perStage[k] as Map<string, number[]>).get(name) ?? []
        list.push((ms / words) * 700)
        ;(perStage[k] as Map<string, number[]>).set(name, list)
      }
    }
  }
  console.log(`ms per 700 words, median of rounds: ${roots[0]} -> ${roots[1]}`)
  let totals = [0, 0]
  for (const name of (perStage[0] as Map<string, number[]>).keys()) {
    const [a, b] = perStage.map((m) => median(m.get(name) ?? [0]))
    totals = [(totals[0] as number) + (a as number), (totals[1] as number) + (b as number)]
    console.log(`${name.padEnd(12)} ${(a as number).toFixed(2).padStart(6)} -> ${(b as number).toFixed(2).padStart(6)}`)
  }
  console.log(
    `${'stages'.padEnd(12)} ${(totals[0] as number).toFixed(2).padStart(6)} -> ${(totals[1] as number).toFixed(2).padStart(6)}`,
  )
}

await main()
