import type { Command } from 'commander'
import { loadDemo } from '../server/demo.js'
import { startServer } from '../server/server.js'

interface ServeFlags {
  db?: string
  port: string
  host: string
  token?: string
  private?: boolean
  demo?: boolean
  cors?: string[]
  allowPrivate?: boolean
}

/** `newsgraph serve`: the HTTP API and the web UI on one port. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI')
    .option('--db <url>', 'SQLite file or postgres:// URL (default: NEWSGRAPH_DATABASE_URL, else ./newsgraph.db)')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'API token for writes (default: NEWSGRAPH_API_TOKEN); without one the API is read-only')
    .option('--private', 'require the token for reads as well')
    .option('--demo', 'load the demo corpus when the database is empty')
    .option('--cors <origin...>', 'origins allowed to call the API from a browser (default: none)')
    .option('--allow-private', 'let URL inputs reach private and loopback addresses (an intranet)')
    .action(async (flags: ServeFlags) => {
      const token = flags.token || process.env.NEWSGRAPH_API_TOKEN || undefined
      if (flags.private && !token) {
        console.error('newsgraph serve: --private needs a token (--token or NEWSGRAPH_API_TOKEN)')
        process.exitCode = 2
        return
      }
      const port = Number(flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`newsgraph serve: --port ${flags.port} is not a port number (0 to 65535)`)
        process.exitCode = 2
        return
      }
      const server = await startServer({
        db: flags.db ?? null,
        port,
        host: flags.host,
        access: { token, private: flags.private ?? false },
        corsOrigins: flags.cors ?? [],
        allowPrivateUrls: flags.allowPrivate ?? false,
        beforeListen: flags.demo
          ? async (store, analyzer) => {
              const loaded = await loadDemo(store, analyzer)
              if (loaded > 0) console.log(`newsgraph serve: loaded ${loaded} demo articles`)
            }
          : undefined,
      })
      const mode = flags.private ? 'private' : token ? 'read-write with token' : 'read-only API'
      console.log(`newsgraph serve: ${server.url}/ (${mode}; API description at ${server.url}/openapi.json)`)
      const stop = () => {
        void server.close().then(() => process.exit(0))
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
