import { describe, expect, it } from 'vitest'
import { tagCompoundNouns, tagGerundModifiers } from './compound-nouns.js'
import { tagged } from './testing.js'

describe('compound nouns the tagger read as verbs', () => {
  it('makes the head of `hit an apartment block in` a noun', () => {
    const text = 'missiles hit an apartment block in Kyiv'
    const tokens = tagged(text, ['NOUN', 'VERB', 'DET', 'NOUN', 'VERB', 'ADP', 'PROPN'])
    tagCompoundNouns(text, tokens)
    expect(tokens[4]?.pos).toBe('NOUN')
  })

  it('leaves a verb with a subject or object, and a bare infinitive after `saw`', () => {
    const withObject = 'the police block roads'
    const a = tagged(withObject, ['DET', 'NOUN', 'VERB', 'NOUN'])
    tagCompoundNouns(withObject, a)
    expect(a[2]?.pos).toBe('VERB')
    const bare = 'they saw the boy run .'
    const b = tagged(bare, ['PRON', 'VERB', 'DET', 'NOUN', 'VERB', 'PUNCT'])
    tagCompoundNouns(bare, b)
    expect(b[4]?.pos).toBe('VERB')
  })
})

describe('-ing modifiers the tagger read as verbs', () => {
  it('makes `shipping` in `the Danish shipping group said` a noun', () => {
    const text = 'the Danish shipping group said'
    const tokens = tagged(text, ['DET', 'PROPN', 'VERB', 'NOUN', 'VERB'])
    tagGerundModifiers(text, tokens)
    expect(tokens[2]?.pos).toBe('NOUN')
  })

  it('leaves a participle with a subject of its own: `the men shipping goods`', () => {
    const text = 'the men shipping goods said'
    const tokens = tagged(text, ['DET', 'NOUN', 'VERB', 'NOUN', 'VERB'])
    tagGerundModifiers(text, tokens)
    expect(tokens[2]?.pos).toBe('VERB')
  })
})
