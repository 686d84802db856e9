import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Analyzer } from '../analyze.js'
import { readText } from '../read/text.js'
import type { Store } from '../store/store.js'

/*
 * The demo corpus `serve --demo` loads into an empty database, so a first look at the UI has
 * stories to read: `examples/corpus/` and the founding-style sample story.
 */

/** The `examples/` folder of this package. */
export function examplesRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples')
}

/** The demo files, sample story first. */
export function demoFiles(root = examplesRoot()): string[] {
  const corpus = join(root, 'corpus')
  const files = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(corpus, f))
    : []
  const sample = join(root, 'sample-story.txt')
  return existsSync(sample) ? [sample, ...files] : files
}

/** Loads the demo corpus when the store holds no article; returns how many articles were added. */
export async function loadDemo(store: Store, analyzer: Analyzer, root = examplesRoot()): Promise<number> {
  if ((await store.stats()).articles > 0) return 0
  let added = 0
  for (const file of demoFiles(root)) {
    const raw = readFileSync(file, 'utf8')
    const put = await store.putAnalysis(analyzer.analyze(readText(raw)), { raw, source: file })
    if (put.added) added++
  }
  return added
}
