import { beforeAll, describe, expect, it } from 'vitest'
import { makeDoc } from '../../doc/testing.js'
import { createPipeline, type Pipeline, type Stage } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import modelFile from './data/ner-model.json' with { type: 'json' }
import { featuresOf, type SentenceView, START, viewOf } from './features.js'
import { type Label, loadModel, type Model, type ModelFile, score } from './model.js'
import { tagSentence } from './tagger.js'
import { type Word, wordsOf } from './words.js'

let pipeline: Pipeline
let model: Model
beforeAll(async () => {
  pipeline = createPipeline([tokens()] as Stage[])
  await pipeline.prepare()
  model = loadModel(modelFile as unknown as ModelFile)
})

const viewsOf = (text: string): SentenceView[] => {
  const words = wordsOf(text, pipeline.runSync(makeDoc(text)).layer('tokens'))
  const bySentence = new Map<number, Word[]>()
  for (const w of words) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w])
  return [...bySentence.values()].map((list) => viewOf(list))
}

/* The tagger as training defines it: every feature of a word (featuresOf), scored one by one. */
function referenceTags(view: SentenceView): Label[] {
  const n = model.labels.length
  const out: Label[] = []
  let prev = n
  for (let i = 0; i < view.words.length; i++) {
    const scores = new Float64Array(n)
    score(model, featuresOf(view, i, out[i - 1] ?? START, out[i - 2] ?? START), scores)
    let best = 0
    for (let k = 1; k < n; k++) {
      if (
        model.allowed[prev * n + k] &&
        (!model.allowed[prev * n + best] || (scores[k] as number) > (scores[best] as number))
      )
        best = k
    }
    out.push(model.labels[best] as Label)
    prev = best
  }
  return out
}

describe('tagSentence', () => {
  it('labels as scoring every feature of every word would, in prose, capitals and title case', () => {
    const text = [
      'Egyptian police arrested Mohamed Farouk Hassan in Cairo on Tuesday, the Interior Ministry said.',
      'TURKEY SAYS ISLAMIC STATE SUSPECTS CAPTURED NEAR SYRIAN BORDER',
      'Only 24 Percent of Donors Are Small Donors in New York',
      'The Royal United Services Institute (RUSI) said Sami Jasim al-Jaburi was seen in Deir al-Zor.',
    ].join('\n\n')
    const views = viewsOf(text)
    expect(views.length).toBeGreaterThan(3)
    // Twice: the second time every word comes from the tagger's cache.
    for (const round of [1, 2]) {
      for (const view of views) expect(tagSentence(model, view), `round ${round}`).toEqual(referenceTags(view))
    }
  })

  it('labels alike with two loaded models taking turns over the same words', () => {
    const other = loadModel(modelFile as unknown as ModelFile)
    const views = viewsOf('Police in Cairo detained Mohamed Farouk Hassan.\n\nHassan was freed in Cairo.')
    for (const round of [1, 2]) {
      for (const view of views) {
        const expected = referenceTags(view)
        expect(tagSentence(other, view), `round ${round}`).toEqual(expected)
        expect(tagSentence(model, view), `round ${round}`).toEqual(expected)
      }
    }
  })
})
