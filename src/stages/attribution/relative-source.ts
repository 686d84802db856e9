import type { Token } from '../../doc/layers.js'
import { firstStartingAt, type Span } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

/*
 * `Jane Roe, who said the pier was unsafe, resigned on Friday`: a cue whose source is a relative
 * pronoun set off by a comma stands in a clause inside the writer's sentence, and what it says
 * ends where that clause does, at the comma before the main clause's verb (PolNeAR train: 25 such
 * contents cut, 6 more matched and none lost).
 */

/** The frame with a claim read inside a `, who` or `, which` clause cut at the main clause's verb. */
export function withinRelativeClause(ctx: Context, frame: Frame): Frame {
  const { tokens, words } = ctx
  const { source, content } = frame
  if (!source || !content || source[1] !== source[0] + 1) return frame
  if (!/^(who|which)$/.test(words[source[0]] as string) || words[source[0] - 1] !== ',') return frame
  if (content.start < (tokens[frame.cue.last - 1] as Token).end) return frame
  let k = frame.cue.last
  while (k < tokens.length && (tokens[k] as Token).end <= content.start) k++
  const end = relativeClauseEnd(ctx, k, content.end)
  return end < content.end ? { ...frame, content: { start: content.start, end } } : frame
}

/**
 * Where a claim inside a relative clause set off by commas ends, searching from token `from`: at
 * the comma before the main clause's verb (`, resigned`, `, was signed`); `end` when there is none.
 */
export function relativeClauseEnd(ctx: Context, from: number, end: number): number {
  const { tokens, words } = ctx
  for (let k = from; k + 1 < tokens.length && (tokens[k + 1] as Token).end <= end; k++) {
    if (words[k] !== ',' || isQuoted(ctx.quotes, tokens[k] as Token)) continue
    const next = tokens[k + 1] as Token
    if (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(words[k + 1] as string)))
      return k > 0 ? (tokens[k - 1] as Token).end : end
  }
  return end
}

/**
 * `a contract that prosecutors said cost $16 million`: a source read back over a relative pronoun
 * into the noun it modifies is the phrase after the pronoun, and the claim opens at the pronoun,
 * as PolNeAR marks it (`that many economists say is the future`). A determiner is no pronoun
 * (`five times that number seems`, `officials from that country said`), and a clause with a verb
 * of its own is the source's description (`Jo Lee, who heads the union, said`).
 */
export function sourceAfterRelative(ctx: Context, frame: Frame): Frame {
  const { tokens, words } = ctx
  const { source, content } = frame
  if (!source || source[1] !== frame.cue.first) return frame
  let k = source[1] - 2
  while (k > source[0] && !/^(that|which|whom)$/.test(words[k] as string)) k--
  if (k <= source[0] || tokens[k - 1]?.pos !== 'NOUN') return frame
  // The tagger calls the pronoun a determiner too; one before a lone singular noun is one.
  if (words[k] === 'that' && k + 2 === source[1] && tokens[k + 1]?.pos === 'NOUN' && !/s$/.test(words[k + 1] as string))
    return frame
  for (let j = k + 1; j < source[1]; j++) if (/^(VERB|AUX)$/.test((tokens[j] as Token).pos)) return frame
  // The pronoun is the claim's subject only when the clause after the cue lacks one of its own
  // (`that bankers said the merger had raised` keeps `the merger had raised`).
  const after =
    content !== null && content.start >= (tokens[frame.cue.last - 1] as Token).end && !hasSubject(ctx, content)
  return {
    ...frame,
    source: [k + 1, source[1]],
    content: after && content ? { start: (tokens[k] as Token).start, end: content.end } : content,
  }
}

/** Whether a clause opens with a subject of its own: a noun phrase before its verb, not the verb itself. */
function hasSubject(ctx: Context, clause: Span): boolean {
  const i = firstStartingAt(ctx.tokens, clause.start)
  const pos = ctx.tokens[i]?.pos ?? ''
  if (/^(DET|PRON|PROPN|NUM|ADJ)$/.test(pos)) return true
  // `bankers had raised`, against `cost $16 million`, which the tagger may call a noun.
  return pos === 'NOUN' && /^(VERB|AUX)$/.test(ctx.tokens[i + 1]?.pos ?? '')
}
