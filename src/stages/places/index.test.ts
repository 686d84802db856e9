import { beforeAll, describe, expect, it } from 'vitest'
import type { Entity, EntityType, Mention } from '../../doc/layers.js'
import type { Message } from '../../doc/message.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { places } from './index.js'

/** A Doc whose entities are given as [id, type, name, ...phrases as they appear]. */
function docWith(text: string, specs: [string, EntityType, string, ...string[]][], datelinePlace?: string) {
  const mentions: Mention[] = []
  const entities: Entity[] = []
  for (const [id, type, name, ...phrases] of specs) {
    const count = new Map<string, number>()
    const spans = phrases.map((p) => {
      const n = (count.get(p) ?? 0) + 1
      count.set(p, n)
      return spanOf(text, p, n)
    })
    for (const s of spans) mentions.push({ ...s, type, entity: id })
    entities.push({ id, type, name, aliases: [...new Set(phrases)].filter((p) => p !== name), mentions: spans })
  }
  mentions.sort((a, b) => a.start - b.start)
  return makeDoc(text, { mentions, entities }, datelinePlace ? { datelinePlace } : {})
}

let step: Step<'places'>
const run = (doc: ReturnType<typeof docWith>) => {
  const messages: Message[] = []
  const out = step(doc, {
    warn: (rule, reason, span) => messages.push({ severity: 'warning', rule, reason, ...(span ? { span } : {}) }),
    info: (rule, reason, span) => messages.push({ severity: 'info', rule, reason, ...(span ? { span } : {}) }),
  })
  return { places: out.places, messages }
}

beforeAll(async () => {
  step = await places().prepare()
})

