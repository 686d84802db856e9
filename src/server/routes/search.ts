import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { SearchPageSchema, SearchQuerySchema, StatsSchema } from '../corpus-schemas.js'
import { json, readErrors } from './common.js'

/** GET /api/search: full text and filters over stored articles; GET /api/stats: corpus counts. */
export function searchRoutes(app: App, deps: RouteDeps): void {
  const read = requireRead(deps.access)
  const search = createRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Find articles by words, entity, event type, place, dates, outlet or kind of source',
    tags: ['corpus'],
    middleware: read,
    request: { query: SearchQuerySchema },
    responses: { 200: json(SearchPageSchema, 'Matching articles with a snippet; best first'), ...readErrors },
  })
  app.openapi(search, async (c) => c.json(await deps.store.search(c.req.valid('query')), 200))

  const stats = createRoute({
    method: 'get',
    path: '/api/stats',
    summary: 'How many articles, entities, events and stories the corpus holds',
    tags: ['corpus'],
    middleware: read,
    responses: { 200: json(StatsSchema, 'Counts'), ...readErrors },
  })
  app.openapi(stats, async (c) => c.json(await deps.store.stats(), 200))
}
