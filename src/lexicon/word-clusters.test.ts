import { describe, expect, it } from 'vitest'
import { wordClass } from './word-clusters.js'

describe('wordClass', () => {
  it('puts words used alike in one class', () => {
    expect(wordClass('mosul')?.fine).toBe(wordClass('basra')?.fine)
    expect(wordClass('argued')?.fine).toBe(wordClass('insisted')?.fine)
  })

  it('keeps words used differently apart', () => {
    expect(wordClass('mosul')?.fine).not.toBe(wordClass('insisted')?.fine)
    expect(wordClass('mosul')?.coarse).not.toBe(wordClass('insisted')?.coarse)
  })

  it('gives every word a path of fine, mid and coarse classes', () => {
    const path = wordClass('insisted')
    expect(path?.fine).toBeLessThan(1024)
    expect(path?.mid).toBeLessThan(256)
    expect(path?.coarse).toBeLessThan(64)
  })

  it('reads a word in any case', () => {
    expect(wordClass('Mosul')).toEqual(wordClass('mosul'))
  })

  it('knows nothing of a made-up word', () => {
    expect(wordClass('qzxvtplork')).toBeUndefined()
  })
})
