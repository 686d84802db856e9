import clusters from './data/word-clusters.json' with { type: 'json' }

/*
 * Classes of English words used alike, learned from GloVe word vectors over Wikipedia and
 * newswire (scripts/build-word-clusters.ts). The taggers are trained on a few hundred articles;
 * a word's class carries what they learned about the words they saw to the words they did not
 * (`insisted` beside `said`, `Mosul` beside `Baghdad`).
 *
 * Each word has a path of three class numbers, fine to coarse, as a Brown cluster has bit
 * prefixes: a feature at the fine level is precise, one at the coarse level is seen often.
 */

interface ClusterFile {
  readonly levels: readonly number[]
  readonly mid: readonly number[]
  readonly coarse: readonly number[]
  readonly members: readonly (readonly string[])[]
}

/** A word's class at each level, fine to coarse, as numbers below 1024, 256 and 64. */
export interface WordClass {
  readonly fine: number
  readonly mid: number
  readonly coarse: number
}

let classes: Map<string, WordClass> | undefined

/** The class of a word (any case), or undefined for a word outside the 200,000 known. */
export function wordClass(word: string): WordClass | undefined {
  classes ??= classesByWord(clusters as ClusterFile)
  return classes.get(word.toLowerCase())
}

function classesByWord(file: ClusterFile): Map<string, WordClass> {
  const byWord = new Map<string, WordClass>()
  file.members.forEach((words, fine) => {
    const mid = file.mid[fine] ?? 0
    // One object per class, shared by its words, rather than one per word.
    const path: WordClass = { fine, mid, coarse: file.coarse[mid] ?? 0 }
    for (const word of words) byWord.set(word, path)
  })
  return byWord
}
