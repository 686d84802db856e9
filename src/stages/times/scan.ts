import type { Token } from '../../doc/layers.js'
import { lowerBound, type Span } from '../../doc/span.js'
import type { Meaning, NamedDate, TimeCandidate } from './meaning.js'
import { PATTERNS, type Pattern } from './patterns.js'

/*
 * Finds the time expressions of one sentence: runs every pattern, rules out bare month names
 * and years that their context says are not dates, keeps the longest of overlapping matches,
 * widens them over `early`/`late`/`mid-`, and joins `from 2016 to 2018` into one range.
 */

/** Words before a bare month name or year that make it a date: `in May`, `since 2014`. */
const CUE_BEFORE =
  /\b(?:in|since|until|till|by|from|of|during|through|throughout|before|after|early|late|mid|last|next|this|between|around|circa|end|beginning|start|middle|spring|summer|autumn|fall|winter)(?:\s+the)?\s*-?\s*$/i
/** A month name and a connective before a bare month: the second half of `between May and July`. */
const MONTH_THEN_CONNECTIVE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s*(?:and|or|to|until|through|-|–)\s*$/
const NOT_A_YEAR_AFTER = /^\s*(?:GMT|UTC|hours?\b|hrs\b|local time|[A-Z]{2,4}T\b|km\b|kg\b|m\b|mm\b|MW\b)/
const NOT_A_YEAR_BEFORE =
  /(?:No\.|\bnumber|#|\bpage|\bResolution|\bflight|\broute|\bHighway|\barticle|\bparagraph)\s*$/i
/** Quantity words before a number make it a count: `some 2000`, `at least 1500`. */
const COUNT_BEFORE =
  /\b(?:some|about|nearly|almost|over|more than|fewer than|less than|at least|up to|roughly|approximately|an estimated|estimated)\s+$/i
/** Plural nouns that do not end in -s, which a count may precede. */
/** Plural nouns a year names rather than counts: `the 2019 elections`, `the 2011 protests`. */
const EVENT_PLURALS = new Set([
  'elections',
  'polls',
  'protests',
  'attacks',
  'riots',
  'talks',
  'games',
  'olympics',
  'floods',
  'earthquakes',
  'accords',
  'negotiations',
  'midterms',
  'primaries',
  'sanctions',
  'uprisings',
  'bombings',
])
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle'])
const MODIFIER = /\b(?:early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)(?:\s+|-)$/i
const RANGE_PREFIX = /\b(?:from|between)\s+$/i
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|through|and)\s*$/
const DAY_AFTER = /^\s*(-|–|to|through|until|and)\s*(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%:])/
const SHORT_YEAR_AFTER = /^[-–/](\d\d)(?![\d\w%])/

interface Found {
  start: number
  end: number
  meaning: Meaning
  to?: Meaning
  order: number
}

/** The time expressions in `text.slice(sentence.start, sentence.end)`, with offsets into `text`. */
export function scanSentence(text: string, sentence: Span, tokens: readonly Token[]): TimeCandidate[] {
  const source = text.slice(sentence.start, sentence.end)
  const found: Found[] = []
  // Each test of `NEEDS` once for the sentence, however many patterns share it.
  const passes = new Map<RegExp, boolean>()
  PATTERNS.forEach((pattern, order) => {
    let passed = passes.get(pattern.needs)
    if (passed === undefined) {
      passed = pattern.needs.test(source)
      passes.set(pattern.needs, passed)
    }
    if (!passed) return
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(source); m; m = pattern.re.exec(source)) {
      const meaning = pattern.meaning(m)
      if (!meaning) continue
      const start = sentence.start + m.index
      const end = start + m[0].length
      if (pattern.check && !passesCheck(pattern, text, sentence, start, end, tokens)) continue
      found.push({ start, end, meaning, order })
    }
  })
  const kept = longestFirst(found)
  for (const f of kept) widen(text, sentence, f)
  return joinRanges(text, sentence, kept).map(({ start, end, meaning, to }) =>
    to ? { start, end, meaning, to } : { start, end, meaning },
  )
}

