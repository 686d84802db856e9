import type { Store } from '../store/store.js'
import { allPages } from './all-pages.js'

/*
 * Events with a located place as a GeoJSON FeatureCollection (RFC 7946: longitude first),
 * streamed one feature at a time so that a large corpus never sits in memory.
 */

/** The FeatureCollection, in pieces to be written one after another. */
export async function* exportGeojson(store: Store): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n'
  let first = true
  for await (const event of allPages((o) => store.listEvents(o))) {
    const place = event.place
    if (!place || place.lat === null || place.lon === null) continue
    const feature = {
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        type: event.type,
        mode: event.mode,
        time: event.time,
        place: place.name,
        country: place.country,
        actors: event.actors.map((a) => a.text),
        targets: event.targets.map((a) => a.text),
        articles: event.articles,
        independentReports: event.independentReports,
        independentSources: event.independentSources,
        conflicts: event.conflicts,
        story: event.story,
      },
    }
    yield `${first ? '' : ',\n'}${JSON.stringify(feature)}`
    first = false
  }
  yield '\n]}\n'
}
