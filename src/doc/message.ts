import type { Span } from './span.js'

/** A problem found while reading or analysing, with where it was found. */
export interface Message {
  readonly severity: 'error' | 'warning' | 'info'
  /** Stable id, `stage/what-went-wrong`: `read/invalid-utf8`, `times/no-anchor`. */
  readonly rule: string
  /** One sentence: what was found, what was expected. */
  readonly reason: string
  /** A file name, `feed.jsonl:12`, or a URL. */
  readonly input?: string
  /** Into `doc.text`; for a reader, into the raw input. */
  readonly span?: Span
  readonly expected?: string
  readonly actual?: string
}

/**
 * Thrown for input that cannot be analysed (empty, binary, badly encoded, over a limit).
 * Nothing else is thrown on purpose: any other error reaching the top is a bug.
 */
export class NewsgraphError extends Error {
  constructor(readonly detail: Message) {
    super(detail.reason)
    this.name = 'NewsgraphError'
  }

  get rule(): string {
    return this.detail.rule
  }

  /** A copy naming the input it came from. */
  withInput(input: string): NewsgraphError {
    return new NewsgraphError({ ...this.detail, input })
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError
}

/** Collects the messages a stage reports for one article. */
export interface Reporter {
  warn(rule: string, reason: string, span?: Span): void
  info(rule: string, reason: string, span?: Span): void
}
