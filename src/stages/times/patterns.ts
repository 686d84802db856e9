import { NUMBER_WORDS } from '../values/numbers.js'
import { monthNumber, weekdayNumber } from './calendar.js'
import type { Meaning } from './meaning.js'

/*
 * The surface patterns of English news dates, as regular expressions over one sentence.
 * Each pattern yields a Meaning or null (when its context rules it out). Month and weekday
 * names are matched case-sensitively: `may` and `march` in lower case are verbs and nouns.
 */

const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
const MONTH = `(?:(?:${FULL_MONTH})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])`
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:%]|\\.\\d|,\\d{3})'
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)(?![\\d%]|,\\d{3}|\\.\\d)'
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
/** `twenty` to `ninety`, for `twenty-two years ago`. */
const TENS_VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 20 && n < 100 && n % 10 === 0),
)
const TENS =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)'
const COUNT = `(?:\\d{1,3}|${TENS}|${Object.keys(NUMBER_WORDS).join('|')})`
const FEW = '(?:a few|few|several|some|many|a couple of|couple of|a number of|the past|the last)'
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' }

/** A pattern: what to look for, and what a match means. */
export interface Pattern {
  readonly name: string
  readonly re: RegExp
  /** Null when the match is not a time expression after all. */
  meaning(m: RegExpExecArray): Meaning | null
  /**
   * Context the scanner checks: bare month names and years need a time word or no count
   * noun; `lower-case` phrases written in capitals mid-sentence are names (`USA Today`,
   * `This Week`).
   */
  readonly check?: 'bare-month' | 'bare-year' | 'lower-case'
  /** A cheap test that every match passes (see `NEEDS`): a sentence that fails it skips the pattern. */
  readonly needs: RegExp
}

/*
 * What each pattern cannot match without, tested once per sentence before the patterns: most
 * sentences hold no date, and one quick test rules out a group of patterns that would each scan
 * the sentence. Each test is a part every alternative of its patterns spells out, with the same
 * case flag, so a sentence failing it cannot match them.
 */
export const NEEDS = {
  /** Every month name and abbreviation starts so (`Sept.` with `Sep`). */
  month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  digit: /\d/,
  /** The units of `for months`, `in the past two years`, `in recent decades`. */
  unit: /day|week|month|year|decade|centur|hour/i,
  ago: /ago/i,
  recently: /recently|lately/i,
  earlier: /earlier|later/i,
  /** The words that tie `two days later`, `the following year`, `the day before` to a time named before. */
  later: /later|earlier|following|previous|next day|next morning|day before|day after/i,
  shift: /year|month|week|spring|summer|autumn|fall|winter/i,
  deictic: /day|tomorrow|night|morning|afternoon|evening/i,
  /** `Monday` to `Sunday`, as the weekday pattern spells them (case-sensitive). */
  weekday: /day/,
}

const day = (s: string | undefined): number => Number.parseInt(s ?? '', 10)
const count = (s: string | undefined): number | null => {
  if (!s) return null
  const n = Number.parseInt(s, 10)
  if (!Number.isNaN(n)) return n
  const parts = s.toLowerCase().split('-')
  const tens = parts.length === 2 ? TENS_VALUES[parts[0] as string] : undefined
  if (tens !== undefined) return tens + (NUMBER_WORDS[parts[1] as string] ?? 0)
  return NUMBER_WORDS[s.toLowerCase()] ?? null
}
const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags)

