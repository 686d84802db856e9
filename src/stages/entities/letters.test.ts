import { describe, expect, it } from 'vitest'
import { isAscii, startsLetter, startsLower, startsUpper } from './letters.js'

const WORDS = [
  'Jasim',
  'jasim',
  'al-Jaburi',
  '2019',
  '"Ahmed',
  'Éric',
  'éric',
  'Ωmega',
  'ωmega',
  '',
  '-led',
  'İstanbul',
  '𝐀bc',
]

describe('letter-case tests', () => {
  it('agree with the Unicode regular expressions on ASCII and other words', () => {
    for (const w of WORDS) {
      expect(startsUpper(w), w).toBe(/^\p{Lu}/u.test(w))
      expect(startsLower(w), w).toBe(/^\p{Ll}/u.test(w))
      expect(startsLetter(w), w).toBe(/^\p{L}/u.test(w))
    }
  })

  it('tells ASCII words from others', () => {
    expect(isAscii('U.S.-led')).toBe(true)
    expect(isAscii('Türkiye')).toBe(false)
  })
})
