import { readFileSync } from 'node:fs'
import { Doc } from '../../src/doc/doc.js'
import type { Layers } from '../../src/doc/layers.js'
import type { Step } from '../../src/pipeline.js'
import { tokens } from '../../src/stages/tokens/index.js'

/** One article of a corpus in the analysis format, as the gold files hold it. */
export interface GoldArticle {
  article: { id: string; text: string; title?: string | null; published?: string | null; outlet?: string | null }
  attributions: {
    source: { mention: { start: number; end: number } | null }
    cue: { start: number; end: number }
    content: { start: number; end: number } | null
  }[]
}

/** Reads a JSON or JSON Lines file of gold analyses. */
export function readGold(path: string): GoldArticle[] {
  const raw = readFileSync(path, 'utf8').trim()
  if (raw.startsWith('{') && !raw.includes('\n{')) return [JSON.parse(raw) as GoldArticle]
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle)
}

/** A Doc with paragraphs, sentences and tokens from the real tokens stage. */
export async function tokenizer(): Promise<(g: GoldArticle) => Doc> {
  const step = (await tokens().prepare()) as Step<'paragraphs' | 'sentences' | 'tokens'>
  const quiet = { warn() {}, info() {} }
  return (g) => {
    const a = g.article
    const doc = new Doc(a.text, {
      id: a.id,
      title: a.title ?? null,
      published: a.published ?? null,
      outlet: a.outlet ?? null,
      origin: [],
      url: null,
    })
    return doc.withLayers(step(doc, quiet) as Partial<Layers>)
  }
}
