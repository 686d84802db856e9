/*
 * The binary form of data/word-clusters.bin, written by scripts/build-word-clusters.ts and read by
 * word-clusters.ts. It replaced a JSON file whose parse and 200,000-entry Map held 14 MB of heap
 * (19 MB under tsx) and took 0.15 to 0.4 s to load; read as it lies, the file is one 2 MB buffer,
 * searched in place.
 *
 * Layout, numbers little-endian:
 *   0  'NGWC'            magic
 *   4  u16 version       1
 *   6  u16 × 3           classes at each level, fine to coarse (1024, 256, 64)
 *  12  u32 words         how many words
 *  16  u32 S             bytes of the source note
 *  20  S bytes           the source note, UTF-8
 *      u8 × fine         the mid class of each fine class
 *      u8 × mid          the coarse class of each mid class
 *      u16 × words       the fine class of each word, in the order of the words below
 *      u8 × words        the length in bytes of each word
 *      words             the words in UTF-8, one after another, sorted by their bytes
 *
 * Words are sorted by their UTF-8 bytes, so a word is found by binary search on its bytes alone.
 * Lengths rather than line breaks mark where words end: reading sums 200,000 of them, where
 * finding 200,000 line breaks in 1.5 MB took several times as long. Only well-formed words of at
 * most 255 bytes can be stored; `encodeWordClusters` checks.
 */

const MAGIC = 'NGWC'
const VERSION = 1
const HEADER = 20
const MAX_WORD_BYTES = 0xff

/** Word classes as the build makes them: the words of each fine class and the parents of each class. */
export interface WordClusterSource {
  readonly source: string
  /** How many classes at each level, fine to coarse. */
  readonly levels: readonly [number, number, number]
  /** The mid class of each fine class. */
  readonly mid: readonly number[]
  /** The coarse class of each mid class. */
  readonly coarse: readonly number[]
  /** The words of each fine class. */
  readonly members: readonly (readonly string[])[]
}

/** The read file: views into its bytes, searched in place. */
export interface WordClusterTable {
  readonly source: string
  readonly levels: readonly [number, number, number]
  readonly mid: Uint8Array
  readonly coarse: Uint8Array
  /** How many words. */
  readonly size: number
  /** The sorted words, one after another. */
  readonly words: Uint8Array
  /** Where each word starts in `words`, and after the last one where the bytes end: size + 1 entries. */
  readonly starts: Uint32Array
  /** The fine classes, two bytes a word: read with `fineOf`. */
  readonly fine: DataView
}

/** The fine class of the word at `index` in the sorted words. */
export function fineOf(table: WordClusterTable, index: number): number {
  return table.fine.getUint16(index * 2, true)
}

/** The bytes of the file for these classes. Throws on a word that cannot be stored or a class out of range. */
export function encodeWordClusters(clusters: WordClusterSource): Uint8Array {
  const [fineCount, midCount, coarseCount] = clusters.levels
  // Fine classes are stored in two bytes, mid and coarse ones in one.
  if (fineCount > 0x10000 || midCount > 0x100 || coarseCount > 0x100) {
    throw new Error(`word-clusters: ${clusters.levels.join(', ')} classes do not fit in 2, 1 and 1 bytes`)
  }
  checkLength('members', clusters.members.length, fineCount)
  checkLength('mid', clusters.mid.length, fineCount)
  checkLength('coarse', clusters.coarse.length, midCount)
  for (const [i, m] of clusters.mid.entries()) checkClass(`the mid class of fine class ${i}`, m, midCount)
  for (const [i, c] of clusters.coarse.entries()) checkClass(`the coarse class of mid class ${i}`, c, coarseCount)

  const encoder = new TextEncoder()
  const entries: { bytes: Uint8Array; fine: number }[] = []
  const seen = new Set<string>()
  clusters.members.forEach((words, fine) => {
    for (const word of words) {
      if (seen.has(word)) throw new Error(`word-clusters: "${word}" is in two classes`)
      const bytes = encoder.encode(word)
      if (/\p{Cs}/u.test(word) || bytes.length > MAX_WORD_BYTES) {
        throw new Error(`word-clusters: cannot store ${JSON.stringify(word)}`)
      }
      seen.add(word)
      entries.push({ bytes, fine })
    }
  })
  entries.sort((a, b) => compareBytes(a.bytes, 0, a.bytes.length, b.bytes, 0, b.bytes.length))

  const source = encoder.encode(clusters.source)
  const wordBytes = entries.reduce((sum, e) => sum + e.bytes.length, 0)
  const finesAt = HEADER + source.length + fineCount + midCount
  const lengthsAt = finesAt + entries.length * 2
  const wordsAt = lengthsAt + entries.length
  const out = new Uint8Array(wordsAt + wordBytes)
  const view = new DataView(out.buffer)
  out.set(encoder.encode(MAGIC), 0)
  view.setUint16(4, VERSION, true)
  for (const [level, count] of clusters.levels.entries()) view.setUint16(6 + level * 2, count, true)
  view.setUint32(12, entries.length, true)
  view.setUint32(16, source.length, true)
  out.set(source, HEADER)
  out.set(clusters.mid, HEADER + source.length)
  out.set(clusters.coarse, HEADER + source.length + fineCount)
  let at = wordsAt
  entries.forEach((entry, i) => {
    view.setUint16(finesAt + i * 2, entry.fine, true)
    out[lengthsAt + i] = entry.bytes.length
    out.set(entry.bytes, at)
    at += entry.bytes.length
  })
  return out
}

