import type { Tokens } from 'wink-nlp'
import { PARTS_OF_SPEECH, type Paragraph, type PartOfSpeech, type Sentence, type Token } from '../../doc/layers.js'
import { isSpace } from './paragraphs.js'
import type { WinkInstance } from './wink-instance.js'

/** Splits one paragraph into sentences and tokens, appending to the layers being built. */
export type ParagraphTokenizer = (
  text: string,
  paragraph: Paragraph,
  paragraphIndex: number,
  sentences: Sentence[],
  tokens: Token[],
) => void

const TAGS = new Set<string>(PARTS_OF_SPEECH)

/**
 * Returns a tokenizer for one paragraph over wink-nlp's English model.
 * wink gives each token's text and the spaces before it but no offsets, so offsets are found
 * by searching the paragraph for each token's text from where the last one ended: this stays
 * exact whatever wink's own whitespace counting makes of CRLF, tabs or astral characters.
 * Only the pos tagger is enabled: named entities, sentiment and negation are not needed here
 * and cost most of wink's time.
 */
export function createWinkTokenizer(wink: WinkInstance): ParagraphTokenizer {
  // wink's typings give `its.lemma` the wrong signature; at run time it is a token its-function.
  const lemmaAt = (all: Tokens, i: number, value: string): string =>
    ((all.itemAt(i).out(wink.nlp.its.lemma as never) as string) ?? value).toLowerCase()
  const tagged = taggedLemmas()
  const tokenize: ParagraphTokenizer = (text, paragraph, paragraphIndex, sentences, tokens) => {
    const source = text.slice(paragraph.start, paragraph.end)
    const { its } = wink.nlp
    const doc = wink.nlp.readDoc(source)
    const all = doc.tokens()
    const values = all.out(its.value) as string[]
    const tags = all.out(its.pos) as string[]
    const contractions = all.out(its.contractionFlag) as unknown as boolean[]
    // `its.span` is typed for tokens only, but on sentences gives [first, last] token indices.
    const ranges = doc.sentences().out(its.span as never) as unknown as [number, number][]

    let cursor = 0
    for (const [first, last] of ranges) {
      const sentence = sentences.length
      let start = -1
      let end = -1
      for (let i = first; i <= last; i++) {
        const value = values[i] ?? ''
        const at = locate(source, value, cursor)
        if (at < 0) continue
        cursor = at + value.length
        if (isBlank(value)) continue
        const tag = tagged(tags[i] ?? 'X')
        let lemma: string | undefined
        // A contraction's parts (`ca` of `can't`) have lemmas of their own, so only other tokens share one.
        if (contractions[i]) lemma = lemmaAt(all, i, value)
        else {
          lemma = tag.lemmas.get(value)
          if (lemma === undefined) {
            lemma = lemmaAt(all, i, value)
            if (tag.lemmas.size >= LEMMA_CACHE_SIZE) tag.lemmas.clear()
            tag.lemmas.set(value, lemma)
          }
        }
        tokens.push({ start: paragraph.start + at, end: paragraph.start + cursor, pos: tag.pos, lemma, sentence })
        if (start < 0) start = paragraph.start + at
        end = paragraph.start + cursor
      }
      if (start >= 0) sentences.push({ start, end, paragraph: paragraphIndex })
    }
  }
  return (text, paragraph, paragraphIndex, sentences, tokens) => {
    // wink's abbreviation test (/[a-z].*\.$/i) is quadratic in a word's length: a 200,000-character
    // run took minutes. Such a run (a pasted blob, never prose) is one token and sentence of its own.
    // Most paragraphs are shorter than such a run, and need no search for one.
    if (paragraph.end - paragraph.start < LONG_RUN_CHARS) {
      tokenize(text, paragraph, paragraphIndex, sentences, tokens)
      return
    }
    let from = paragraph.start
    for (const run of text.slice(paragraph.start, paragraph.end).matchAll(LONG_RUN)) {
      const start = paragraph.start + (run.index ?? 0)
      const end = start + run[0].length
      if (start > from) tokenize(text, { ...paragraph, start: from, end: start }, paragraphIndex, sentences, tokens)
      tokens.push({ start, end, pos: 'X', lemma: run[0].slice(0, 64).toLowerCase(), sentence: sentences.length })
      sentences.push({ start, end, paragraph: paragraphIndex })
      from = end
    }
    if (from === paragraph.start) tokenize(text, paragraph, paragraphIndex, sentences, tokens)
    else if (from < paragraph.end)
      tokenize(text, { ...paragraph, start: from, end: paragraph.end }, paragraphIndex, sentences, tokens)
  }
}

/** A part of speech as wink names it, ours for it, and the lower-case lemmas of words with it. */
interface Tagged {
  readonly pos: PartOfSpeech
  readonly lemmas: Map<string, string>
}

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const LEMMA_CACHE_SIZE = 50_000

/**
 * wink works out a lemma from a word and its part of speech alone (save in contractions, whose
 * parts carry their own), through lexicon lookups and suffix rules on every token: remembering
 * each word's lemma by tag spares most of that work, as words recur.
 */
function taggedLemmas(): (tag: string) => Tagged {
  const known = new Map<string, Tagged>()
  return (tag) => {
    let found = known.get(tag)
    if (found === undefined) {
      found = { pos: (TAGS.has(tag) ? tag : 'X') as PartOfSpeech, lemmas: new Map() }
      known.set(tag, found)
    }
    return found
  }
}

/** A run of non-space characters far longer than any word or URL in news text. */
const LONG_RUN_CHARS = 2000
const LONG_RUN = new RegExp(`\\S{${LONG_RUN_CHARS},}`, 'g')

/** How far past the last token a token's text is looked for when something unexpected lies between. */
const RESYNC_CHARS = 32

/**
 * Where `value` next occurs at or after `from`: directly after whitespace, as wink reads text,
 * or else within a few characters (so that one token wink might have rewritten cannot shift
 * every later one); -1 when it is not there. An offset is never guessed.
 */
function locate(source: string, value: string, from: number): number {
  if (value.length === 0) return -1
  let at = from
  while (at < source.length && !source.startsWith(value, at)) {
    if (!isSpace(source.charCodeAt(at))) {
      const near = source.indexOf(value, from)
      return near >= 0 && near - from <= RESYNC_CHARS ? near : -1
    }
    at++
  }
  return at < source.length ? at : -1
}

function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return false
  return true
}
