import { describe, expect, it } from 'vitest'
import { ArticleClasses } from './cue-classes.js'
import { type CueModelJson, cueModelFrom, findCues } from './cues.js'
import storedCueModel from './data/cue-model.json' with { type: 'json' }
import { contextOf, readings } from './testing.js'

const model = cueModelFrom(storedCueModel)
/** The stored model without its class features: only words whose lemma it knows are scored. */
const wordsOnly = cueModelFrom({
  ...(storedCueModel as CueModelJson),
  weights: Object.fromEntries(Object.entries(storedCueModel.weights).filter(([f]) => !/^c[123]=/.test(f))),
})
const cuesOf = (text: string, m = model) => {
  const ctx = contextOf(text)
  return findCues(ctx.tokens, ctx.words, m, 0.2).map((c) => ctx.words[c.head])
}

describe('cue word classes', () => {
  it('finds "surmised", a verb no cue feature names, through its word class', () => {
    expect(model.heads.get('VERB')?.has('surmise')).toBe(false)
    const text = 'Investigators surmised that the blaze had started in a storage room near the kitchen.'
    expect(cuesOf(text)).toEqual(['surmised'])
    expect(cuesOf(text, wordsOnly)).toEqual([])
  })

  it('reads a cue found by its class as any other: "intimated that"', () => {
    expect(model.heads.get('VERB')?.has('intimate')).toBe(false)
    expect(readings('The envoy intimated that talks could resume within weeks.')).toEqual([
      ['The envoy', 'intimated', 'talks could resume within weeks'],
    ])
  })

  it('leaves a word its class scores under CLASS_FLOOR: "resume"', () => {
    expect(model.heads.get('VERB')?.has('resume')).toBe(false)
    expect(cuesOf('The envoy intimated that talks could resume within weeks.')).toEqual(['intimated'])
  })

  it('gives no class outside the text or for an unknown word', () => {
    const classes = new ArticleClasses(['said', 'qzxwvbnm'])
    expect(classes.at(0)).not.toBeNull()
    expect(classes.at(1)).toBeNull()
    expect(classes.at(-1)).toBeNull()
    expect(classes.at(2)).toBeNull()
  })
})
