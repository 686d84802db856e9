import { readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

/*
 * What an ingest is asked to read, expanded: folders walked recursively, each file classed by
 * its extension, URLs told apart from paths.
 */

export type IngestTarget =
  | { readonly kind: 'file'; readonly path: string; readonly lines: boolean }
  | { readonly kind: 'feed-file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'feed'; readonly url: string }

/** Extensions read as articles: text, HTML, JSON, JSON Lines. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson'])
/** Extensions read as feeds. */
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml'])
const LINE_EXTENSIONS = new Set(['.jsonl', '.ndjson'])

/** True for an http(s) URL. */
export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target)
}

function classify(path: string, named: boolean): IngestTarget[] {
  const ext = extname(path).toLowerCase()
  if (FEED_EXTENSIONS.has(ext)) return [{ kind: 'feed-file', path }]
  // A file named on the command line is read whatever its extension; in a folder, only known kinds.
  if (ARTICLE_EXTENSIONS.has(ext) || named) return [{ kind: 'file', path, lines: LINE_EXTENSIONS.has(ext) }]
  return []
}

function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // Hidden files, dependencies and a folder's own README or LICENSE are not articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || /^(readme|license)\b/i.test(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/** Expands paths, folders, URLs and feed URLs into targets, in a stable order. */
export function expandTargets(inputs: readonly string[], feeds: readonly string[] = []): IngestTarget[] {
  const out: IngestTarget[] = []
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push({ kind: 'url', url: input })
      continue
    }
    let isDir = false
    try {
      isDir = statSync(input).isDirectory()
    } catch {
      // A missing path is reported when it is read, as a failure of that input.
    }
    if (isDir) for (const file of walk(input)) out.push(...classify(file, false))
    else out.push(...classify(input, true))
  }
  for (const feed of feeds) out.push(isUrl(feed) ? { kind: 'feed', url: feed } : { kind: 'feed-file', path: feed })
  return out
}
