import { describe, expect, it } from 'vitest'
import { firstCoveringEachToken, firstStartingAt, lowerBound } from './span.js'

const layer = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 5, end: 12 },
  { start: 13, end: 15 },
]

describe('firstStartingAt', () => {
  it('finds the first span starting at or after an offset', () => {
    expect(firstStartingAt(layer, 0)).toBe(0)
    expect(firstStartingAt(layer, 1)).toBe(1)
    expect(firstStartingAt(layer, 5)).toBe(1)
    expect(firstStartingAt(layer, 13)).toBe(3)
  })

  it('gives the length of the layer past its last start, and 0 for an empty layer', () => {
    expect(firstStartingAt(layer, 14)).toBe(4)
    expect(firstStartingAt([], 3)).toBe(0)
  })
})

describe('lowerBound', () => {
  it('finds the first span ending after an offset', () => {
    expect(lowerBound(layer, 4)).toBe(1)
    expect(lowerBound(layer, 9)).toBe(2)
    expect(lowerBound(layer, 15)).toBe(4)
  })
})

describe('firstCoveringEachToken', () => {
  // `Troops left on Monday`, one token a word.
  const tokens = [
    { start: 0, end: 6 },
    { start: 7, end: 11 },
    { start: 12, end: 14 },
    { start: 15, end: 21 },
  ]

  it('gives each token the first span in layer order that covers it, and none to the others', () => {
    const wide = { start: 7, end: 21, id: 'wide' }
    const narrow = { start: 12, end: 21, id: 'narrow' }
    const found = firstCoveringEachToken(tokens, [wide, narrow], () => true)
    expect(found.map((s) => s?.id)).toEqual([undefined, 'wide', 'wide', 'wide'])
    expect(firstCoveringEachToken(tokens, [narrow, wide], () => true).map((s) => s?.id)).toEqual([
      undefined,
      'wide',
      'narrow',
      'narrow',
    ])
  })

  it('passes over spans its test turns down, and tokens running past a span', () => {
    const cut = { start: 12, end: 18, keep: true }
    const skipped = { start: 0, end: 21, keep: false }
    const found = firstCoveringEachToken(tokens, [skipped, cut], (s, t) => s.keep && t.end <= s.end)
    expect(found).toEqual([undefined, undefined, cut, undefined])
  })
})
