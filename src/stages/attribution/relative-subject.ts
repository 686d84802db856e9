import type { Token } from '../../doc/layers.js'
import type { Context } from './frames.js'
import { phraseEndingAt } from './noun-phrase.js'

/** How far left of the phrase before a cue a relative pronoun is looked for. */
const WINDOW = 12

/**
 * `Four people who attended the meeting said C`: the phrase just before the cue (`the meeting`)
 * is the object of a relative clause, and the speakers are the phrase the clause describes. The
 * source then runs from that head (`Four people`) to the cue. Only a restrictive clause, with no
 * comma, only a subject relative (`who`/`that` followed by its verb), and only a head that opens
 * its clause are read so: `Jane Roe, who ...,` is an apposition, which the frame reads on its own.
 */
export function withRelativeHead(ctx: Context, source: [number, number], s0: number): [number, number] {
  const { tokens, words } = ctx
  for (let i = source[0] - 1; i >= Math.max(s0, source[0] - WINDOW); i--) {
    const w = words[i] as string
    if (/^[,;:"“”(—–]$|^--$/.test(w)) return source
    if (w !== 'who' && w !== 'that') continue
    const verb = tokens[i + 1] as Token | undefined
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return source
    const head = phraseEndingAt(tokens, words, i, s0)
    const last = head ? (tokens[head[1] - 1] as Token) : undefined
    if (!head || !last || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return source
    // The head must open its clause: in `in ways that help the mayor keep C` it is an object. A
    // dateline's dash opens the story's first clause (`NAIROBI, July 2 (Reuters) - A man who ...`).
    const opener = head[0] <= s0 ? '' : (words[head[0] - 1] as string)
    return /^(|,|and|but|"|“|-|--|—|–)$/.test(opener) ? [head[0], source[1]] : source
  }
  return source
}
