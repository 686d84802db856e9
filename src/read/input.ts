import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { MAX_BATCH_BYTES, MAX_INPUT_BYTES, MAX_RECORD_BYTES } from '../limits.js'
import { checkNotBinary, decodeUtf8 } from './decode.js'
import { readHtml } from './html.js'
import type { ReadMeta } from './meta.js'
import { readRecord } from './record.js'
import { readText } from './text.js'

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl'

/** One article read, or why it could not be; `line` is 1-based, for JSON Lines. */
export type ReadResult = { ok: true; doc: Doc; line?: number } | { ok: false; error: NewsgraphError; line?: number }

/** How to read one input: its name (for messages and the format guess) and defaults for its articles. */
export interface InputOptions {
  /** A file name, `-` or `<stdin>`; its extension picks the format when `format` is not given. */
  name: string
  format?: InputFormat
  published?: string | null
  outlet?: string | null
}

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
}

/**
 * Reads the articles in one input. A text or HTML input gives one result; a JSON input one
 * per record (an object, or an array of objects); JSON Lines one per non-blank line, each
 * decoded and checked on its own, so one bad line is an error with its line number and the
 * others are still read. Never throws for bad input: problems come back as results.
 */
export function* readInput(bytes: Uint8Array, options: InputOptions): Iterable<ReadResult> {
  const name = options.name === '-' ? '<stdin>' : options.name
  const meta: ReadMeta = { input: name, published: options.published ?? null, outlet: options.outlet ?? null }
  try {
    const format = options.format ?? guessFormat(name, bytes)
    const limit = format === 'jsonl' ? MAX_BATCH_BYTES : MAX_INPUT_BYTES
    if (bytes.length > limit) throw tooLarge(bytes.length, limit, name)
    if (format === 'jsonl') {
      checkNotBinary(bytes, name)
      yield* readJsonLines(bytes, meta)
      return
    }
    const text = decodeUtf8(bytes, name)
    if (format === 'text') yield { ok: true, doc: readText(text, meta) }
    else if (format === 'html') yield { ok: true, doc: readHtml(text, meta) }
    else yield* readJson(text, meta)
  } catch (error) {
    if (error instanceof NewsgraphError) yield { ok: false, error: error.detail.input ? error : error.withInput(name) }
    else throw error
  }
}

/** The format of an input: its extension, else a look at its first characters. */
export function guessFormat(name: string, bytes: Uint8Array): InputFormat {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase()
  const known = ext ? EXTENSIONS[ext] : undefined
  if (known) return known
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^<(?:!doctype html|html|head|body|article|\?xml|!--|div|p)\b/i.test(head)) return 'html'
  if (head.startsWith('[')) return 'json'
  if (head.startsWith('{')) {
    // JSON Lines puts each record's `{` at the start of a line; pretty JSON indents all but the first.
    return bytes.some((b, i) => b === 0x0a && bytes[i + 1] === 0x7b) ? 'jsonl' : 'json'
  }
  return 'text'
}

function* readJsonLines(bytes: Uint8Array, meta: ReadMeta): Iterable<ReadResult> {
  let line = 0
  let start = 0
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    if (end < 0) end = bytes.length
    line++
    const where = `${meta.input}:${line}`
    const raw = bytes.subarray(start, end)
    start = end + 1
    if (raw.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue
    try {
      if (raw.length > MAX_RECORD_BYTES) throw tooLarge(raw.length, MAX_RECORD_BYTES, where, 'record')
      const record = parseJson(decodeUtf8(raw, where).replace(/^\uFEFF/, ''), where)
      yield { ok: true, doc: readRecord(record, { ...meta, input: where }), line }
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error
      yield { ok: false, error: error.withInput(where), line }
    }
  }
}

function* readJson(text: string, meta: ReadMeta): Iterable<ReadResult> {
  const value = parseJson(text.replace(/^\uFEFF/, ''), meta.input ?? 'input')
  if (!Array.isArray(value)) {
    yield { ok: true, doc: readRecord(value, meta) }
    return
  }
  for (const [i, record] of value.entries()) {
    const where = `${meta.input}[${i}]`
    try {
      yield { ok: true, doc: readRecord(record, { ...meta, input: where }) }
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error
      yield { ok: false, error: error.withInput(where) }
    }
  }
}

function parseJson(text: string, where: string): unknown {
  if (!text.trim()) {
    throw new NewsgraphError({ severity: 'error', rule: 'read/empty', reason: 'input is empty', input: where })
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message.replace(/^JSON\.parse: /, '') : 'unreadable'
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/invalid-json',
      reason: `malformed JSON: ${detail.slice(0, 120)}`,
      input: where,
    })
  }
}

/** `read/too-large`, naming the size found and the limit. */
export function tooLarge(size: number, limit: number, input: string, what = 'input'): NewsgraphError {
  return new NewsgraphError({
    severity: 'error',
    rule: 'read/too-large',
    reason: `${what} is ${formatBytes(size)}, more than the limit of ${formatBytes(limit)}`,
    expected: `at most ${limit} bytes`,
    actual: String(size),
    input,
  })
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${n} bytes`
}
