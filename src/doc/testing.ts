import { type Article, Doc } from './doc.js'
import type { Layers, PartOfSpeech, Token } from './layers.js'

/**
 * Builds documents by hand for stage tests, with only the layers a test gives.
 * `spanOf(text, 'said')` finds a phrase; `spanOf(text, 'said', 2)` its second occurrence.
 */
export function makeDoc(text: string, layers: Partial<Layers> = {}, article: Partial<Article> = {}): Doc {
  return new Doc(
    text,
    { id: 'test', title: null, published: null, outlet: null, origin: [], url: null, ...article },
    layers,
  )
}

export function spanOf(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let from = 0
  let start = -1
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(phrase, from)
    if (start < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the text`)
    from = start + 1
  }
  return { start, end: start + phrase.length }
}

/** Whitespace tokens with a guessed tag, for stage tests that need tokens but not a tagger. */
export function roughTokens(text: string, pos: PartOfSpeech = 'X'): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(/\w+(?:[.'’-]\w+)*|[^\s\w]/gu)) {
    const start = m.index ?? 0
    tokens.push({ start, end: start + m[0].length, pos, lemma: m[0].toLowerCase(), sentence: 0 })
  }
  return tokens
}
