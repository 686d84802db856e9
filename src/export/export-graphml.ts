import type { Store } from '../store/store.js'
import { allPages } from './all-pages.js'

/*
 * Entities and sources as GraphML for Gephi: a node per corpus entity and per anonymous source
 * (grouped by label), edges for claims about, relays through, and events between them.
 */

/** Text escaped for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`)
}

const KEYS = [
  ['label', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['type', 'node', 'string'],
  ['articles', 'node', 'int'],
  ['mentions', 'node', 'int'],
  ['lat', 'node', 'double'],
  ['lon', 'node', 'double'],
  ['relation', 'edge', 'string'],
  ['event_type', 'edge', 'string'],
  ['weight', 'edge', 'double'],
] as const

function data(key: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : `<data key="${key}">${xmlEscape(String(value))}</data>`
}

/** The GraphML document, in pieces. */
export async function* exportGraphml(store: Store): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
  for (const [id, on, type] of KEYS) yield `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>\n`
  yield '  <graph id="newsgraph" edgedefault="directed">\n'
  const nodes = new Set<string>()
  for await (const e of allPages((o) => store.listEntities(o))) {
    nodes.add(e.id)
    yield `    <node id="${xmlEscape(e.id)}">${data('label', e.name)}${data('kind', 'entity')}${data('type', e.type)}${data('articles', e.articles)}${data('mentions', e.mentions)}${data('lat', e.geo?.lat)}${data('lon', e.geo?.lon)}</node>\n`
  }
  const links = await store.listEntityLinks()
  for (const link of links) {
    if (nodes.has(link.from) || !link.from.startsWith('anonymous:')) continue
    nodes.add(link.from)
    yield `    <node id="${xmlEscape(link.from)}">${data('label', link.from.slice('anonymous:'.length))}${data('kind', 'anonymous source')}</node>\n`
  }
  let n = 0
  for (const link of links) {
    if (!nodes.has(link.from) || !nodes.has(link.to)) continue
    yield `    <edge id="l${n++}" source="${xmlEscape(link.from)}" target="${xmlEscape(link.to)}">${data('relation', link.kind)}${data('event_type', link.label)}${data('weight', link.weight)}</edge>\n`
  }
  yield '  </graph>\n</graphml>\n'
}
