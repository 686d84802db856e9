import { feed, MASK, OFFSET } from '../entities/feature-hash.js'

/*
 * A feature is written once, as a template (`key\`${side}|w=${word}\``), and read two ways:
 * training keeps it as text, the names the stored models use, while the stage reads it as the
 * FNV-1a hash of that same text, worked out over the template's parts in turn. The hash of the
 * parts in order is the hash of the joined text, so a model loaded by hashing its names
 * (`hashOfText`) answers the stage's hashed look-ups without a string built per feature, which
 * was most of the cue model's and the span tagger's time.
 */

/** Builds one feature from a template: as text, or as the hash of that text. */
export interface FeatureKey<K> {
  (parts: TemplateStringsArray, ...values: readonly (string | number)[]): K
  /**
   * The same key for features whose text starts with `prefix`: `key.after(p)\`|n=${x}\`` is
   * `key\`${p}|n=${x}\``. A model that names most of a word's features after its lemma hashes
   * that lemma once rather than once per feature.
   */
  after(prefix: string): FeatureKey<K>
}

/** The text key whose features all start with `prefix`. */
function textKey(prefix: string): FeatureKey<string> {
  const key = (parts: TemplateStringsArray, ...values: readonly (string | number)[]): string => {
    let s = prefix + (parts[0] as string)
    for (let i = 0; i < values.length; i++) s += `${values[i]}${parts[i + 1]}`
    return s
  }
  return Object.assign(key, { after: (more: string) => textKey(prefix + more) })
}

/** The hash key whose features all start with the text hashed into `state`. */
function hashKey(state: number): FeatureKey<number> {
  const key = (parts: TemplateStringsArray, ...values: readonly (string | number)[]): number => {
    let h = feed(state, parts[0] as string)
    for (let i = 0; i < values.length; i++) {
      const v = values[i]
      h = feed(feed(h, typeof v === 'string' ? v : String(v)), parts[i + 1] as string)
    }
    return h & MASK
  }
  // The keys made by `after`, by prefix: the cue model asks for one per candidate token, and
  // making a key (two closures and a property) cost more than the hashing it saves. Kept to a
  // few thousand prefixes (lemma and part of speech), so a long-running server does not grow it.
  let made: Map<string, FeatureKey<number>> | undefined
  const after = (more: string): FeatureKey<number> => {
    made ??= new Map()
    let known = made.get(more)
    if (known === undefined) {
      if (made.size >= MAX_PREFIXES) made.clear()
      known = hashKey(feed(state, more))
      made.set(more, known)
    }
    return known
  }
  return Object.assign(key, { after })
}

/** Prefixes whose keys one hash key keeps (see `hashKey`). */
const MAX_PREFIXES = 4096

/** The feature as text, as training and the stored models name it. */
export const asText: FeatureKey<string> = textKey('')

/** The feature as the hash of its text, for look-up in a model loaded with `hashOfText`. */
export const asHash: FeatureKey<number> = hashKey(OFFSET)

/** The hash `asHash` gives a feature whose text is `text`. */
export function hashOfText(text: string): number {
  return feed(OFFSET, text) & MASK
}
