import type { FoundValue } from './found-value.js'
import { FIGURE, NUMBER_WORD, parseNumber, SCALE, scaled, scaleOf } from './numbers.js'

/** Symbols and codes written before the amount. Longer ones first so `US$` is not read as `$`. */
const PREFIXES: [string, string][] = [
  ['US$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['₪', 'ILS'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
]
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'TRY', 'RUB', 'CHF', 'IQD', 'SAR', 'AED', 'ILS', 'CAD', 'AUD']

/** Currency words written after the amount, with the country adjectives that change them. */
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  'pounds sterling': 'GBP',
  // Alone, `pounds` is as often a weight (`300 pounds of cocaine`); `findMoney` keeps it only as
  // a scaled sum.
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  lira: 'TRY',
  liras: 'TRY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  dinar: 'IQD',
  dinars: 'IQD',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  shekel: 'ILS',
  shekels: 'ILS',
  'swiss francs': 'CHF',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'turkish lira': 'TRY',
  'iraqi dinars': 'IQD',
  'jordanian dinars': 'JOD',
  'kuwaiti dinars': 'KWD',
  'saudi riyals': 'SAR',
  'british pounds': 'GBP',
  'egyptian pounds': 'EGP',
  'lebanese pounds': 'LBP',
  'syrian pounds': 'SYP',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  // A bare `shillings` is any of four countries' money, so only these are read.
  'kenyan shillings': 'KES',
  'ugandan shillings': 'UGX',
  'tanzanian shillings': 'TZS',
  'somali shillings': 'SOS',
  naira: 'NGN',
  cedis: 'GHS',
  birr: 'ETB',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  zlotys: 'PLN',
  zloty: 'PLN',
  forints: 'HUF',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  taka: 'BDT',
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const AMOUNT = `(${FIGURE})(${SCALE})?`
const PREFIX = `(${PREFIXES.map(([p]) => escapeRegExp(p)).join('|')}|(?:${CODES.join('|')})\\s?)`
const PREFIXED = new RegExp(`(?<![\\w$])${PREFIX}\\s?${AMOUNT}`, 'g')
const WORD_NAMES = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/\\\./g, '\\.').replace(/ /g, '\\s+'))
const SUFFIXED = new RegExp(
  `(?<![\\w$€£¥.,])(${FIGURE}|${NUMBER_WORD})(\\s(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\\b|\\s?(?:mln|mn|bln|bn)\\b)?\\s+(${WORD_NAMES.join('|')}|${CODES.join('|')})\\b`,
  'gi',
)
const CODE_PREFIX = new Set(CODES)
/*
 * What each of the two patterns cannot match without, as in their own alternatives: a sign or
 * code before the amount, a currency word after it. An article holding neither is spared a
 * scan that tries a number at every `a` and digit.
 */
const ANY_PREFIX = new RegExp(`${PREFIXES.map(([p]) => escapeRegExp(p)).join('|')}|${CODES.join('|')}`)
const ANY_CURRENCY_WORD = new RegExp(`\\b(?:${WORD_NAMES.join('|')}|${CODES.join('|')})\\b`, 'i')

/** Money amounts: `$5 million`, `€3.2bn`, `£400,000`, `1.5 billion dollars`, `Rs 20 crore`. */
export function findMoney(text: string): FoundValue[] {
  const out: FoundValue[] = []
  const prefixed = ANY_PREFIX.test(text) ? text.matchAll(PREFIXED) : []
  for (const m of prefixed) {
    const prefix = (m[1] ?? '').trim()
    const currency = CODE_PREFIX.has(prefix) ? prefix : PREFIXES.find(([p]) => p === prefix)?.[1]
    const n = parseNumber(m[2] ?? '')
    if (!currency || Number.isNaN(n)) continue
    const start = m.index ?? 0
    out.push({ start, end: start + m[0].length, type: 'MONEY', amount: scaled(n, scaleOf(m[3])), currency })
  }
  const suffixed = ANY_CURRENCY_WORD.test(text) ? text.matchAll(SUFFIXED) : []
  for (const m of suffixed) {
    const word = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const currency = WORDS[word] ?? (CODE_PREFIX.has(word.toUpperCase()) ? word.toUpperCase() : undefined)
    // A lone `a`/`an` is no amount: `a dollar` is rather a unit than a sum.
    const n = /^an?$/i.test(m[1] ?? '') && !m[2] ? Number.NaN : parseNumber(m[1] ?? '')
    if (!currency || Number.isNaN(n) || (word === 'pounds' && !isSumOfPounds(text, m))) continue
    const start = m.index ?? 0
    out.push({ start, end: start + m[0].length, type: 'MONEY', amount: scaled(n, scaleOf(m[2])), currency })
  }
  return out
}

/**
 * `2 million pounds in compensation` is a sum; `300 pounds` and `2 million pounds of fish` are
 * weights. Sums of pounds in the news run to millions and billions, weights rarely do without an
 * `of` naming the goods.
 */
function isSumOfPounds(text: string, m: RegExpMatchArray): boolean {
  const scaled = /million|billion|trillion|mln|mn|bln|bn/i.test(m[2] ?? '')
  return scaled && !/^\s+of\b/.test(text.slice((m.index ?? 0) + m[0].length))
}
