import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { readArticle } from '../read-article.js'
import { AnalysisSchema, ArticleInputSchema } from '../schemas.js'
import { inputErrors, json } from './common.js'

/** POST /api/analyze: one article's analysis, stored nowhere; open to readers, as it changes nothing. */
export function analyzeRoutes(app: App, deps: RouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/api/analyze',
    summary: 'Analyse one article (text, HTML or a URL) without storing it',
    tags: ['analyse'],
    middleware: requireRead(deps.access),
    request: { body: { ...json(ArticleInputSchema, 'The article'), required: true } },
    responses: { 200: json(AnalysisSchema, 'The analysis, in the analysis format'), ...inputErrors },
  })
  app.openapi(route, async (c) => {
    const { doc } = await readArticle(c.req.valid('json'), { allowPrivate: deps.allowPrivateUrls })
    return c.json(deps.analyzer.analyze(doc), 200)
  })
}
