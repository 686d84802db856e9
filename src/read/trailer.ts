import type { Span } from '../doc/span.js'
import { AGENCY_PATTERN, agencyNamed } from './agencies.js'

/** The closing lines that credit who wrote or published the story. */
export interface Trailer {
  readonly span: Span
  /** A publisher that is not a wire agency: `Source: Duvar English`. */
  readonly outlet: string | null
  /** Canonical wire agencies credited: `(Reporting by …; Editing by …)` credits Reuters. */
  readonly agencies: readonly string[]
}

const SOURCE_LINE = /^(?:Source|Kaynak|Quelle|Fuente|Courtesy(?: of)?)\s*:\s*(.{2,80}?)\.?$/i
const COPYRIGHT_LINE = /^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(.{2,80}?)\.?$/i
// Reuters closes every story with this credit in parentheses; no other agency uses the form.
const REUTERS_CREDIT =
  /^\(?(?:(?:Additional )?Reporting|Writing|Editing|Compiled) by\b[^\n]*(?:;|\bEditing by\b)[^\n]*\)?$/i
// `Associated Press writer Jo Doe in Vienna contributed to this report.`
const STAFF_CREDIT = new RegExp(
  `^(?:The )?(${AGENCY_PATTERN}) (?:staff )?(?:writers?|reporters?|correspondents?|journalists?|photographers?)\\b.{0,160}\\bcontributed\\b.*$`,
)
const AGENCY_CREDIT = new RegExp(
  `^(?:[-–—]+\\s*|\\(|\\(?(?:With|with) (?:inputs from |input from )?(?:the )?|Additional reporting by )?((?:${AGENCY_PATTERN})(?:(?:\\s*[/,]\\s*|\\s+and\\s+)(?:${AGENCY_PATTERN}))*)\\)?(?: contributed(?: to)?(?: this)?(?: report(?:ing)?)?)?\\.?$`,
)

/** Looks at the last three non-empty lines, last first, and keeps the run of credit lines. */
export function findTrailer(text: string, bodyStart: number): Trailer | undefined {
  let outlet: string | null = null
  const agencies: string[] = []
  let start = -1
  let end = -1
  let pos = text.length
  for (let seen = 0; seen < 3 && pos > bodyStart; ) {
    const lineEnd = trimEnd(text, pos)
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1
    pos = lineStart - 1
    if (lineEnd <= lineStart) continue
    seen++
    const first = firstNonSpace(text, lineStart, lineEnd)
    if (first <= bodyStart) break
    const credit = readCredit(text.slice(first, lineEnd))
    if (!credit) break
    if (credit.outlet && !outlet) outlet = credit.outlet
    agencies.unshift(...credit.agencies)
    start = first
    if (end < 0) end = lineEnd
  }
  if (start < 0) return undefined
  return { span: { start, end }, outlet, agencies: [...new Set(agencies)] }
}

/** What one trailer line credits, or undefined when it is not a credit line. */
export function readCredit(line: string): { outlet: string | null; agencies: string[] } | undefined {
  const named = SOURCE_LINE.exec(line) ?? COPYRIGHT_LINE.exec(line)
  if (named) {
    const name = (named[1] as string).trim()
    const agency = agencyNamed(name)
    return agency ? { outlet: null, agencies: [agency] } : { outlet: name, agencies: [] }
  }
  if (REUTERS_CREDIT.test(line)) return { outlet: null, agencies: ['Reuters'] }
  const staff = STAFF_CREDIT.exec(line)
  if (staff) return { outlet: null, agencies: [agencyNamed(staff[1] as string) as string] }
  const credit = AGENCY_CREDIT.exec(line)
  if (credit) {
    const names = (credit[1] as string).split(/\s*[/,]\s*|\s+and\s+/)
    return { outlet: null, agencies: names.map(agencyNamed).filter((a): a is string => a !== undefined) }
  }
  return undefined
}

function trimEnd(text: string, end: number): number {
  let i = end
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--
  return i
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from
  while (i < to && /\s/.test(text[i] as string)) i++
  return i
}
