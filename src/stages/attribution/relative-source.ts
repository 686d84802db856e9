import type { Token } from '../../doc/layers.js'
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
