import type { Doc } from '../../doc/doc.js'
import type { Mention, Sentence, Token } from '../../doc/layers.js'
import { lowerBound, type Span, tokenRange } from '../../doc/span.js'
import { lowerCaseWords } from '../../doc/words.js'
import { countryByName } from '../entities/gazetteer/countries.js'
import { ORGANISATIONS } from '../entities/gazetteer/organisations.js'

/** One Doc's tokens, sentences and mentions, indexed for the coref rules. */
export interface CorefContext {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  /** For each mention, its tokens `[first, last)`; null when it falls between tokens. */
  readonly mentionTokens: readonly ([number, number] | null)[]
  /** For each token, the index of the mention covering it, or -1. */
  readonly mentionAt: Int32Array
  /** Lower-case text of each token. */
  readonly words: readonly string[]
  /** The index of the token starting at `start`, if one does. */
  tokenAt(start: number): number | undefined
  /** Ids of the entities that are countries, for `the country` against `the city`. */
  readonly countries: ReadonlySet<string>
  /** The dateline (`GOMA, Congo (Reuters) -`), whose place no later pronoun means. */
  readonly dateline: Span | undefined
  /** Ids of the entities that are news agencies or outlets (`AFP`), for `the agency` against `the ruling party`. */
  readonly outlets: ReadonlySet<string>
}

/** Indexes a Doc that has `tokens`, `sentences` and `mentions`. */
export function corefContext(doc: Doc): CorefContext {
  const tokens = doc.layer('tokens')
  const mentions = doc.layer('mentions')
  const mentionAt = new Int32Array(tokens.length).fill(-1)
  const mentionTokens = mentions.map((m, i) => {
    const range = tokenRange(tokens, m, 'grow')
    if (range) for (let t = range[0]; t < range[1]; t++) mentionAt[t] = i
    return range
  })
  return {
    text: doc.text,
    tokens,
    sentences: doc.layer('sentences'),
    mentions,
    mentionTokens,
    mentionAt,
    words: lowerCaseWords(doc.text, tokens),
    // A search of the sorted tokens: a map of every token, built per article, cost more than
    // the few lookups it served.
    tokenAt: (start) => {
      const i = lowerBound(tokens, start)
      return tokens[i]?.start === start ? i : undefined
    },
    countries: countryEntities(doc, mentions),
    dateline: doc.article.dateline,
    outlets: new Set((doc.layers.entities ?? []).filter((e) => OUTLET_KEYS.has(e.key ?? '')).map((e) => e.id)),
  }
}

const OUTLET_KEYS: ReadonlySet<string> = new Set(
  ORGANISATIONS.filter((o) => o.kind === 'agency' || o.kind === 'outlet').map((o) => o.key),
)

/** Entities keyed as countries (`gpe:TR`) or named like one. */
function countryEntities(doc: Doc, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>()
  for (const e of doc.layers.entities ?? []) if (/^gpe:[A-Z]{2}$/.test(e.key ?? '')) out.add(e.id)
  for (const m of mentions) {
    if (m.type === 'GPE' && countryByName(doc.text.slice(m.start, m.end))) out.add(m.entity)
  }
  return out
}

/** True for a token that is a noun or a word a tagger may call a noun's modifier. */
export function isNominal(token: Token | undefined): boolean {
  return (
    token !== undefined && (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN' || token.pos === 'NUM')
  )
}

/** True when a lower-case noun form looks plural against its lemma: `sources` / `source`. */
export function isPluralNoun(word: string, token: Token): boolean {
  return token.pos === 'NOUN' && word !== token.lemma && /(?:s|men)$/.test(word)
}
