/*
 * The UI speaks to the server over HTTP alone. A token, when the server wants one, is kept
 * for the browser tab only (sessionStorage) and sent as a bearer token.
 */

const TOKEN_KEY = 'newsgraph-token'

/** The token for this tab, or null. */
export function token() {
  return sessionStorage.getItem(TOKEN_KEY)
}

/** Sets or clears the token for this tab. */
export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value)
  else sessionStorage.removeItem(TOKEN_KEY)
}

/** An API failure with the server's code and message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

async function call(method, path, body) {
  const headers = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const t = token()
  if (t) headers.authorization = `Bearer ${t}`
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const data = await response.json().catch(() => null)
  if (!response.ok) {
    const error = data?.error ?? {}
    throw new ApiError(response.status, error.code ?? 'http/error', error.message ?? `HTTP ${response.status}`)
  }
  return data
}

/** GET an API path with query parameters; empty values are left out. */
export function get(path, query = {}) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, value)
  const qs = params.toString()
  return call('GET', qs ? `${path}?${qs}` : path)
}

/** POST JSON to an API path. */
export function post(path, body) {
  return call('POST', path, body)
}

/** Every page of a list, up to `max` items. */
export async function all(path, query = {}, max = 500) {
  const items = []
  let cursor
  do {
    const page = await get(path, { ...query, limit: 200, cursor })
    items.push(...page.items)
    cursor = page.next
  } while (cursor && items.length < max)
  return items
}
