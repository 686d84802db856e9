import { createRoute, z } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { ApiError } from '../errors.js'
import { readErrors } from './common.js'

/** GET /api/export?format=: the corpus in a format other tools read. */
export function exportRoutes(app: App, deps: RouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/api/export',
    summary: 'Export the corpus',
    tags: ['corpus'],
    middleware: requireRead(deps.access),
    request: { query: z.object({ format: z.enum(['jsonl']) }) },
    responses: {
      200: { content: { 'application/x-ndjson': { schema: z.string() } }, description: 'The export' },
      ...readErrors,
    },
  })
  app.openapi(route, async () => {
    throw new ApiError(501, 'http/not-implemented', 'export is not available yet')
  })
}