describe('places', () => {
  it('places a country at its centre with its ISO code', () => {
    const text = 'Rescuers reached Nepal after the quake.'
    const { places } = run(docWith(text, [['np', 'GPE', 'Nepal', 'Nepal']]))
    expect(places).toHaveLength(1)
    expect(places[0]).toMatchObject({ entity: 'np', kind: 'country', country: 'NP' })
    expect(places[0]?.lat).toBeCloseTo(28, 0)
  })

  it('takes the Syrian capital for Damascus, not the towns in Oregon or Maryland', () => {
    const text = 'Officials in Damascus denied the report.'
    const { places } = run(docWith(text, [['d', 'GPE', 'Damascus', 'Damascus']]))
    expect(places[0]).toMatchObject({ kind: 'city', country: 'SY' })
    expect(places[0]?.lat).toBeCloseTo(33.5, 0)
  })

  it('lets the countries an article names decide a name shared across countries', () => {
    const text = 'Flooding hit Hyderabad. Pakistan sent troops.'
    const inPakistan = run(
      docWith(text, [
        ['h', 'GPE', 'Hyderabad', 'Hyderabad'],
        ['pk', 'GPE', 'Pakistan', 'Pakistan'],
      ]),
    )
    expect(inPakistan.places.find((p) => p.entity === 'h')?.country).toBe('PK')
    const alone = run(docWith('Flooding hit Hyderabad.', [['h', 'GPE', 'Hyderabad', 'Hyderabad']]))
    expect(alone.places[0]?.country).toBe('IN')
  })

  it('lets a clear city decide an unclear one: Hyderabad beside Karachi', () => {
    const text = 'Rains hit Karachi and Hyderabad.'
    const { places } = run(
      docWith(text, [
        ['k', 'GPE', 'Karachi', 'Karachi'],
        ['h', 'GPE', 'Hyderabad', 'Hyderabad'],
      ]),
    )
    expect(places.map((p) => [p.entity, p.country])).toEqual([
      ['k', 'PK'],
      ['h', 'PK'],
    ])
  })

  it('uses the dateline as a country hint', () => {
    const text = 'Police said Tripoli was calm.'
    const withDateline = run(docWith(text, [['t', 'GPE', 'Tripoli', 'Tripoli']], 'BEIRUT'))
    expect(withDateline.places[0]?.country).toBe('LB')
  })

  it('reads a people word (Lebanese) as a hint to its country', () => {
    const text = 'Lebanese troops entered Tripoli.'
    const { places } = run(
      docWith(text, [
        ['lb', 'NORP', 'Lebanese', 'Lebanese'],
        ['t', 'GPE', 'Tripoli', 'Tripoli'],
      ]),
    )
    expect(places.find((p) => p.entity === 't')?.country).toBe('LB')
  })

  it('places a first-order division (Ohio) and prefers a province when the text says so', () => {
    const text = 'Voters in Ohio and officials in Idlib province disagreed.'
    const { places } = run(
      docWith(text, [
        ['oh', 'GPE', 'Ohio', 'Ohio'],
        ['id', 'GPE', 'Idlib province', 'Idlib province'],
      ]),
    )
    expect(places.map((p) => [p.entity, p.kind, p.country])).toEqual([
      ['oh', 'region', 'US'],
      ['id', 'region', 'SY'],
    ])
    expect(places[0]?.extent).toBeGreaterThan(1)
  })

  it('reads news-agency state abbreviations: "Charlotte, N.C."', () => {
    const text = 'Protests in Charlotte, N.C., went on.'
    const { places } = run(
      docWith(text, [
        ['c', 'GPE', 'Charlotte', 'Charlotte'],
        ['nc', 'GPE', 'N.C.', 'N.C.'],
      ]),
    )
    expect(places.map((p) => [p.entity, p.kind, p.country])).toEqual([
      ['c', 'city', 'US'],
      ['nc', 'region', 'US'],
    ])
  })

  it('keeps a capital abroad in a story about the home country: Paris beside the United States', () => {
    const text = 'The United States sent envoys to Paris.'
    const { places } = run(
      docWith(text, [
        ['us', 'GPE', 'United States', 'United States'],
        ['p', 'GPE', 'Paris', 'Paris'],
      ]),
    )
    expect(places.find((p) => p.entity === 'p')?.country).toBe('FR')
  })

  it('takes the city for "New York", not the state', () => {
    const text = 'Rents rose in New York.'
    expect(run(docWith(text, [['ny', 'GPE', 'New York', 'New York']])).places[0]).toMatchObject({
      kind: 'city',
      country: 'US',
    })
  })

  it('keeps the city when a city and its division share a name', () => {
    const text = 'Shelling hit Aleppo.'
    expect(run(docWith(text, [['a', 'GPE', 'Aleppo', 'Aleppo']])).places[0]).toMatchObject({
      kind: 'city',
      country: 'SY',
    })
  })

  it('matches a city by an alternate spelling', () => {
    const text = 'Shelling resumed in Kiev.'
    const { places } = run(docWith(text, [['k', 'GPE', 'Kiev', 'Kiev']]))
    expect(places[0]).toMatchObject({ country: 'UA', kind: 'city' })
    expect(places[0]?.geonameId).toBeGreaterThan(0)
  })

  it('makes regions of "northwestern Syria", "Syria\'s northwest" and "the north of Iraq"', () => {
    const text = 'Fighting in northwestern Syria spread to Syria’s northwest and the north of Iraq.'
    const doc = docWith(text, [
      ['sy', 'GPE', 'Syria', 'Syria', 'Syria'],
      ['iq', 'GPE', 'Iraq', 'Iraq'],
    ])
    const regions = run(doc).places.filter((p) => p.kind === 'region')
    expect(regions.map((r) => [r.span && text.slice(r.span.start, r.span.end), r.direction, r.entity])).toEqual([
      ['northwestern Syria', 'northwest', 'sy'],
      ['Syria’s northwest', 'northwest', 'sy'],
      ['the north of Iraq', 'north', 'iq'],
    ])
    const syria = run(doc).places.find((p) => p.kind === 'country' && p.entity === 'sy')
    const nw = regions[0]
    expect(nw && syria && nw.lat > syria.lat && nw.lon < syria.lon).toBe(true)
    expect(nw?.extent).toBeLessThan(syria?.extent ?? 0)
  })

  it('puts southern Lebanon south of the centre of Lebanon', () => {
    const text = 'Strikes hit southern Lebanon.'
    const all = run(docWith(text, [['lb', 'GPE', 'Lebanon', 'Lebanon']])).places
    const region = all.find((p) => p.kind === 'region')
    const country = all.find((p) => p.kind === 'country')
    expect(region?.direction).toBe('south')
    expect(region && country && region.lat < country.lat).toBe(true)
  })

  it('makes a region of a city too: "northern Baghdad"', () => {
    const text = 'A bomb hit northern Baghdad.'
    const all = run(docWith(text, [['b', 'GPE', 'Baghdad', 'Baghdad']])).places
    const region = all.find((p) => p.kind === 'region')
    const city = all.find((p) => p.kind === 'city')
    expect(region?.span && text.slice(region.span.start, region.span.end)).toBe('northern Baghdad')
    expect(region && city && region.lat > city.lat && region.lat - city.lat < 0.2).toBe(true)
  })

  it('does not split South Sudan into a region of Sudan', () => {
    const text = 'Aid reached South Sudan.'
    const { places } = run(docWith(text, [['ss', 'GPE', 'Sudan', 'Sudan']]))
    expect(places.filter((p) => p.kind === 'region')).toEqual([])
  })

  it('places world regions and facilities', () => {
    const text = 'Tension in the Middle East closed Baghdad International Airport.'
    const { places } = run(
      docWith(text, [
        ['me', 'LOC', 'Middle East', 'Middle East'],
        ['bia', 'FAC', 'Baghdad International Airport', 'Baghdad International Airport'],
      ]),
    )
    expect(places.map((p) => [p.entity, p.kind, p.country])).toEqual([
      ['me', 'area', null],
      ['bia', 'landmark', 'IQ'],
    ])
  })

  it('does not place a bare compass word cut from a longer name', () => {
    const text = 'Troops moved through Eastern on Monday.'
    const { places, messages } = run(docWith(text, [['e', 'GPE', 'Eastern', 'Eastern']]))
    expect(places).toEqual([])
    expect(messages.map((m) => m.rule)).toEqual(['places/unknown'])
  })

  it('reports a place it cannot find and skips people and groups', () => {
    const text = 'Zzyzxqrt and Maria Lopez met the Red Cross.'
    const { places, messages } = run(
      docWith(text, [
        ['z', 'GPE', 'Zzyzxqrt', 'Zzyzxqrt'],
        ['p', 'PERSON', 'Maria Lopez', 'Maria Lopez'],
        ['o', 'ORG', 'Red Cross', 'Red Cross'],
      ]),
    )
    expect(places).toEqual([])
    expect(messages.map((m) => [m.rule, m.span])).toEqual([['places/unknown', spanOf(text, 'Zzyzxqrt')]])
  })
})
