/*
 * The map libraries (d3-array, d3-geo, topojson-client) and the world shapes, loaded from this
 * server's /vendor/ (read from node_modules) on first use: no CDN, no tile server.
 */

let loading

function script(src) {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script')
    el.src = src
    el.onload = resolve
    el.onerror = () => reject(new Error(`could not load ${src}`))
    document.head.append(el)
  })
}

/** `{ d3, topojson, countries }`: the libraries and the world's countries as GeoJSON. */
export function loadGeo() {
  loading ??= (async () => {
    await script('/vendor/d3-array.js')
    await script('/vendor/d3-geo.js')
    await script('/vendor/topojson-client.js')
    const world = await (await fetch('/vendor/countries-110m.json')).json()
    const { d3, topojson } = globalThis
    return { d3, topojson, countries: topojson.feature(world, world.objects.countries) }
  })()
  return loading
}
