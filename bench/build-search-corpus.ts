import { createAnalyzer } from '../src/analyze.js'
import { growSearchCorpus, openSearchStore } from './stores.js'

/*
 * Fills the cached search corpus ahead of `npm run bench` (which adds to it only within a time
 * budget): npx tsx bench/build-search-corpus.ts sqlite|postgres [target=10000] [minutes=60]
 */

const engine = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const target = Number(process.argv[3] ?? 10_000)
const minutes = Number(process.argv[4] ?? 60)
const store = await openSearchStore(engine)
if (!store) throw new Error('no PostgreSQL server answers')
const analyzer = await createAnalyzer()
const have = await growSearchCorpus(store, analyzer, target, minutes * 60_000, console.log)
console.log(`${engine} search corpus holds ${have} articles`)
await store.close()
