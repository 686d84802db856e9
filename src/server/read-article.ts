import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { type ReadMeta, readHtml, readText } from '../read/index.js'
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

/** Reads one article given as text, HTML or URL, with the caller's metadata. */
export async function readArticle(input: ArticleInput): Promise<ReadArticle> {
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
  throw new NewsgraphError({
    severity: 'error',
    rule: 'read/url-unsupported',
    reason: 'this server cannot fetch URLs yet: paste the text or HTML instead',
  })
}
