import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { toAnalysisJson } from '../doc/analysis-json.js'
import { createPipeline } from '../pipeline.js'
import { fullPreset } from '../presets.js'
import { readText } from '../read/text.js'

/** `newsgraph analyze`: reads articles and prints their analyses. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print their analyses')
    .argument('[files...]')
    .option('--published <date>')
    .action(async (files: string[], options: { published?: string }) => {
      const pipeline = createPipeline(fullPreset())
      for (const file of files) {
        const doc = readText(readFileSync(file, 'utf8'), { published: options.published ?? null })
        console.log(JSON.stringify(toAnalysisJson(await pipeline.run(doc))))
      }
    })
}
