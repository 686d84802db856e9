import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { placeKey } from './place-key.js'

/** One populated place of GeoNames cities500. */
export interface City {
  readonly geonameId: number
  readonly lat: number
  readonly lon: number
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  readonly population: number
  /**
   * GeoNames feature code: `PPLC` capital, `PPLA` seat of a first-order division, `PPL`; `ADM1`
   * for a first-order division (`Florida`, `Idlib Governorate`).
   */
  readonly featureCode: string
  /** Rough half-size in degrees, for a division; 0 for a city. */
  readonly extent: number
  /** True when the name matched only one of its alternate names. */
  readonly alternate: boolean
}

/** Looks up populated places by name; built once by `loadCityIndex`. */
export interface CityIndex {
  readonly size: number
  /** Every place the name may stand for, most populous first. */
  lookup(name: string): readonly City[]
}

const FILE = 'cities500.tsv.gz'

/** Beside this file in src/ (tests, tsx) and in dist/, where `npm run build` copies the data folder. */
function dataPath(): string {
  return fileURLToPath(new URL(`./data/${FILE}`, import.meta.url))
}

/**
 * Loads the index built by scripts/build-places.ts. The file stays one string: records are
 * parsed only when a lookup returns them, and the name index is searched by halves over line
 * offsets, so 200,000 places and 500,000 names cost about the unpacked file (17 MB) and the
 * load is mostly the unzip.
 */
export function loadCityIndex(path: string = dataPath()): CityIndex {
  const text = gunzipSync(readFileSync(path)).toString('latin1')
  const split = text.indexOf('\n\n')
  const recordStarts = lineOffsets(text, 0, split + 1)
  const lineStarts = lineOffsets(text, split + 2, text.length)

  const keyAt = (i: number): string => {
    const s = lineStarts[i] as number
    return text.slice(s, text.indexOf('\t', s))
  }

  const record = (r: number, alternate: boolean): City => {
    const s = recordStarts[r] as number
    const [id = '0', lat = '0', lon = '0', country = '', population = '0', code = ''] = text
      .slice(s, text.indexOf('\n', s))
      .split('\t')
    const division = code.startsWith('ADM1:')
    return {
      geonameId: Number(id),
      lat: Number(lat),
      lon: Number(lon),
      country,
      population: Number(population),
      featureCode: division ? 'ADM1' : code,
      extent: division ? Number(code.slice(5)) : 0,
      alternate,
    }
  }

  // The same names (capitals, the article's own places) come back article after article, and
  // parsing their records again was most of the places stage's time.
  const known = new Map<string, readonly City[]>()
  const lookup = (name: string): readonly City[] => {
    let cities = known.get(name)
    if (cities === undefined) {
      if (known.size >= KNOWN_NAMES) known.clear()
      cities = search(name)
      known.set(name, cities)
    }
    return cities
  }

  const search = (name: string): City[] => {
    const key = placeKey(name)
    if (!key) return []
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const k = keyAt(mid)
      if (k < key) lo = mid + 1
      else if (k > key) hi = mid - 1
      else {
        const s = lineStarts[mid] as number
        return text
          .slice(s + k.length + 1, text.indexOf('\n', s))
          .split(',')
          .map((v) => record(Number(v) >> 1, (Number(v) & 1) === 1))
          .sort((a, b) => b.population - a.population)
      }
    }
    return []
  }

  return { size: recordStarts.length, lookup }
}

/* Enough for the place names of many articles; cleared when full rather than tracked. */
const KNOWN_NAMES = 20_000

/** The start offset of every line in `text[from, to)`. */
function lineOffsets(text: string, from: number, to: number): Int32Array {
  const starts: number[] = []
  for (let p = from; p < to; ) {
    starts.push(p)
    const nl = text.indexOf('\n', p)
    p = nl < 0 || nl >= to ? to : nl + 1
  }
  return Int32Array.from(starts)
}
