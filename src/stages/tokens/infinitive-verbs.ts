import type { Token } from '../../doc/layers.js'
import { retoken } from '../../doc/token.js'

/** Verbs that take an infinitive and that wink often reads, with an `-s`, as plural nouns. */
const INFINITIVE_VERBS = new Set([
  'plan',
  'want',
  'hope',
  'intend',
  'vow',
  'need',
  'expect',
  'aim',
  'seek',
  'refuse',
  'agree',
  'promise',
  'threaten',
  'pledge',
  'wish',
])
const SUBJECT_PRONOUNS = /^(he|she|it|who|which|that)$/i

/**
 * Retags `plans` in `Danjuma, who denied the charges, plans to appeal` as the verb it is: wink
 * reads a verb taking an infinitive as a plural noun after a relative clause or a name, which hides
 * the sentence's main verb from every later stage (the claim ran on through it). After a
 * determiner, adjective or possessive (`his plans to appeal`) it stays a noun.
 */
export function tagInfinitiveVerbs(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i] as Token
    if (t.pos !== 'NOUN') continue
    const word = text.slice(t.start, t.end)
    const stem = word.endsWith('s') ? word.slice(0, -1).toLowerCase() : ''
    if (!INFINITIVE_VERBS.has(stem)) continue
    const to = tokens[i + 1] as Token
    const verb = tokens[i + 2] as Token
    const prev = tokens[i - 1] as Token
    if (text.slice(to.start, to.end) !== 'to' || verb.pos !== 'VERB' || verb.sentence !== t.sentence) continue
    const subject =
      prev.pos === 'PROPN' ||
      (prev.pos === 'PUNCT' && text.slice(prev.start, prev.end) === ',') ||
      (prev.pos === 'PRON' && SUBJECT_PRONOUNS.test(text.slice(prev.start, prev.end)))
    if (subject && prev.sentence === t.sentence) tokens[i] = retoken(t, { pos: 'VERB', lemma: stem })
  }
}
