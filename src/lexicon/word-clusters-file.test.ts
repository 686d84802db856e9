import { describe, expect, it } from 'vitest'
import {
  decodeWordClusters,
  encodeWordClusters,
  fineOf,
  indexOfWord,
  type WordClusterSource,
} from './word-clusters-file.js'

const clusters: WordClusterSource = {
  source: 'hand-made',
  levels: [3, 2, 1],
  mid: [1, 0, 1],
  coarse: [0, 0],
  members: [
    ['said', 'told'],
    ['Mosul', 'basra', 'é'],
    ['constructor', '__proto__', 'a'],
  ],
}

const fineOfWord = (word: string) => {
  const table = decodeWordClusters(encodeWordClusters(clusters))
  const index = indexOfWord(table, new TextEncoder().encode(word))
  return index < 0 ? undefined : fineOf(table, index)
}

describe('word-clusters file', () => {
  it('reads back the classes it wrote', () => {
    const table = decodeWordClusters(encodeWordClusters(clusters))
    expect(table.source).toBe('hand-made')
    expect(table.levels).toEqual([3, 2, 1])
    expect([...table.mid]).toEqual([1, 0, 1])
    expect([...table.coarse]).toEqual([0, 0])
    expect(table.size).toBe(8)
  })

  it('finds every word in its class and no other string', () => {
    clusters.members.forEach((words, fine) => {
      for (const word of words) expect(fineOfWord(word)).toBe(fine)
    })
    for (const word of ['', 'sai', 'saidx', 'mosul', 'e', 'toString', 'hasOwnProperty']) {
      expect(fineOfWord(word)).toBeUndefined()
    }
  })

  it('reads a file held in part of a larger buffer', () => {
    const bytes = encodeWordClusters(clusters)
    const larger = new Uint8Array(bytes.length + 7)
    larger.set(bytes, 3)
    const table = decodeWordClusters(larger.subarray(3, 3 + bytes.length))
    expect(fineOf(table, indexOfWord(table, new TextEncoder().encode('told')))).toBe(0)
  })

  it('refuses a word in two classes, a lone surrogate or a word over 255 bytes', () => {
    const withWords = (words: string[]) => ({ ...clusters, members: [words, [], []] })
    expect(() => encodeWordClusters(withWords(['said', 'said']))).toThrow(/two classes/)
    expect(() => encodeWordClusters(withWords(['\ud800']))).toThrow(/cannot store/)
    expect(() => encodeWordClusters(withWords(['é'.repeat(128)]))).toThrow(/cannot store/)
    expect(() => encodeWordClusters(withWords(['é'.repeat(127), 'a\nb']))).not.toThrow()
  })

  it('refuses a class out of range', () => {
    expect(() => encodeWordClusters({ ...clusters, mid: [0, 2, 0] })).toThrow(/mid class of fine class 1/)
    expect(() => encodeWordClusters({ ...clusters, mid: [0, 1] })).toThrow(/2 mid entries/)
  })

  it('refuses bytes of another format, or cut short', () => {
    expect(() => decodeWordClusters(new TextEncoder().encode('{"members":[]}\n'))).toThrow(/NGWC/)
    const bytes = encodeWordClusters(clusters)
    expect(() => decodeWordClusters(bytes.subarray(0, bytes.length - 1))).toThrow(/should take/)
  })
})
