#!/usr/bin/env node
import { Command } from 'commander'
import { registerAnalyze } from './analyze.js'
import { registerIngest } from './ingest.js'
import { registerServe } from './serve.js'

/*
 * The newsgraph command. Each command lives in its own file and registers itself here;
 * a command parses flags and calls library functions, nothing more.
 */
const program = new Command('newsgraph')
  .description('who did what to whom, where and when, and who says so')
  .showHelpAfterError()

registerAnalyze(program)
registerIngest(program)
registerServe(program)

await program.parseAsync()
