import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import type { SpanReader } from './span-tagger.js'

/*
 * `The mayor is telling reporters that C`, `The member is continuing to insist C`, `The governor
 * ended the meeting by announcing C`: the frame rules read the claim of a speech cue but find no
 * subject they can parse next to it, nor, for a participle or a coordinated cue, an earlier
 * saying in its sentence to take the source from; a saying with no source is dropped. The span
 * tagger reads the same cue's source from the words around it; its source is taken then, unless
 * it overlaps the claim the rules read (`"C," said X` read the wrong way round).
 * PolNeAR train: 211 more claims matched for 285 more read; dev: 18 more for 32. So too for
 * `according to` before a phrase the chunker cannot read (`according to the average of polls`,
 * with `average` tagged an adjective): train 5 more sources right, none lost.
 */

/** The rules' frame with the span tagger's source when the rules found a claim but no source (a verb or `according to`). */
export function withTaggerSource(ctx: Context, reader: SpanReader, rule: Frame): Frame {
  const { content } = rule
  if (!content || rule.source || (rule.cue.frame !== 'verb' && rule.cue.frame !== 'according')) return rule
  const source = reader.read(rule.cue).source
  if (!source) return rule
  const start = (ctx.tokens[source[0]] as Token).start
  const end = (ctx.tokens[source[1] - 1] as Token).end
  return start < content.end && content.start < end ? rule : { ...rule, source }
}
