import data from '../data/countries.json' with { type: 'json' }
import { isAscii } from '../letters.js'

/** A country of ISO 3166-1 with the names and demonyms English news uses for it. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string
  /** The usual English short name: `Turkey`, `United States`. */
  name: string
  /** Every name it goes by: `Turkey`, `Türkiye`, `Republic of Turkey`. */
  names: readonly string[]
  /** Adjectives and nouns for its people: `Turkish`, `Turk`, `Turks`. */
  demonyms: readonly string[]
  /** Capital cities, for a small built-in city list. */
  capital: readonly string[]
  lat: number
  lon: number
  /** Rough half-size in degrees. */
  extent: number
}

/** Every country, from data/countries.json (built by scripts/ner/build-countries.ts). */
export const COUNTRIES: readonly Country[] = data as Country[]

/*
 * Exact keys first; then a folded key (no accents, lower case) for names longer than three
 * letters, so `TURKEY` and `Turkiye` match but `us` (the pronoun) never matches `US`.
 */
const byExact = new Map<string, Country>()
const byFolded = new Map<string, Country>()
const byDemonym = new Map<string, Country>()
const byCode = new Map<string, Country>()

/** Lower case without accents: `Türkiye` -> `turkiye`. */
export function fold(s: string): string {
  // ASCII has no accents to take off; most names are ASCII.
  return isAscii(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

// Larger countries first, so a name or demonym two share (`American`: the United States and
// the Northern Mariana Islands) goes to the one news usually means.
for (const c of [...COUNTRIES].sort((a, b) => b.extent - a.extent)) {
  byCode.set(c.code, c)
  for (const n of [c.name, ...c.names]) {
    if (!byExact.has(n)) byExact.set(n, c)
    if (n.replace(/\./g, '').length > 3 && !byFolded.has(fold(n))) byFolded.set(fold(n), c)
  }
  for (const d of c.demonyms) {
    if (!byDemonym.has(d)) byDemonym.set(d, c)
    if (!byDemonym.has(d.toUpperCase())) byDemonym.set(d.toUpperCase(), c)
  }
}

const THE = /^the\s+/i

/*
 * Names recur within and across articles, and several stages ask about the same ones: each is
 * worked out once (three expressions, maybe a fold) and kept, null for no country. Cleared when
 * full rather than tracked.
 */
const byNameAsked = new Map<string, Country | null>()
const ASKED_CACHE_SIZE = 20_000

/** The country a name stands for: `Turkey`, `Türkiye`, `U.S.`, `the United States`, `UK`, `Britain`. */
export function countryByName(name: string): Country | undefined {
  let known = byNameAsked.get(name)
  if (known === undefined) {
    if (byNameAsked.size >= ASKED_CACHE_SIZE) byNameAsked.clear()
    known = findCountry(name) ?? null
    byNameAsked.set(name, known)
  }
  return known ?? undefined
}

function findCountry(name: string): Country | undefined {
  const n = name.trim().replace(THE, '').replace(/\s+/g, ' ')
  return byExact.get(n) ?? (n.replace(/\./g, '').length > 3 ? byFolded.get(fold(n)) : undefined)
}

/** The country whose people a word names: `Turkish`, `Iraqi`, `Iraqis`, `Americans`. */
export function countryByDemonym(word: string): Country | undefined {
  return byDemonym.get(word.trim())
}

/** The country of an ISO 3166-1 alpha-2 code, in either case. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase())
}
