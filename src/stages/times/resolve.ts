import {
  addDays,
  addMonths,
  type Day,
  dayRange,
  daysBetween,
  isoDay,
  isoMonth,
  isoWeek,
  isRealDay,
  weekdayOf,
} from './calendar.js'
import type { Later, Meaning, NamedDate } from './meaning.js'

/** A meaning tied to the calendar. */
export interface Resolved {
  readonly value: string | null
  readonly relative: boolean
  /** True when the value depends on the publication date (and so is null without one). */
  readonly anchored: boolean
}

/*
 * How far ahead of publication a yearless date may lie before it is read as last year's:
 * news mostly reports the past, yet `on Nov. 5` in an October story is usually the coming
 * one. Two months keeps both (a December story's `Jan. 20` is next month; its `Oct. 3`
 * is this year's).
 */
const AHEAD_DAYS = 61
const AHEAD_MONTHS = 2

/**
 * The ISO value of a meaning against the publication date `anchor` (null when unknown).
 * `future` says the sentence looks forward (`will meet on Monday`), so a weekday or a
 * yearless date is the next one rather than the last.
 */
export function resolve(
  meaning: Meaning,
  anchor: Day | null,
  future: boolean,
  previous: string | null = null,
): Resolved {
  switch (meaning.kind) {
    case 'later':
      return resolveLater(meaning, previous, anchor)
    case 'date':
      return resolveDate(meaning, anchor, future)
    case 'vague':
      return { value: null, relative: meaning.relative, anchored: false }
    case 'ago': {
      if (meaning.count === null) return { value: null, relative: true, anchored: false }
      if (!anchor) return { value: null, relative: true, anchored: true }
      const n = meaning.count
      const value =
        meaning.unit === 'day'
          ? isoDay(addDays(anchor, -n))
          : meaning.unit === 'week'
            ? isoWeek(addDays(anchor, -7 * n))
            : meaning.unit === 'month'
              ? monthValue(addMonths(anchor.year, anchor.month, -n))
              : String(anchor.year - n)
      return { value, relative: true, anchored: true }
    }
    case 'shift': {
      if (!anchor) return { value: null, relative: true, anchored: true }
      const k = meaning.offset
      let value: string
      if (meaning.unit === 'day') value = isoDay(addDays(anchor, k))
      else if (meaning.unit === 'week') value = isoWeek(addDays(anchor, 7 * k))
      else if (meaning.unit === 'weekend') value = `${isoWeek(addDays(anchor, 7 * k))}-WE`
      else if (meaning.unit === 'month') value = monthValue(addMonths(anchor.year, anchor.month, k))
      else if (meaning.unit === 'season') value = `${anchor.year + k}-${meaning.season}`
      else value = String(anchor.year + k)
      return { value, relative: true, anchored: true }
    }
    case 'weekday': {
      if (!anchor) return { value: null, relative: true, anchored: true }
      const forward = meaning.modifier === 'next' || (meaning.modifier !== 'last' && future)
      const strict = meaning.modifier === 'last' || meaning.modifier === 'next' || future
      return { value: isoDay(nearestWeekday(anchor, meaning.weekday, forward, strict)), relative: true, anchored: true }
    }
  }
}

/**
 * `three days later` from the last time the text named (`previous`, an ISO value), or from the
 * publication date when it named none. A shift finer than what it counts from is left unresolved:
 * `a day later` after `in 2019` says no day.
 */
function resolveLater(later: Later, previous: string | null, anchor: Day | null): Resolved {
  const named = previous ? dayRange(previous) : null
  const from = named ? { ...named.first, grain: named.grain } : anchor ? { ...anchor, grain: 'day' } : null
  const unresolved = { value: null, relative: true, anchored: previous === null }
  if (!from) return unresolved
  const k = later.offset
  if (later.unit === 'year') return { value: String(from.year + k), relative: true, anchored: previous === null }
  if (later.unit === 'month' && from.grain !== 'year') {
    return { value: monthValue(addMonths(from.year, from.month, k)), relative: true, anchored: previous === null }
  }
  if (from.grain !== 'day') return unresolved
  const value = later.unit === 'day' ? isoDay(addDays(from, k)) : isoDay(addDays(from, 7 * k))
  return { value, relative: true, anchored: previous === null }
}

function resolveDate(d: NamedDate, anchor: Day | null, future: boolean): Resolved {
  if (d.decade !== undefined) return { value: String(d.decade), relative: false, anchored: false }
  if (d.year !== undefined) {
    if (d.month === undefined) return { value: String(d.year), relative: false, anchored: false }
    if (d.day === undefined) return { value: isoMonth(d.year, d.month), relative: false, anchored: false }
    const day = { year: d.year, month: d.month, day: d.day }
    return { value: isRealDay(day) ? isoDay(day) : null, relative: false, anchored: false }
  }
  if (d.month === undefined || !anchor) return { value: null, relative: false, anchored: true }
  if (d.yearOffset !== undefined) {
    const year = anchor.year + d.yearOffset
    const day = d.day === undefined ? null : { year, month: d.month, day: d.day }
    const value = day ? (isRealDay(day) ? isoDay(day) : null) : isoMonth(year, d.month)
    return { value, relative: true, anchored: true }
  }
  if (d.day === undefined && d.direction !== undefined) {
    const k = d.direction
    const year =
      anchor.year + (k < 0 ? (d.month < anchor.month ? 0 : -1) : k > 0 ? (d.month > anchor.month ? 0 : 1) : 0)
    return { value: isoMonth(year, d.month), relative: true, anchored: true }
  }
  if (d.day === undefined) {
    const ahead = d.month - anchor.month
    const year = future ? anchor.year + (ahead < 0 ? 1 : 0) : anchor.year - (ahead > AHEAD_MONTHS ? 1 : 0)
    return { value: isoMonth(year, d.month), relative: false, anchored: true }
  }
  const same = { year: anchor.year, month: d.month, day: d.day }
  const ahead = daysBetween(anchor, same)
  const year = future ? anchor.year + (ahead < 0 ? 1 : 0) : anchor.year - (ahead > AHEAD_DAYS ? 1 : 0)
  const day = { ...same, year }
  return { value: isRealDay(day) ? isoDay(day) : null, relative: false, anchored: true }
}

function monthValue(m: { year: number; month: number }): string {
  return isoMonth(m.year, m.month)
}

/** The closest `weekday` at or before the anchor (after it when `forward`); `strict` skips the anchor itself. */
function nearestWeekday(anchor: Day, weekday: number, forward: boolean, strict: boolean): Day {
  const step = forward ? 1 : -1
  for (let k = strict ? 1 : 0; k <= 7; k++) {
    const d = addDays(anchor, step * k)
    if (weekdayOf(d) === weekday) return d
  }
  return anchor
}
