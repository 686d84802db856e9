import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { EventDetailSchema, EventListQuerySchema, EventPageSchema } from '../corpus-schemas.js'
import { IdParamSchema } from '../schemas.js'
import { found, json, notFound, readErrors } from './common.js'

/** GET /api/events and /api/events/{id}: happenings across articles, with who reports them. */
export function eventRoutes(app: App, deps: RouteDeps): void {
  const read = requireRead(deps.access)
  const list = createRoute({
    method: 'get',
    path: '/api/events',
    summary: 'Corpus events, most reported first; filter by type, entity, story and dates',
    tags: ['corpus'],
    middleware: read,
    request: { query: EventListQuerySchema },
    responses: { 200: json(EventPageSchema, 'A page of events'), ...readErrors },
  })
  app.openapi(list, async (c) => c.json(await deps.store.listEvents(c.req.valid('query')), 200))

  const one = createRoute({
    method: 'get',
    path: '/api/events/{id}',
    summary: 'One event: each report of it with its claims, and where accounts conflict',
    tags: ['corpus'],
    middleware: read,
    request: { params: IdParamSchema },
    responses: { 200: json(EventDetailSchema, 'The event'), ...notFound, ...readErrors },
  })
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await deps.store.getEvent(id), 'event', id), 200)
  })
}
