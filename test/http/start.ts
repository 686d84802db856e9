import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type RunningServer, type ServerOptions, startServer } from '../../src/server/server.js'

/** A real server on a free loopback port over a fresh SQLite file; `stop` removes both. */
export async function startTestServer(options: ServerOptions = {}): Promise<RunningServer & { stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-http-'))
  const server = await startServer({ db: join(dir, 'test.db'), port: 0, host: '127.0.0.1', ...options })
  return {
    ...server,
    async stop() {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field by the assertions that read them.
type Json = any

/** Sends JSON (or a raw string body) and returns the status, headers and parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Json }> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
  }
  const response = await fetch(base + path, init)
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, headers: response.headers, json }
}
