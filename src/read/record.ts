import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { readHtml } from './html.js'
import type { ReadMeta } from './meta.js'
import { readText } from './text.js'

/** A JSON record: `{id, title, published, outlet, url, text | html}`; all but the text are optional. */
export interface ArticleRecord {
  id?: unknown
  title?: unknown
  published?: unknown
  outlet?: unknown
  url?: unknown
  text?: unknown
  html?: unknown
}

/**
 * A Doc from a JSON record. `text` is kept exactly (offsets agree with it); `html` goes through
 * the HTML reader. A record in the analysis format (`{article: {...}}`) is read from its
 * `article`, so gold files can be analysed again. `input` names the record in messages and
 * gives defaults (`--published`, `--outlet`) that the record's own fields override.
 */
export function readRecord(record: unknown, input: ReadMeta = {}): Doc {
  const where = input.input ? { input: input.input } : {}
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/invalid-record',
      reason: `record is ${Array.isArray(record) ? 'an array' : typeof record === 'object' ? 'null' : `a ${typeof record}`}, expected an object with "text" or "html"`,
      ...where,
    })
  }
  const inner = (record as { article?: unknown }).article
  const r = (typeof inner === 'object' && inner !== null ? inner : record) as ArticleRecord
  const meta: ReadMeta = {
    ...input,
    id: field(r, 'id', input) ?? input.id ?? null,
    title: field(r, 'title', input) ?? input.title ?? null,
    published: field(r, 'published', input) ?? input.published ?? null,
    outlet: field(r, 'outlet', input) ?? input.outlet ?? null,
    url: field(r, 'url', input) ?? input.url ?? null,
  }
  const text = field(r, 'text', input)
  if (text !== undefined && text !== null) return readText(text, meta)
  const html = field(r, 'html', input)
  if (html !== undefined && html !== null) return readHtml(html, meta)
  throw new NewsgraphError({
    severity: 'error',
    rule: 'read/missing-text',
    reason: 'record has neither "text" nor "html": there is nothing to analyse',
    ...where,
  })
}

/** A string field, null, or absent; a number id is accepted as its decimal form. */
function field(r: ArticleRecord, name: keyof ArticleRecord, input: ReadMeta): string | null | undefined {
  const value = r[name]
  if (value === undefined || value === null || typeof value === 'string') return value
  if (name === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value)
  throw new NewsgraphError({
    severity: 'error',
    rule: 'read/invalid-record',
    reason: `record field "${name}" is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, expected a string`,
    ...(input.input ? { input: input.input } : {}),
  })
}
