import type { Claim, EventDetail, Store } from '../store/store.js'
import { allPages } from './all-pages.js'

/*
 * Events as CSV, one row per corpus event, in a layout close to ACLED's (event_date, year,
 * event_type, sub_event_type, actor1, actor2, country, location, latitude, longitude, source,
 * notes), with the corroboration columns newsgraph adds. RFC 4180 quoting.
 */

export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'location',
  'latitude',
  'longitude',
  'source',
  'source_scale',
  'articles',
  'independent_reports',
  'independent_sources',
  'named_sources',
  'anonymous_claims',
  'denials',
  'conflicts',
  'story',
  'notes',
] as const

/**
 * A CSV field, quoted when it must be. Text from articles that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading apostrophe, which
 * spreadsheets show as text; numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function precision(time: string | null): string {
  if (!time) return ''
  if (/^\d{4}-\d{2}-\d{2}/.test(time)) return 'day'
  if (/^\d{4}-W\d{2}$/.test(time)) return 'week'
  if (/^\d{4}-\d{2}$/.test(time)) return 'month'
  return /^\d{4}$/.test(time) ? 'year' : ''
}

function sourceName(claim: Claim): string {
  return `${claim.article.outlet ?? 'unknown outlet'}: ${claim.source.label ?? 'unnamed'}`
}

/** One event as a CSV row, in CSV_COLUMNS order. */
export function eventRow(event: EventDetail): string {
  const claims = event.reports.flatMap((r) => r.claims)
  const supporting = claims.filter((c) => c.stance === 'assert')
  const outlets = [...new Set(event.reports.map((r) => r.article.outlet ?? 'unknown outlet'))]
  const fields = [
    event.id,
    // ACLED's event_date is a day; a week or month goes in year and time_precision only.
    precision(event.time) === 'day' ? event.time?.slice(0, 10) : '',
    event.time?.slice(0, 4) ?? '',
    precision(event.time),
    event.type,
    event.mode,
    event.actors.map((a) => a.text).join('; '),
    event.targets.map((a) => a.text).join('; '),
    event.place?.country ?? '',
    event.place?.name ?? '',
    event.place?.lat ?? '',
    event.place?.lon ?? '',
    [...new Set(supporting.map(sourceName))].join('; ') || outlets.join('; '),
    outlets.join('; '),
    event.articles,
    event.independentReports,
    event.independentSources,
    new Set(supporting.filter((c) => c.source.named === true).map((c) => c.source.entity ?? c.source.label)).size,
    supporting.filter((c) => c.source.named === false).length,
    claims.filter((c) => c.stance === 'deny').length,
    event.conflictList.map((c) => c.slot).join('; '),
    event.story,
    event.reports[0]?.triggers.join(', ') ?? '',
  ]
  return fields.map((f) => csvField(f as string | number | null)).join(',')
}

/** The header line, then one line per corpus event, most reported first. */
export async function* exportCsv(store: Store): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`
  for await (const event of allPages((o) => store.listEvents(o))) {
    const detail = await store.getEvent(event.id)
    if (detail) yield `${eventRow(detail)}\r\n`
  }
}
