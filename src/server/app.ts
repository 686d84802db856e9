import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import type { Analyzer } from '../analyze.js'
import type { Store } from '../store/store.js'
import type { AccessOptions } from './auth.js'
import { ApiError, errorBody, handleError, handleNotFound } from './errors.js'
import { analyzeRoutes } from './routes/analyze.js'
import { articleRoutes } from './routes/articles.js'
import { entityRoutes } from './routes/entities.js'
import { eventRoutes } from './routes/events.js'
import { exportRoutes } from './routes/export.js'
import { ingestRoutes } from './routes/ingest.js'
import { searchRoutes } from './routes/search.js'
import { storyRoutes } from './routes/stories.js'
import { mountWeb } from './static.js'

/*
 * The HTTP API and the web UI in one hono app. Routes are declared with their zod schemas,
 * which validate requests and make the OpenAPI document; the UI is static files beside it.
 */

/** Largest request body: an article's HTML fits in a few hundred KB; ingest batches up to 100 of them. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

/** What the app is built from. */
export interface AppOptions {
  readonly store: Store
  readonly analyzer: Analyzer
  readonly access: AccessOptions
  /** Request bodies over this many bytes get 413. */
  readonly maxBodyBytes?: number
  /** Origins allowed to call the API from a browser; none by default (CORS off). */
  readonly corsOrigins?: readonly string[]
  /** Serve the web UI (default true). */
  readonly web?: boolean
  /** Which pipeline made the analyses stored through this server. */
  readonly pipelineVersion?: string
  /** Let `url` inputs reach private and loopback addresses (refused by default). */
  readonly allowPrivateUrls?: boolean
}

/** What every route file receives. */
export type RouteDeps = Required<
  Pick<AppOptions, 'store' | 'analyzer' | 'access' | 'pipelineVersion' | 'allowPrivateUrls'>
>

/** The app type route files register on. */
export type App = OpenAPIHono

/** Builds the app: API under `/api`, OpenAPI at `/openapi.json`, UI at `/`. */
export function createApp(options: AppOptions): App {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
        throw new ApiError(400, 'http/invalid-request', `${where}${issue?.message ?? 'invalid request'}`)
      }
    },
  })
  app.onError(handleError)
  app.notFound(handleNotFound)

  const maxSize = options.maxBodyBytes ?? MAX_BODY_BYTES
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: (c) => c.json(errorBody('http/payload-too-large', `request body is over ${maxSize} bytes`), 413),
    }),
  )
  if (options.corsOrigins?.length) app.use('/api/*', cors({ origin: [...options.corsOrigins] }))

  const deps: RouteDeps = {
    store: options.store,
    analyzer: options.analyzer,
    access: options.access,
    pipelineVersion: options.pipelineVersion ?? 'unknown',
    allowPrivateUrls: options.allowPrivateUrls ?? false,
  }
  analyzeRoutes(app, deps)
  ingestRoutes(app, deps)
  searchRoutes(app, deps)
  articleRoutes(app, deps)
  entityRoutes(app, deps)
  eventRoutes(app, deps)
  storyRoutes(app, deps)
  exportRoutes(app, deps)

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph',
      version: '1',
      description:
        'Who did what to whom, where and when, and who says so. Writes need `Authorization: Bearer TOKEN`; ' +
        'errors are `{ "error": { "code", "message" } }`; lists page with `limit` and `cursor`.',
    },
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' })

  if (options.web !== false) mountWeb(app)
  return app
}
