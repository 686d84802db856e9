import type { Command, CommanderError } from 'commander'
import { Option } from 'commander'
import type { Analyzer } from '../analyze.js'
import type { AnalysisJson } from '../doc/analysis-json.js'
import { NewsgraphError } from '../doc/message.js'
import { type InputFormat, parsePublished, readInput } from '../read/index.js'
import { inputBytes } from './input-files.js'
import { formatMessage, formatUsage } from './messages.js'
import { formatPretty, useColor } from './pretty.js'

type OutputFormat = 'json' | 'jsonl' | 'pretty'

interface AnalyzeFlags {
  published?: string
  outlet?: string
  format?: OutputFormat
  inputFormat?: InputFormat
  warnings?: boolean
}

/** Exit codes: 0 every input analysed, 1 some input could not be, 2 the command was misused. */
export const EXIT_INPUT = 1
export const EXIT_USAGE = 2

/** `newsgraph analyze`: reads articles and prints their analyses. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles (text, HTML, JSON or JSON Lines) and print their analyses')
    .argument('[files...]', 'files to read; - or none for standard input')
    .option('--published <date>', "publication date (YYYY-MM-DD); a record's own date wins")
    .option('--outlet <name>', "outlet that published the articles; a record's own outlet wins")
    .addOption(
      new Option('--format <format>', 'output: json (one article), jsonl (one analysis a line) or pretty').choices([
        'json',
        'jsonl',
        'pretty',
      ]),
    )
    .addOption(
      new Option('--input-format <format>', 'input format, when the file extension does not say').choices([
        'text',
        'html',
        'json',
        'jsonl',
      ]),
    )
    .option('--warnings', 'also print the warnings the analysis found, on stderr')
    .addHelpText(
      'after',
      `
Formats are guessed from the extension (.txt .html .json .jsonl) or the content.
JSON and JSON Lines records look like {"id", "title", "published", "outlet", "url", "text" | "html"}.
JSON Lines in gives JSON Lines out, one analysis per good line, in order; a bad line is
reported on stderr as FILE:LINE: error REASON [RULE] and the rest are still analysed.

Exit codes: 0 all analysed, 1 some input could not be analysed, 2 usage error.`,
    )
    .showHelpAfterError(false)
    .configureOutput({ outputError: (message, write) => write(`${formatUsage(usageReason(message))}\n`) })
    .exitOverride(usageExit)
    .action(async (files: string[], flags: AnalyzeFlags) => {
      // `newsgraph analyze … | head` closes the pipe early: stop quietly, as Unix tools do.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
        throw error
      })
      process.exitCode = await runAnalyze(files, flags)
    })
}

/** Commander's own errors (unknown flag, bad choice) are usage errors: one line, exit 2. */
function usageExit(error: CommanderError): never {
  if (
    error.code === 'commander.helpDisplayed' ||
    error.code === 'commander.help' ||
    error.code === 'commander.version'
  ) {
    process.exit(0)
  }
  process.exit(EXIT_USAGE)
}

/** Commander's `error: unknown option '--x'` as a reason that points at --help. */
function usageReason(message: string): string {
  return `${message.replace(/^error:\s*/, '').trim()} (see newsgraph analyze --help)`
}

async function runAnalyze(files: string[], flags: AnalyzeFlags): Promise<number> {
  let published: string | null = null
  if (flags.published !== undefined) {
    try {
      published = parsePublished(flags.published)
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error
      console.error(formatUsage(`--published: ${error.message}`, error.rule))
      return EXIT_USAGE
    }
  }
  const inputs = files.length ? files : ['-']
  if (inputs.includes('-') && process.stdin.isTTY) {
    console.error(formatUsage('no input: give FILE... or pipe an article into standard input (see --help)'))
    return EXIT_USAGE
  }
  // Prepared on the first good article, so that bad input is reported without loading models.
  let analyzer: Analyzer | undefined
  const color = useColor(process.stdout)
  const batch = inputs.length > 1 || inputs.some((f) => /\.(jsonl|ndjson)$/i.test(f)) || flags.inputFormat === 'jsonl'
  const format: OutputFormat = flags.format ?? (batch ? 'jsonl' : 'json')
  const collected: AnalysisJson[] = []
  let failed = false
  let printed = 0

  for (const name of inputs) {
    const label = name === '-' ? '<stdin>' : name
    let bytes: Uint8Array
    try {
      bytes = await inputBytes(name, flags.inputFormat)
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error
      console.error(formatMessage(error.detail, label))
      failed = true
      continue
    }
    const options = { name, format: flags.inputFormat, published, outlet: flags.outlet ?? null }
    for (const result of readInput(bytes, options)) {
      if (!result.ok) {
        console.error(formatMessage(result.error.detail, label))
        failed = true
        continue
      }
      const where = result.line ? `${label}:${result.line}` : label
      let analysis: AnalysisJson
      try {
        // Loaded late: the stages' modules are heavy, and help or bad input do not need them.
        analyzer ??= await (await import('../analyze.js')).createAnalyzer()
        analysis = analyzer.analyze(result.doc)
      } catch (error) {
        // Anything thrown here is a bug in a stage; report it and go on with the batch.
        const reason = error instanceof Error ? error.message : String(error)
        const rule = error instanceof NewsgraphError ? error.rule : 'internal/error'
        console.error(`${where}: error analysis failed: ${reason} [${rule}]`)
        failed = true
        continue
      }
      if (flags.warnings) {
        for (const m of analysis.messages) console.error(formatMessage(m, where, analysis.article.text))
      }
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(analysis)}\n`)
      else if (format === 'pretty') process.stdout.write(`${printed ? '\n' : ''}${formatPretty(analysis, { color })}`)
      else collected.push(analysis)
      printed++
    }
  }
  if (format === 'json' && collected.length) {
    process.stdout.write(`${JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2)}\n`)
  }
  return failed ? EXIT_INPUT : 0
}
