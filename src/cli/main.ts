#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { toAnalysisJson } from '../doc/analysis-json.js'
import { createPipeline } from '../pipeline.js'
import { fullPreset } from '../presets.js'
import { readText } from '../read/text.js'

const program = new Command('newsgraph').description('who did what to whom, where and when, and who says so')

program
  .command('analyze')
  .argument('[files...]')
  .option('--published <date>')
  .action(async (files: string[], options: { published?: string }) => {
    const pipeline = createPipeline(fullPreset())
    for (const file of files) {
      const doc = readText(readFileSync(file, 'utf8'), { published: options.published ?? null })
      console.log(JSON.stringify(toAnalysisJson(await pipeline.run(doc))))
    }
  })

await program.parseAsync()
