import { describe, expect, it } from 'vitest'
import { countryByCode, countryByDemonym, countryByName } from './countries.js'

describe('countryByName', () => {
  it.each([
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Republic of Turkey', 'TR'],
    ['U.S.', 'US'],
    ['United States', 'US'],
    ['the United States', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['SYRIA', 'SY'],
    ['Syrian Arab Republic', 'SY'],
  ])('finds %s as %s', (name, code) => {
    expect(countryByName(name)?.code).toBe(code)
  })

  it('does not take the pronoun "us" or an unknown word for a country', () => {
    expect(countryByName('us')).toBeUndefined()
    expect(countryByName('Springfield')).toBeUndefined()
  })
})

describe('countryByDemonym', () => {
  it.each([
    ['Turkish', 'TR'],
    ['Turks', 'TR'],
    ['Iraqi', 'IQ'],
    ['Iraqis', 'IQ'],
    ['Americans', 'US'],
    ['British', 'GB'],
  ])('finds %s as %s', (word, code) => {
    expect(countryByDemonym(word)?.code).toBe(code)
  })
})

describe('countryByCode', () => {
  it('gives the centroid and extent of a country', () => {
    const iq = countryByCode('iq')
    expect(iq?.name).toBe('Iraq')
    expect(iq?.lat).toBeGreaterThan(29)
    expect(iq?.lat).toBeLessThan(38)
    expect(iq?.extent).toBeGreaterThan(1)
  })
})
