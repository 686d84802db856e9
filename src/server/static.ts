import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Env, Hono } from 'hono'

/*
 * The web UI: plain ES modules and CSS under `web/`, no build step, plus the few browser
 * libraries it draws maps with, read from node_modules so the page never asks another host.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/**
 * The page may load scripts, styles, data and images from this server alone; article text is
 * never markup, and this is a second wall should that ever slip.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The `web/` folder of this package: next to `src/` and `dist/`. */
export function webRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web')
}

/** The folder of an installed package, found from its entry file (d3 packages do not export package.json). */
function packageDir(pkg: string, entry: string, from: string = import.meta.url): string {
  const file = createRequire(from).resolve(entry)
  const marker = `${sep}node_modules${sep}${pkg}${sep}`
  return file.slice(0, file.lastIndexOf(marker) + marker.length)
}

/** Files of browser libraries the UI loads, by the name it asks for. */
function vendorFiles(): Record<string, string> {
  const geo = packageDir('d3-geo', 'd3-geo')
  const atlas = packageDir('world-atlas', 'world-atlas/countries-110m.json')
  return {
    'd3-array.js': join(packageDir('d3-array', 'd3-array', join(geo, 'package.json')), 'dist/d3-array.min.js'),
    'd3-geo.js': join(geo, 'dist/d3-geo.min.js'),
    'topojson-client.js': join(packageDir('topojson-client', 'topojson-client'), 'dist/topojson-client.min.js'),
    'countries-110m.json': join(atlas, 'countries-110m.json'),
    'countries-50m.json': join(atlas, 'countries-50m.json'),
  }
}

async function fileResponse(path: string): Promise<Response | undefined> {
  try {
    const body = await readFile(path)
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'referrer-policy': 'no-referrer',
      },
    })
  } catch {
    return undefined
  }
}

/** Serves `/` and the files under `web/`, and `/vendor/*` from node_modules. */
export function mountWeb(app: Hono<Env>, root = webRoot()): void {
  const vendor = vendorFiles()
  app.get('/vendor/:file', async (c, next) => {
    const path = vendor[c.req.param('file')]
    const response = path ? await fileResponse(path) : undefined
    return response ?? next()
  })
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next()
    let wanted = 'index.html'
    try {
      if (c.req.path !== '/') wanted = decodeURIComponent(c.req.path.slice(1))
    } catch {
      return next()
    }
    const path = normalize(join(root, wanted))
    // A path that climbs out of web/ (`/../package.json`) is simply not found.
    if (!path.startsWith(root + sep) || !TYPES[extname(path)]) return next()
    return (await fileResponse(path)) ?? next()
  })
}
