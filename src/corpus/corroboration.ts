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

export interface ReportInput {
  readonly articleId: string
  readonly wireGroup: string | null
  /** Wire agencies the article names as its origin. */
  readonly origin: readonly string[]
  readonly modality: string
  readonly time: string | null
  readonly places: readonly { name: string; entity: string | null; country: string | null }[]
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

function placeConflict(reports: readonly ReportInput[]): EventConflict[] {
  const byValue = new Map<string, ReportInput[]>()
  const countryOf = new Map<string, string>()
  for (const r of reports) {
    const place = r.places[0]
    if (!place) continue
    // Places in one country (`Idlib`, `northwestern Syria`) can both be right; only places in
    // different countries, or unplaced names that differ, contradict.
    const key = place.country ?? normaliseName(place.name)
    countryOf.set(key, place.name)
    byValue.set(key, [...(byValue.get(key) ?? []), r])
  }
  const named = new Map([...byValue].map(([k, v]) => [countryOf.get(k) ?? k, v]))
  return conflict('place', named)
}

function modalityConflict(reports: readonly ReportInput[]): EventConflict[] {
  const byValue = new Map<string, ReportInput[]>()
  for (const r of reports) {
    const key = r.modality === 'denied' || r.modality === 'negated' ? 'denied' : 'reported'
    byValue.set(key, [...(byValue.get(key) ?? []), r])
  }
  return conflict('modality', byValue)
}
