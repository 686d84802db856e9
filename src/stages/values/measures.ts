import type { FoundValue } from './found-value.js'
import { FIGURE, NUMBER_WORD, parseNumber, scaled, scaleOf } from './numbers.js'

const PERCENT = new RegExp(
  `(?<![\\w.,])(${FIGURE}|${NUMBER_WORD})(?:\\s?%|\\s(?:percent|per\\s?cent|percentage\\s+points?)\\b)`,
  'gi',
)
/**
 * What every percentage spells: `%`, or `per cent` in one of its forms (`percentage` too). Most
 * articles hold neither, and are spared a scan that tries a number at every `a` and digit.
 */
const PER_CENT = /per\s?cent/i

/** Units written after a number, with the short name a value carries. */
const UNITS: Record<string, string> = {
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'mi',
  miles: 'mi',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  cm: 'cm',
  mm: 'mm',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  tonne: 't',
  tonnes: 't',
  ton: 't',
  tons: 't',
  barrel: 'barrels',
  barrels: 'barrels',
  bpd: 'barrels per day',
  'barrels per day': 'barrels per day',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  gallon: 'gal',
  gallons: 'gal',
  hectare: 'ha',
  hectares: 'ha',
  acre: 'acres',
  acres: 'acres',
  'square kilometres': 'km2',
  'square kilometers': 'km2',
  'sq km': 'km2',
  km2: 'km2',
  mw: 'MW',
  megawatts: 'MW',
  gw: 'GW',
  gigawatts: 'GW',
  '°c': '°C',
  '°f': '°F',
  'degrees celsius': '°C',
  'degrees fahrenheit': '°F',
}
const UNIT_NAMES = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/ /g, '\\s+'))
const QUANTITY = new RegExp(
  `(?<![\\w.,$€£])(${FIGURE}|${NUMBER_WORD})(\\s(?:thousand|million|billion)\\b)?(?:\\s|-)?(${UNIT_NAMES.join('|')})(?![\\w°])`,
  'gi',
)

/** Percentages: `12%`, `12 percent`, `three per cent`; the amount is the number of percent. */
export function findPercents(text: string): FoundValue[] {
  const out: FoundValue[] = []
  if (!text.includes('%') && !PER_CENT.test(text)) return out
  for (const m of text.matchAll(PERCENT)) {
    const n = parseNumber(m[1] ?? '')
    if (Number.isNaN(n) || /^an?$/i.test(m[1] ?? '')) continue
    const start = m.index ?? 0
    const unit = /point/i.test(m[0]) ? { unit: 'percentage points' } : {}
    out.push({ start, end: start + m[0].length, type: 'PERCENT', amount: n, ...unit })
  }
  return out
}

/** Measured quantities: `40 km`, `a 40-km stretch`, `2.5 million barrels per day`. */
export function findQuantities(text: string): FoundValue[] {
  const out: FoundValue[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const n = parseNumber(m[1] ?? '')
    const unit = UNITS[(m[3] ?? '').toLowerCase().replace(/\s+/g, ' ')]
    // `a mile`, `a ton of`: an article is no measurement.
    if (Number.isNaN(n) || !unit || /^an?$/i.test(m[1] ?? '')) continue
    const start = m.index ?? 0
    out.push({ start, end: start + m[0].length, type: 'QUANTITY', amount: scaled(n, scaleOf(m[2])), unit })
  }
  return out
}
