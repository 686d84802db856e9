import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/layers.js'
import { wordsOf } from './words.js'

/* Tokens as wink gives them: hyphens apart, every token in sentence 0. */
function tokensOf(text: string, pieces: string[]): Token[] {
  let from = 0
  return pieces.map((p) => {
    const start = text.indexOf(p, from)
    from = start + p.length
    return { start, end: from, pos: 'PROPN', lemma: p.toLowerCase(), sentence: 0 }
  })
}

describe('wordsOf', () => {
  it('joins a hyphenated name that wink split in three', () => {
    const text = 'Omar al-Rawi spoke'
    const words = wordsOf(text, tokensOf(text, ['Omar', 'al', '-', 'Rawi', 'spoke']))
    expect(words.map((w) => w.text)).toEqual(['Omar', 'al-Rawi', 'spoke'])
    expect(text.slice(words[1]?.start, words[1]?.end)).toBe('al-Rawi')
  })

  it('splits a name from a lower-case suffix so the name stands alone', () => {
    const text = 'the U.S.-led force'
    const words = wordsOf(text, tokensOf(text, ['the', 'U.S.', '-', 'led', 'force']))
    expect(words.map((w) => w.text)).toEqual(['the', 'U.S.', '-led', 'force'])
  })

  it('keeps a spaced dash as its own word', () => {
    const text = 'Kabul - Police said'
    const words = wordsOf(text, tokensOf(text, ['Kabul', '-', 'Police', 'said']))
    expect(words.map((w) => w.text)).toEqual(['Kabul', '-', 'Police', 'said'])
  })

  it('makes curly apostrophes straight', () => {
    const text = 'Shi’ite groups'
    expect(wordsOf(text, tokensOf(text, ['Shi’ite', 'groups']))[0]?.text).toBe("Shi'ite")
  })
})
