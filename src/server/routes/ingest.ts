import { createRoute } from '@hono/zod-openapi'
import type { App, RouteDeps } from '../app.js'
import { requireWrite } from '../auth.js'
import { readArticle } from '../read-article.js'
import { IngestRequestSchema, IngestResponseSchema } from '../schemas.js'
import { json, writeErrors } from './common.js'

/** POST /api/ingest: analyses articles and stores them; needs the API token. */
export function ingestRoutes(app: App, deps: RouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/api/ingest',
    summary: 'Analyse and store up to 100 articles; idempotent: stored content is not stored twice',
    tags: ['store'],
    security: [{ token: [] }],
    middleware: requireWrite(deps.access),
    request: { body: { ...json(IngestRequestSchema, 'The articles'), required: true } },
    responses: { 200: json(IngestResponseSchema, 'Each article: its id and whether it was new'), ...writeErrors },
  })
  app.openapi(route, async (c) => {
    const out: { id: string; added: boolean }[] = []
    // One at a time: each is read and analysed before the next, so a bad article names itself.
    for (const input of c.req.valid('json').articles) {
      const { doc, raw, source } = await readArticle(input, { allowPrivate: deps.allowPrivateUrls })
      const analysis = deps.analyzer.analyze(doc)
      const put = await deps.store.putAnalysis(analysis, { raw, source, pipelineVersion: deps.pipelineVersion })
      out.push({ id: put.articleId, added: put.added })
    }
    return c.json({ articles: out }, 200)
  })
}
