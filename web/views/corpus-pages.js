import { all, get } from '../lib/api.js'
import { h, link, plural, svgLink } from '../lib/dom.js'
import { claimText } from '../lib/spoken.js'
import { eventLine, timeText } from './claims.js'
import { drawGraph } from './graph.js'
import { drawMap } from './map.js'

/*
 * The corpus at a glance: events on a timeline and a map, and who reports what about whom.
 */

const DAY = 86_400_000

/** A corpus time as a moment to place on the axis: `before:` bounds at their bound, weeks at their Monday. */
function moment(time) {
  const t = String(time).replace(/^before:/, '')
  const week = /^(\d{4})-W(\d{2})/.exec(t)
  if (week) return Date.UTC(Number(week[1]), 0, 1) + (Number(week[2]) - 1) * 7 * DAY
  if (/^\d{4}$/.test(t)) return Date.parse(`${t}-07-01`)
  if (/^\d{4}-\d{2}$/.test(t)) return Date.parse(`${t}-15`)
  return Date.parse(t.slice(0, 10))
}

function eventLabel(e) {
  const what = e.mode ?? e.type.toLowerCase()
  const whom = e.targets?.[0]?.text
  return whom ? `${what}: ${whom}` : what
}

/** `#/timeline`: every event with a known time, in order. */
export async function timelinePage() {
  const events = (await all('/api/events', {}, 1000)).filter((e) => e.time && !Number.isNaN(moment(e.time)))
  events.sort((a, b) => moment(a.time) - moment(b.time))
  const page = h('div', {}, h('h1', { text: 'Timeline of events' }))
  if (!events.length) {
    page.append(h('p', { class: 'muted', text: 'No event has a known time yet.' }))
    return page
  }
  const times = events.map((e) => moment(e.time))
  const first = Math.min(...times)
  const last = Math.max(...times)
  const span = Math.max(last - first, DAY)
  const width = 900
  const rowHeight = 26
  const height = 40 + events.length * rowHeight
  const x = (t) => 40 + ((t - first) / span) * (width - 80)
  const svg = h(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': 'Events over time' },
    h('line', { x1: 40, y1: 20, x2: width - 40, y2: 20, class: 'axis' }),
    h('text', { x: 40, y: 14, class: 'tick', text: timeText(events[0].time) }),
    h('text', { x: width - 40, y: 14, class: 'tick', 'text-anchor': 'end', text: timeText(events.at(-1).time) }),
  )
  events.forEach((e, i) => {
    const y = 40 + i * rowHeight
    const cx = x(times[i])
    const a = svgLink(`#/event/${encodeURIComponent(e.id)}`, eventLabel(e))
    a.append(
      h('line', { x1: cx, y1: 20, x2: cx, y2: y, class: 'stem' }),
      h('circle', { cx, cy: y, r: 4 + Math.min(e.articles, 6), class: e.conflicts ? 'dot conflicted' : 'dot' }),
      // Labels of points on the right half read leftwards, so none runs off the drawing.
      h('text', {
        x: cx > width / 2 ? cx - 14 : cx + 14,
        y: y + 4,
        'text-anchor': cx > width / 2 ? 'end' : 'start',
        text: `${timeText(e.time)} ${eventLabel(e)}${e.place ? ` (${e.place.name})` : ''}`,
      }),
      h('title', { text: `${plural(e.articles, 'article')}${e.conflicts ? '; accounts conflict' : ''}` }),
    )
    svg.append(a)
  })
  page.append(
    h('div', { class: 'panel scroll-x' }, svg),
    h('section', { class: 'panel' }, h('ul', {}, events.map(eventLine))),
  )
  return page
}

/** `#/map`: where events happened; bigger points are reported more. */
export async function mapPage() {
  const events = (await all('/api/events', {}, 1000)).filter((e) => e.place?.lat != null && e.place?.lon != null)
  const points = events.map((e) => ({
    lat: e.place.lat,
    lon: e.place.lon,
    label: eventLabel(e),
    kind: e.conflicts ? 'conflict' : 'event',
    r: 4 + Math.min(e.articles * 2, 10),
    href: `#/event/${encodeURIComponent(e.id)}`,
    title: `${eventLabel(e)} in ${e.place.name}${e.time ? ` (${e.time})` : ''}: ${plural(e.articles, 'article')}`,
  }))
  return h(
    'div',
    {},
    h('h1', { text: 'Map of events' }),
    h('p', {
      class: 'muted',
      text: `${plural(points.length, 'event')} with a known place. Select a point to open the event.`,
    }),
    h('div', { class: 'panel' }, drawMap(points, { label: 'Where events happened' })),
    h('section', { class: 'panel' }, h('ul', {}, events.map(eventLine))),
  )
}

/** `#/graph`: sources and the people, bodies and places their claims name, across the corpus. */
export async function graphPage() {
  const entities = (await all('/api/entities', {}, 40)).slice(0, 40)
  const details = await Promise.all(entities.map((e) => fetchEntity(e.id)))
  const nodes = new Map()
  const edges = new Map()
  for (const entity of details.filter(Boolean)) {
    for (const claim of entity.claimsAbout) {
      const label = claim.source.label ?? 'unnamed source'
      const from = claim.source.entity ? `e:${claim.source.entity}` : `s:${label.toLowerCase()}`
      const to = `e:${entity.id}`
      if (from === to) continue
      const kind = claim.source.named === true ? 'named' : claim.source.named === false ? 'anonymous' : 'unclear'
      if (!nodes.has(from)) {
        nodes.set(from, {
          id: from,
          label: label.length > 32 ? `${label.slice(0, 30)}…` : label,
          title: label,
          kind,
          href: claim.source.entity ? `#/entity/${encodeURIComponent(claim.source.entity)}` : undefined,
        })
      }
      nodes.set(to, {
        id: to,
        label: entity.name,
        kind: 'entity',
        type: entity.type,
        href: `#/entity/${encodeURIComponent(entity.id)}`,
      })
      const edge = edges.get(`${from}>${to}`) ?? { from, to, weight: 0, title: '' }
      edge.weight++
      edge.title = `${label} ${claim.cue}: ${claimText(claim) ?? ''}`
      edges.set(`${from}>${to}`, edge)
    }
  }
  return h(
    'div',
    {},
    h('h1', { text: 'Who reports what about whom' }),
    h('p', { class: 'muted' }, 'Across the corpus. Open an ', link('#/search', 'article'), ' for its own graph.'),
    h(
      'div',
      { class: 'panel' },
      drawGraph([...nodes.values()], [...edges.values()], { height: 640, label: 'Sources and whom their claims name' }),
    ),
  )
}

function fetchEntity(id) {
  return get(`/api/entities/${encodeURIComponent(id)}`).catch(() => null)
}
