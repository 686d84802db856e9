import type { Message } from '../doc/message.js'
import { lineColumn } from '../doc/span.js'

/*
 * How the CLI prints problems, one line each: `input:line:column: severity reason [rule]`,
 * where the position is given only when known. Making messages and printing them stay apart.
 */

/** A message as one line for stderr; `text` lets a span into the article become line:column. */
export function formatMessage(message: Message, fallbackInput: string, text?: string): string {
  let where = message.input ?? fallbackInput
  if (text !== undefined && message.span) {
    const { line, column } = lineColumn(text, message.span.start)
    where += `:${line}:${column}`
  }
  return `${where}: ${message.severity} ${oneLine(message.reason)} [${message.rule}]`
}

/** A usage problem (unknown flag, bad date): always on one line, exit code 2. */
export function formatUsage(reason: string, rule = 'cli/usage'): string {
  return `newsgraph: error ${oneLine(reason)} [${rule}]`
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}
