import type { Token } from '../../doc/layers.js'
import type { Context, Frame } from './frames.js'
import { isQuoted } from './quotes.js'

/*
 * `In a county poll released Monday, the mayor led by nine points`: a sentence opened by a poll
 * or survey reports what the poll found, with the poll as the source and the clause after the
 * comma as the content (PolNeAR train: 16 of 23 such openers marked; the others are mostly
 * unmarked by oversight). A poll named anywhere else in a sentence (`the mayor leads in the
 * polls`) is marked far less often (about one time in three) and is left alone.
 */

const POLL = /^(poll|polls|survey|surveys|polling)$/
/** How far the poll's noun may stand from `In`: `In a Marist College poll of 800 likely voters`. */
const MAX_OPENER = 14
const TRAILING = /^[.!?"”'’]$|^''$/

/** Frames for sentences that open `In ... poll, C`. */
export function pollFrames(ctx: Context): Frame[] {
  const { tokens, words } = ctx
  const frames: Frame[] = []
  for (let i = 0; i < tokens.length; i++) {
    const [s0, s1] = ctx.sentenceRange(i)
    if (i !== s0) continue
    const first = /^(["“]|''|but|and)$/.test(words[s0] as string) ? s0 + 1 : s0
    if (words[first] !== 'in' || isQuoted(ctx.quotes, tokens[first] as Token)) continue
    let poll = -1
    let comma = -1
    for (let k = first + 1; k < Math.min(s1, first + MAX_OPENER); k++) {
      if (POLL.test(words[k] as string) && tokens[k]?.pos === 'NOUN') poll = k
      if (words[k] === ',') {
        comma = k
        break
      }
    }
    if (poll < 0 || comma < 0 || comma + 1 >= s1) continue
    let end = s1
    while (end > comma + 1 && TRAILING.test(words[end - 1] as string)) end--
    if (end <= comma + 1) continue
    frames.push({
      cue: { first, last: first + 1, head: first, lemma: 'in', frame: 'verb', stance: 'assert' },
      source: [first + 1, comma],
      inherits: false,
      content: { start: (tokens[comma + 1] as Token).start, end: (tokens[end - 1] as Token).end },
      channel: null,
    })
  }
  return frames
}
