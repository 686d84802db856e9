import {
  END,
  labelFeaturesOf,
  labelWordFeaturesOf,
  pairFeaturesOf,
  posFeaturesOf,
  type SentenceView,
  START,
  toAfterNextOf,
  toBeforePreviousOf,
  toNextOf,
  toPreviousOf,
  type WordFacts,
  wordFeaturesOf,
} from './features.js'
import { type Label, type Model, score } from './model.js'
import { BLOCK, blockSize, makeRoom, rowsUsedAt, TAG_ROOM, take } from './score-cache.js'
import type { Word } from './words.js'

/*
 * The tagger scores every feature of a word, as training defines them (features.ts), but most
 * come from scores worked out once (score-cache.ts): a word's own features and what it gives its
 * neighbours by word, the features of the previous labels by those labels, of a word with the
 * previous label by both, of tags by the three tags around a word. Only word pairs, gazetteer
 * tags, the article's memory and the like are looked up in the model each time. Each feature
 * still counts once: this only groups the sum, and such sums are exact in any order (`score`).
 */

/** Where the block of a word's scores starts (score-cache.ts), worked out on its first use. */
function blockOf(model: Model, view: SentenceView, i: number): number {
  const { cache } = model
  const n = cache.n
  const facts = view.facts[i] as WordFacts
  if (facts.blocksOf !== cache.filling) {
    facts.blocksOf = cache.filling
    facts.block = -1
    facts.shoutedBlock = -1
  }
  const known = view.shouting ? facts.shoutedBlock : facts.block
  if (known >= 0) return known
  const at = take(cache, blockSize(n))
  cache.words++
  const own = wordFeaturesOf(view, i)
  const data = cache.data
  score(model, own, data, own.length, at + BLOCK.own * n)
  score(model, toNextOf(facts), data, undefined, at + BLOCK.toNext * n)
  score(model, toAfterNextOf(facts), data, undefined, at + BLOCK.toAfterNext * n)
  score(model, toPreviousOf(facts), data, undefined, at + BLOCK.toPrevious * n)
  score(model, toBeforePreviousOf(facts), data, undefined, at + BLOCK.toBeforePrevious * n)
  data.fill(-1, at + BLOCK.byPrevious * n, at + BLOCK.byPrevious * n + n + 1)
  let used = 0
  for (let row = BLOCK.own; row <= BLOCK.toBeforePrevious; row++) {
    for (let k = 0; k < n; k++) {
      if (data[at + row * n + k] !== 0) {
        used |= 1 << row
        break
      }
    }
  }
  data[at + rowsUsedAt(n)] = used
  if (view.shouting) facts.shoutedBlock = at
  else facts.block = at
  return at
}

/** A new row holding the scores of the first `count` of `model.features`; where it starts. */
function rowOf(model: Model, count: number): number {
  const at = take(model.cache, model.cache.n)
  score(model, model.features, model.cache.data, count, at)
  return at
}

/** The number of a part-of-speech tag (or `<s>`, `</s>`) in the cache's `byTags`, given as first met. */
function tagNumber(model: Model, tag: string): number {
  const numbers = model.cache.tagNumbers
  let known = numbers.get(tag)
  if (known === undefined) {
    known = numbers.size
    numbers.set(tag, known)
  }
  return known
}

/** Adds row `row` of the block at `block` into `scores`, unless the row is all 0 (see `BLOCK`). */
function addRow(scores: Float64Array, data: Float64Array, block: number, row: number, n: number): void {
  if ((data[block + rowsUsedAt(n)] as number) & (1 << row)) addScores(scores, data, block + row * n, n)
}

/** Adds `n` scores from `from` at `at` into `scores`. */
function addScores(scores: Float64Array, from: Float64Array, at: number, n: number): void {
  for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (from[at + k] as number)
}

