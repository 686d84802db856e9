import model from 'wink-eng-lite-web-model'
import winkNLP, { type WinkMethods } from 'wink-nlp'

/*
 * wink adds every word its English model lacks to the model's lexicon, for good, and its
 * tokenizer looks there before splitting a word from the punctuation after it: once `U.S` has
 * been read alone, a later `U.S.` splits in two, and `Rubio’s` came out one token or two
 * depending on what came before. An article's tokens, names and claims then depended on the
 * articles the same process read earlier (36 of 200 PolNeAR articles changed on a second
 * reading), and a long-running server's memory grew with every new word.
 *
 * So each article's new words are forgotten when it ends: they leave the lookup table, and the
 * next article that uses one adds it afresh, as on a first reading. wink keeps the word itself
 * and its packed features in arrays it only appends to, so the instance is replaced by a fresh
 * one after `renewAfter` words; by then every article is read as by a fresh instance, so the
 * renewal changes no output.
 */

/** wink's lexeme feature, as its model's `core()` builds it and its cache extends it. */
interface Lexemes {
  readonly hash: Record<string, number>
  readonly list: readonly string[]
  readonly index: number
}

/**
 * About 40 MB of words and features kept in wink's append-only arrays (a new word costs about
 * 200 bytes); news articles bring 50 to 150 words each that the model lacks, so renewing (some
 * 100 to 300 ms) comes once every few thousand articles.
 */
export const WINK_RENEW_AFTER_WORDS = 200_000

/** A wink instance whose vocabulary is that of its model plus the current article's words. */
export interface WinkInstance {
  /** The instance for the current article: read it again after `endArticle`. */
  readonly nlp: WinkMethods
  /** Forgets the words the article just read taught wink. */
  endArticle(): void
}

/** Creates wink with only the pos tagger (sentences come with it). */
export function createWinkInstance(renewAfter = WINK_RENEW_AFTER_WORDS): WinkInstance {
  let lexemes: Lexemes | undefined
  // wink's typings leave the model's parts opaque; at run time `core` builds the lexicon.
  const core = model.core as () => { features: { lexeme: Lexemes } }
  const observed = {
    ...model,
    core() {
      const built = core()
      lexemes = built.features.lexeme
      return built
    },
  }
  const create = () => winkNLP(observed, ['sbd', 'pos'])
  let nlp = create()
  let fresh = (lexemes as Lexemes).index
  let known = fresh
  return {
    get nlp() {
      return nlp
    },
    endArticle() {
      const { hash, list, index } = lexemes as Lexemes
      for (let i = known; i < index; i++) delete hash[list[i] as string]
      known = index
      if (index - fresh < renewAfter) return
      nlp = create()
      fresh = (lexemes as Lexemes).index
      known = fresh
    },
  }
}
