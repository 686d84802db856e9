import type { Stage } from '../../pipeline.js'
import { corefer } from './coreference.js'
import { loadModel, type ModelFile } from './model.js'
import { recognise } from './recognise.js'

/*
 * Entities stage. Reads: `tokens` (wink's words and UPOS tags) and `sentences`. Adds: `mentions`
 * (every proper-name mention with its type: PERSON ORG GPE LOC NORP, and EVENT or LAW for clear
 * cases) and `entities` (mentions grouped within the article, with the fullest name, aliases and
 * a cross-article key such as `gpe:TR` or `org:islamic-state`).
 * How: an averaged perceptron trained on CoNLL-2003 by scripts/train-ner.ts (data/ner-model.json)
 * labels words greedily; gazetteers of countries, demonyms and well-known organisations correct
 * it; one reading per name per article; coreference by gazetteer key, part-names and acronyms.
 * Misses: FAC and PRODUCT; nominals and pronouns (the coref stage); names the model has never
 * seen in a shape it has never seen (lower-case brands, long titles of works).
 * Scores: see data/README.md for the figures on the founding report and CoNLL validation.
 */

/** The entities stage: names, their types and their coreference within the article. */
export function entities(): Stage<'mentions' | 'entities'> {
  return {
    name: 'entities',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'entities'],
    async prepare() {
      const file = (await import('./data/ner-model.json', { with: { type: 'json' } })).default as unknown as ModelFile
      const model = loadModel(file)
      return (doc) => corefer(recognise(model, doc.text, doc.layer('tokens')), doc.text)
    },
  }
}
