import { createRoute, z } from '@hono/zod-openapi'
import { stream } from 'hono/streaming'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { ApiError } from '../errors.js'
import { readErrors } from './common.js'

const ExportQuerySchema = z.object({ format: z.enum(['jsonl']) })

/** GET /api/export?format=jsonl: every stored analysis, one JSON object a line, streamed. */
export function exportRoutes(app: App, deps: RouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/api/export',
    summary: 'Export the corpus: `jsonl` is every stored analysis in the analysis format, one a line',
    tags: ['corpus'],
    middleware: requireRead(deps.access),
    request: { query: ExportQuerySchema },
    responses: {
      200: { content: { 'application/x-ndjson': { schema: z.string() } }, description: 'The export' },
      ...readErrors,
    },
  })
  // A stream is no typed JSON response, so the route is described here and served by a plain handler.
  app.openAPIRegistry.registerPath(route)
  app.get(route.path, requireRead(deps.access), (c) => {
    const query = ExportQuerySchema.safeParse(c.req.query())
    if (!query.success) throw new ApiError(400, 'http/invalid-request', 'format: give format=jsonl')
    c.header('content-type', 'application/x-ndjson; charset=utf-8')
    c.header('content-disposition', 'attachment; filename="newsgraph.jsonl"')
    // Page through the store so a large corpus is never held in memory at once.
    return stream(c, async (out) => {
      let cursor: string | null = null
      do {
        const page = await deps.store.listArticles({ limit: 100, cursor })
        for (const summary of page.items) {
          const article = await deps.store.getArticle(summary.id)
          if (article) await out.write(`${JSON.stringify(article.analysis)}\n`)
        }
        cursor = page.next
      } while (cursor)
    })
  })
}
