import { describe, expect, it } from 'vitest'
import type { Token } from './layers.js'
import { lowerCaseWords } from './words.js'

const token = (start: number, end: number): Token => ({ start, end, pos: 'NOUN', lemma: '', sentence: 0 })

describe('lowerCaseWords', () => {
  it('gives each token in lower case, the same list for the same layer', () => {
    const tokens = [token(0, 5), token(6, 12)]
    const words = lowerCaseWords('Rebel Forces', tokens)
    expect(words).toEqual(['rebel', 'forces'])
    expect(lowerCaseWords('Rebel Forces', tokens)).toBe(words)
  })

  it('reads the text again when the same layer comes with another text', () => {
    const tokens = [token(0, 3)]
    expect(lowerCaseWords('Tax', tokens)).toEqual(['tax'])
    expect(lowerCaseWords('Toy', tokens)).toEqual(['toy'])
  })
})
