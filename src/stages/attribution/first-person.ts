import type { Token } from '../../doc/layers.js'
import type { Cue } from './cues.js'
import type { Context } from './frames.js'
import { isQuoted } from './quotes.js'

/*
 * `I think the deal will hold`, `We believe that voters care`, `I expect C`: in an opinion piece or interview
 * transcript the writer's own belief, outside quotation marks, is a claim PolNeAR marks (train:
 * about three in five such beliefs before a clause), though the cue model scores `think` low, as
 * inside quotes (`"I think so," she said`) it is almost never marked. Such a belief is a cue
 * whatever its score, read by the frame rules.
 */

const BELIEFS = new Set([
  'think',
  'believe',
  'know',
  'hope',
  'wish',
  'suspect',
  'doubt',
  'assume',
  'recognize',
  'realize',
  'understand',
  'imagine',
  'remember',
  'expect',
  'fear',
  'worry',
  'bet',
  'guess',
  'trust',
  'agree',
])
/** Words between the subject and its verb: auxiliaries, negation, hedges. */
const BETWEEN =
  /^(do|does|did|not|n't|also|still|really|truly|genuinely|firmly|strongly|certainly|just|now|honestly|personally|always|would|have|had|'ve|'d)$/
/** Words that open the clause believed: a subject, or `that`. */
const CLAUSE_OPENS = new Set(['PRON', 'DET', 'PROPN', 'NOUN'])

/** Cues for first-person beliefs outside quotes that no cue in `cues` already heads. */
export function firstPersonBeliefs(ctx: Context, cues: readonly Cue[]): Cue[] {
  const { tokens, words, quotes } = ctx
  const heads = new Set(cues.map((c) => c.head))
  const found: Cue[] = []
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.pos !== 'VERB' || !BELIEFS.has(t.lemma) || heads.has(i)) continue
    let k = i - 1
    while (k > 0 && BETWEEN.test(words[k] as string)) k--
    if (!/^(i|we)$/.test(words[k] as string)) continue
    const next = tokens[i + 1]
    if (!next || !(words[i + 1] === 'that' || CLAUSE_OPENS.has(next.pos))) continue
    if (isQuoted(quotes, t)) continue
    found.push({ first: i, last: i + 1, head: i, lemma: t.lemma, frame: 'verb', stance: 'assert', believed: true })
  }
  return found
}
