import type { TimeExpression } from '../../doc/layers.js'
import type { Stage } from '../../pipeline.js'
import { dayRange, parseDay } from './calendar.js'
import { resolve } from './resolve.js'
import { scanSentence } from './scan.js'
import { isFuture } from './tense.js'

/*
 * Times stage. Reads: sentences, tokens (part of speech and lemma, to tell `2000 people` from
 * `2000` and to see a `will`), and `article.published`. Adds: `times`, each expression with
 * its ISO value at its true granularity (`2019`, `2021-10`, `2021-10-11`, `2021-W41`), a
 * range's `end_value`, and whether it is relative to the publication date. Vague ones
 * (`for months`, `years ago`, `recently`) are kept with value null and `vague: true`.
 * Without a publication date nothing relative is guessed: values stay null and
 * `times/no-anchor` warns.
 * `two days later`, `the following year`, `the day before` count from the last time named
 * before them (from the publication date when none was).
 * Misses: clock times, quarters, fiscal years, dates written as numbers other than ISO;
 * yearless dates and weekdays follow the tense of nearby words only.
 * Scores (npm run eval, founding report published 2021-10-12): every gold time found with
 * its value (recall 1.0, values 1.0); precision 0.75 because the gold leaves out the two
 * vague expressions (`for months`, `years ago`) that this stage keeps.
 * chrono-node was measured first and left out: it misses bare years, `in 2019` and ranges,
 * reads a bare `March` forward from the publication date, and merges lists of dates into one.
 */

/** The times stage: dates and times in the text, resolved against the publication date. */
export function times(): Stage<'times'> {
  return {
    name: 'times',
    requires: ['sentences', 'tokens'],
    provides: ['times'],
    async prepare() {
      return (doc, report) => {
        const anchor = parseDay(doc.article.published)
        const tokens = doc.layer('tokens')
        const out: TimeExpression[] = []
        for (const sentence of doc.layer('sentences')) {
          for (const found of scanSentence(doc.text, sentence, tokens)) {
            const future = isFuture(doc.text, tokens, sentence, found)
            const from = resolve(found.meaning, anchor, future, found.meaning.kind === 'later' ? lastNamed(out) : null)
            const to = found.to ? resolve(found.to, anchor, future) : undefined
            const span = { start: found.start, end: found.end }
            if (!anchor && (from.anchored || to?.anchored)) {
              report.warn(
                'times/no-anchor',
                `"${doc.text.slice(span.start, span.end)}" needs the publication date to be resolved, and there is none`,
                span,
              )
            }
            const relative = from.relative || (to?.relative ?? false)
            const m = found.meaning
            const vague = m.kind === 'vague' || (m.kind === 'ago' && m.count === null) ? { vague: true } : {}
            out.push(
              to
                ? { ...span, value: from.value, end_value: to.value, relative, ...vague }
                : { ...span, value: from.value, relative, ...vague },
            )
          }
        }
        return { times: out }
      }
    },
  }
}

/** The value of the last time named before, to tell `two days later` from: the latest non-vague one. */
function lastNamed(found: readonly TimeExpression[]): string | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const value = found[k]?.value
    const grain = value ? dayRange(value)?.grain : undefined
    if (value && grain && grain !== 'week') return value
  }
  return null
}