/** The table in a file's bytes, as views into them (no copy). Throws on bytes of another format. */
export function decodeWordClusters(bytes: Uint8Array): WordClusterTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const magic = new TextDecoder().decode(bytes.subarray(0, 4))
  if (bytes.length < HEADER || magic !== MAGIC || view.getUint16(4, true) !== VERSION) {
    throw new Error(`word-clusters: not a version ${VERSION} ${MAGIC} file`)
  }
  const levels = [view.getUint16(6, true), view.getUint16(8, true), view.getUint16(10, true)] as const
  const size = view.getUint32(12, true)
  const sourceLength = view.getUint32(16, true)
  const source = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + sourceLength))
  const midAt = HEADER + sourceLength
  const coarseAt = midAt + levels[0]
  const finesAt = coarseAt + levels[1]
  const lengthsAt = finesAt + size * 2
  const wordsAt = lengthsAt + size
  const words = bytes.subarray(wordsAt)
  const starts = new Uint32Array(size + 1)
  let end = 0
  for (let i = 0; i < size; i++) {
    end += bytes[lengthsAt + i] ?? 0
    starts[i + 1] = end
  }
  if (wordsAt > bytes.length || end !== words.length) {
    throw new Error(`word-clusters: ${size} words should take ${end} bytes, not ${words.length}`)
  }
  return {
    source,
    levels,
    mid: bytes.subarray(midAt, coarseAt),
    coarse: bytes.subarray(coarseAt, finesAt),
    size,
    words,
    starts,
    fine: new DataView(bytes.buffer, bytes.byteOffset + finesAt, size * 2),
  }
}

/** The index of `word` (as UTF-8 bytes) in the sorted words, or -1. */
export function indexOfWord(table: WordClusterTable, word: Uint8Array): number {
  let low = 0
  let high = table.size - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const start = table.starts[middle] ?? 0
    const end = table.starts[middle + 1] ?? 0
    const order = compareBytes(table.words, start, end, word, 0, word.length)
    if (order === 0) return middle
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return -1
}

function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number) {
  const length = Math.min(aEnd - aStart, bEnd - bStart)
  for (let i = 0; i < length; i++) {
    const diff = (a[aStart + i] ?? 0) - (b[bStart + i] ?? 0)
    if (diff !== 0) return diff
  }
  return aEnd - aStart - (bEnd - bStart)
}

function checkLength(what: string, length: number, expected: number) {
  if (length !== expected) throw new Error(`word-clusters: ${length} ${what} entries, expected ${expected}`)
}

function checkClass(what: string, value: number, count: number) {
  if (!Number.isInteger(value) || value < 0 || value >= count) {
    throw new Error(`word-clusters: ${what} is ${value}, not a class below ${count}`)
  }
}
