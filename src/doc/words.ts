import type { Token } from './layers.js'

const known = new WeakMap<readonly Token[], { readonly text: string; readonly words: readonly string[] }>()

/**
 * Each token's text in lower case, as the coref and events stages read it many times. Worked
 * out once per article rather than once per stage: a token layer is sealed, so the list is kept
 * beside the layer it came from for as long as the layer lives.
 */
export function lowerCaseWords(text: string, tokens: readonly Token[]): readonly string[] {
  const kept = known.get(tokens)
  if (kept !== undefined && kept.text === text) return kept.words
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase())
  known.set(tokens, { text, words })
  return words
}
