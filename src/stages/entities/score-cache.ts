/*
 * Scores the tagger (tagger.ts) works out once and reads many times, kept in one Float64Array as
 * rows of one score per label, each found by where it starts. A typed array per row (as first
 * written) put every row of nine scores in a separate allocation outside the JavaScript heap,
 * so each read went through a pointer to scattered memory; one array keeps a word's rows
 * side by side and costs no allocation once it has grown.
 */

/** The scores kept for a model with `n` labels, and where each is. */
export interface ScoreCache {
  readonly n: number
  /** The rows, grown by doubling; numbers from `used` on are free. */
  data: Float64Array
  used: number
  /** How many word blocks (see `BLOCK`) have been taken since the cache was last emptied. */
  words: number
  /**
   * Which filling of the cache this is: a word's facts (features.ts) note where its blocks are
   * along with this, and a note made before the cache was emptied, or for another model's
   * cache, is not believed. One look at the facts replaces a lookup by word.
   */
  filling: object
  /** Where the row of label scores for `(shouting, prev2, prev1)` starts, or -1 before it is needed. */
  readonly byLabels: Int32Array
  /** Where the row of tag scores for `(before, tag, after)` starts, or -1 before it is needed. */
  readonly byTags: Int32Array
  /** Each tag's number in `byTags`, given as first met. */
  readonly tagNumbers: Map<string, number>
  /**
   * Room the tagger reuses for every sentence: the scores of the word at hand and where each
   * word's block starts, grown for a longer sentence. A typed array longer than 64 bytes is
   * allocated outside the heap, which costs more than the sentence's arithmetic.
   */
  readonly scores: Float64Array
  blocks: Int32Array
}

/**
 * The rows of a word's block, each `n` long, then two places: its own features' scores, what it
 * gives the next word (`p1`, `ps1`), the one after (`p2`), the word before (`n1`, `ns1`) and the
 * one before that (`n2`); room for the row of its scores with the first previous label met
 * (nearly always `O`); `n + 1` places holding where the row of its scores with each previous
 * label (the start last) starts, or -1 before it is needed; and which rows hold a score other
 * than 0 (bit `r` for row `r`), since most words give their neighbours nothing and a row
 * skipped is memory not read.
 */
export const BLOCK = {
  own: 0,
  toNext: 1,
  toAfterNext: 2,
  toPrevious: 3,
  toBeforePrevious: 4,
  firstPrevious: 5,
  byPrevious: 6,
}

/** How many numbers a word's block takes for a model with `n` labels. */
export const blockSize = (n: number): number => BLOCK.byPrevious * n + n + 2

/** Where in a block the bits saying which rows hold a score other than 0 are. */
export const rowsUsedAt = (n: number): number => BLOCK.byPrevious * n + n + 1

/** Tags `byTags` can number: UPOS has 17, with `<s>` and `</s>` and one to spare. */
export const TAG_ROOM = 20

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const WORDS = 50_000

/** An empty cache for a model with `n` labels. */
export function createScoreCache(n: number): ScoreCache {
  return {
    n,
    data: new Float64Array(1 << 16),
    used: 0,
    words: 0,
    filling: {},
    byLabels: new Int32Array(2 * (n + 1) * (n + 1)).fill(-1),
    byTags: new Int32Array(TAG_ROOM ** 3).fill(-1),
    tagNumbers: new Map(),
    scores: new Float64Array(n),
    blocks: new Int32Array(256),
  }
}

/** Takes `size` numbers, zeroed, growing the array when full; returns where they start. */
export function take(cache: ScoreCache, size: number): number {
  const at = cache.used
  if (at + size > cache.data.length) {
    let length = cache.data.length * 2
    while (at + size > length) length *= 2
    const grown = new Float64Array(length)
    grown.set(cache.data.subarray(0, at))
    cache.data = grown
  }
  cache.used = at + size
  return at
}

/**
 * Empties the cache when `coming` more words could take it past its size, so that no place
 * handed out during a sentence is taken back before the sentence ends.
 */
export function makeRoom(cache: ScoreCache, coming: number): void {
  if (cache.words + coming < WORDS) return
  cache.words = 0
  cache.filling = {}
  cache.byLabels.fill(-1)
  cache.byTags.fill(-1)
  cache.data.fill(0, 0, cache.used)
  cache.used = 0
}
