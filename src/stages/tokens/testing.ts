import type { PartOfSpeech, Token } from '../../doc/layers.js'

/** One token per word of `text`, tagged in turn by `tags`, all in one sentence: input for the retagging rules' tests. */
export function tagged(text: string, tags: PartOfSpeech[]): Token[] {
  return [...text.matchAll(/\S+/g)].map((m, i) => ({
    start: m.index as number,
    end: (m.index as number) + m[0].length,
    pos: tags[i] as PartOfSpeech,
    lemma: m[0].toLowerCase(),
    sentence: 0,
  }))
}
