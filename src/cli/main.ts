#!/usr/bin/env node
import { Command } from 'commander'
import { registerAnalyze } from './analyze.js'
import { registerEntities } from './entities.js'
import { registerExport } from './export.js'
import { registerIngest } from './ingest.js'
import { registerJobs } from './jobs.js'
import { registerSearch } from './search.js'
import { registerServe } from './serve.js'
import { registerShow } from './show.js'
import { registerWorker } from './worker.js'

/*
 * The newsgraph command. Each command lives in its own file and registers itself here;
 * a command parses flags and calls library functions, nothing more.
 */
const program = new Command('newsgraph')
  .description('who did what to whom, where and when, and who says so')
  .showHelpAfterError()

registerAnalyze(program)
registerIngest(program)
registerSearch(program)
registerShow(program)
registerExport(program)
registerEntities(program)
registerServe(program)
registerWorker(program)
registerJobs(program)

await program.parseAsync()
