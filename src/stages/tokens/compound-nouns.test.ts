import { describe, expect, it } from 'vitest'
import { tagCompoundNouns } from './compound-nouns.js'
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
