import { describe, expect, it } from 'vitest'
import { asHash, asText, type FeatureKey, hashOfText } from './feature-key.js'

const features = <K>(key: FeatureKey<K>, word: string, n: number): K[] => [
  key`H`,
  key`L|w=${word}`,
  key`${'R'}${n}|p=${word}|q=${n}`,
  key`${word}${word}`,
  key`open=${String(n > 1)}`,
]

describe('feature keys', () => {
  it('writes a template as the text training stores', () => {
    expect(features(asText, 'said', 2)).toEqual(['H', 'L|w=said', 'R2|p=said|q=2', 'saidsaid', 'open=true'])
  })

  it('hashes a template to the hash of its text, whatever the values', () => {
    for (const word of ['said', '', '“', 'Ünal', '北京', '😀x', '|w=']) {
      for (const n of [0, 1, 17]) {
        expect(features(asHash, word, n)).toEqual(features(asText, word, n).map(hashOfText))
      }
    }
  })

  it('starts every feature of a key made `after` a prefix with that prefix, as text and as hash', () => {
    const text = asText.after('claim/VERB').after('|')
    expect(text`n=${'that'}`).toBe('claim/VERB|n=that')
    for (const word of ['', 'told', 'Ünal']) {
      expect(asHash.after(word)`|w=${word}`).toBe(hashOfText(asText.after(word)`|w=${word}`))
      expect(asHash.after(word)``).toBe(hashOfText(word))
    }
  })

  it('hashes alike through a key made `after` a prefix it kept, and after it forgot its kept keys', () => {
    // More prefixes than a key keeps, twice over, so later ones are made again after a clearing.
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 5000; k += 7) {
        const prefix = `lemma${k}/VERB`
        expect(asHash.after(prefix)`|n=${k}`).toBe(hashOfText(`${prefix}|n=${k}`))
      }
    }
    expect(asHash.after('say/VERB')).toBe(asHash.after('say/VERB'))
  })

  it('tells apart features whose parts only join alike in another place', () => {
    expect(asHash`a|${'bc'}`).not.toBe(asHash`a|b${'c'}|`)
    expect(new Set(['L|w=a', 'R|w=a', 'L|p=a', 'L|w=b'].map(hashOfText)).size).toBe(4)
  })

  it('keeps hashes to small non-negative integers', () => {
    for (const text of ['', 'x', 'a much longer feature name|with=parts']) {
      const h = hashOfText(text)
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true)
    }
  })
})
