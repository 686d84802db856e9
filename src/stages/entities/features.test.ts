import { beforeAll, describe, expect, it } from 'vitest'
import { makeDoc } from '../../doc/testing.js'
import { wordClass } from '../../lexicon/word-clusters.js'
import { createPipeline, type Pipeline, type Stage } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { hashOf } from './feature-hash.js'
import {
  contextFeaturesOf,
  EDGES,
  END,
  labelFeaturesOf,
  labelWordFeaturesOf,
  MAX_CONTEXT_FEATURES,
  pairFeaturesOf,
  posFeaturesOf,
  type SentenceView,
  START,
  toAfterNextOf,
  toBeforePreviousOf,
  toNextOf,
  toPreviousOf,
  viewOf,
  type WordFacts,
  wordFeaturesOf,
} from './features.js'
import { type Word, wordsOf } from './words.js'

let pipeline: Pipeline
beforeAll(async () => {
  pipeline = createPipeline([tokens()] as Stage[])
  await pipeline.prepare()
})

const viewsOf = (text: string): SentenceView[] => {
  const words = wordsOf(text, pipeline.runSync(makeDoc(text)).layer('tokens'))
  const bySentence = new Map<number, Word[]>()
  for (const w of words) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w])
  const memory = new Map([['Hassan', 'PER']])
  return [...bySentence.values()].map((list) => viewOf(list, memory))
}

/* The context features of word `i` gathered group by group, as the tagger scores them. */
function grouped(view: SentenceView, i: number, prev1: string, prev2: string): number[] {
  const { before, after } = EDGES
  const facts = view.facts
  const length = view.words.length
  const buffer = new Int32Array(MAX_CONTEXT_FEATURES)
  const take = (count: number) => [...buffer.subarray(0, count)]
  const own = facts[i] as WordFacts
  const tag = (k: number) => (k < 0 ? START : k >= length ? END : (view.words[k] as Word).pos)
  return [
    ...toNextOf(i > 0 ? (facts[i - 1] as WordFacts) : before),
    ...toAfterNextOf(i > 1 ? (facts[i - 2] as WordFacts) : before),
    ...toPreviousOf(i + 1 < length ? (facts[i + 1] as WordFacts) : after),
    ...toBeforePreviousOf(i + 2 < length ? (facts[i + 2] as WordFacts) : after),
    ...take(labelFeaturesOf(prev1, prev2, view.shouting, buffer)),
    ...take(labelWordFeaturesOf(prev1, own, buffer)),
    ...take(posFeaturesOf(tag(i - 1), tag(i), tag(i + 1), buffer)),
    ...take(pairFeaturesOf(view, i, prev1, buffer)),
  ]
}

describe('context feature groups', () => {
  it('hold exactly the features contextFeaturesOf gives, in prose, capitals and title case', () => {
    const text = [
      'Egyptian police arrested Mohamed Farouk Hassan in Cairo on Tuesday, the Interior Ministry said.',
      'TURKEY SAYS ISLAMIC STATE SUSPECTS CAPTURED NEAR SYRIAN BORDER',
      'Only 24 Percent of Donors Are Small Donors in New York',
      'Hassan told the Bank of England and Reuters.',
      'Go.',
    ].join('\n\n')
    const buffer = new Int32Array(MAX_CONTEXT_FEATURES)
    const labels = [START, 'O', 'B-PER', 'I-ORG']
    for (const view of viewsOf(text)) {
      for (let i = 0; i < view.words.length; i++) {
        for (const prev1 of labels) {
          for (const prev2 of labels) {
            const whole = [...buffer.subarray(0, contextFeaturesOf(view, i, prev1, prev2, buffer))]
            expect(grouped(view, i, prev1, prev2).sort()).toEqual(whole.sort())
          }
        }
      }
    }
  })
})

describe('word class features', () => {
  const ownOf = (text: string): number[] => wordFeaturesOf(viewsOf(text)[0] as SentenceView, 0)

  it('give words used alike the same features, at each level', () => {
    const mosul = wordClass('mosul')
    const classes = [
      hashOf('cf', String(mosul?.fine)),
      hashOf('cm', String(mosul?.mid)),
      hashOf('cc', String(mosul?.coarse)),
    ]
    expect(ownOf('Mosul fell.')).toEqual(expect.arrayContaining(classes))
    expect(ownOf('Basra fell.')).toEqual(expect.arrayContaining(classes))
  })

  it('mark a word outside the known ones as having no class', () => {
    const none = [hashOf('cf', '-'), hashOf('cm', '-'), hashOf('cc', '-')]
    expect(ownOf('Qzxvtplork fell.')).toEqual(expect.arrayContaining(none))
    expect(ownOf('Mosul fell.')).not.toEqual(expect.arrayContaining([none[0]]))
  })
})
