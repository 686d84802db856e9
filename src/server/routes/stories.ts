import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { StoryDetailSchema, StoryPageSchema } from '../corpus-schemas.js'
import { IdParamSchema, PageQuerySchema } from '../schemas.js'
import { found, json, notFound, readErrors } from './common.js'

/** GET /api/stories and /api/stories/{id}: articles about the same events, lined up. */
export function storyRoutes(app: App, deps: RouteDeps): void {
  const read = requireRead(deps.access)
  const list = createRoute({
    method: 'get',
    path: '/api/stories',
    summary: 'Stories: groups of articles about the same events',
    tags: ['corpus'],
    middleware: read,
    request: { query: PageQuerySchema },
    responses: { 200: json(StoryPageSchema, 'A page of stories'), ...readErrors },
  })
  app.openapi(list, async (c) => c.json(await deps.store.listStories(c.req.valid('query')), 200))

  const one = createRoute({
    method: 'get',
    path: '/api/stories/{id}',
    summary: 'One story: its articles and events',
    tags: ['corpus'],
    middleware: read,
    request: { params: IdParamSchema },
    responses: { 200: json(StoryDetailSchema, 'The story'), ...notFound, ...readErrors },
  })
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await deps.store.getStory(id), 'story', id), 200)
  })
}
