import { type AnalysisJson, toAnalysisJson } from './doc/analysis-json.js'
import type { Doc } from './doc/doc.js'
import { createPipeline, type Pipeline, type Stage } from './pipeline.js'
import { fullPreset } from './presets.js'

/** What callers may say about an article besides its text; each overrides what readers found. */
export interface AnalyzeOptions {
  id?: string
  title?: string | null
  published?: string | null
  outlet?: string | null
  url?: string | null
}

/** A prepared pipeline: lexicons and models are loaded once, then each article runs synchronously. */
export interface Analyzer {
  readonly pipeline: Pipeline
  /** Runs every stage on a Doc and returns the analysed Doc. */
  analyzeDoc(doc: Doc): Doc
  /** Runs every stage and converts the result to the analysis format. */
  analyze(doc: Doc): AnalysisJson
}

/**
 * Builds and prepares a pipeline (the full analysis by default). Preparing is the slow part,
 * so one analyzer should serve every article of a batch.
 */
export async function createAnalyzer(stages: Stage[] = fullPreset()): Promise<Analyzer> {
  const pipeline = createPipeline(stages)
  await pipeline.prepare()
  const analyzeDoc = (doc: Doc): Doc => pipeline.runSync(doc)
  return { pipeline, analyzeDoc, analyze: (doc) => toAnalysisJson(analyzeDoc(doc)) }
}
