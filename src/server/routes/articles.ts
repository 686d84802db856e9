import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import {
  ArticleDetailSchema,
  ArticleListQuerySchema,
  ArticlePageSchema,
  ClaimListQuerySchema,
  ClaimPageSchema,
} from '../corpus-schemas.js'
import { IdParamSchema } from '../schemas.js'
import { found, json, notFound, readErrors } from './common.js'

/** GET /api/articles, /api/articles/{id} and /api/sources (claims with their sources). */
export function articleRoutes(app: App, deps: RouteDeps): void {
  const read = requireRead(deps.access)
  const list = createRoute({
    method: 'get',
    path: '/api/articles',
    summary: 'Stored articles, newest ingested first',
    tags: ['corpus'],
    middleware: read,
    request: { query: ArticleListQuerySchema },
    responses: { 200: json(ArticlePageSchema, 'A page of articles'), ...readErrors },
  })
  app.openapi(list, async (c) => c.json(await deps.store.listArticles(c.req.valid('query')), 200))

  const one = createRoute({
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'One article: its analysis, wire copies and links to corpus entities and events',
    tags: ['corpus'],
    middleware: read,
    request: { params: IdParamSchema },
    responses: { 200: json(ArticleDetailSchema, 'The article'), ...notFound, ...readErrors },
  })
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param')
    return c.json(found(await deps.store.getArticle(id), 'article', id), 200)
  })

  const sources = createRoute({
    method: 'get',
    path: '/api/sources',
    summary: 'Claims with their sources (named or anonymous, how many, whom they told), by article or source',
    tags: ['corpus'],
    middleware: read,
    request: { query: ClaimListQuerySchema },
    responses: { 200: json(ClaimPageSchema, 'A page of claims'), ...readErrors },
  })
  app.openapi(sources, async (c) => c.json(await deps.store.listClaims(c.req.valid('query')), 200))
}
