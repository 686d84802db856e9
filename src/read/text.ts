import { createHash } from 'node:crypto'
import { type Article, Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { MAX_TEXT_CHARS } from '../limits.js'
import { recogniseFrame } from './frame.js'
import { parsePublished, type ReadMeta } from './meta.js'

/**
 * A Doc from plain text. The text is kept exactly as given, so that offsets agree with it;
 * the headline line, dateline and trailer are found and marked, never cut. Metadata wins over
 * what the text shows; a date appears only from metadata or a dated dateline, never from today.
 * Throws `read/empty` for blank text and `read/too-large` past `MAX_TEXT_CHARS`.
 */
export function readText(text: string, meta: ReadMeta = {}): Doc {
  const input = meta.input
  // A search for one other character, rather than a copy of the text without them.
  if (!/[^\s\uFEFF]/.test(text)) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/empty',
      reason: text.length ? 'input has only white space: there is no text to analyse' : 'input is empty',
      ...(input ? { input } : {}),
    })
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/too-large',
      reason: `article text has ${text.length} characters, more than the limit of ${MAX_TEXT_CHARS}`,
      expected: `at most ${MAX_TEXT_CHARS} characters`,
      actual: String(text.length),
      ...(input ? { input } : {}),
    })
  }
  const frame = recogniseFrame(text)
  const headline = frame.headline
  const article: Article = {
    id: meta.id || contentId(text),
    title: meta.title ?? (headline ? text.slice(headline.start, headline.end) : null),
    published: meta.published ? parsePublished(meta.published, input) : frame.published,
    outlet: meta.outlet ?? frame.outlet,
    origin: frame.origin,
    url: meta.url ?? null,
    ...(headline ? { headline } : {}),
    ...(frame.dateline ? { dateline: frame.dateline.span } : {}),
    ...(frame.dateline?.place ? { datelinePlace: frame.dateline.place } : {}),
    ...(frame.trailer ? { trailer: frame.trailer.span } : {}),
  }
  return new Doc(text, article)
}

/** A short, stable id for an article without one: the start of its text's SHA-256. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
