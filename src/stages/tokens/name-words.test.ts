import { describe, expect, it } from 'vitest'
import { tagNameWords } from './name-words.js'
import { tagged } from './testing.js'

describe('tagNameWords', () => {
  it('reads a capitalised verb between parts of a name as part of it', () => {
    const text = 'The Financial Conduct Authority declined to comment on the inquiry'
    const tokens = tagged(text, ['DET', 'PROPN', 'VERB', 'PROPN', 'VERB', 'PART', 'VERB', 'ADP', 'DET', 'NOUN'])
    tagNameWords(text, tokens)
    expect(tokens.slice(0, 5).map((t) => t.pos)).toEqual(['DET', 'PROPN', 'PROPN', 'PROPN', 'VERB'])
  })

  it('leaves verbs in lower case and in title-case headlines alone', () => {
    const plain = 'Iran said Israel .'
    const a = tagged(plain, ['PROPN', 'VERB', 'PROPN', 'PUNCT'])
    tagNameWords(plain, a)
    expect(a[1]?.pos).toBe('VERB')
    const headline = 'Senator Marsh Blasts Treasury Over Budget'
    const b = tagged(headline, ['PROPN', 'PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN'])
    tagNameWords(headline, b)
    expect(b[2]?.pos).toBe('VERB')
  })
})
