/*
 * Runs the attribution stage over a gold corpus (analysis-format JSON or JSON Lines) and writes
 * the system analyses for eval/score.mjs. Usage: tsx scripts/attribution/evaluate.ts GOLD OUT.jsonl
 * Runs the real tokens, entities and coref stages first, so the figures are what users get.
 */
import { writeFileSync } from 'node:fs'
import { toAnalysisJson } from '../../src/doc/analysis-json.js'
import type { Layers } from '../../src/doc/layers.js'
import type { Step } from '../../src/pipeline.js'
import { attribution } from '../../src/stages/attribution/index.js'
import { coref } from '../../src/stages/coref/index.js'
import { entities } from '../../src/stages/entities/index.js'
import { readGold, tokenizer } from './corpus.js'

const [goldPath, outPath] = process.argv.slice(2)
if (!goldPath || !outPath) throw new Error('usage: evaluate.ts GOLD OUT.jsonl')
const tokenize = await tokenizer()
const steps = (await Promise.all([entities(), coref(), attribution()].map((s) => s.prepare()))) as Step[]
const quiet = { warn() {}, info() {} }
const lines: string[] = []
let ms = 0
for (const g of readGold(goldPath)) {
  let doc = tokenize(g)
  for (const [i, step] of steps.entries()) {
    const started = performance.now()
    doc = doc.withLayers(step(doc, quiet) as Partial<Layers>)
    if (i === steps.length - 1) ms += performance.now() - started
  }
  lines.push(JSON.stringify(toAnalysisJson(doc)))
}
writeFileSync(outPath, `${lines.join('\n')}\n`)
console.error(`attribution: ${(ms / lines.length).toFixed(2)} ms per article over ${lines.length}`)
