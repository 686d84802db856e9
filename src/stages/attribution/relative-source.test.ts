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

describe('a source inside a relative clause on a noun', () => {
  const read = (text: string) =>
    analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.content)])

  it('is the phrase after the pronoun, and the claim opens at the pronoun', () => {
    const text =
      'The court jailed the former minister for his role in a contract that prosecutors said cost $16 million.'
    expect(read(text)).toEqual([['prosecutors', 'that prosecutors said cost $16 million']])
  })

  it('leaves a demonstrative with its noun, and a relative clause with a verb of its own', () => {
    expect(read('Five times that number seems a shaky figure, the analyst said.')).toContainEqual([
      'the analyst',
      'Five times that number seems a shaky figure',
    ])
    const text = 'Jo Lee, who heads the union, said the talks had failed.'
    expect(read(text)).toContainEqual(['Jo Lee, who heads the union', 'the talks had failed'])
  })
})
