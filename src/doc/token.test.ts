import { describe, expect, it } from 'vitest'
import { retoken, token } from './token.js'

describe('retoken', () => {
  it('changes only the fields given and keeps the layer order of fields, as a spread copy did', () => {
    const t = token(4, 9, 'VERB', 'say', 2)
    const copy = retoken(t, { pos: 'PROPN' })
    expect(copy).toEqual({ start: 4, end: 9, pos: 'PROPN', lemma: 'say', sentence: 2 })
    expect(Object.keys(copy)).toEqual(['start', 'end', 'pos', 'lemma', 'sentence'])
    expect(JSON.stringify(retoken(t, { sentence: 0, lemma: '' }))).toBe(
      JSON.stringify({ ...t, sentence: 0, lemma: '' }),
    )
    expect(t.pos).toBe('VERB')
  })
})
