import type { Store } from '../store/store.js'
import { exportCsv } from './export-csv.js'
import { exportGeojson } from './export-geojson.js'
import { exportGraphml } from './export-graphml.js'
import { exportJsonl } from './export-jsonl.js'

/** The export formats `newsgraph export --format` offers. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'graphml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The corpus in a format, as text pieces to write in order. */
export function exportCorpus(store: Store, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') return exportCsv(store)
  if (format === 'geojson') return exportGeojson(store)
  if (format === 'graphml') return exportGraphml(store)
  return exportJsonl(store)
}
