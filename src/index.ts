/*
 * The public API of newsgraph: analyse articles, build pipelines, read inputs.
 */

export { type AnalyzeOptions, type Analyzer, createAnalyzer } from './analyze.js'
export { type AnalysisJson, type SourcingProfile, sourcingProfile, toAnalysisJson } from './doc/analysis-json.js'
export { type Article, Doc } from './doc/doc.js'
export type * from './doc/layers.js'
export { type Message, NewsgraphError, type Reporter } from './doc/message.js'
export type { Span } from './doc/span.js'
export { createPipeline, type Pipeline, type Stage, type Step } from './pipeline.js'
export { entityPreset, fullPreset } from './presets.js'
export {
  type ArticleRecord,
  type InputFormat,
  type InputOptions,
  parsePublished,
  type ReadMeta,
  type ReadResult,
  readHtml,
  readInput,
  readRecord,
  readText,
} from './read/index.js'
