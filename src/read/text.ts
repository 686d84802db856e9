import { createHash } from 'node:crypto'
import { Doc } from '../doc/doc.js'

/** A Doc from plain text, unchanged, so that offsets agree with the text given. */
export function readText(
  text: string,
  meta: { id?: string; published?: string | null; outlet?: string | null } = {},
): Doc {
  return new Doc(text, {
    id: meta.id ?? contentId(text),
    title: null,
    published: meta.published ?? null,
    outlet: meta.outlet ?? null,
    origin: [],
    url: null,
  })
}

/** A short, stable id for an article without one: the start of its text's SHA-256. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
