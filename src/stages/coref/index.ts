/*
 * coref: what pronouns and nominals refer to, and how the article describes each entity.
 *
 * Reads `sentences`, `tokens` (UPOS and lemma) and `mentions`; adds `references` (pronouns
 * `he`, `its`, `they` and definite nominals `the group`, `the militant leader`, each with the
 * entity it refers to or null) and `descriptors` (appositives, titles before names, predicate
 * nominals and the lede's description of a person named later). Rules, not a model: a pronoun
 * takes the most recent compatible referent within three sentences (the previous sentence's
 * first one when it opens a sentence); a nominal takes the latest name of the type its head
 * noun fits within five sentences; `its leader` prefers an organisation.
 *
 * Misses: gender (`she` may take a man), cataphora outside the lede, split antecedents,
 * `one of ...` predicates, descriptors of unnamed sources (the attribution stage's).
 * Scores: the founding gold's descriptors are not scored by score.mjs; on that article every
 * gold descriptor of a named person is found (see index.test.ts for the rules in isolation).
 * Cost: a 700-word article takes well under a millisecond.
 */
import type { Descriptor, Reference, Token } from '../../doc/layers.js'
import { bySpan, firstStartingAt } from '../../doc/span.js'
import type { Stage } from '../../pipeline.js'
import { type CorefContext, corefContext } from './context.js'
import { delayedIdentification } from './delayed-identification.js'
import { findDescriptors } from './descriptors.js'
import { findReferences } from './references.js'

/** The coref stage: pronoun and nominal references, and descriptors of entities. */
export function coref(): Stage<'references' | 'descriptors'> {
  return {
    name: 'coref',
    requires: ['sentences', 'tokens', 'mentions', 'entities'],
    provides: ['references', 'descriptors'],
    async prepare() {
      return (doc) => {
        const ctx = corefContext(doc)
        const lede = delayedIdentification(ctx)
        const references = dedupe([
          ...findReferences(ctx, describedWords(ctx, findDescriptors(ctx, []))),
          ...lede.map((l) => l.reference),
        ])
        const descriptors = dedupe([...findDescriptors(ctx, references), ...lede.map((l) => l.descriptor)])
        return { references, descriptors }
      }
    },
  }
}

/** The lemmas of each entity's appositives, titles and predicates: `Kataib, an Iraqi militia,` gives `militia`. */
function describedWords(ctx: CorefContext, descriptors: readonly Descriptor[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const d of descriptors) {
    const words = out.get(d.entity) ?? new Set<string>()
    // From the descriptor's first token on, not over every token of the article per descriptor.
    for (let k = firstStartingAt(ctx.tokens, d.start); k < ctx.tokens.length; k++) {
      const t = ctx.tokens[k] as Token
      if (t.start > d.end) break
      if (t.end <= d.end) words.add(t.lemma)
    }
    out.set(d.entity, words)
  }
  return out
}

/** Sorted by span, one item per span: two rules may find the same phrase. */
function dedupe<T extends Reference | Descriptor>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.sort(bySpan).filter((item) => {
    const key = `${item.start}:${item.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
