import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import type { SpanReader } from './span-tagger.js'

/*
 * `Most of the delegates said they would stay`, `Ann Lee, a long-time organiser of the farm
 * workers in the valley, said ...`: the frame rules read the claim of a speech cue but find no
 * subject they can parse (a partitive, a long apposition), and a saying with no source is
 * dropped. The span tagger reads the same cue's source from the words around it; its source is
 * taken then, unless it overlaps the claim the rules read (`"C," said X` read the wrong way round).
 * PolNeAR train: 191 more claims matched for 263 more read; dev content F1 0.687 -> 0.690.
 */

/** The rules' frame with the span tagger's source when the rules found a claim but no source. */
export function withTaggerSource(ctx: Context, reader: SpanReader, rule: Frame): Frame {
  const { content } = rule
  if (!content || rule.source || rule.inherits || rule.cue.frame !== 'verb') return rule
  const source = reader.read(rule.cue).source
  if (!source) return rule
  const start = (ctx.tokens[source[0]] as Token).start
  const end = (ctx.tokens[source[1] - 1] as Token).end
  return start < content.end && content.start < end ? rule : { ...rule, source }
}
