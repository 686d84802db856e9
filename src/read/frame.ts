import type { Span } from '../doc/span.js'
import { MAX_HEADLINE_CHARS } from '../limits.js'
import { AGENCY_PATTERN, agencyNamed } from './agencies.js'
import { ownReportingAgencies } from './credits.js'
import { DATE, type Dateline, findDateline, isoDate } from './dateline.js'
import { findTrailer, type Trailer } from './trailer.js'

/** What the text itself shows about the article: headline, dateline, trailer and credits. */
export interface Frame {
  readonly headline?: Span
  readonly dateline?: Dateline
  readonly trailer?: Trailer
  /** A date from a dated dateline or a date line under the headline (`October 12, 2021`). */
  readonly published: string | null
  /** Canonical wire agencies the story comes from. */
  readonly origin: readonly string[]
  /** The publisher a trailer or dateline names, when it is not a wire agency. */
  readonly outlet: string | null
}

// How many lines under the headline may hold a byline or date line before the dateline.
const FRAME_LINES = 4
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|First published)(?: on)?:?\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(${DATE}|\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:[,|·-]|at)?\\s*\\d{1,2}[:.]\\d{2}.*)?$`,
)

// A byline naming an agency (`By Jane Doe, Reuters`, `By The Associated Press`) or the agency alone.
const BYLINE = new RegExp(`^(?:By\\b.{0,80}?\\b)?(?:The )?(${AGENCY_PATTERN})(?: (?:staff|writers?|reporters?))?\\.?$`)

/**
 * Recognises the parts of a wire-style article around its body, without changing the text.
 * Origin, by precedence: agencies in the dateline; agencies in the trailer; agencies the body
 * credits with their own reporting (see credits.ts). Where several give some, all are kept.
 */
export function recogniseFrame(text: string): Frame {
  const lines = firstLines(text, FRAME_LINES + 1)
  const headline = lines[0] && isHeadline(text, lines[0], lines.length > 1) ? lines[0] : undefined
  let dateline: Dateline | undefined
  let dateLine: string | null = null
  const bylineAgencies: string[] = []
  for (const line of lines.slice(headline ? 1 : 0)) {
    dateline = findDateline(text, line.start)
    if (dateline) break
    const words = text.slice(line.start, line.end)
    const date = DATE_LINE.exec(words)
    if (date && !dateLine) dateLine = isoDate(date[1] as string) ?? isoFromDigits(date[1] as string)
    const byline = BYLINE.exec(words)
    if (byline) bylineAgencies.push(agencyNamed(byline[1] as string) as string)
  }
  const bodyStart = dateline?.span.end ?? (headline ? headline.end : 0)
  const trailer = findTrailer(text, bodyStart)
  const origin = new Set<string>([...(dateline?.agencies ?? []), ...bylineAgencies, ...(trailer?.agencies ?? [])])
  for (const agency of ownReportingAgencies(text)) origin.add(agency)
  return {
    ...(headline ? { headline } : {}),
    ...(dateline ? { dateline } : {}),
    ...(trailer ? { trailer } : {}),
    published: dateline?.date ?? dateLine,
    origin: [...origin],
    outlet: trailer?.outlet ?? dateline?.others[0] ?? null,
  }
}

/**
 * A headline is the first line when it is short, ends without a full stop and more text
 * follows. Headlines ending in `?` or `!` or a closing quote are kept; a dateline never is one.
 */
function isHeadline(text: string, line: Span, more: boolean): boolean {
  const s = text.slice(line.start, line.end)
  if (!more || s.length > MAX_HEADLINE_CHARS || /[.:;,]$/.test(s)) return false
  if (findDateline(text, line.start)) return false
  return /\p{L}/u.test(s) && s.split(/\s+/).length >= 2
}

/** The first `n` non-empty lines, as spans without surrounding white space (a BOM counts as space). */
function firstLines(text: string, n: number): Span[] {
  const out: Span[] = []
  let pos = 0
  while (out.length < n && pos < text.length) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    let start = pos
    let stop = end
    while (start < stop && /[\s\uFEFF]/.test(text[start] as string)) start++
    while (stop > start && /\s/.test(text[stop - 1] as string)) stop--
    if (stop > start) out.push({ start, end: stop })
    pos = end + 1
  }
  return out
}

function isoFromDigits(s: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null
}