/** Labels one sentence greedily, left to right, with each label's features seeing the two before. */
export function tagSentence(model: Model, view: SentenceView): Label[] {
  const out: Label[] = []
  const { labels, allowed, features, edges, cache } = model
  const n = labels.length
  const length = view.words.length
  makeRoom(cache, length)
  if (cache.blocks.length < length) cache.blocks = new Int32Array(length * 2)
  const blocks = cache.blocks
  for (let i = 0; i < length; i++) blocks[i] = blockOf(model, view, i)
  const scores = cache.scores
  const shouting = view.shouting ? 1 : 0
  let prev = n
  let prevBefore = n
  let tagBefore = tagNumber(model, START)
  let tag = length > 0 ? tagNumber(model, (view.words[0] as Word).pos) : 0
  for (let i = 0; i < length; i++) {
    const prev1 = i > 0 ? (out[i - 1] as Label) : START
    const prev2 = i > 1 ? (out[i - 2] as Label) : START
    const block = blocks[i] as number
    let data = cache.data
    for (let k = 0; k < n; k++) scores[k] = data[block + k] as number
    // What the neighbours give; past the sentence's ends, what its start and end give.
    if (i > 0) addRow(scores, data, blocks[i - 1] as number, BLOCK.toNext, n)
    else addScores(scores, edges, 0, n)
    if (i > 1) addRow(scores, data, blocks[i - 2] as number, BLOCK.toAfterNext, n)
    else addScores(scores, edges, n, n)
    if (i + 1 < length) addRow(scores, data, blocks[i + 1] as number, BLOCK.toPrevious, n)
    else addScores(scores, edges, 2 * n, n)
    if (i + 2 < length) addRow(scores, data, blocks[i + 2] as number, BLOCK.toBeforePrevious, n)
    else addScores(scores, edges, 3 * n, n)
    const labelSlot = (shouting * (n + 1) + prevBefore) * (n + 1) + prev
    let labelRow = cache.byLabels[labelSlot] as number
    if (labelRow < 0) {
      labelRow = rowOf(model, labelFeaturesOf(prev1, prev2, view.shouting, features))
      cache.byLabels[labelSlot] = labelRow
    }
    const refAt = block + BLOCK.byPrevious * n + prev
    let wordRow = cache.data[refAt] as number
    if (wordRow < 0) {
      const count = labelWordFeaturesOf(prev1, view.facts[i] as WordFacts, features)
      // The first previous label met has its row in the block; others are taken as met.
      const usedAt = block + rowsUsedAt(n)
      const used = cache.data[usedAt] as number
      if (used & (1 << BLOCK.firstPrevious)) wordRow = rowOf(model, count)
      else {
        wordRow = block + BLOCK.firstPrevious * n
        score(model, features, cache.data, count, wordRow)
        cache.data[usedAt] = used | (1 << BLOCK.firstPrevious)
      }
      cache.data[refAt] = wordRow
    }
    const tagAfter = tagNumber(model, i + 1 < length ? (view.words[i + 1] as Word).pos : END)
    // A tag past the room (never met in practice) is scored each time rather than kept.
    const tagSlot =
      tagBefore < TAG_ROOM && tag < TAG_ROOM && tagAfter < TAG_ROOM
        ? (tagBefore * TAG_ROOM + tag) * TAG_ROOM + tagAfter
        : -1
    let tagRow = tagSlot >= 0 ? (cache.byTags[tagSlot] as number) : -1
    if (tagRow < 0) {
      const before = i > 0 ? (view.words[i - 1] as Word).pos : START
      const after = i + 1 < length ? (view.words[i + 1] as Word).pos : END
      tagRow = rowOf(model, posFeaturesOf(before, (view.words[i] as Word).pos, after, features))
      if (tagSlot >= 0) cache.byTags[tagSlot] = tagRow
    }
    // Rows taken above may have grown the array.
    data = cache.data
    addScores(scores, data, labelRow, n)
    addScores(scores, data, wordRow, n)
    addScores(scores, data, tagRow, n)
    score(model, features, scores, pairFeaturesOf(view, i, prev1, features))
    let best = 0
    let bestScore = Number.NEGATIVE_INFINITY
    for (let k = 0; k < n; k++) {
      if (!allowed[prev * n + k]) continue
      if ((scores[k] as number) > bestScore) {
        bestScore = scores[k] as number
        best = k
      }
    }
    out.push(labels[best] as Label)
    prevBefore = prev
    prev = best
    tagBefore = tag
    tag = tagAfter
  }
  return out
}
