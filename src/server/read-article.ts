import type { Doc } from '../doc/doc.js'
import { fetchUrl } from '../ingest/fetch-url.js'
import { type InputFormat, type ReadMeta, readHtml, readInput, readText } from '../read/index.js'
import type { ArticleInput } from './schemas.js'

/*
 * Turns the JSON an API caller sends into a Doc with the project's readers, so a pasted
 * article is read exactly as `newsgraph analyze` reads a file.
 */

/** A read article, with the raw input and a name for it that the store keeps. */
export interface ReadArticle {
  readonly doc: Doc
  readonly raw: string
  readonly source: string
}

/** How URLs are fetched. */
export interface ReadOptions {
  /** Fetch private and loopback addresses too (`serve --allow-private`, for an intranet). */
  readonly allowPrivate?: boolean
}

/** Reads one article given as text, HTML or URL, with the caller's metadata. */
export async function readArticle(input: ArticleInput, options: ReadOptions = {}): Promise<ReadArticle> {
  const meta: ReadMeta = {
    id: input.id ?? null,
    published: input.published ?? null,
    outlet: input.outlet ?? null,
    ...(input.title ? { title: input.title } : {}),
  }
  if (input.text !== undefined)
    return { doc: readText(input.text, { ...meta, input: 'text' }), raw: input.text, source: 'api' }
  if (input.html !== undefined)
    return { doc: readHtml(input.html, { ...meta, input: 'html' }), raw: input.html, source: 'api' }
  return readFetched(input, meta, options)
}

/** Fetches a URL under the ingest policy (no private or loopback addresses) and reads what came. */
async function readFetched(input: ArticleInput, meta: ReadMeta, options: ReadOptions): Promise<ReadArticle> {
  const fetched = await fetchUrl(input.url as string, { allowPrivate: options.allowPrivate ?? false })
  const type = fetched.contentType?.toLowerCase() ?? ''
  const format: InputFormat | undefined = /html|xml/.test(type)
    ? 'html'
    : type.startsWith('text/plain')
      ? 'text'
      : undefined
  const results = [
    ...readInput(fetched.bytes, {
      name: fetched.url,
      ...(format ? { format } : {}),
      published: meta.published ?? null,
      outlet: meta.outlet ?? null,
    }),
  ]
  const first = results[0]
  if (!first) throw new Error(`reading ${fetched.url} gave no result`)
  if (!first.ok) throw first.error
  const doc = first.doc.withArticle({
    url: fetched.url,
    ...(input.id ? { id: input.id } : {}),
    ...(input.title ? { title: input.title } : {}),
  })
  return { doc, raw: new TextDecoder().decode(fetched.bytes), source: fetched.url }
}
