import type { Argument, Mention, Place } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'

/** What is known of where a place argument lies. */
export interface Location {
  readonly arg: Argument
  /** ISO 3166-1 alpha-2, null when unknown or when the place spans countries. */
  readonly country: string | null
  readonly entity: string | null
  readonly kind: Place['kind'] | null
  readonly direction: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly extent: number | null
}

/** Two cities closer than this (degrees) are taken as one place described two ways. */
const SAME_CITY = 0.3

/** Looks up a place argument in the places layer: by entity, by region span, or by a name inside. */
export function locate(arg: Argument, places: readonly Place[], mentions: readonly Mention[]): Location {
  const overlapping = (s: Span) => s.start < arg.end && arg.start < s.end
  const region = places.find((p) => p.span && overlapping(p.span))
  let place = region
  if (!place) {
    const entity =
      arg.entity ?? mentions.find((m) => m.start >= arg.start && m.end <= arg.end && m.type !== 'NORP')?.entity
    place = entity ? places.find((p) => !p.span && p.entity === entity) : undefined
  }
  return {
    arg,
    country: place?.country ?? null,
    entity: place?.entity ?? arg.entity ?? null,
    kind: place?.kind ?? null,
    direction: place?.direction ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    extent: place?.extent ?? null,
  }
}

/**
 * `Kabkabiya in North Darfur`, `Tawila, North Darfur`: a named place the gazetteer does not know,
 * told as lying in one it knows, is a town of that place's country. `locations` are in text order.
 */
export function placedIn(locations: readonly Location[], text: string, mentions: readonly Mention[]): Location[] {
  return locations.map((l, i) => {
    const container = locations[i + 1]
    if (l.country !== null || l.entity === null || !container?.country) return l
    if (container.kind !== 'region' && container.kind !== 'country') return l
    if (!/^\s*(?:,|in|of)\s*(?:the\s+)?$/i.test(text.slice(l.arg.end, container.arg.start))) return l
    const named = mentions.some((m) => m.type === 'GPE' && m.start >= l.arg.start && m.end <= l.arg.end)
    return named ? { ...l, country: container.country, kind: 'city' } : l
  })
}

function sameDirection(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a)
}

function within(point: Location, area: Location): boolean {
  if (point.lat === null || point.lon === null || area.lat === null || area.lon === null) return true
  if (area.extent === null) return true
  return Math.abs(point.lat - area.lat) <= area.extent && Math.abs(point.lon - area.lon) <= area.extent
}

/** How specific a location is: a city says more than a region, a region more than a country. */
export function specificity(l: Location): number {
  if (l.kind === 'city' || l.kind === 'landmark') return 3
  if (l.kind === 'region' || l.direction) return 2
  if (l.kind === 'country') return 1
  return 0
}

/**
 * True when two accounts of where something happened can both be right: the same place, or
 * one refining the other (`Syria` and `northwestern Syria`, a city and its country, `north`
 * and `northwest` of one country). Places in different countries never are; a place of
 * unknown country is given the benefit of the doubt.
 */
export function isCompatible(a: Location, b: Location): boolean {
  if (a.entity && a.entity === b.entity && !a.direction && !b.direction) return true
  if (a.country === null || b.country === null) return a.entity === null || b.entity === null || a.entity === b.entity
  if (a.country !== b.country) return false
  const [wide, narrow] = specificity(a) <= specificity(b) ? [a, b] : [b, a]
  if (specificity(wide) <= 1) return true
  if (wide.direction && narrow.direction) return sameDirection(wide.direction, narrow.direction)
  if (specificity(narrow) === 3 && specificity(wide) === 2) return within(narrow, wide)
  if (specificity(narrow) === 3 && specificity(wide) === 3) {
    if (narrow.lat === null || wide.lat === null || narrow.lon === null || wide.lon === null) {
      // Two towns of one country named apart, with nothing to measure: `Kabkabiya` and `Tawila`.
      return !(narrow.kind === 'city' && wide.kind === 'city' && narrow.entity && wide.entity)
    }
    return Math.abs(narrow.lat - wide.lat) <= SAME_CITY && Math.abs(narrow.lon - wide.lon) <= SAME_CITY
  }
  return true
}
