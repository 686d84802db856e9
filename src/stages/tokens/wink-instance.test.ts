import { describe, expect, it } from 'vitest'
import { createWinkInstance } from './wink-instance.js'

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
