import type { Value } from '../../doc/layers.js'
import { bySpan, indexAt, type Span } from '../../doc/span.js'
import type { Stage } from '../../pipeline.js'
import { findCounts } from './counts.js'
import type { FoundValue } from './found-value.js'
import { findPercents, findQuantities } from './measures.js'
import { findMoney } from './money.js'

/*
 * Values stage. Reads: tokens (for counts), and times when an earlier stage gave them (so a
 * year is never counted). Adds: `values`: MONEY with amount and ISO 4217 currency
 * (`$5 million` -> 5000000 USD, `€3.2bn`, `Rs 20 crore`), PERCENT (`12%`, `12 percent`),
 * QUANTITY with a unit (`40 km`), and COUNT of people and things (`three security sources`
 * -> 3 `sources`). Misses: ranges (`$3-5 million`), vague amounts (`dozens of`, `thousands
 * of`), singular counts (`one source`), and a bare `$` is always US dollars.
 * Scores (npm run eval): value precision is not scored by the gold; the founding report's
 * one value (`$5 million`) is found with amount and currency.
 */

/** Which kind wins when two values overlap: a money amount over a count of its currency words. */
const RANK: Record<Value['type'], number> = { MONEY: 0, PERCENT: 1, QUANTITY: 2, COUNT: 3 }

/** The values stage: money, percentages, quantities and counts. */
export function values(): Stage<'values'> {
  return {
    name: 'values',
    requires: ['tokens'],
    provides: ['values'],
    async prepare() {
      return (doc) => {
        const text = doc.text
        const measured = pick([...findMoney(text), ...findPercents(text), ...findQuantities(text)])
        const times: readonly Span[] = doc.has('times') ? doc.layer('times') : []
        const isTaken = (offset: number) => indexAt(times, offset) >= 0 || indexAt(measured, offset) >= 0
        const counts = findCounts(text, doc.layer('tokens'), isTaken, !doc.has('times'))
        return { values: pick([...measured, ...counts]).map(toValue) }
      }
    },
  }
}

/** Keeps the longest of overlapping values (the higher-ranked kind at equal length), in text order. */
function pick(found: FoundValue[]): FoundValue[] {
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || RANK[a.type] - RANK[b.type])
  const kept: FoundValue[] = []
  for (const f of ordered) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f)
  return kept.sort(bySpan)
}

function toValue(f: FoundValue): Value {
  const value: Value = { start: f.start, end: f.end, type: f.type, amount: f.amount }
  if (f.currency) return { ...value, currency: f.currency }
  if (f.unit) return { ...value, unit: f.unit }
  return value
}
