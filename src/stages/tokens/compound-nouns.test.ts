import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/layers.js'
import { tagCompoundNouns } from './compound-nouns.js'

/** Tokens of `text` split at spaces, with the given parts of speech and lemmas equal to the words. */
function tokensOf(text: string, tags: string[]): Token[] {
  let at = 0
  return text.split(' ').map((w, i) => {
    const start = text.indexOf(w, at)
    at = start + w.length
    return { start, end: at, pos: tags[i] as Token['pos'], lemma: w.toLowerCase(), sentence: 0 } as Token
  })
}

describe('compound nouns the tagger read as verbs', () => {
  it('makes the head of `hit an apartment block in` a noun', () => {
    const text = 'missiles hit an apartment block in Kyiv'
    const tokens = tokensOf(text, ['NOUN', 'VERB', 'DET', 'NOUN', 'VERB', 'ADP', 'PROPN'])
    tagCompoundNouns(text, tokens)
    expect(tokens[4]?.pos).toBe('NOUN')
  })

  it('leaves a verb with a subject or object, and a bare infinitive after `saw`', () => {
    const withObject = 'the police block roads'
    const a = tokensOf(withObject, ['DET', 'NOUN', 'VERB', 'NOUN'])
    tagCompoundNouns(withObject, a)
    expect(a[2]?.pos).toBe('VERB')
    const bare = 'they saw the boy run .'
    const b = tokensOf(bare, ['PRON', 'VERB', 'DET', 'NOUN', 'VERB', 'PUNCT'])
    tagCompoundNouns(bare, b)
    expect(b[4]?.pos).toBe('VERB')
  })
})
