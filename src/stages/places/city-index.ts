import { existsSync, readFileSync } from 'node:fs'
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
  lookup(name: string): City[]
}

const FILE = 'cities500.tsv.gz'

/*
 * From src/ (tests, tsx) the data sits beside this file; from dist/ it stays in src/, which is
 * the same three folders up from either.
 */
function dataPath(): string {
  const beside = fileURLToPath(new URL(`./data/${FILE}`, import.meta.url))
  if (existsSync(beside)) return beside
  return fileURLToPath(new URL(`../../../src/stages/places/data/${FILE}`, import.meta.url))
}

/**
 * Loads the index built by scripts/build-places.ts. Records go into typed arrays and the
 * name index stays one string searched by halves, so 200,000 places and 500,000 names cost
 * about the unpacked file (17 MB) rather than a Map of objects.
 */
export function loadCityIndex(path: string = dataPath()): CityIndex {
  const text = gunzipSync(readFileSync(path)).toString('latin1')
  const split = text.indexOf('\n\n')
  const recordCount = countLines(text, 0, split + 1)
  const ids = new Int32Array(recordCount)
  const lats = new Float32Array(recordCount)
  const lons = new Float32Array(recordCount)
  const pops = new Uint32Array(recordCount)
  // Two letters packed in 16 bits and feature codes numbered: 200,000 small strings would
  // cost more than every other column together.
  const countries = new Uint16Array(recordCount)
  const codes = new Uint8Array(recordCount)
  const extents = new Float32Array(recordCount)
  const codeNames: string[] = []
  const codeNumbers = new Map<string, number>()
  let at = 0
  for (let i = 0; i < recordCount; i++) {
    const end = text.indexOf('\n', at)
    const f = text.slice(at, end).split('\t')
    ids[i] = Number(f[0])
    lats[i] = Number(f[1])
    lons[i] = Number(f[2])
    const cc = f[3] ?? ''
    countries[i] = (cc.charCodeAt(0) << 8) | cc.charCodeAt(1)
    pops[i] = Number(f[4])
    let code = f[5] ?? ''
    if (code.startsWith('ADM1:')) {
      extents[i] = Number(code.slice(5))
      code = 'ADM1'
    }
    let number = codeNumbers.get(code)
    if (number === undefined) {
      number = codeNames.length
      codeNames.push(code)
      codeNumbers.set(code, number)
    }
    codes[i] = number
    at = end + 1
  }
  const indexStart = split + 2
  const starts: number[] = []
  for (let p = indexStart; p < text.length; ) {
    starts.push(p)
    const nl = text.indexOf('\n', p)
    p = nl < 0 ? text.length : nl + 1
  }
  const lineStarts = Int32Array.from(starts)

  const keyAt = (i: number): string => {
    const s = lineStarts[i] as number
    return text.slice(s, text.indexOf('\t', s))
  }

  const lookup = (name: string): City[] => {
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
        const values = text.slice(s + k.length + 1, text.indexOf('\n', s)).split(',')
        return values
          .map((v) => {
            const n = Number(v)
            const r = n >> 1
            return {
              geonameId: ids[r] as number,
              lat: Math.round((lats[r] as number) * 1000) / 1000,
              lon: Math.round((lons[r] as number) * 1000) / 1000,
              country: String.fromCharCode((countries[r] as number) >> 8, (countries[r] as number) & 255),
              population: pops[r] as number,
              featureCode: codeNames[codes[r] as number] as string,
              extent: Math.round((extents[r] as number) * 100) / 100,
              alternate: (n & 1) === 1,
            }
          })
          .sort((a, b) => b.population - a.population)
      }
    }
    return []
  }

  return { size: recordCount, lookup }
}

function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) n++
  return n
}
