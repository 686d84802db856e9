import type { Span } from '../../doc/span.js'
import { isSpeechCue } from './cues.js'
import type { Context, Frame } from './frames.js'

/*
 * `In the long run, economists say, costs will rise`, `After the vote, the mayor said, the
 * council met`: a phrase that opens the sentence and is set off by a comma before a saying that
 * breaks into it belongs to the claim the saying reports, and PolNeAR marks the claim from the
 * sentence's start (train: 11 claims matched for 1 lost; of the claims that match either way, the
 * gold starts at the sentence 38 times and after the saying 11). A phrase with a comma of its own
 * or a pronoun subject (`In May, the town, he said, C`, `It is his job, he said, to C`) may be a
 * clause of the writer's, and is left out.
 */

/** Words that open a clause of its own rather than a phrase fronted from the claim. */
const CLAUSE_OPENER = /^(it|he|she|they|we|i|you|there)$/i

/** The claim with the phrase before its source when the saying breaks into it, else null. */
export function withFrontedAdjunct(ctx: Context, frame: Frame, source: [number, number] | null): Span | null {
  const { cue, content } = frame
  const { text, tokens, words } = ctx
  if (!content || !source || cue.frame !== 'verb' || !isSpeechCue(cue)) return null
  const cueEnd = (tokens[cue.last - 1] ?? tokens[cue.head])?.end ?? 0
  if (source[1] > cue.first || content.start <= cueEnd || !/^,\s*$/.test(text.slice(cueEnd, content.start))) return null
  const [first] = ctx.sentenceRange(cue.head)
  // At least two words and their comma before the source, the comma last: a lone adverb
  // (`Instead, she said, C`) changes no match either way and is left to the clause after it.
  if (source[0] - first < 3 || words[source[0] - 1] !== ',') return null
  for (let i = first; i < source[0] - 1; i++) if (/^(,|["“”‘’]|''|``)$/.test(words[i] as string)) return null
  if (CLAUSE_OPENER.test(words[first] as string)) return null
  const start = (tokens[first] as { start: number }).start
  return start < content.start ? { start, end: content.end } : null
}
