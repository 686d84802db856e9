/*
 * places: where each GPE, LOC and FAC entity is.
 *
 * Reads `entities` (and `doc.article.datelinePlace`); adds `places`: countries from the
 * entities stage's country gazetteer, world regions (`the Middle East`, `West Bank`) from a
 * small hand-set table, cities and first-order divisions (`Ohio`, `Idlib province`) from
 * GeoNames cities500 (200,000 places, 3,650 divisions, 500,000 Latin-script names),
 * facilities at the city or country their name contains, and compass parts of a
 * country (`northwestern Syria`, `Syria's northwest`, `the north of Iraq`) as regions with an
 * approximate centre. A city name is chosen by population, the countries the article names
 * (its places, its peoples' demonyms, its dateline) and capital or provincial-seat status.
 *
 * Misses: villages under 500 people; second-order divisions; rivers and mountains; facilities
 * whose name holds no place; US states that share a country's name (`Georgia`).
 * Scores: not in the founding gold's scored fields; tests in this folder pin behaviour.
 * Cost: loading the index takes about 0.2 s and under 40 MB once per process; a 700-word article
 * takes well under a millisecond.
 */
import type { Doc } from '../../doc/doc.js'
import type { Entity, Place } from '../../doc/layers.js'
import type { Reporter } from '../../doc/message.js'
import { textOf } from '../../doc/span.js'
import type { Stage } from '../../pipeline.js'
import { countryByDemonym, countryByName } from '../entities/gazetteer/countries.js'
import { areaByName } from './areas.js'
import { type CityIndex, loadCityIndex } from './city-index.js'
import { directionalPhrase, regionOf } from './direction.js'
import { chooseCity, countryOf, type PlaceContext, resolveFacility, resolvePlace } from './resolve-place.js'

/** Options of the places stage. */
export interface PlacesOptions {
  /** A city index to use instead of the bundled GeoNames one (tests, other gazetteers). */
  readonly cities?: CityIndex
}

let shared: CityIndex | undefined

/** The places stage: one Place per GPE, LOC and FAC entity it can locate, plus directional regions. */
export function places(options: PlacesOptions = {}): Stage<'places'> {
  return {
    name: 'places',
    requires: ['mentions', 'entities'],
    provides: ['places'],
    async prepare() {
      shared ??= options.cities ? undefined : loadCityIndex()
      const cities = options.cities ?? (shared as CityIndex)
      return (doc, report) => ({ places: locate(doc, cities, report) })
    },
  }
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])
/** A city's rough half-size in degrees (about 10 km), for `northern Baghdad`. */
const CITY_EXTENT = 0.1
/** Below this score margin two cities in different countries are reported as a guess. */
const CLEAR_MARGIN = 0.5

/** Places for every locatable entity of a Doc, in order of first mention. */
export function locate(doc: Doc, cities: CityIndex, report: Reporter): Place[] {
  const entities = doc.layer('entities')
  const countries = countryWeights(doc, entities, cities)
  // The article's other places count too: a city only one country has (`Karachi`) says which
  // `Hyderabad` is meant. First pass without them, then again with the clear cities' countries.
  for (const entity of entities) {
    if (entity.type !== 'GPE' && entity.type !== 'LOC') continue
    const choice = resolvePlace(entity, cities, { countries })?.choice
    if (choice && (!choice.runnerUp || choice.score - choice.runnerUp.score >= 2 * CLEAR_MARGIN)) {
      countries.set(choice.city.country, (countries.get(choice.city.country) ?? 0) + 1)
    }
  }
  const context: PlaceContext = { countries }
  const placed: { at: number; place: Place }[] = []

  for (const entity of entities) {
    if (!PLACE_TYPES.has(entity.type)) continue
    const at = entity.mentions[0]?.start ?? 0
    if (entity.type === 'FAC') {
      const place = resolveFacility(entity, cities, context)
      if (place) placed.push({ at, place })
      continue
    }
    const found = resolvePlace(entity, cities, context)
    if (!found) {
      report.info('places/unknown', `no country, region or city is named "${entity.name}"`, entity.mentions[0])
      continue
    }
    const { place, choice } = found
    if (choice?.runnerUp && choice.score - choice.runnerUp.score < CLEAR_MARGIN) {
      report.warn(
        'places/ambiguous',
        `"${entity.name}" may be in ${choice.city.country} or ${choice.runnerUp.city.country}; chose ${choice.city.country}`,
        entity.mentions[0],
      )
    }
    placed.push({ at, place })
    // Compass parts of countries, divisions and cities alike: `southern Idlib`, `northern Baghdad`.
    if (!place.span) placed.push(...regionsOf(doc, entity, place))
  }
  return placed.sort((a, b) => a.at - b.at).map((p) => p.place)
}

/** Compass parts of a place around its mentions, each a region Place with its own span. */
function regionsOf(doc: Doc, entity: Entity, country: Place): { at: number; place: Place }[] {
  const out: { at: number; place: Place }[] = []
  for (const mention of entity.mentions) {
    const phrase = directionalPhrase(doc.text, mention)
    if (!phrase) continue
    // `South Korea`, `East Timor`, `West Bank`: the direction is part of a name, not a region.
    const whole = `${phrase.prefix} ${textOf(doc.text, mention)}`
    if (phrase.prefix && (countryByName(whole) || areaByName(whole))) continue
    const region = regionOf(
      { lat: country.lat, lon: country.lon, extent: country.extent ?? CITY_EXTENT },
      phrase.direction,
    )
    out.push({
      at: phrase.span.start,
      place: {
        entity: entity.id,
        span: phrase.span,
        direction: phrase.direction,
        lat: region.lat,
        lon: region.lon,
        country: country.country,
        kind: 'region',
        extent: region.extent,
      },
    })
  }
  return out
}

/** How much the article is about each country: its mentions, its people's and its dateline. */
function countryWeights(doc: Doc, entities: readonly Entity[], cities: CityIndex): Map<string, number> {
  const weights = new Map<string, number>()
  const add = (code: string, w: number) => weights.set(code, (weights.get(code) ?? 0) + w)
  for (const entity of entities) {
    if (entity.type === 'GPE') {
      const c = countryOf(entity)
      if (c) add(c.code, entity.mentions.length)
    } else if (entity.type === 'NORP') {
      const c = [entity.name, ...entity.aliases].map(countryByDemonym).find(Boolean)
      if (c) add(c.code, entity.mentions.length)
    }
  }
  const dateline = doc.article.datelinePlace
  if (dateline) {
    const c = countryByName(dateline)
    const code = c?.code ?? chooseCity([dateline], cities, { countries: weights })?.city.country
    // The dateline says where the reporter stood: stronger than any one mention.
    if (code) add(code, 5)
  }
  return weights
}
