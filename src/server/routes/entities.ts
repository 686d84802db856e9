import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { EntityDetailSchema, EntityListQuerySchema, EntityPageSchema } from '../corpus-schemas.js'
import { IdParamSchema } from '../schemas.js'
import { found, json, notFound, readErrors } from './common.js'

/** GET /api/entities and /api/entities/{id}: people, bodies and places across the corpus. */
export function entityRoutes(app: App, deps: RouteDeps): void {
  const read = requireRead(deps.access)
  const list = createRoute({
    method: 'get',
    path: '/api/entities',
    summary: 'Corpus entities, most mentioned first',
    tags: ['corpus'],
    middleware: read,
    request: { query: EntityListQuerySchema },
    responses: { 200: json(EntityPageSchema, 'A page of entities'), ...readErrors },
  })
  app.openapi(list, async (c) => c.json(await deps.store.listEntities(c.req.valid('query')), 200))

  const one = createRoute({
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity: every claim by or about it with its source, its articles and events',
    tags: ['corpus'],
    middleware: read,
    request: { params: IdParamSchema },
    responses: { 200: json(EntityDetailSchema, 'The entity'), ...notFound, ...readErrors },
  })
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await deps.store.getEntity(id), 'entity', id), 200)
  })
}
