import type { Span } from '../doc/span.js'
import { agencyNamed } from './agencies.js'
import { isRealDay } from './meta.js'

/** A dateline at the start of a paragraph: `BAGHDAD, Oct 11 (Reuters) -`. */
export interface Dateline {
  readonly span: Span
  /** The place as written: `BAGHDAD`, `NEW DELHI`; empty for a date alone (`March 1 (Reuters) -`). */
  readonly place: string
  /** ISO date when the dateline gives a year; a dateline without one cannot date the story. */
  readonly date: string | null
  /** Canonical wire agencies credited in the parenthesis: `Reuters`. */
  readonly agencies: readonly string[]
  /** Other credits in the parenthesis, such as a broadcaster: `CNN`. */
  readonly others: readonly string[]
}

export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** `Oct 11`, `Oct. 11, 2021`, `11 October 2021`. */
export const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} ${MONTH}(?:,? \\d{4})?)`
// An all-capitals place of up to four words (`NEW DELHI`, `RIO DE JANEIRO`, `N'DJAMENA`).
const CAPS_PLACE = "[A-Z][A-Z'’.]+(?:[ -](?:[A-Z][A-Z'’.]*|de|del|da|la|al|el)){0,3}"
const MIXED_PLACE = "[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,3}"
// `, Turkey`, `, Calif.`, `, D.C.`, `, Democratic Republic of Congo`: the region or country some
// datelines add.
const REGION =
  "(?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d)[A-Z][A-Za-z'’.]*(?: (?:(?:of|and|the|de|du) )?[A-Z][A-Za-z'’.]*){0,3})?"
const CREDIT = "\\(([A-Za-z][\\w.’'&-]*(?:[ /,]+[A-Za-z][\\w.’'&-]*){0,5})\\)"
// Capitalised labels that open a paragraph as a dateline would, but name no place.
const RUBRICS =
  /^(?:BREAKING|EXCLUSIVE|UPDATE|UPDATED|CORRECTION|ANALYSIS|OPINION|EDITORIAL|COMMENT|FACTBOX|EXPLAINER|FEATURE|INTERVIEW|REVIEW|WATCH|VIDEO|PHOTOS?|LIVE|NOTE|EDITOR'?S NOTE|BYLINE|URGENT|FLASH|ALERT|RECAP|POLL|Q&A|FILE)\b/
const SEPARATOR = '(?:--|-|—|–|―|:)'

const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE})${REGION}(?:,? (${DATE}))?(?: ${CREDIT})? ?${SEPARATOR}(?=\\s|$)`)
const MIXED_DATELINE = new RegExp(`^(${MIXED_PLACE})${REGION}(?:,? (${DATE}))? ${CREDIT} ?${SEPARATOR}(?=\\s|$)`)
// `March 1 (Reuters) -`: a wire story filed from no one place.
const DATE_DATELINE = new RegExp(`^()(${DATE}) ${CREDIT} ?${SEPARATOR}(?=\\s|$)`)

/**
 * The dateline at `offset` in `text`, or undefined. An all-capitals place needs no more than
 * a dash or colon after it (`ISTANBUL —`); a mixed-case place (`Beijing, Oct. 12 (Xinhua) --`)
 * needs a credit in parentheses, so that an ordinary sentence is never taken for a dateline.
 */
export function findDateline(text: string, offset: number): Dateline | undefined {
  const rest = text.slice(offset, offset + 200)
  const caps = CAPS_DATELINE.exec(rest)
  const dated = caps ? null : DATE_DATELINE.exec(rest)
  const m = caps ?? dated ?? MIXED_DATELINE.exec(rest)
  if (!m) return undefined
  const place = m[1] as string
  // A single capitalised word such as `I` or `A` is not a place, nor is a rubric (`EXCLUSIVE -`).
  if (!dated && (place.replace(/[^A-Za-z]/g, '').length < 2 || RUBRICS.test(place))) return undefined
  // With neither date nor credit, only a dash makes a dateline: `NAME:` opens quotes and rubrics.
  if (!m[2] && !m[3] && m[0].endsWith(':')) return undefined
  const credits = (m[3] ?? '').split(/\s*[/,]\s*|\s+and\s+/).filter(Boolean)
  const agencies = credits.map(agencyNamed).filter((a): a is string => a !== undefined)
  const others = credits.filter((c) => agencyNamed(c) === undefined)
  // After a mixed-case place only a known agency or a capitalised name makes a credit, and after
  // a date alone only a known agency: `March 1 (Monday) -` opens no story.
  if (!caps && agencies.length === 0 && (dated || !others.every((o) => /^[A-Z]/.test(o)))) return undefined
  return {
    span: { start: offset, end: offset + m[0].length },
    place,
    date: m[2] ? isoDate(m[2]) : null,
    agencies: [...new Set(agencies)],
    others,
  }
}

/** `Oct 11, 2021` -> `2021-10-11`; null without a year or for a day that does not exist. */
export function isoDate(written: string): string | null {
  const parts = written.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean)
  let month = 0
  let day = 0
  let year = 0
  for (const part of parts) {
    const name = MONTHS[part.slice(0, part.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]
    if (name && /^[A-Za-z]/.test(part)) month = name
    else if (/^\d{4}$/.test(part)) year = Number(part)
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(part)) day = Number.parseInt(part, 10)
  }
  if (!year || !month || !day || !isRealDay(year, month, day)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
