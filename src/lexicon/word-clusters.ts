import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { decodeWordClusters, fineOf, indexOfWord, type WordClusterTable } from './word-clusters-file.js'

/*
 * Classes of English words used alike, learned from GloVe word vectors over Wikipedia and
 * newswire (scripts/build-word-clusters.ts). The taggers are trained on a few hundred articles;
 * a word's class carries what they learned about the words they saw to the words they did not
 * (`insisted` beside `said`, `Mosul` beside `Baghdad`).
 *
 * Each word has a path of three class numbers, fine to coarse, as a Brown cluster has bit
 * prefixes: a feature at the fine level is precise, one at the coarse level is seen often.
 *
 * The words are looked up by binary search in the file's bytes (word-clusters-file.ts) rather than
 * in a Map: about 3 MB outside the heap instead of 19 MB on it. Lookups are not hot: the entity
 * stage caches what it learns of each word (stages/entities/features.ts).
 */

/** A word's class at each level, fine to coarse, as numbers below 1024, 256 and 64. */
export interface WordClass {
  readonly fine: number
  readonly mid: number
  readonly coarse: number
}

interface Loaded {
  readonly table: WordClusterTable
  /** One path per fine class, shared by its words. */
  readonly paths: readonly WordClass[]
}

const FILE = fileURLToPath(new URL('./data/word-clusters.bin', import.meta.url))
const encoder = new TextEncoder()
let loaded: Loaded | undefined

/** The class of a word (any case), or undefined for a word outside the 200,000 known. */
export function wordClass(word: string): WordClass | undefined {
  loaded ??= load(FILE)
  const lower = word.toLowerCase()
  // Every stored word is well-formed; a lone surrogate would encode as U+FFFD and could match one.
  if (/\p{Cs}/u.test(lower)) return undefined
  const index = indexOfWord(loaded.table, encoder.encode(lower))
  return index < 0 ? undefined : loaded.paths[fineOf(loaded.table, index)]
}

function load(file: string): Loaded {
  const table = decodeWordClusters(readFileSync(file))
  const paths = Array.from({ length: table.levels[0] }, (_, fine): WordClass => {
    const mid = table.mid[fine] ?? 0
    return { fine, mid, coarse: table.coarse[mid] ?? 0 }
  })
  return { table, paths }
}
