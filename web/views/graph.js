import { sourceKind, sourceLabel } from '../lib/analysis-index.js'
import { h, svgLink } from '../lib/dom.js'
import { layout } from '../lib/force.js'
import { spokenSpans, spokenText } from '../lib/spoken.js'

/*
 * Who reports what about whom: sources on one side of each edge, the people, bodies and places
 * their claims name on the other. Drawn as SVG with a hand-made force layout.
 */

/**
 * Draws a graph. Nodes: `{ id, label, kind: 'named'|'anonymous'|'unclear'|'entity', type?, href? }`;
 * edges: `{ from, to, weight, title }`.
 */
export function drawGraph(nodes, edges, { width = 900, height = 520, label = 'Graph' } = {}) {
  if (!nodes.length) return h('p', { class: 'muted', text: 'Nothing to draw yet: no claim names anyone.' })
  layout(nodes, edges, width, height)
  const at = new Map(nodes.map((n) => [n.id, n]))
  const svg = h(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img', 'aria-label': label },
    h(
      'defs',
      {},
      h(
        'marker',
        { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' },
        h('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
    edges.map((e) => {
      const a = at.get(e.from)
      const b = at.get(e.to)
      if (!a || !b) return null
      return h(
        'line',
        {
          x1: a.x,
          y1: a.y,
          x2: b.x,
          y2: b.y,
          class: 'edge',
          'stroke-width': Math.min(1 + e.weight, 6),
          'marker-end': 'url(#arrow)',
        },
        h('title', { text: e.title }),
      )
    }),
    nodes.map((n) => {
      const shape = n.kind === 'entity' ? h('circle', { r: 7 }) : h('rect', { x: -7, y: -7, width: 14, height: 14 })
      const g = h(
        'g',
        { class: `node node-${n.kind} ${n.type ? `type-${n.type}` : ''}`, transform: `translate(${n.x},${n.y})` },
        shape,
        h('text', { x: 11, y: 4, text: n.label }),
        h('title', { text: n.title ?? n.label }),
      )
      if (!n.href) return g
      return svgLink(n.href, n.title ?? n.label, g)
    }),
  )
  return h(
    'figure',
    { class: 'graph-figure' },
    svg,
    h(
      'figcaption',
      { class: 'muted small' },
      h('span', { class: 'key key-named' }),
      ' named source ',
      h('span', { class: 'key key-anonymous' }),
      ' anonymous source ',
      h('span', { class: 'key key-unclear' }),
      ' unclear ',
      h('span', { class: 'key key-entity' }),
      ' who or what their claims name; arrows point from a source to what it speaks about.',
    ),
  )
}

/** The graph of one article: each source to the entities named in its claims. */
export function articleGraph(index) {
  const nodes = new Map()
  const edges = new Map()
  const entities = index.analysis.entities ?? []
  for (const a of index.analysis.attributions ?? []) {
    if (!a.content) continue
    const label = sourceLabel(index, a)
    const from = a.source.id ?? a.source.entity ?? `label:${label.toLowerCase()}`
    // Names in the writer's interruption of a quote (`said X, a farmer`) are not what the source spoke of.
    const said = spokenSpans(a)
    const named = entities.filter((e) => e.mentions.some((m) => said.some((s) => m.start >= s.start && m.end <= s.end)))
    if (!named.length) continue
    if (!nodes.has(from)) nodes.set(from, { id: from, label: short(label), title: label, kind: sourceKind(index, a) })
    for (const e of named) {
      if (e.id === a.source.entity) continue
      const corpus = index.entityLinks[e.id]
      nodes.set(`e:${e.id}`, {
        id: `e:${e.id}`,
        label: e.name,
        kind: 'entity',
        type: e.type,
        href: corpus ? `#/entity/${encodeURIComponent(corpus)}` : undefined,
      })
      const key = `${from}>${e.id}`
      const edge = edges.get(key) ?? { from, to: `e:${e.id}`, weight: 0, title: '' }
      edge.weight++
      edge.title = `${label} ${a.cue.text}: ${spokenText(a)}`
      edges.set(key, edge)
    }
  }
  return drawGraph([...nodes.values()], [...edges.values()], { label: 'Sources and whom their claims name' })
}

function short(text) {
  return text.length > 32 ? `${text.slice(0, 30)}…` : text
}