/** Every pattern, most specific first: at equal length the earlier one wins. */
export const PATTERNS: readonly Pattern[] = [
  {
    name: 'month-day-year',
    needs: NEEDS.month,
    re: re(`\\b(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})`),
    meaning: (m) => ({ kind: 'date', year: day(m[3]), month: monthNumber(m[1] ?? ''), day: day(m[2]) }),
  },
  {
    name: 'day-month-year',
    needs: NEEDS.month,
    re: re(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})`),
    meaning: (m) => ({ kind: 'date', year: day(m[3]), month: monthNumber(m[2] ?? ''), day: day(m[1]) }),
  },
  {
    name: 'iso-date',
    needs: NEEDS.digit,
    re: re(`\\b(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b`),
    meaning: (m) => ({ kind: 'date', year: day(m[1]), month: day(m[2]), day: day(m[3]) }),
  },
  {
    name: 'month-day-of-year',
    needs: NEEDS.month,
    // `June 16 of last year`, and without `of`: `Oct. 7 last year`.
    re: re(`\\b(${MONTH})(?:\\s+(${DAY}))?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`),
    meaning: (m) => ({
      kind: 'date',
      month: monthNumber(m[1] ?? ''),
      ...(m[2] ? { day: day(m[2]) } : {}),
      yearOffset: shiftOffset(m[3]),
    }),
  },
  {
    name: 'month-day',
    needs: NEEDS.month,
    re: re(`\\b(${MONTH})\\s+(${DAY})`),
    meaning: (m) => ({ kind: 'date', month: monthNumber(m[1] ?? ''), day: day(m[2]) }),
  },
  {
    name: 'day-month',
    needs: NEEDS.month,
    re: re(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH})`),
    meaning: (m) => ({ kind: 'date', month: monthNumber(m[2] ?? ''), day: day(m[1]) }),
  },
  {
    name: 'month-year',
    needs: NEEDS.month,
    re: re(`\\b(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})`),
    meaning: (m) => ({ kind: 'date', year: day(m[2]), month: monthNumber(m[1] ?? '') }),
  },
  {
    name: 'month-shift',
    needs: NEEDS.month,
    re: re(`\\b([Ll]ast|[Nn]ext|[Tt]his)\\s+(${FULL_MONTH})\\b`),
    meaning: (m) => ({
      kind: 'date',
      month: monthNumber(m[2] ?? ''),
      direction: shiftOffset(m[1]) as -1 | 0 | 1,
    }),
  },
  {
    name: 'month',
    needs: NEEDS.month,
    re: re(`\\b(${FULL_MONTH})\\b`),
    meaning: (m) => ({ kind: 'date', month: monthNumber(m[1] ?? '') }),
    check: 'bare-month',
  },
  {
    name: 'decade',
    needs: NEEDS.digit,
    re: re("(?:\\b(1[89]\\d|20\\d)0s|'([0-9])0s)\\b"),
    meaning: (m) => ({ kind: 'date', decade: m[1] ? day(m[1]) : 190 + day(m[2]) }),
  },
  {
    name: 'year',
    needs: NEEDS.digit,
    // `a 2000-strong force`, `a 1500-page report`: a figure joined to a word is a measure, not a year.
    re: re(`(?<![\\w$€£#.,/:])(${YEAR})(?![\\w/:]|-[A-Za-z])`),
    meaning: (m) => ({ kind: 'date', year: day(m[1]) }),
    check: 'bare-year',
  },
  {
    name: 'vague-span',
    needs: NEEDS.unit,
    re: re(
      `\\b(?:(?:in|over|during)\\s+the\\s+(?:past|last|coming|next)(?:\\s+(?:${COUNT}|few|several))?\\s+(?:days|weeks|months|years|decades)|(?:in|over|during)\\s+the\\s+(?:past|last|coming|next)\\s+(?:decade|century)|in\\s+recent\\s+(?:days|weeks|months|years|decades))\\b`,
      'gi',
    ),
    meaning: () => ({ kind: 'vague', relative: true }),
  },
  {
    name: 'duration',
    needs: NEEDS.unit,
    re: re(
      `\\bfor\\s+(?:(?:the\\s+)?(?:past|last)\\s+)?(?:(?:${COUNT}|${FEW})\\s+)?(?:days?|weeks?|months?|years?|decades?|hours)\\b(?!\\s+ago)`,
      'gi',
    ),
    meaning: () => ({ kind: 'vague', relative: false }),
  },
  {
    name: 'ago',
    needs: NEEDS.ago,
    re: re(`(?<![\\w-])(?:(${COUNT}|${FEW})\\s+)?(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    meaning: (m) => {
      const unit = (m[2] ?? '').toLowerCase() as 'day' | 'week' | 'month' | 'year' | 'decade'
      return { kind: 'ago', unit, count: unit === 'decade' ? null : count(m[1]) }
    },
  },
  {
    name: 'recently',
    needs: NEEDS.recently,
    re: re('\\b(?:recently|lately)\\b', 'gi'),
    meaning: () => ({ kind: 'vague', relative: true }),
  },
  {
    name: 'earlier-this',
    needs: NEEDS.earlier,
    re: re('\\b(?:earlier|later)\\s+(this|last|next)\\s+(year|month|week)\\b', 'gi'),
    meaning: (m) => ({ kind: 'shift', unit: (m[2] ?? '').toLowerCase() as 'year', offset: shiftOffset(m[1]) }),
    check: 'lower-case',
  },
  {
    name: 'later',
    needs: NEEDS.later,
    re: re(
      `\\b(?:(${COUNT}|an?)\\s+(day|week|month|year)s?\\s+(later|earlier)|the\\s+(following|previous)\\s+(day|morning|week|month|year)|the\\s+next\\s+(day|morning)|the\\s+day\\s+(before|after))\\b`,
      'gi',
    ),
    meaning: (m) => {
      if (m[2]) return later(m[2], (count(m[1]) ?? 1) * (m[3]?.toLowerCase() === 'earlier' ? -1 : 1))
      if (m[5]) return later(m[5], m[4]?.toLowerCase() === 'previous' ? -1 : 1)
      if (m[6]) return later(m[6], 1)
      return later('day', m[7]?.toLowerCase() === 'before' ? -1 : 1)
    },
    check: 'lower-case',
  },
  {
    name: 'shift',
    needs: NEEDS.shift,
    re: re(
      '\\b(the\\s+|this\\s+)?(last|next|this|past|previous|coming)\\s+(year|month|week|weekend|spring|summer|autumn|fall|winter)\\b',
      'gi',
    ),
    meaning: (m) => {
      const which = (m[2] ?? '').toLowerCase()
      const before = (m[1] ?? '').trim().toLowerCase()
      // `this past weekend` is the last one; `the past year`, `the last month` are stretches up to now.
      if (before === 'this' && which === 'past') return shiftOf(m[3], -1)
      if (before === 'this') return null
      if (before === 'the' && (which === 'past' || which === 'last')) return { kind: 'vague', relative: true }
      if (which === 'past') return { kind: 'vague', relative: true }
      return shiftOf(m[3], shiftOffset(which))
    },
    check: 'lower-case',
  },
  {
    name: 'deictic-day',
    needs: NEEDS.deictic,
    re: re('\\b(yesterday|today|tomorrow|tonight|(?:this|last)\\s+(?:morning|afternoon|evening|night))\\b', 'gi'),
    meaning: (m) => {
      const word = (m[1] ?? '').toLowerCase()
      const offset = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0
      return { kind: 'shift', unit: 'day', offset }
    },
    check: 'lower-case',
  },
  {
    name: 'weekday',
    needs: NEEDS.weekday,
    re: re(`\\b(?:(last|next|this|Last|Next|This)\\s+)?(${WEEKDAY})\\b`),
    meaning: (m) => ({
      kind: 'weekday',
      weekday: weekdayNumber(m[2] ?? ''),
      modifier: (m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined) ?? null,
    }),
  },
]

function later(unitWord: string, offset: number): Meaning {
  const unit = unitWord.toLowerCase()
  return { kind: 'later', unit: unit === 'morning' ? 'day' : (unit as 'day'), offset }
}

function shiftOf(unitWord: string | undefined, offset: number): Meaning {
  const unit = (unitWord ?? '').toLowerCase()
  const season = SEASONS[unit]
  if (season) return { kind: 'shift', unit: 'season', offset, season }
  return { kind: 'shift', unit: unit as 'year', offset }
}

function shiftOffset(word: string | undefined): number {
  const w = (word ?? '').toLowerCase()
  if (w === 'last' || w === 'previous') return -1
  if (w === 'next' || w === 'coming') return 1
  return 0
}
