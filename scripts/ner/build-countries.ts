/*
 * Builds src/stages/entities/data/countries.json: every ISO 3166-1 country with its English
 * names, aliases, demonyms, centroid and rough extent, from two well-kept packages
 * (world-countries for names, demonyms, centroid and area; i18n-iso-countries for the short
 * English aliases such as `Turkey` and `U.S.`). Run: `npx tsx scripts/ner/build-countries.ts`.
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface WorldCountry {
  cca2: string
  name: { common: string; official: string }
  altSpellings: string[]
  capital?: string[]
  latlng: [number, number]
  area: number
  demonyms?: { eng?: { f: string; m: string } }
}

const world = require('world-countries/countries.json') as WorldCountry[]
const english = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }

/* Names the packages lack that news uses every day; demonyms for people (`Turks`, `Britons`). */
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'U.K.', 'Great Britain'],
  US: ['America', 'U.S.', 'U.S.A.', 'United States'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  CD: ['DR Congo', 'DRC'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  VA: ['Vatican', 'Vatican City'],
  PS: ['Palestinian Territories'],
}
const EXTRA_DEMONYMS: Record<string, string[]> = {
  TR: ['Turk', 'Turks'],
  GB: ['Briton', 'Britons', 'Brit', 'Brits'],
  SA: ['Saudi', 'Saudis'],
  AE: ['Emirati', 'Emiratis'],
  NL: ['Dutchman', 'Dutchmen'],
  FR: ['Frenchman', 'Frenchmen'],
  DK: ['Dane', 'Danes'],
  PL: ['Pole', 'Poles'],
  SE: ['Swede', 'Swedes'],
  FI: ['Finn', 'Finns'],
  ES: ['Spaniard', 'Spaniards'],
  PH: ['Filipino', 'Filipinos'],
  NZ: ['New Zealander', 'New Zealanders'],
  IS: ['Icelander', 'Icelanders'],
  KR: ['Korean', 'Koreans'],
}

/* Latin-script strings only: the recogniser reads English news. */
const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{N} .,'’()-]+$/u.test(s)

/* A demonym's plural as people: Iraqi -> Iraqis; Turkish, Chinese, Swiss have none. */
function plural(demonym: string): string | undefined {
  if (/(sh|ch|ese|ss|i?sh)$/.test(demonym)) return undefined
  return `${demonym}s`
}

const out = world
  .filter((c) => c.cca2)
  .map((c) => {
    const alias = english.countries[c.cca2] ?? []
    const names = new Set<string>([c.name.common, c.name.official, ...(Array.isArray(alias) ? alias : [alias])])
    for (const a of c.altSpellings) if (a !== c.cca2 || a === 'UK') names.add(a)
    for (const a of EXTRA_NAMES[c.cca2] ?? []) names.add(a)
    const name = c.cca2 === 'TR' ? 'Turkey' : c.name.common
    const keep = new Set(EXTRA_NAMES[c.cca2] ?? [])
    const demonyms = new Set<string>()
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue
      demonyms.add(d)
      const p = plural(d)
      if (p) demonyms.add(p)
    }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(d)
    return {
      code: c.cca2,
      name,
      // An alternative spelling that is also the demonym (`Saudi`, `Thai`) reads as the people in
      // news (`Saudi officials`); the usual name stays even so (`Djibouti`).
      names: [...names].filter(
        (n) =>
          isLatin(n) && n.length > 1 && !n.includes(',') && (n === c.name.common || keep.has(n) || !demonyms.has(n)),
      ),
      demonyms: [...demonyms].filter(isLatin),
      capital: (c.capital ?? []).filter(isLatin),
      lat: Math.round(c.latlng[0] * 100) / 100,
      lon: Math.round(c.latlng[1] * 100) / 100,
      // Half the side of a square of the country's area, in degrees of latitude.
      extent: Math.round((Math.sqrt(Math.max(c.area, 1)) / 2 / 111) * 100) / 100,
    }
  })
  .sort((a, b) => a.code.localeCompare(b.code))

const path = new URL('../../src/stages/entities/data/countries.json', import.meta.url)
writeFileSync(path, `${JSON.stringify(out)}\n`)
console.log(`wrote ${out.length} countries to ${path.pathname}`)
