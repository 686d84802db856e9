import { readFileSync } from 'node:fs'
import { createAnalyzer } from '../../src/analyze.js'
import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { readText } from '../../src/read/text.js'

/** A story of this folder, its analysis by the full pipeline, and the words at its spans. */
export interface Story {
  readonly text: string
  readonly analysis: AnalysisJson
  readonly words: (spans: readonly { start: number; end: number }[]) => string[]
}

/** Reads `<name>.txt` beside this file and analyses it as published on `published`. */
export async function analyseStory(name: string, published: string): Promise<Story> {
  const text = readFileSync(new URL(`./${name}.txt`, import.meta.url), 'utf8')
  const analysis = (await createAnalyzer()).analyze(readText(text, { id: name, published }))
  return { text, analysis, words: (spans) => spans.map((s) => text.slice(s.start, s.end)) }
}
