import type { Cue } from './cues.js'
import type { Context } from './frames.js'

/*
 * `Having said that, ...`, `That said, ...`, `That being said, ...` open a sentence as the
 * writer's turn in the argument, like `however`; no one is reported as saying anything (PolNeAR
 * train: one of five such openers is marked as an attribution).
 */
const CONNECTIVES: readonly (readonly string[])[] = [
  ['having', 'said', 'that', ','],
  ['that', 'said', ','],
  ['that', 'being', 'said', ','],
]

/** True when the cue is the saying verb of a sentence-opening connective. */
export function isConnective(ctx: Context, cue: Cue): boolean {
  const [s0] = ctx.sentenceRange(cue.head)
  return CONNECTIVES.some((words) => {
    const first = cue.head - words.indexOf('said')
    // Opening its sentence, or after the bracket or quote mark that does (`(Having said that,`).
    const opens = first === s0 || (first > s0 && /^([("“]|''|``|[.!?])$/.test(ctx.words[first - 1] as string))
    return opens && words.every((w, i) => (ctx.words[first + i] as string | undefined)?.toLowerCase() === w)
  })
}
