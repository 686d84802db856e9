import { tokenRange } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'

/** Below this cue probability, a past-tense verb with a short object is read as a deed (`isDoubtedDeed`). */
const DEED_FLOOR = 0.3

/**
 * `The networks covered it`, `he launched his bid`, `an appeals court overturned his decision`: a
 * verb in `-ed` that the cue model doubts (under 0.3), with an object of one to three words and no
 * verb (not `decided to fight back`), is a deed more often than a saying or a stance (PolNeAR
 * train: 15 of 59 match a claim, dev 2 of 7; with a longer claim, under 0.3, about two in five).
 */
export function isDoubtedDeed(ctx: Context, frame: Frame): boolean {
  const { cue, content } = frame
  if (!content || cue.probability === undefined || cue.probability >= DEED_FLOOR) return false
  if (!/ed$/.test(ctx.words[cue.head] as string)) return false
  const range = tokenRange(ctx.tokens, content, 'grow')
  if (range === null || range[1] - range[0] > 3) return false
  for (let k = range[0]; k < range[1]; k++) if (/^(VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '')) return false
  return true
}
