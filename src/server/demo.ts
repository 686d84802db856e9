import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Analyzer } from '../analyze.js'
import { ingest } from '../ingest/ingest.js'
import { pipelineVersion } from '../pipeline-version.js'
import type { Store } from '../store/store.js'

/*
 * The demo corpus `serve --demo` loads into an empty database, so a first look at the UI has
 * stories to read: the founding-style sample story and `examples/corpus/`, ingested as
 * `newsgraph ingest` would.
 */

/** Which pipeline made an analysis, as `newsgraph ingest` records it (see pipeline-version.ts). */
export function analyzerVersion(analyzer: Analyzer): string {
  return pipelineVersion(analyzer.pipeline.stages)
}

/** The `examples/` folder of this package. */
export function examplesRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples')
}

/** What the demo loads: the sample story, then the corpus folder, those that exist. */
export function demoInputs(root = examplesRoot()): string[] {
  return [join(root, 'sample-story.txt'), join(root, 'corpus')].filter((path) => existsSync(path))
}

/** Loads the demo corpus when the store holds no article; returns how many articles were added. */
export async function loadDemo(store: Store, analyzer: Analyzer, root = examplesRoot()): Promise<number> {
  if ((await store.stats()).articles > 0) return 0
  const summary = await ingest(store, analyzer.analyze, demoInputs(root), {
    pipelineVersion: analyzerVersion(analyzer),
  })
  for (const failure of summary.failed) console.warn(`newsgraph serve: demo ${failure.input}: ${failure.reason}`)
  return summary.added
}
