import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* Claims read inside a relative clause (relative-source.ts), on sentences written for these tests. */
function contents(text: string): (string | null)[] {
  return analyse(text).attributions.map((a) => at(text, a.content))
}

describe('a claim whose source is a relative pronoun', () => {
  it('ends where the relative clause does, before the main verb', () => {
    expect(contents('Jane Roe, who said the pier was unsafe, resigned on Friday.')).toEqual(['the pier was unsafe'])
  })

  it('keeps a comma inside a quotation', () => {
    expect(contents('The mayor met Tom Baker, who said the pier "is unsafe, and I will not use it."')).toEqual([
      'the pier "is unsafe, and I will not use it."',
    ])
  })
})
