import type { Stage } from '../../pipeline.js'
import { tagCompoundNouns, tagGerundModifiers } from './compound-nouns.js'
import { tagInfinitiveVerbs } from './infinitive-verbs.js'
import { joinNameParticles } from './name-particles.js'
import { tagNameWords } from './name-words.js'
import { splitParagraphs } from './paragraphs.js'
import { joinBrokenSentences } from './sentence-joins.js'
import { createWinkInstance } from './wink-instance.js'
import { createWinkTokenizer } from './wink-tokenizer.js'

/*
 * Tokens stage. Reads: the text only. Adds: `paragraphs` (non-blank lines), `sentences` (never
 * crossing a paragraph) and `tokens` (UTF-16 offsets into doc.text, UPOS tag, lower-case lemma,
 * sentence index), from wink-nlp's English lite model run once per article.
 * Misses: wink splits hyphenated names (`al-Jaburi` is three tokens) and may end a sentence
 * after an abbreviation it does not know (a sentence cut after a title such as `Rev.`, inside a parenthesis or before a lower-case word is joined back, sentence-joins.ts); it
 * keeps `Oct. 12` and `U.S.` whole.
 * Scores: not scored by the gold directly; every span is checked to slice doc.text exactly.
 */

/** The tokens stage: paragraphs, sentences and tokens. */
export function tokens(): Stage<'paragraphs' | 'sentences' | 'tokens'> {
  return {
    name: 'tokens',
    requires: [],
    provides: ['paragraphs', 'sentences', 'tokens'],
    async prepare() {
      const wink = createWinkInstance()
      const tokenize = createWinkTokenizer(wink)
      return (doc) => {
        const paragraphs = splitParagraphs(doc.text)
        let read: ReturnType<typeof tokenize>
        try {
          read = tokenize(doc.text, paragraphs)
        } finally {
          wink.endArticle()
        }
        joinBrokenSentences(doc.text, read.sentences, read.tokens)
        joinNameParticles(doc.text, read.tokens)
        tagNameWords(doc.text, read.tokens)
        tagInfinitiveVerbs(doc.text, read.tokens)
        tagCompoundNouns(doc.text, read.tokens)
        tagGerundModifiers(doc.text, read.tokens)
        return { paragraphs, sentences: read.sentences, tokens: read.tokens }
      }
    },
  }
}
