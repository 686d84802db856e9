import type { Token } from '../../doc/layers.js'
import { retoken } from '../../doc/token.js'

/** Verbs after which a bare verb ends a clause of its own (`saw the boy run.`, `let the prisoners go`). */
const BARE_INFINITIVE_BEFORE = /^(see|saw|seen|watch|watched|hear|heard|let|make|made|help|helped|have|had|feel|felt)$/i

/**
 * Retags `block` in `a missile hit an apartment block in Dnipro` as the noun it is: wink reads
 * the last word of a compound as a verb, which gives the sentence a second verb, cuts the object
 * at `an apartment` and hides the place after it. A verb in its bare form right after `a/the (...)
 * noun`, that phrase itself the object of a verb or preposition, with a preposition or a mark
 * after it, has no subject to agree with and no object: it is the compound's head.
 */
export function tagCompoundNouns(text: string, tokens: Token[]): void {
  const word = (k: number) => {
    const t = tokens[k]
    return t ? text.slice(t.start, t.end) : ''
  }
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const w = word(i).toLowerCase()
    if (t.pos !== 'VERB' || (w !== t.lemma && w !== `${t.lemma}s`)) continue
    const next = tokens[i + 1]
    if (next && next.sentence === t.sentence && next.pos !== 'ADP' && next.pos !== 'PUNCT') continue
    let k = i - 1
    if (tokens[k]?.pos !== 'NOUN') continue
    while (k > 0 && /^(NOUN|ADJ)$/.test(tokens[k - 1]?.pos ?? '')) k--
    if (tokens[k - 1]?.pos !== 'DET') continue
    const governor = tokens[k - 2]
    if (!governor || governor.sentence !== t.sentence || !/^(VERB|ADP)$/.test(governor.pos)) continue
    if (BARE_INFINITIVE_BEFORE.test(word(k - 2))) continue
    tokens[i] = retoken(t, { pos: 'NOUN' })
  }
}

/**
 * Retags `shipping` in `the Danish shipping group said` as the noun modifier it is: wink reads it
 * as a verb, which ends the subject at `group` and leaves the clause two verbs. An `-ing` verb
 * between a determiner (or an adjective or name after one) and a noun has no subject of its own.
 */
export function tagGerundModifiers(text: string, tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1] as Token
    if (t.pos !== 'VERB' || next.pos !== 'NOUN' || next.sentence !== t.sentence) continue
    if (!text.slice(t.start, t.end).toLowerCase().endsWith('ing')) continue
    let k = i - 1
    while (k > 0 && /^(ADJ|PROPN)$/.test(tokens[k]?.pos ?? '') && tokens[k]?.sentence === t.sentence) k--
    if (tokens[k]?.pos !== 'DET' || tokens[k]?.sentence !== t.sentence) continue
    tokens[i] = retoken(t, { pos: 'NOUN', lemma: text.slice(t.start, t.end).toLowerCase() })
  }
}
