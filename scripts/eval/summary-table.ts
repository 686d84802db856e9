/*
 * The one summary table `npm run eval` ends with: one row per data set, one column per main
 * figure of score.mjs's `--json` report. A figure a data set does not annotate prints as `-`.
 */

/** The parts of score.mjs's `--json` report the table reads. */
export interface ScoreReport {
  articles: number
  missing: number
  [figure: string]: unknown
}

interface Column {
  readonly head: string
  readonly figure: string
  /** `f` for an F1 figure, `acc` for an accuracy or recall. */
  readonly field: 'f' | 'acc'
}

const COLUMNS: readonly Column[] = [
  { head: 'ment F1', figure: 'mentions_strict', field: 'f' },
  { head: 'ent F1', figure: 'entities', field: 'f' },
  { head: 'coref B3', figure: 'coref_b3', field: 'f' },
  { head: 'times F1', figure: 'times', field: 'f' },
  { head: 'time val', figure: 'time_values', field: 'acc' },
  { head: 'attr cont', figure: 'attributions_content', field: 'f' },
  { head: 'attr full', figure: 'attributions_full', field: 'f' },
  { head: 'source', figure: 'source_accuracy', field: 'acc' },
  { head: 'stance', figure: 'stance_accuracy', field: 'acc' },
  { head: 'named', figure: 'named_accuracy', field: 'acc' },
  { head: 'count', figure: 'count_accuracy', field: 'acc' },
  { head: 'events', figure: 'events_recall', field: 'acc' },
  { head: 'targets', figure: 'event_targets', field: 'acc' },
  { head: 'places', figure: 'event_places', field: 'acc' },
  { head: 'conflicts', figure: 'conflicts_recall', field: 'acc' },
]

/** A row of the table: the data set's name and its report, or why it has none. */
export interface Row {
  readonly name: string
  readonly report: ScoreReport | null
  readonly note?: string
}

/**
 * One figure, or null when the data set does not annotate it: an F1 over no gold items, or
 * an accuracy with nothing to count, is not a zero.
 */
export function figureOf(report: ScoreReport, column: Column): number | null {
  const value = report[column.figure] as Record<string, number | null> | undefined
  if (!value) return null
  if (column.field === 'acc') return value.acc ?? null
  const gold = value.gold ?? value.n
  return gold ? (value.f ?? null) : null
}

/** The table as text, columns padded to their heads. */
export function summaryTable(rows: readonly Row[]): string {
  const nameWidth = Math.max(12, ...rows.map((r) => r.name.length))
  const head = ['data set'.padEnd(nameWidth), 'docs'.padStart(5), ...COLUMNS.map((c) => c.head.padStart(9))].join(' ')
  const lines = [head, '-'.repeat(head.length)]
  for (const row of rows) {
    if (!row.report) {
      lines.push(`${row.name.padEnd(nameWidth)} ${'-'.padStart(5)} ${row.note ?? 'not run'}`)
      continue
    }
    const report = row.report
    const cells = COLUMNS.map((c) => {
      const v = figureOf(report, c)
      return (v === null ? '-' : v.toFixed(3)).padStart(9)
    })
    lines.push([row.name.padEnd(nameWidth), String(report.articles).padStart(5), ...cells].join(' '))
  }
  return lines.join('\n')
}
