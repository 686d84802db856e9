import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A real HTTP server for URL-ingest tests that counts the requests it gets. */
export interface CountingSite {
  readonly server: Server
  readonly host: string
  readonly port: number
  /** `http://host:port`, no trailing slash. */
  readonly base: string
  hits: number
}

/**
 * Starts a server on `host` and a free port; null when the host cannot be bound (127.0.0.2 on a
 * system that routes only 127.0.0.1), so a test can skip and say why. Counting every request lets
 * a test assert that "refused" also means "never asked".
 */
export async function startSite(host: string, handler: RequestListener): Promise<CountingSite | null> {
  const server = createServer()
  let hits = 0
  server.on('request', (request, response) => {
    hits++
    handler(request, response)
  })
  try {
    server.listen(0, host)
    await once(server, 'listening')
  } catch {
    return null
  }
  const port = (server.address() as AddressInfo).port
  return {
    server,
    host,
    port,
    base: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    get hits() {
      return hits
    },
    set hits(n: number) {
      hits = n
    },
  }
}

export function stopSite(site: CountingSite | null): void {
  site?.server.closeAllConnections()
  site?.server.close()
}
