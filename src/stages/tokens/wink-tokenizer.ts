import type { Tokens } from 'wink-nlp'
import { PARTS_OF_SPEECH, type Paragraph, type PartOfSpeech, type Sentence, type Token } from '../../doc/layers.js'
import { isSpace } from './paragraphs.js'
import type { WinkInstance } from './wink-instance.js'

/** Splits an article's paragraphs into sentences and tokens. */
export type ArticleTokenizer = (
  text: string,
  paragraphs: readonly Paragraph[],
) => { sentences: Sentence[]; tokens: Token[] }

const TAGS = new Set<string>(PARTS_OF_SPEECH)

/**
 * What stands between two paragraphs in the one text wink reads per article. Each `readDoc`
 * call costs some 15 µs before its first word (a document object of closures, the automata's
 * setup), and an article has 20 to 40 paragraphs. Behind a blank line wink starts afresh: over
 * the 924 PolNeAR articles, reading them paragraph by paragraph and reading them joined by a
 * blank line gave the same tokens, tags and sentences. Paragraphs are trimmed of every space
 * wink splits on, so the blank line always comes out as one token of exactly this text.
 */
const SEPARATOR = '\n\n'

/** A stretch of one paragraph: text for wink, or a long run that is a token and sentence of its own. */
interface Piece extends Paragraph {
  readonly paragraph: number
  readonly run: boolean
}

/**
 * Returns a tokenizer over wink-nlp's English model, which reads a whole article at a time.
 * wink gives each token's text and the spaces before it but no offsets, so offsets are found
 * by searching the paragraph for each token's text from where the last one ended: this stays
 * exact whatever wink's own whitespace counting makes of CRLF, tabs or astral characters.
 * Only the pos tagger is enabled: named entities, sentiment and negation are not needed here
 * and cost most of wink's time.
 */
export function createWinkTokenizer(wink: WinkInstance): ArticleTokenizer {
  // wink's typings give `its.lemma` the wrong signature; at run time it is a token its-function.
  const lemmaAt = (all: Tokens, i: number, value: string): string =>
    ((all.itemAt(i).out(wink.nlp.its.lemma as never) as string) ?? value).toLowerCase()
  const { modelWords } = wink
  const tagged = taggedLemmas(modelWords)
  return (text, paragraphs) => {
    const sentences: Sentence[] = []
    const tokens: Token[] = []
    const pieces = piecesOf(text, paragraphs)
    const read = pieces.filter((piece) => !piece.run)
    if (read.length === 0) return { sentences, tokens }

    const { its } = wink.nlp
    const doc = wink.nlp.readDoc(read.map((piece) => text.slice(piece.start, piece.end)).join(SEPARATOR))
    const all = doc.tokens()
    const values = all.out(its.value) as string[]
    const tags = all.out(its.pos) as string[]
    const contractions = all.out(its.contractionFlag) as unknown as boolean[]
    const ids = all.out(its.uniqueId as never) as unknown as number[]
    const opens = new Uint8Array(values.length)
    // `its.span` is typed for tokens only, but on sentences gives [first, last] token indices.
    for (const [first] of doc.sentences().out(its.span as never) as unknown as [number, number][]) opens[first] = 1

    let i = 0
    for (const piece of pieces) {
      if (piece.run) {
        const lemma = text.slice(piece.start, piece.start + 64).toLowerCase()
        tokens.push({ start: piece.start, end: piece.end, pos: 'X', lemma, sentence: sentences.length })
        sentences.push({ start: piece.start, end: piece.end, paragraph: piece.paragraph })
        continue
      }
      const source = text.slice(piece.start, piece.end)
      let cursor = 0
      // A sentence is kept from its first token found in the text, and ends where wink opens
      // the next or where the piece ends.
      let sentence = -1
      let start = -1
      let end = -1
      const close = () => {
        if (start >= 0) sentences.push({ start, end, paragraph: piece.paragraph })
        start = -1
      }
      for (; i < values.length && values[i] !== SEPARATOR; i++) {
        if (opens[i]) close()
        const value = values[i] as string
        const at = locate(source, value, cursor)
        if (at < 0) continue
        cursor = at + value.length
        if (isBlank(value)) continue
        if (start < 0) {
          sentence = sentences.length
          start = piece.start + at
        }
        end = piece.start + cursor
        const tag = tagged(tags[i] ?? 'X')
        let lemma: string | undefined
        // A contraction's parts (`ca` of `can't`) have lemmas of their own, so only other tokens share one.
        if (contractions[i]) lemma = lemmaAt(all, i, value)
        else {
          const id = ids[i] as number
          lemma = id < modelWords ? tag.byModelWord[id] : tag.lemmas.get(value)
          if (lemma === undefined) {
            lemma = lemmaAt(all, i, value)
            if (id < modelWords) tag.byModelWord[id] = lemma
            else {
              if (tag.lemmas.size >= LEMMA_CACHE_SIZE) tag.lemmas.clear()
              tag.lemmas.set(value, lemma)
            }
          }
        }
        tokens.push({ start: piece.start + at, end, pos: tag.pos, lemma, sentence })
      }
      close()
      i++
    }
    return { sentences, tokens }
  }
}

/**
 * The paragraphs as wink is to read them. wink's abbreviation test (/[a-z].*\.$/i) is quadratic
 * in a word's length: a 200,000-character run took minutes. Such a run (a pasted blob, never
 * prose) is one token and sentence of its own, and the text around it is trimmed, so that only
 * the separator stands between two pieces wink reads.
 */
function piecesOf(text: string, paragraphs: readonly Paragraph[]): Piece[] {
  const pieces: Piece[] = []
  const add = (from: number, to: number, paragraph: number) => {
    let start = from
    let end = to
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end > start) pieces.push({ start, end, paragraph, run: false })
  }
  for (const [paragraph, { start, end }] of paragraphs.entries()) {
    // Most paragraphs are shorter than such a run, and need no search for one.
    if (end - start < LONG_RUN_CHARS) {
      pieces.push({ start, end, paragraph, run: false })
      continue
    }
    let from = start
    for (const run of text.slice(start, end).matchAll(LONG_RUN)) {
      const at = start + (run.index ?? 0)
      add(from, at, paragraph)
      pieces.push({ start: at, end: at + run[0].length, paragraph, run: true })
      from = at + run[0].length
    }
    add(from, end, paragraph)
  }
  return pieces
}

/** A part of speech as wink names it, ours for it, and the lower-case lemmas of words with it. */
interface Tagged {
  readonly pos: PartOfSpeech
  /** By lexeme id, for the words of wink's model: one array read where a map lookup was. */
  readonly byModelWord: (string | undefined)[]
  /** By text, for the words an article taught wink, whose ids change from article to article. */
  readonly lemmas: Map<string, string>
}

/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const LEMMA_CACHE_SIZE = 50_000

/**
 * wink works out a lemma from a word and its part of speech alone (save in contractions, whose
 * parts carry their own), through lexicon lookups and suffix rules on every token: remembering
 * each word's lemma by tag spares most of that work, as words recur. A word of the model keeps
 * its lexeme id for good, so its lemma is kept in an array by id (a lookup by text in maps of
 * tens of thousands of words was 6% of the stage).
 */
function taggedLemmas(modelWords: number): (tag: string) => Tagged {
  const known = new Map<string, Tagged>()
  return (tag) => {
    let found = known.get(tag)
    if (found === undefined) {
      found = {
        pos: (TAGS.has(tag) ? tag : 'X') as PartOfSpeech,
        byModelWord: new Array<string | undefined>(modelWords).fill(undefined),
        lemmas: new Map(),
      }
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
