import { describe, expect, it } from 'vitest'
import { type WordClass, wordClass } from './word-clusters.js'

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

describe('wordClass from the binary file', () => {
  // Classes as the JSON file and its Map gave them before the binary file replaced them (#9).
  const before: [string, WordClass | undefined][] = [
    ['the', { fine: 897, mid: 114, coarse: 18 }],
    ['said', { fine: 700, mid: 73, coarse: 18 }],
    ['insisted', { fine: 881, mid: 73, coarse: 18 }],
    ['Mosul', { fine: 990, mid: 106, coarse: 56 }],
    ['constructor', { fine: 486, mid: 74, coarse: 60 }],
    ['prototype', { fine: 211, mid: 117, coarse: 38 }],
    ['television', { fine: 0, mid: 38, coarse: 42 }],
    ['polychoron', { fine: 1023, mid: 40, coarse: 5 }],
    ['!', { fine: 165, mid: 198, coarse: 47 }],
    ['£', { fine: 922, mid: 86, coarse: 44 }],
    ['“', { fine: 315, mid: 114, coarse: 18 }],
    ['…', { fine: 889, mid: 184, coarse: 0 }],
    ['€', { fine: 560, mid: 162, coarse: 19 }],
    ['__proto__', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
    ['', undefined],
    ['qzxvtplork', undefined],
  ]

  it.each(before)('gives %j the class it had before', (word, expected) => {
    expect(wordClass(word)).toEqual(expected)
  })

  it('finds the first and last words in byte order, and nothing beside them', () => {
    expect(wordClass('!')).toBeDefined()
    expect(wordClass('€')).toBeDefined()
    expect(wordClass(' ')).toBeUndefined()
    expect(wordClass('€€')).toBeUndefined()
    expect(wordClass('\uffff')).toBeUndefined()
  })

  it('matches whole words only, not their prefixes or extensions', () => {
    expect(wordClass('insiste')).toBeUndefined()
    expect(wordClass('insistedx')).toBeUndefined()
    expect(wordClass('insisted\n')).toBeUndefined()
  })

  it('knows nothing of a word with a lone surrogate, which would encode as U+FFFD', () => {
    expect(wordClass('\ud800')).toBeUndefined()
    expect(wordClass('the\udc00')).toBeUndefined()
  })

  it('shares one path object among the words of a class', () => {
    expect(wordClass('argued')).toBe(wordClass('insisted'))
  })
})
