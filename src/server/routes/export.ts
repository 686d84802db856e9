import { createRoute, z } from '@hono/zod-openapi'
import { stream } from 'hono/streaming'
import { EXPORT_FORMATS, type ExportFormat, exportCorpus } from '../../export/index.js'
import type { App, RouteDeps } from '../app.js'
import { requireRead } from '../auth.js'
import { ApiError } from '../errors.js'
import { readErrors } from './common.js'

const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS) })

/** What each format is sent as, and the file name a browser saves it under. */
const FORMATS: Record<ExportFormat, { type: string; file: string }> = {
  jsonl: { type: 'application/x-ndjson', file: 'newsgraph.jsonl' },
  csv: { type: 'text/csv', file: 'newsgraph-events.csv' },
  geojson: { type: 'application/geo+json', file: 'newsgraph-events.geojson' },
  graphml: { type: 'application/graphml+xml', file: 'newsgraph.graphml' },
}

/** GET /api/export?format=: the corpus as `newsgraph export` writes it, streamed. */
export function exportRoutes(app: App, deps: RouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/api/export',
    summary:
      'Export the corpus: jsonl (every analysis, one a line), csv (events), geojson (located events), graphml (who reports what about whom)',
    tags: ['corpus'],
    middleware: requireRead(deps.access),
    request: { query: ExportQuerySchema },
    responses: {
      200: {
        content: Object.fromEntries(Object.values(FORMATS).map((f) => [f.type, { schema: z.string() }])),
        description: 'The export, streamed',
      },
      ...readErrors,
    },
  })
  // A stream is no typed JSON response, so the route is described here and served by a plain handler.
  app.openAPIRegistry.registerPath(route)
  app.get(route.path, requireRead(deps.access), (c) => {
    const query = ExportQuerySchema.safeParse(c.req.query())
    if (!query.success) {
      throw new ApiError(400, 'http/invalid-request', `format: one of ${EXPORT_FORMATS.join(', ')}`)
    }
    const format = FORMATS[query.data.format]
    c.header('content-type', `${format.type}; charset=utf-8`)
    c.header('content-disposition', `attachment; filename="${format.file}"`)
    // The exporters page through the store, so a large corpus is never held in memory at once.
    return stream(c, async (out) => {
      for await (const piece of exportCorpus(deps.store, query.data.format)) await out.write(piece)
    })
  })
}
