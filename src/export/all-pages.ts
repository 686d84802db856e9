import type { Page, PageOptions } from '../store/store.js'

/** Page size for exports: large pages, few round trips. */
const EXPORT_PAGE = 500

/** Every item of a paged listing, page after page. */
export async function* allPages<T>(list: (options: PageOptions) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: string | null = null
  do {
    const page: Page<T> = await list({ limit: EXPORT_PAGE, cursor })
    yield* page.items
    cursor = page.next
  } while (cursor)
}
