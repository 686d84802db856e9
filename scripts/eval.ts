import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type Analyzer, createAnalyzer } from '../src/analyze.js'
import { isNewsgraphError } from '../src/doc/message.js'
import { entityPreset, fullPreset } from '../src/presets.js'
import { readText } from '../src/read/text.js'
import { type Row, type ScoreReport, summaryTable } from './eval/summary-table.js'

/*
 * npm run eval [-- --only gold|conll|polnear] [--out DIR]   (NEWSGRAPH_SHARED=DIR to read another shared folder)
 * Analyses the founding gold articles (../shared/eval/gold) and the development sets in
 * ../shared/data with the pipeline, scores each with ../shared/eval/score.mjs, prints its
 * report and then one summary table. Each pipeline is prepared once for all its articles.
 * The input of each article is built from its gold `article` (id, text, title, published,
 * outlet), so the gold's publication date anchors relative times.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The shared gold, data and scorer: `../shared` beside the checkout, or NEWSGRAPH_SHARED. */
const SHARED = resolve(process.env.NEWSGRAPH_SHARED ?? resolve(ROOT, '../shared'))
const SCORER = join(SHARED, 'eval/score.mjs')

interface DataSet {
  readonly key: 'gold' | 'conll' | 'polnear'
  readonly name: string
  /** A gold file or folder of gold files. */
  readonly gold: string
  readonly preset: 'full' | 'entity'
  readonly scoreFlags: readonly string[]
}

const DATA_SETS: readonly DataSet[] = [
  { key: 'gold', name: 'founding gold', gold: join(SHARED, 'eval/gold'), preset: 'full', scoreFlags: [] },
  {
    key: 'conll',
    name: 'CoNLL valid',
    gold: join(SHARED, 'data/conll2003/valid-gold.jsonl'),
    preset: 'entity',
    scoreFlags: ['--conll'],
  },
  { key: 'polnear', name: 'PolNeAR dev', gold: join(SHARED, 'data/polnear/dev.jsonl'), preset: 'full', scoreFlags: [] },
]

interface GoldArticle {
  id: string
  text: string
  title?: string | null
  published?: string | null
  outlet?: string | null
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string', multiple: true }, out: { type: 'string' }, help: { type: 'boolean' } },
  })
  if (values.help) {
    console.log('usage: npm run eval -- [--only gold|conll|polnear]... [--out DIR]')
    return
  }
  if (!existsSync(SCORER)) {
    console.log(`eval: ${SHARED} (gold articles, data sets and scorer) is not here; nothing to score`)
    return
  }
  const only = new Set((values.only ?? []).flatMap((o) => o.split(',')))
  for (const o of only) {
    if (!DATA_SETS.some((d) => d.key === o)) throw new Error(`--only ${o}: expected gold, conll or polnear`)
  }
  const chosen = DATA_SETS.filter((d) => only.size === 0 || only.has(d.key))
  const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'newsgraph-eval-'))
  mkdirSync(outDir, { recursive: true })

  const analyzers = new Map<DataSet['preset'], Promise<Analyzer>>()
  const analyzerFor = (preset: DataSet['preset']): Promise<Analyzer> => {
    let a = analyzers.get(preset)
    if (!a) {
      a = createAnalyzer(preset === 'full' ? fullPreset() : entityPreset())
      analyzers.set(preset, a)
    }
    return a
  }

  const rows: Row[] = []
  try {
    for (const set of chosen) rows.push(await evaluate(set, await analyzerFor(set.preset), outDir))
  } finally {
    if (!values.out) rmSync(outDir, { recursive: true, force: true })
  }
  console.log(`\n${summaryTable(rows)}`)
  if (values.out) console.log(`\nsystem outputs kept in ${outDir}`)
}

async function evaluate(set: DataSet, analyzer: Analyzer, outDir: string): Promise<Row> {
  if (!existsSync(set.gold)) return { name: set.name, report: null, note: `${set.gold} is absent` }
  const articles = readGold(set.gold)
  const before = { ...analyzer.pipeline.times }
  const started = performance.now()
  const lines: string[] = []
  let failed = 0
  for (const article of articles) {
    try {
      const doc = readText(article.text, {
        id: article.id,
        ...(article.title ? { title: article.title } : {}),
        ...(article.published ? { published: article.published } : {}),
        ...(article.outlet ? { outlet: article.outlet } : {}),
      })
      lines.push(JSON.stringify(analyzer.analyze(doc)))
    } catch (error) {
      if (!isNewsgraphError(error)) throw error
      failed++
      console.error(`eval: ${set.name}: ${article.id}: ${error.message} (${error.rule})`)
    }
  }
  const analysed = performance.now() - started
  const system = join(outDir, `${set.key}.jsonl`)
  writeFileSync(system, `${lines.join('\n')}\n`)
  const score = (extra: string[]) =>
    execFileSync(process.execPath, [SCORER, set.gold, system, ...set.scoreFlags, ...extra], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
  console.log(
    `\n== ${set.name}: ${articles.length} articles analysed in ${(analysed / 1000).toFixed(1)} s` +
      (failed ? `, ${failed} failed` : ''),
  )
  console.log(`stage ms: ${stageTimes(before, analyzer.pipeline.times)}`)
  console.log(score([]).trimEnd())
  return { name: set.name, report: JSON.parse(score(['--json'])) as ScoreReport }
}

/** Milliseconds each stage spent on this data set, slowest first. */
function stageTimes(before: Record<string, number>, after: Record<string, number>): string {
  return Object.entries(after)
    .map(([stage, ms]) => [stage, ms - (before[stage] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([stage, ms]) => `${stage} ${Math.round(ms)}`)
    .join(', ')
}

/** The gold `article` records of a file (JSON, JSON Lines) or of every such file in a folder. */
function readGold(path: string): GoldArticle[] {
  if (!path.endsWith('.json') && !path.endsWith('.jsonl')) {
    return readdirSync(path)
      .filter((f) => /\.jsonl?$/.test(f))
      .sort()
      .flatMap((f) => readGold(join(path, f)))
  }
  const raw = readFileSync(path, 'utf8').trim()
  const records: { article: GoldArticle }[] = path.endsWith('.jsonl')
    ? raw
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    : [JSON.parse(raw)].flat()
  return records.map((r) => r.article)
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
