import { NewsgraphError } from '../doc/message.js'

/** What a caller or a record says about an article besides its text; each field overrides what the text shows. */
export interface ReadMeta {
  id?: string | null
  title?: string | null
  /** ISO 8601 date or date-time; checked by `parsePublished`. */
  published?: string | null
  outlet?: string | null
  url?: string | null
  /** Names the input in messages: a file name, `feed.jsonl:12`, a URL. */
  input?: string
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * The publication date as `YYYY-MM-DD`. Accepts an ISO date or date-time (its date part is
 * kept as written, not moved to UTC, since the writer's calendar day is the one the text means)
 * and, for records from feeds, an RFC 2822 date (`Tue, 12 Oct 2021 10:00:00 GMT`). Anything
 * else, or a day that does not exist, throws `read/invalid-date`.
 */
export function parsePublished(value: string, input?: string): string {
  const trimmed = value.trim()
  const iso = ISO_DATE.exec(trimmed)
  if (iso) {
    const [, y, m, d] = iso
    if (isRealDay(Number(y), Number(m), Number(d))) return `${y}-${m}-${d}`
  } else if (/^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}\b/.test(trimmed) && !ISO_MONTH.test(trimmed)) {
    const time = Date.parse(trimmed)
    if (!Number.isNaN(time)) return new Date(time).toISOString().slice(0, 10)
  }
  throw new NewsgraphError({
    severity: 'error',
    rule: 'read/invalid-date',
    reason: `publication date "${value.slice(0, 60)}" is not a date: expected YYYY-MM-DD`,
    expected: 'YYYY-MM-DD',
    actual: value.slice(0, 60),
    ...(input ? { input } : {}),
  })
}

/** True when year, month and day name a day of the Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
