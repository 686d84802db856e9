import type { Entity, Place } from '../../doc/layers.js'
import { type Country, countryByCode, countryByName } from '../entities/gazetteer/countries.js'
import { areaByName } from './areas.js'
import type { City, CityIndex } from './city-index.js'
import { usStateByAbbreviation } from './us-states.js'

/** What the article says about where it is: country weights from its places, people and dateline. */
export interface PlaceContext {
  /** ISO code -> weight: mentions of the country, its people and its cities. */
  readonly countries: ReadonlyMap<string, number>
}

/** A choice of city with its score and the runner-up, to tell a clear choice from a guess. */
export interface CityChoice {
  readonly city: City
  readonly score: number
  readonly runnerUp?: { readonly city: City; readonly score: number }
}

/** The country a GPE entity is, by its key (`gpe:TR`), name or aliases. */
export function countryOf(entity: Entity): Country | undefined {
  const key = /^gpe:([A-Z]{2})$/.exec(entity.key ?? '')
  if (key?.[1]) {
    const c = countryByCode(key[1])
    if (c) return c
  }
  for (const name of [entity.name, ...entity.aliases]) {
    const c = countryByName(name)
    if (c) return c
  }
  return undefined
}

/*
 * Population decides most names (Damascus, Syria over Damascus, Oregon, by two orders of
 * magnitude); a country the article names outweighs 30 to 300 times the population, so
 * Hyderabad in a story about Pakistan is Pakistan's, but a capital keeps its edge (Paris in
 * an American story is still Paris, France); a provincial seat and a main-name match (not an
 * alternate spelling) break the rest.
 */
function scoreCity(city: City, context: PlaceContext): number {
  const weight = context.countries.get(city.country) ?? 0
  return (
    Math.log10(city.population + 10) +
    (weight > 0 ? 1.5 + Math.min(1, weight / 10) : 0) +
    (city.featureCode === 'PPLC' ? 1 : city.featureCode === 'PPLA' ? 0.5 : 0) -
    (city.alternate ? 1 : 0) -
    // A division's population is all its cities': news naming `New York` or `Washington`
    // more often means the city.
    (city.featureCode === 'ADM1' ? 0.5 : 0)
  )
}

/** The best city for a set of names, or undefined when none is known. */
export function chooseCity(
  names: readonly string[],
  cities: CityIndex,
  context: PlaceContext,
  accept: (city: City) => boolean = () => true,
): CityChoice | undefined {
  const seen = new Map<number, { city: City; score: number }>()
  for (const name of names) {
    for (const city of cities.lookup(name)) {
      if (!accept(city)) continue
      const score = scoreCity(city, context)
      const had = seen.get(city.geonameId)
      if (!had || had.score < score) seen.set(city.geonameId, { city, score })
    }
  }
  const ranked = [...seen.values()].sort((a, b) => b.score - a.score)
  const top = ranked[0]
  // `New York`: a division whose namesake city holds a good share of its people means the city.
  const best =
    top?.city.featureCode === 'ADM1'
      ? (ranked.find(
          (r) =>
            r.city.featureCode !== 'ADM1' &&
            r.city.country === top.city.country &&
            r.city.population >= CITY_SHARE * top.city.population,
        ) ?? top)
      : top
  if (!best) return undefined
  const runnerUp = ranked.find((r) => r.city.country !== best.city.country)
  return runnerUp ? { ...best, runnerUp } : best
}

const COMPASS_WORD = /^(?:north|south|east|west|central|(?:north|south)[- ]?(?:east|west))(?:ern)?$/i
/** Places smaller than this need their country named in the article. */
const SMALL_PLACE = 50_000
/** A city with this share of its namesake division's people outranks the division. */
const CITY_SHARE = 0.25
const DIVISION_WORD = /\s+(?:governorate|province|region|state|oblast|prefecture|county)$/i

/** The names an entity goes by, fullest first, with a leading `the` dropped. */
export function namesOf(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map((n) => n.replace(/^the\s+/i, '').trim()))].filter(Boolean)
}

/** The place of a country, city or world region entity; FAC entities are handled by the caller. */
export function resolvePlace(
  entity: Entity,
  cities: CityIndex,
  context: PlaceContext,
): { place: Place; choice?: CityChoice } | undefined {
  const country = countryOf(entity)
  if (country) {
    return {
      place: {
        entity: entity.id,
        lat: country.lat,
        lon: country.lon,
        country: country.code,
        kind: 'country',
        extent: country.extent,
      },
    }
  }
  // A bare compass word (`Eastern`, `Northern`) is a name cut short, not a place.
  const names = namesOf(entity).filter((n) => !COMPASS_WORD.test(n))
  for (const name of names) {
    const area = areaByName(name)
    if (area) {
      return {
        place: {
          entity: entity.id,
          lat: area.lat,
          lon: area.lon,
          country: area.country,
          kind: 'area',
          extent: area.extent,
        },
      }
    }
  }
  // `Idlib province`, `Anbar governorate`: the division, not the city of the same name;
  // `Fla.`, `N.C.`: a US state in news-agency style.
  const divisionNames = [
    ...names.filter((n) => DIVISION_WORD.test(n)).map((n) => n.replace(DIVISION_WORD, '')),
    ...names.map(usStateByAbbreviation).filter((n): n is string => n !== undefined),
  ]
  const choice =
    (divisionNames.length > 0
      ? chooseCity(divisionNames, cities, context, (c) => c.featureCode === 'ADM1')
      : undefined) ?? chooseCity(names, cities, context)
  if (!choice) return undefined
  const { city } = choice
  // A hamlet in a country the article never names is more likely a misread word than the place.
  if (city.population < SMALL_PLACE && !context.countries.has(city.country)) return undefined
  const division = city.featureCode === 'ADM1'
  return {
    place: {
      entity: entity.id,
      lat: city.lat,
      lon: city.lon,
      country: city.country,
      kind: division ? 'region' : 'city',
      ...(city.geonameId > 0 ? { geonameId: city.geonameId } : {}),
      ...(division ? { extent: city.extent } : {}),
    },
    choice,
  }
}

/**
 * A facility (`Baghdad International Airport`, `Evin prison in Tehran`) placed at the city or
 * country its name contains: the longest run of capitalised words that names one.
 */
export function resolveFacility(entity: Entity, cities: CityIndex, context: PlaceContext): Place | undefined {
  const words = entity.name.split(/\s+/)
  for (let n = words.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n)
      if (!run.every((w) => /^\p{Lu}/u.test(w))) continue
      const name = run.join(' ')
      const country = countryByName(name)
      if (country) {
        return { entity: entity.id, lat: country.lat, lon: country.lon, country: country.code, kind: 'landmark' }
      }
      const choice = chooseCity([name], cities, context)
      // Only a clear city: a facility name's words (`Camp`, `Bridge`) are often small places too.
      if (choice && choice.city.featureCode !== 'ADM1' && choice.city.population >= 50_000) {
        const { city } = choice
        return {
          entity: entity.id,
          lat: city.lat,
          lon: city.lon,
          country: city.country,
          kind: 'landmark',
          geonameId: city.geonameId,
        }
      }
    }
  }
  return undefined
}
