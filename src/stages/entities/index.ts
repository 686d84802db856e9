import { wordClass } from '../../lexicon/word-clusters.js'
import type { Stage } from '../../pipeline.js'
import { corefer } from './coreference.js'
import { loadModel, type ModelFile } from './model.js'
import { isInPartyLabel, isMonthOfDate } from './not-names.js'
import { recognise } from './recognise.js'

/*
 * Entities stage. Reads: `tokens` (wink's words and UPOS tags) and `sentences`. Adds: `mentions`
 * (every proper-name mention with its type: PERSON ORG GPE LOC NORP, and EVENT or LAW for clear
 * cases) and `entities` (mentions grouped within the article, with the fullest name, aliases and
 * a cross-article key such as `gpe:TR`, `org:islamic-state`, `person:sami-jasim-al-jaburi`).
 * How: an averaged perceptron trained on CoNLL-2003 by scripts/train-ner.ts (data/ner-model.json)
 * labels words greedily, with shape, affix, part-of-speech, context, word-class (src/lexicon:
 * the word's and its neighbours'), word-list (first names, cities, demonyms, organisation and
 * place words) and document-memory features; gazetteers of
 * countries and well-known organisations correct it; one reading per name per article; then
 * coreference by gazetteer key, part-names, initials and acronyms defined in brackets.
 * Facilities (FAC) are known only by a last word such as `Hospital` or `Airport`. Misses:
 * PRODUCT; nominals and pronouns (the coref stage); names in shapes CoNLL's 1996 Reuters news never
 * showed (lower-case brands, titles of works, many company names).
 * Scores (2026-12-02): founding report mentions_strict F1 0.994, entities F1 0.976, coreference
 * B-cubed 1.000; CoNLL-2003 validation strict F1 0.920 (P 0.913, R 0.927). See data/README.md.
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
      // The word classes (200,000 words) are read on first use: here rather than in the first article.
      wordClass('the')
      return (doc) => {
        const names = recognise(model, doc.text, doc.layer('tokens')).filter(
          (c) => !isMonthOfDate(c, doc.text) && !isInPartyLabel(c, doc.text),
        )
        return corefer(names, doc.text)
      }
    },
  }
}
