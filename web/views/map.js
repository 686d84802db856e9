import { h, notice, replace, svgLink } from '../lib/dom.js'
import { loadGeo } from '../lib/vendor.js'

/*
 * Maps drawn offline: Natural Earth country shapes from world-atlas, projected with d3-geo.
 * Points are events (where they happened) or places an article names.
 */

/**
 * A map of points `{ lat, lon, label, kind, r?, href?, title?, quiet? }`, fitted to `fit` (the
 * points, unless told) with room around them, else the world. Quiet points have no label.
 */
export function drawMap(points, { width = 900, height = 460, label = 'Map', fit = points } = {}) {
  const holder = h('div', { class: 'map-holder' }, notice('Drawing the map…'))
  loadGeo()
    .then(({ d3, countries }) => replace(holder, mapSvg(d3, countries, points, fit, width, height, label)))
    .catch((error) => replace(holder, notice(`The map could not be drawn: ${error.message}`, 'error')))
  return holder
}

function mapSvg(d3, countries, points, fit, width, height, label) {
  const projection = d3.geoNaturalEarth1()
  if (fit.length) {
    const lons = fit.map((p) => p.lon)
    const lats = fit.map((p) => p.lat)
    const pad = 12
    const box = {
      type: 'MultiPoint',
      coordinates: [
        [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad)],
        [Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)],
      ],
    }
    projection.fitExtent(
      [
        [10, 10],
        [width - 10, height - 10],
      ],
      box,
    )
  } else {
    projection.fitSize([width, height], { type: 'Sphere' })
  }
  const path = d3.geoPath(projection)
  const svg = h(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img', 'aria-label': label },
    h('path', { d: path({ type: 'Sphere' }), class: 'sea' }),
    countries.features.map((f) =>
      h('path', { d: path(f), class: 'land' }, h('title', { text: f.properties?.name ?? '' })),
    ),
  )
  const placed = []
  for (const p of [...points].sort((a, b) => (b.r ?? 5) - (a.r ?? 5))) {
    const xy = projection([p.lon, p.lat])
    if (!xy) continue
    const r = p.r ?? 5
    // Labels of nearby points step down until they clear the ones already drawn.
    let dy = 4
    while (placed.some(([x, y]) => Math.abs(x - xy[0]) < 160 && Math.abs(y - (xy[1] + dy)) < 14)) dy += 14
    if (!p.quiet) placed.push([xy[0], xy[1] + dy])
    const g = h(
      'g',
      { class: `pin pin-${p.kind ?? 'place'}`, transform: `translate(${xy[0]},${xy[1]})` },
      h('circle', { r }),
      p.quiet ? null : h('text', { x: r + 4, y: dy, text: p.label }),
      h('title', { text: p.title ?? p.label }),
    )
    svg.append(p.href ? svgLink(p.href, p.title ?? p.label, g) : g)
  }
  return svg
}

/** Places named in one article; those where its events happened drawn larger, and the map fitted to them. */
export function placesMap(index) {
  const entities = index.analysis.entities ?? []
  const regions = index.analysis.regions ?? []
  const overlaps = (a, b) => a.start < b.end && b.start < a.end
  const eventEntities = new Set()
  const eventRegions = new Set()
  for (const event of index.analysis.events ?? []) {
    for (const p of event.place ?? []) {
      const id = typeof p === 'string' ? p : p.entity
      if (id) eventEntities.add(id)
      if (typeof p !== 'object' || p.start === undefined) continue
      for (const r of regions) if (overlaps(r.span, p)) eventRegions.add(r)
      for (const e of entities) if (e.mentions.some((m) => overlaps(m, p))) eventEntities.add(e.id)
    }
  }
  const points = []
  for (const e of entities) {
    if (!e.geo) continue
    const isEvent = eventEntities.has(e.id)
    points.push({
      lat: e.geo.lat,
      lon: e.geo.lon,
      label: e.name,
      kind: isEvent ? 'event' : 'place',
      r: isEvent ? 7 : 4,
      title: isEvent ? `${e.name}: where a reported event happened` : e.name,
    })
  }
  for (const r of regions) {
    const isEvent = eventRegions.has(r)
    points.push({ lat: r.lat, lon: r.lon, label: r.span.text, kind: isEvent ? 'event' : 'region', r: isEvent ? 7 : 5 })
  }
  if (!points.length) return h('p', { class: 'muted', text: 'No places with known coordinates.' })
  // A region named twice is one point; the more important drawing of it wins.
  points.sort((a, b) => (b.r ?? 0) - (a.r ?? 0))
  const seen = new Set()
  const unique = points.filter((p) => !seen.has(p.label.toLowerCase()) && seen.add(p.label.toLowerCase()))
  points.length = 0
  points.push(...unique)
  const focus = points.filter((p) => p.kind === 'event')
  // Minor places keep their names for hover only, so the places that matter stay readable.
  for (const p of points) if (focus.length && p.kind !== 'event') p.quiet = true
  return drawMap(points, { label: 'Places named in the article', fit: focus.length ? focus : points })
}
