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
    if (narrow.lat === null || wide.lat === null || narrow.lon === null || wide.lon === null) return true
    return Math.abs(narrow.lat - wide.lat) <= SAME_CITY && Math.abs(narrow.lon - wide.lon) <= SAME_CITY
  }
  return true
}
