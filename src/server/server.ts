import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { createAnalyzer } from '../analyze.js'
import { openStore, type Store } from '../store/store.js'
import { type AppOptions, createApp } from './app.js'
import { analyzerVersion } from './demo.js'

/*
 * Starts the app on a socket: opens the store, prepares the pipeline once, listens, and closes
 * all three in order. The CLI's `serve` and the HTTP and browser tests start it the same way.
 */

/** Where to listen and what to serve. */
export interface ServerOptions extends Partial<Omit<AppOptions, 'store' | 'analyzer'>> {
  /** A SQLite path or a postgres:// URL; `openStore` picks the default when absent. */
  readonly db?: string | null
  /** An open store to use instead of `db`; it is not closed by `close()`. */
  readonly store?: Store
  /** 0 picks a free port. */
  readonly port?: number
  readonly host?: string
  /** Runs once the store is open and before listening: the demo corpus is loaded here. */
  readonly beforeListen?: (store: Store, app: AppOptions['analyzer']) => Promise<void>
}

/** A listening server. */
export interface RunningServer {
  /** `http://127.0.0.1:8080`. */
  readonly url: string
  readonly store: Store
  close(): Promise<void>
}

/** Opens the store, prepares the pipeline and listens; resolves once the port is bound. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ownStore = !options.store
  const store = options.store ?? (await openStore(options.db))
  const analyzer = await createAnalyzer()
  await options.beforeListen?.(store, analyzer)
  const app = createApp({
    pipelineVersion: analyzerVersion(analyzer),
    ...options,
    store,
    analyzer,
    access: options.access ?? {},
  })
  const server = createAdaptorServer({ fetch: app.fetch }) as Server
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shown = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shown}:${port}`,
    store,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (ownStore) await store.close()
    },
  }
}
