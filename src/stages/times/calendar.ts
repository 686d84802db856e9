/*
 * Calendar arithmetic on plain year/month/day numbers, in UTC so that no local time zone can
 * move a date. Values are ISO 8601 at their true granularity, as TIMEX3 writes them: `2021`,
 * `2021-10`, `2021-10-11`, `2021-W41`, `199` (the 1990s), `2021-SU`.
 */

/** A calendar day. Months are 1-12. */
export interface Day {
  readonly year: number
  readonly month: number
  readonly day: number
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** 1-12 for a month name or its usual abbreviation (`Oct.`, `Sept`), else 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '')
  if (key.length < 3) return 0
  const i = MONTHS.findIndex((m) => m.startsWith(key) && (key.length >= 3 || m === key))
  return i + 1
}

/** 0 (Sunday) to 6 for a weekday name, else -1. */
export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase())
}

/** Parses the `YYYY-MM-DD` that starts an ISO date or date-time; null when it is not one. */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return null
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  return isRealDay(day) ? day : null
}

export function isRealDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

/** The year and month `n` months after `d`'s month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** ISO 8601 week of a day: `2021-W41`. */
export function isoWeek(d: Day): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7))
  const firstThursday = addDays({ year: thursday.year, month: 1, day: 4 }, 0)
  const week0 = addDays(firstThursday, -((weekdayOf(firstThursday) + 6) % 7))
  const week = Math.floor(daysBetween(week0, thursday) / 7) + 1
  return `${pad(thursday.year, 4)}-W${pad(week)}`
}

/** The days an ISO value names, first to last, and how finely it names them. */
export interface DayRange {
  readonly first: Day
  readonly last: Day
  readonly grain: 'day' | 'week' | 'month' | 'year'
}

/** The days of `2021`, `2021-10`, `2021-W41` or `2021-10-11`; null for other values (`199`, `2021-SU`). */
export function dayRange(value: string): DayRange | null {
  const m = /^(\d{4})(?:-(?:W(\d{2})|(\d{2})(?:-(\d{2}))?))?$/.exec(value)
  if (!m) return null
  const year = Number(m[1])
  if (m[2]) {
    // Week 1 is the one holding January 4th; its Monday opens the count.
    const jan4 = { year, month: 1, day: 4 }
    const first = addDays(jan4, 7 * (Number(m[2]) - 1) - ((weekdayOf(jan4) + 6) % 7))
    return { first, last: addDays(first, 6), grain: 'week' }
  }
  if (m[4]) {
    const day = { year, month: Number(m[3]), day: Number(m[4]) }
    return { first: day, last: day, grain: 'day' }
  }
  if (m[3]) {
    const month = Number(m[3])
    return { first: { year, month, day: 1 }, last: { year, month, day: daysInMonth(year, month) }, grain: 'month' }
  }
  return { first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, grain: 'year' }
}
