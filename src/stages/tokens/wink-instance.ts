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
 * and its packed features in arrays it only appends to, so after `renewAfter` words the instance
 * is replaced by a new one over the model cut back to its own words (`restore`); every article
 * is read as by a fresh instance either way, so the renewal changes no output.
 */

/**
 * A feature of wink's model whose values wink extends as it reads (lexemes, prefixes, suffixes,
 * shapes), as the model's `core()` builds it: values up to `intrinsicSize` are the model's own.
 */
interface Feature {
  readonly hash: Record<string, number>
  readonly list: string[]
  index: number
  readonly intrinsicSize: number
}

/** The part of the model `core()` builds that reading changes. */
interface Core {
  readonly features: Record<string, Partial<Feature>>
}

/**
 * About 40 MB of words and features kept in wink's append-only arrays (a new word costs about
 * 200 bytes); news articles bring 50 to 150 words each that the model lacks, so renewing comes
 * once every few thousand articles.
 */
export const WINK_RENEW_AFTER_WORDS = 200_000

/** A wink instance whose vocabulary is that of its model plus the current article's words. */
export interface WinkInstance {
  /** The instance for the current article: read it again after `endArticle`. */
  readonly nlp: WinkMethods
  /** How many words the model knows: a token's lexeme id (`its.uniqueId`) below it is one of them, for good. */
  readonly modelWords: number
  /** Forgets the words the article just read taught wink. */
  endArticle(): void
}

/**
 * The model's custom-entity meta model, read once per process: its loader turns the JSON it
 * keeps into a string again on every call (`machines = JSON.stringify(machines)`), so each new
 * wink instance took longer to make than the last (4 s for the 20th) and the 21st threw
 * `RangeError: Invalid string length`: a long-running process renews its instance every few
 * thousand articles. Custom entities are never learned here, so the first value serves all.
 */
const CER_META_MODEL = (model.metaCER as () => unknown)()

/** wink's functions that work out a word's features when it learns the word, by feature name. */
export type FeatureMethods = Record<string, (word: string, category: number, cache: unknown) => unknown>

/**
 * The features remembered: each depends on the word alone, or for `pos` on the word, its token
 * category and the model's own lexicon (which reading never changes). `shape` takes six
 * replacements after a Unicode normalisation; the others are cheap, but wink looks each value
 * up in a table of its own, and a string it was given before is found there faster than a new
 * slice. `pos` comes last, as its slot is followed by one per token category.
 */
const REMEMBERED_FEATURES = ['prefix', 'suffix', 'shape', 'lutCase', 'isAbbrev', 'pos'] as const
const POS_SLOT = REMEMBERED_FEATURES.indexOf('pos')

/** Enough for the new words of many articles; cleared when full rather than tracked. */
const FEATURE_MEMORY_SIZE = 50_000

/**
 * wink's feature functions, each remembering what it returned by word (and token category).
 * Forgetting an article's words makes wink learn them again in every article that uses them
 * (0.9 ms per 700 words against never forgetting), and working out their features is much of
 * that; a word's features are the same each time, so only its lexicon entry is made anew.
 * wink asks for one word's features one after another, so the word last asked about is kept
 * at hand, and a word costs one lookup rather than one per feature.
 */
export function rememberingFeatures(
  featureFn: (config: unknown) => FeatureMethods,
): (config: unknown) => FeatureMethods {
  const memory = new Map<string, unknown[]>()
  let lastWord: string | undefined
  let lastValues: unknown[] = []
  const valuesOf = (word: string): unknown[] => {
    if (word === lastWord) return lastValues
    let values = memory.get(word)
    if (values === undefined) {
      if (memory.size >= FEATURE_MEMORY_SIZE) memory.clear()
      values = []
      memory.set(word, values)
    }
    lastWord = word
    lastValues = values
    return values
  }
  return (config) => {
    const methods = featureFn(config)
    REMEMBERED_FEATURES.forEach((name, slot) => {
      const compute = methods[name]
      if (compute === undefined) return
      methods[name] = (word, category, cache) => {
        const values = valuesOf(word)
        const at = slot === POS_SLOT ? slot + category : slot
        let value = values[at]
        if (value === undefined) values[at] = value = compute(word, category, cache)
        return value
      }
    })
    return methods
  }
}

/** Creates wink with only the pos tagger (sentences come with it). */
export function createWinkInstance(renewAfter = WINK_RENEW_AFTER_WORDS): WinkInstance {
  // wink's typings leave the model's parts opaque; at run time `core` builds the lexicon.
  const core = model.core as () => Core
  let built: Core | undefined
  // Building the model's core (parsing its JSON) is most of the 200 ms a new instance costs; a
  // renewal instead gives the new instance the same core cut back to the model's own values.
  const observed = {
    ...model,
    metaCER: () => CER_META_MODEL,
    featureFn: rememberingFeatures(model.featureFn as (config: unknown) => FeatureMethods),
    core() {
      if (built) restore(built)
      else built = core()
      return built
    },
  }
  const create = () => winkNLP(observed, ['sbd', 'pos'])
  let nlp = create()
  const lexemes = (built as Core).features.lexeme as Feature
  let known = lexemes.index
  return {
    get nlp() {
      return nlp
    },
    modelWords: lexemes.intrinsicSize,
    endArticle() {
      const { hash, list, index } = lexemes
      for (let i = known; i < index; i++) delete hash[list[i] as string]
      known = index
      if (index - lexemes.intrinsicSize < renewAfter) return
      nlp = create()
      known = lexemes.index
    },
  }
}

/** Cuts every feature wink extends back to the model's own values, as `core()` first built it. */
function restore(built: Core): void {
  for (const feature of Object.values(built.features)) {
    if (typeof feature.index !== 'number') continue
    const { hash, list, intrinsicSize } = feature as Feature
    for (let i = intrinsicSize; i < list.length; i++) delete hash[list[i] as string]
    list.length = intrinsicSize
    feature.index = intrinsicSize
  }
}
