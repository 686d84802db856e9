import type { Page, PageOptions } from './store.js'

/** Default and largest page sizes: a screen of results, and a bound on one query's work. */
export const DEFAULT_PAGE = 50
export const MAX_PAGE = 500

/** The limit and offset a page asks for; a cursor is the offset in base 10. */
export function pageBounds(options: PageOptions | undefined): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(options?.limit ?? DEFAULT_PAGE)), MAX_PAGE)
  const parsed = options?.cursor ? Number.parseInt(options.cursor, 10) : 0
  return { limit, offset: Number.isFinite(parsed) && parsed > 0 ? parsed : 0 }
}

/** A page from rows fetched with `limit + 1`: the extra row says whether there is a next page. */
export function toPage<T>(rows: T[], limit: number, offset: number): Page<T> {
  const more = rows.length > limit
  return { items: more ? rows.slice(0, limit) : rows, next: more ? String(offset + limit) : null }
}

/** JSON text from the database as a value, tolerating null. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback
  return JSON.parse(text) as T
}
