import { type WordClass, wordClass } from '../../lexicon/word-clusters.js'
import type { FeatureKey } from './feature-key.js'
import type { Words } from './noun-phrase.js'

/*
 * Word classes (lexicon/word-clusters.ts) as cue features. Nearly every other cue feature is named
 * after the token's lemma, so a word that never heads a cue in PolNeAR train is never found; its
 * class carries what the model learned of `insists` or `believes` to the words used alike.
 */

/** An article's word classes, looked up once per word as the cue features first ask for it. */
export class ArticleClasses {
  readonly #words: Words
  readonly #found: (WordClass | null | undefined)[]

  constructor(words: Words) {
    this.#words = words
    this.#found = new Array(words.length)
  }

  /** The class of word `k`, or null outside the text and for a word the classes do not know. */
  at(k: number): WordClass | null {
    if (k < 0 || k >= this.#words.length) return null
    let found = this.#found[k]
    if (found === undefined) {
      found = wordClass(this.#words[k] as string) ?? null
      this.#found[k] = found
    }
    return found
  }
}

/** What the class features read of the token's context, as `cueFeatures` works it out. */
export interface ClassContext {
  readonly pos: string
  /** The next word's class (word-class or POS, cues.ts `classAt`). */
  readonly next: string
  readonly subject: string
  readonly that: string
  readonly near: string
  readonly shape: string
}

/** The class features of token `i`: its class at each level by part of speech, alone and with its context. */
export function classFeatures<K>(key: FeatureKey<K>, classes: ArticleClasses, i: number, c: ClassContext): K[] {
  const own = classes.at(i)
  const fine = own?.fine ?? '-'
  const mid = own?.mid ?? '-'
  const coarse = own?.coarse ?? '-'
  const nextMid = classes.at(i + 1)?.mid ?? '-'
  const ofMid = key.after(`c2=${mid}|pos=${c.pos}`)
  return [
    key`c1=${fine}|pos=${c.pos}`,
    ofMid``,
    key`c3=${coarse}|pos=${c.pos}`,
    ofMid`|n=${c.next}`,
    ofMid`|t=${c.that}|q=${c.near}`,
    ofMid`|s=${c.shape}`,
    ofMid`|nc=${nextMid}`,
    key`c1=${fine}|pos=${c.pos}|t=${c.that}`,
    key`c3=${coarse}|pos=${c.pos}|subj=${c.subject}|t=${c.that}`,
  ]
}
