import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* Frame rules (frames.ts), on sentences written for these tests. */
function contents(text: string): (string | null)[] {
  return analyse(text).attributions.map((a) => at(text, a.content))
}

describe('a quote before an inverted source', () => {
  it('is the claim, not the words that describe the saying after the source', () => {
    expect(contents('"It was a long night," said the coach when asked about the game.')).toEqual([
      'It was a long night,',
    ])
  })

  it('gives way to a clause that a colon opens after the source', () => {
    expect(contents('"Listen," said the coach: the team had trained for months.')).toEqual([
      'the team had trained for months',
    ])
  })
})
