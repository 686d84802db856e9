import { describe, expect, it } from 'vitest'
import { corroborate, placesAgree, type ReportInput, type ReportPlace } from './corroboration.js'

const place = (name: string, extra: Partial<ReportPlace> = {}): ReportPlace => ({
  name,
  entity: null,
  country: null,
  lat: null,
  lon: null,
  isCountry: false,
  ...extra,
})

const report = (articleId: string, extra: Partial<ReportInput> = {}): ReportInput => ({
  articleId,
  wireGroup: null,
  origin: [],
  modality: 'reported',
  time: null,
  places: [],
  claims: [],
  ...extra,
})

const claim = (attribution: string, label: string, extra: Partial<ReportInput['claims'][number]> = {}) => ({
  attribution,
  label,
  sourceEntity: null,
  channel: null,
  stance: 'assert',
  ...extra,
})

describe('corroborate', () => {
  it('counts two copies of one wire story as one report and one source', () => {
    const result = corroborate([
      report('a', { wireGroup: 'a', claims: [claim('a1', 'two officials')] }),
      report('b', { wireGroup: 'a', claims: [claim('a1', 'two officials')] }),
    ])
    expect(result.independentReports).toBe(1)
    expect(result.independentSources).toBe(1)
  })

  it('counts claims relayed through one agency once across outlets', () => {
    const result = corroborate([
      report('a', { claims: [claim('a1', 'a spokesperson', { channel: 'Meridian Wire' })] }),
      report('b', { claims: [claim('a4', 'A spokesperson', { channel: 'Meridian Wire' })] }),
    ])
    expect(result.independentReports).toBe(1)
    expect(result.independentSources).toBe(1)
  })

  it('counts a named source once across independent articles, and ignores refusals', () => {
    const result = corroborate([
      report('a', {
        claims: [claim('a1', 'Naji', { sourceEntity: 'ent-naji' }), claim('a2', 'x', { stance: 'decline' })],
      }),
      report('b', { claims: [claim('a1', 'Faris Naji', { sourceEntity: 'ent-naji' }), claim('a2', 'a witness')] }),
    ])
    expect(result.independentReports).toBe(2)
    expect(result.independentSources).toBe(2)
  })

  it('finds a time conflict between independent reports but not between compatible times', () => {
    const conflicting = corroborate([report('a', { time: '2024-03-03' }), report('b', { time: '2024-03-02' })])
    expect(conflicting.conflicts.map((c) => c.slot)).toEqual(['time'])
    const compatible = corroborate([report('a', { time: '2024-03' }), report('b', { time: '2024-03-02' })])
    expect(compatible.conflicts).toEqual([])
  })

  it('finds a denial against an assertion', () => {
    const result = corroborate([report('a'), report('b', { modality: 'denied' })])
    expect(result.conflicts.map((c) => c.slot)).toEqual(['modality'])
  })
})

describe('placesAgree', () => {
  it('agrees for a country and a city in it, and for points a few kilometres apart', () => {
    expect(placesAgree(place('Syria', { isCountry: true, country: 'SY' }), place('Idlib', { country: 'SY' }))).toBe(
      true,
    )
    expect(
      placesAgree(place('Mosul', { lat: 36.34, lon: 43.13 }), place('Mosul airport', { lat: 36.31, lon: 43.15 })),
    ).toBe(true)
  })

  it('disagrees for two towns of one country far apart', () => {
    const kirkuk = place('Kirkuk', { country: 'IQ', lat: 35.47, lon: 44.39 })
    const hawija = place('Hawija', { country: 'IQ', lat: 35.32, lon: 43.77 })
    expect(placesAgree(kirkuk, hawija)).toBe(false)
  })
})
