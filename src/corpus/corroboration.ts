import type { EventConflict } from '../store/store.js'
import { normaliseName } from './entity-names.js'
import { timesAgree } from './link-events.js'

/*
 * Corroboration and contradiction across the articles reporting one corpus event. Independence
 * follows the chain a report came down: wire copies of one story are one report, and so are
 * articles relaying one agency (`origin: Reuters`, `told Reuters`); a named source is one source
 * however many articles quote them; an anonymous source is one per chain, since two outlets'
 * `security sources` may or may not be the same people.
 */

export interface ReportClaim {
  readonly attribution: string
  readonly sourceEntity: string | null
  readonly label: string | null
  /** Name of the outlet told, for a relay. */
  readonly channel: string | null
  readonly stance: string
}

export interface ReportPlace {
  readonly name: string
  readonly entity: string | null
  /** ISO 3166-1 alpha-2 of the country it lies in, when known. */
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  /** True when the place is a whole country. */
  readonly isCountry: boolean
}

export interface ReportInput {
  readonly articleId: string
  readonly wireGroup: string | null
  /** Wire agencies the article names as its origin. */
  readonly origin: readonly string[]
  readonly modality: string
  readonly time: string | null
  readonly places: readonly ReportPlace[]
  readonly claims: readonly ReportClaim[]
}

export interface Corroboration {
  readonly independentReports: number
  readonly independentSources: number
  readonly conflicts: EventConflict[]
}

/** The chain a report came down: its wire story, else its agency, else the article itself. */
export function chainOf(report: ReportInput): string {
  if (report.origin.length) return `agency:${normaliseName(report.origin[0] as string)}`
  if (report.wireGroup) return `wire:${report.wireGroup}`
  return `article:${report.articleId}`
}

/** Counts independent reports and sources, and finds where reports disagree. */
export function corroborate(reports: readonly ReportInput[]): Corroboration {
  const chains = new Set<string>()
  const sources = new Set<string>()
  const sourced = new Set<string>()
  for (const report of reports) {
    const chain = chainOf(report)
    const asserted = report.claims.filter((c) => c.stance === 'assert')
    const relays = new Set(asserted.map((c) => c.channel).filter((c): c is string => !!c))
    // A report whose every claim was told to one agency is that agency's report.
    const relay = relays.size === 1 && asserted.every((c) => c.channel) ? [...relays][0] : null
    const reportChain = relay ? `agency:${normaliseName(relay)}` : chain
    chains.add(reportChain)
    if (asserted.length) sourced.add(reportChain)
    for (const claim of asserted) {
      const via = claim.channel ? `agency:${normaliseName(claim.channel)}` : reportChain
      sources.add(
        claim.sourceEntity ? `entity:${claim.sourceEntity}` : `${via}|${normaliseName(claim.label ?? 'unnamed')}`,
      )
    }
  }
  // A chain that names no source is still one source: the outlet or agency itself.
  for (const chain of chains) if (!sourced.has(chain)) sources.add(chain)
  return {
    independentReports: chains.size,
    independentSources: sources.size,
    conflicts: [...timeConflict(reports), ...placeConflict(reports), ...modalityConflict(reports)],
  }
}

function conflict(slot: string, byValue: Map<string, ReportInput[]>): EventConflict[] {
  if (byValue.size < 2) return []
  const chains = new Set([...byValue.values()].map((rs) => rs.map(chainOf).sort().join(' ')))
  // Copies of one report cannot disagree with each other: a conflict needs two chains.
  if (chains.size < 2) return []
  return [
    {
      slot,
      crossArticle: true,
      values: [...byValue].map(([value, rs]) => ({
        value,
        articles: [...new Set(rs.map((r) => r.articleId))],
        attributions: [...new Set(rs.flatMap((r) => r.claims.map((c) => `${r.articleId}#${c.attribution}`)))],
      })),
    },
  ]
}

function timeConflict(reports: readonly ReportInput[]): EventConflict[] {
  const dated = reports.filter((r) => r.time && !r.time.startsWith('before:'))
  const byValue = new Map<string, ReportInput[]>()
  for (const r of dated) {
    const time = r.time as string
    // Times that can be one moment (`2021-10` and `2021-10-11`) are not a conflict.
    const same = [...byValue.keys()].find((k) => timesAgree(k, time))
    const key = same && same.length >= time.length ? same : time
    const list = (same ? byValue.get(same) : undefined) ?? []
    if (same && same !== key) byValue.delete(same)
    byValue.set(key, [...list, r])
  }
  return conflict('time', byValue)
}

/** Places this close are one place told two ways (a city and its airport, a district). */
const SAME_PLACE_KM = 30

function distanceKm(a: ReportPlace, b: ReportPlace): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Number.POSITIVE_INFINITY
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 12_742 * Math.asin(Math.sqrt(h))
}

/**
 * True when two places can both be right: the same entity or name, a country and a place in
 * it (`Syria` and `Idlib`), or two names for points a few kilometres apart.
 */
export function placesAgree(a: ReportPlace, b: ReportPlace): boolean {
  if (a.entity && a.entity === b.entity) return true
  if (normaliseName(a.name) === normaliseName(b.name)) return true
  if (a.isCountry && b.country && a.country === b.country) return true
  if (b.isCountry && a.country && a.country === b.country) return true
  return distanceKm(a, b) <= SAME_PLACE_KM
}

function placeConflict(reports: readonly ReportInput[]): EventConflict[] {
  const groups: { place: ReportPlace; reports: ReportInput[] }[] = []
  for (const r of reports) {
    const place = r.places[0]
    if (!place) continue
    const group = groups.find((g) => placesAgree(g.place, place))
    if (!group) groups.push({ place, reports: [r] })
    else {
      group.reports.push(r)
      // The more precise place names the group: a city over its country.
      if (group.place.isCountry && !place.isCountry) group.place = place
    }
  }
  return conflict('place', new Map(groups.map((g) => [g.place.name, g.reports])))
}

function modalityConflict(reports: readonly ReportInput[]): EventConflict[] {
  const byValue = new Map<string, ReportInput[]>()
  for (const r of reports) {
    const key = r.modality === 'denied' || r.modality === 'negated' ? 'denied' : 'reported'
    byValue.set(key, [...(byValue.get(key) ?? []), r])
  }
  return conflict('modality', byValue)
}
