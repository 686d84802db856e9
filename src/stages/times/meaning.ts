/*
 * What a time expression says before it is tied to a calendar: the parts it names, a shift
 * from the publication date, a weekday, or nothing definite. The scanner finds these; the
 * resolver turns them into ISO values against the publication date.
 */

/** Named calendar parts: `Oct. 11` (month, day), `July 2020`, `2019`, `the 1990s` (decade 199). */
export interface NamedDate {
  readonly kind: 'date'
  readonly year?: number
  readonly month?: number
  readonly day?: number
  /** First three digits of a decade: 199 for the 1990s. */
  readonly decade?: number
  /** `last December` (-1), `this March` (0), `next May` (1): which one of a yearless month. */
  readonly direction?: -1 | 0 | 1
  /** `June 16 of last year` (-1), `March of this year` (0): the year, counted from publication. */
  readonly yearOffset?: number
}

export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'season'

/** A shift from the publication date: `last year` (year, -1), `tomorrow` (day, +1), `this week`. */
export interface Shift {
  readonly kind: 'shift'
  readonly unit: ShiftUnit
  readonly offset: number
  /** For seasons: `SP`, `SU`, `FA`, `WI`. */
  readonly season?: string
}

/** `on Monday`, `last Friday`, `next Sunday`. */
export interface NamedWeekday {
  readonly kind: 'weekday'
  readonly weekday: number
  readonly modifier: 'last' | 'next' | 'this' | null
}

/** `two years ago`; `years ago` has no count and stays vague. */
export interface Ago {
  readonly kind: 'ago'
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'decade'
  readonly count: number | null
}

/** Vague: `for months`, `recently`, `in recent years`. Relative when it points back from now. */
export interface Vague {
  readonly kind: 'vague'
  readonly relative: boolean
}

/**
 * `three days later`, `the following year`, `the day before`: a shift from the last time the text
 * named, not from the publication date (a story's second date is often told from its first).
 */
export interface Later {
  readonly kind: 'later'
  readonly unit: 'day' | 'week' | 'month' | 'year'
  readonly offset: number
}

export type Meaning = NamedDate | Shift | NamedWeekday | Ago | Vague | Later

/** A found expression: its span in the text, what it says, and a range's end when it has one. */
export interface TimeCandidate {
  readonly start: number
  readonly end: number
  readonly meaning: Meaning
  readonly to?: Meaning
}
