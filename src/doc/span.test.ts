import { describe, expect, it } from 'vitest'
import { firstStartingAt, lowerBound } from './span.js'

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
