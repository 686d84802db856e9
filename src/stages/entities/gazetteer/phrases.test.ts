import { describe, expect, it } from 'vitest'
import { isShouting, isTitleCase, matchPhrases, startsPhrase } from './phrases.js'

const split = (s: string) => s.split(' ')

describe('matchPhrases', () => {
  it('finds the longest known name and what it is', () => {
    const m = matchPhrases(split('fighters of Islamic State of Iraq and the Levant fled to Türkiye'), false)
    expect(m.map((x) => [x.start, x.end, x.hit.kind])).toEqual([
      [2, 9, 'org'],
      [11, 12, 'country'],
    ])
  })

  it('finds the same phrases when told which words start one', () => {
    for (const [sentence, shouting] of [
      ['aid from the United Nations and Amnesty International reached New York and Paris', false],
      ['UNITED NATIONS ENVOY MEETS TALIBAN IN KABUL', true],
    ] as const) {
      const words = split(sentence)
      const told = matchPhrases(words, shouting, (i) => startsPhrase(words[i] as string, shouting))
      expect(told).toEqual(matchPhrases(words, shouting))
      expect(told.length).toBeGreaterThan(1)
    }
  })

  it('trusts short aliases only in mixed case', () => {
    expect(matchPhrases(split('the IS group'), false)).toHaveLength(1)
    expect(matchPhrases(split('WHO IS TO BLAME'), true)).toHaveLength(0)
    expect(matchPhrases(split('BRITAIN AND GERMANY'), true)).toHaveLength(2)
  })
})

describe('sentence case', () => {
  it('tells an all-capital headline from a sentence', () => {
    expect(isShouting(split('FLOODS HIT NORTHERN ITALY'))).toBe(true)
    expect(isShouting(split('Floods hit northern Italy'))).toBe(false)
  })

  it('tells a title-case headline from a list of names', () => {
    expect(isTitleCase(split('Floods Hit Northern Italy as Rivers Burst'))).toBe(true)
    expect(isTitleCase(split('Floods hit northern Italy'))).toBe(false)
    expect(isTitleCase(split('Anna Berg , Tomas Lind , Eva Holm'))).toBe(false)
  })
})
