import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { type Command, Option } from 'commander'
import { EXPORT_FORMATS, type ExportFormat, exportCorpus } from '../export/index.js'
import { addDbOption, withStore } from './store-option.js'

interface ExportFlags {
  db?: string
  format: ExportFormat
  output?: string
}

/** `newsgraph export`: the corpus as JSON Lines, CSV, GeoJSON or GraphML. */
export function registerExport(program: Command): void {
  addDbOption(
    program
      .command('export')
      .description(
        'export the corpus: jsonl (analyses), csv (events, ACLED-like), geojson (events), graphml (entities, sources)',
      )
      .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).default('jsonl'))
      .option('-o, --output <file>', 'write to a file instead of standard output'),
  ).action(async (flags: ExportFlags) => {
    await withStore(flags.db, async (store) => {
      const out = flags.output ? createWriteStream(flags.output) : process.stdout
      // A reader that stops early (`| head`) is not an error.
      let closed = false
      out.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error
        closed = true
      })
      for await (const piece of exportCorpus(store, flags.format)) {
        if (closed) break
        if (!out.write(piece)) await Promise.race([once(out, 'drain'), once(out, 'error')]).catch(() => {})
      }
      if (flags.output) {
        out.end()
        await once(out, 'finish')
      }
    })
  })
}
