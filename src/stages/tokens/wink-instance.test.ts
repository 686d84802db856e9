import { describe, expect, it } from 'vitest'
import { createWinkInstance, type FeatureMethods, rememberingFeatures } from './wink-instance.js'

const words = (wink: ReturnType<typeof createWinkInstance>, text: string): string[] =>
  wink.nlp.readDoc(text).tokens().out() as string[]

describe('createWinkInstance', () => {
  it('forgets the words an article taught wink, so the next article reads as on a fresh instance', () => {
    const wink = createWinkInstance()
    const expected = words(createWinkInstance(), 'U.S. farm officials met.')
    words(wink, 'Prices fell in the U.S .')
    wink.endArticle()
    expect(words(wink, 'U.S. farm officials met.')).toEqual(expected)
  })

  it('renews itself past its word limit, reading the same tokens afterwards', () => {
    const wink = createWinkInstance(3)
    const first = wink.nlp
    const expected = words(createWinkInstance(), 'Zorblax met Quindle in the U.S. on Monday.')
    words(wink, 'Prices fell in the U.S . Zorblax and Quindle and Flimwick spoke.')
    wink.endArticle()
    expect(wink.nlp).not.toBe(first)
    expect(words(wink, 'Zorblax met Quindle in the U.S. on Monday.')).toEqual(expected)
  })

  // The model's loader made each wink instance slower to build than the last, and the 21st threw.
  it('renews itself again and again in one process, reading as a fresh instance each time', () => {
    const wink = createWinkInstance(1)
    const expected = words(createWinkInstance(), 'Zorblax met Quindle in the U.S. on Monday.')
    let last = wink.nlp
    for (let i = 0; i < 25; i++) {
      words(wink, `Prices fell in the U.S . Flimwick${i} spoke.`)
      wink.endArticle()
      expect(wink.nlp).not.toBe(last)
      last = wink.nlp
    }
    expect(words(wink, 'Zorblax met Quindle in the U.S. on Monday.')).toEqual(expected)
  })

  it('keeps its instance while under the limit', () => {
    const wink = createWinkInstance()
    const first = wink.nlp
    words(wink, 'Zorblax spoke.')
    wink.endArticle()
    expect(wink.nlp).toBe(first)
  })
})

describe('rememberingFeatures', () => {
  const counting = () => {
    const calls: string[] = []
    const methods = (): FeatureMethods => ({
      shape: (word) => {
        calls.push(`shape ${word}`)
        return word.replace(/[a-z]/g, 'x')
      },
      pos: (word, category) => {
        calls.push(`pos ${word} ${category}`)
        return category === 0 ? 12 : 8
      },
      lemma: (word) => {
        calls.push(`lemma ${word}`)
        return word.toLowerCase()
      },
    })
    return { calls, methods }
  }

  it('works out a word’s shape once, however often wink learns the word again', () => {
    const { calls, methods } = counting()
    const features = rememberingFeatures(methods)(undefined)
    const shapes = ['Zorblax', 'Quindle', 'Zorblax', 'Zorblax'].map((w) => features.shape?.(w, 0, null))
    expect(shapes).toEqual(['Zxxxxxx', 'Qxxxxxx', 'Zxxxxxx', 'Zxxxxxx'])
    expect(calls).toEqual(['shape Zorblax', 'shape Quindle'])
  })

  it('keeps a part of speech by token category, and leaves features it does not list alone', () => {
    const { calls, methods } = counting()
    const features = rememberingFeatures(methods)(undefined)
    expect([features.pos?.('Zorblax', 0, null), features.pos?.('Zorblax', 2, null)]).toEqual([12, 8])
    expect(features.pos?.('Zorblax', 0, null)).toBe(12)
    features.lemma?.('Zorblax', 0, null)
    features.lemma?.('Zorblax', 0, null)
    expect(calls).toEqual(['pos Zorblax 0', 'pos Zorblax 2', 'lemma Zorblax', 'lemma Zorblax'])
  })

  it('shares what it remembers between the instances a renewal makes', () => {
    const { calls, methods } = counting()
    const make = rememberingFeatures(methods)
    make(undefined).shape?.('Flimwick', 0, null)
    make(undefined).shape?.('Flimwick', 0, null)
    expect(calls).toEqual(['shape Flimwick'])
  })
})