function passesCheck(
  pattern: Pattern,
  text: string,
  sentence: Span,
  start: number,
  end: number,
  tokens: readonly Token[],
) {
  const before = text.slice(sentence.start, start)
  const after = text.slice(end, sentence.end)
  if (pattern.check === 'lower-case') {
    const written = text.slice(start, end)
    const opens = /^[\s"'“‘([—–-]*$/.test(before)
    return !/[A-Z]/.test(written.slice(1)) && (opens || !/^[A-Z]/.test(written))
  }
  if (pattern.check === 'bare-month') {
    if (!CUE_BEFORE.test(before) && !MONTH_THEN_CONNECTIVE.test(before)) return false
    // `by May Smith`, `in March Iraq`: a capitalised word after a bare month makes it a name.
    return !/^\s+[A-Z][a-z]/.test(after)
  }
  if (NOT_A_YEAR_AFTER.test(after) || NOT_A_YEAR_BEFORE.test(before) || COUNT_BEFORE.test(before)) return false
  // `2000 people`, `1500 troops`: a count, unless a time word says otherwise (`in 2019 elections`).
  return CUE_BEFORE.test(before) || !isPluralNounAt(text, tokens, end, sentence.end)
}

function isPluralNounAt(text: string, tokens: readonly Token[], from: number, limit: number): boolean {
  const i = lowerBound(tokens, from)
  const next = tokens[i]
  if (!next || next.start >= limit || next.start < from) return false
  const word = text.slice(next.start, next.end)
  if (IRREGULAR_PLURALS.has(word.toLowerCase())) return true
  if (EVENT_PLURALS.has(word.toLowerCase())) return false
  // wink lemmatises plural nouns only: `policemen` -> `policeman`, `troops` -> `troop`.
  return next.pos === 'NOUN' && word.toLowerCase() !== next.lemma
}

function longestFirst(found: Found[]): Found[] {
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order)
  const kept: Found[] = []
  for (const f of ordered) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f)
  return kept.sort((a, b) => a.start - b.start)
}

/** Takes in `early`, `late 2019`, `mid-March`, `the end of last year`: same value, wider span. */
function widen(text: string, sentence: Span, f: Found): void {
  const m = f.meaning
  if (m.kind !== 'shift' && !(m.kind === 'date' && m.day === undefined)) return
  const before = text.slice(Math.max(sentence.start, f.start - 40), f.start)
  const hit = MODIFIER.exec(before)
  if (hit) f.start -= hit[0].length
}

function joinRanges(text: string, sentence: Span, list: Found[]): Found[] {
  const out: Found[] = []
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Found
    const b = list[i + 1]
    const prefix = RANGE_PREFIX.exec(text.slice(Math.max(sentence.start, a.start - 12), a.start))
    const join = b ? RANGE_JOIN.exec(text.slice(a.end, b.start)) : null
    if (b && join && a.meaning.kind === 'date' && b.meaning.kind === 'date') {
      const isAnd = /and/.test(join[0])
      if (!isAnd || (prefix && /between/i.test(prefix[0]))) {
        const from = shareYear(a.meaning, b.meaning)
        out.push({
          ...a,
          start: prefix ? a.start - prefix[0].length : a.start,
          end: b.end,
          meaning: from,
          to: b.meaning,
        })
        i++
        continue
      }
    }
    if (a.meaning.kind === 'date' && !a.to) {
      const after = text.slice(a.end, sentence.end)
      const m = a.meaning
      const dayTo = m.day !== undefined && m.month !== undefined ? DAY_AFTER.exec(after) : null
      const yearTo = m.year !== undefined && m.month === undefined ? SHORT_YEAR_AFTER.exec(after) : null
      // `Oct. 4-6`; `from Sept. 19 to 22` and `between May 3 and 5` only with their opening word.
      const joined = dayTo ? (dayTo[1] ?? '') : ''
      const opener = prefix?.[0].trim().toLowerCase()
      const fits = /^[-–]$/.test(joined) || (joined === 'and' ? opener === 'between' : opener === 'from')
      if (dayTo && fits && Number(dayTo[2]) > (m.day ?? 0)) {
        const start = prefix && !/^[-–]$/.test(joined) ? a.start - prefix[0].length : a.start
        out.push({ ...a, start, end: a.end + dayTo[0].length, to: { ...m, day: Number(dayTo[2]) } })
        continue
      }
      if (yearTo && m.year !== undefined) {
        const year = Math.floor(m.year / 100) * 100 + Number(yearTo[1])
        if (year > m.year) {
          out.push({ ...a, end: a.end + yearTo[0].length, to: { kind: 'date', year } })
          continue
        }
      }
    }
    out.push(a)
  }
  return out
}

/** `between May and July 2020`: the start takes the end's year (the year before, if it would come later). */
function shareYear(a: NamedDate, b: NamedDate): NamedDate {
  if (a.year !== undefined || b.year === undefined || a.month === undefined) return a
  const year = b.month !== undefined && a.month > b.month ? b.year - 1 : b.year
  return { ...a, year }
}
