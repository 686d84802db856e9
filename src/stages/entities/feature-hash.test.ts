import { describe, expect, it } from 'vitest'
import { hash, hashOf, MASK, template } from './feature-hash.js'

describe('feature hashes', () => {
  it('keeps the numbers the trained model was saved with', () => {
    // Values from the hashing that produced data/ner-model.json; a change would orphan every weight.
    expect(hashOf('b')).toBe(841769102)
    expect(hashOf('p1w', 'the', 'jasim')).toBe(240497245)
    expect(hashOf('sh3', 'Xx', 'x', 'X.')).toBe(965829359)
  })

  it('gives the same hash from a template state as from the whole name', () => {
    for (const [name, a, b, c] of [
      ['w', 'Jasim'],
      ['y2', 'B-PER', 'I-PER'],
      ['sh3', '<s>', 'Xx', '</s>'],
    ] as const) {
      expect(hash(template(name), a, b, c)).toBe(hashOf(name, a, b, c))
    }
  })

  it('keeps hashes to 30 bits', () => {
    expect(hashOf('lw', 'a long word to hash') & ~MASK).toBe(0)
  })
})
