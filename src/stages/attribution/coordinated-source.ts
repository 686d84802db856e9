import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Cue } from './cues.js'
import type { Context } from './frames.js'

/*
 * `The harbour master said the survey proved the captain lied, and accused the port of a cover-up`,
 * `Farmers said they were alarmed by the floods and wanted to see the dam`: a verb coordinated
 * with a saying shares the subject of the sentence's own clause, not that of a saying read inside
 * the claim before it (`the survey proved`, `alarmed by the floods`), whose speaker is what the
 * claim is about. Inside an adverbial clause of that claim (`praised her after she attacked the
 * referees and blamed the league`) the nearer subject goes on. PolNeAR train: 10 sources right, 1
 * lost; dev unchanged.
 */

/** A saying read so far in the article, for a coordinated cue to take its source from. */
export interface Said {
  readonly range: [number, number]
  readonly id: string | undefined
  readonly sentence: number
  readonly cue: Cue
  readonly content: Span | null
}

const ADVERBIAL_CLAUSE = /^(after|before|when|while|because|since|as|if|although|though|until|unless|once|whenever)$/

/**
 * The saying a cue after `and` or `but` takes its source from: the last one of its sentence not
 * read inside another's claim (one that ends before the cue); null when the cue is not
 * coordinated or the sentence has no such saying.
 */
export function inheritedHost(ctx: Context, said: readonly Said[], cue: Cue, sentence: number): Said | null {
  const { tokens, words } = ctx
  let j = cue.first - 1
  while (j > 0 && /^(ADV|AUX)$/.test(tokens[j]?.pos ?? '')) j--
  if (!/^(and|but)$/.test(words[j] ?? '')) return null
  const at = (tokens[cue.head] as Token).start
  const mates = said.filter((s) => s.sentence === sentence)
  const claimed = (s: Said) => {
    const start = (tokens[s.cue.first] as Token).start
    return mates.some(
      (o) =>
        o !== s &&
        o.content !== null &&
        o.cue.last <= s.range[0] &&
        o.content.start <= start &&
        start < o.content.end &&
        !(o.content.start <= at && at < o.content.end) &&
        !words.slice(o.cue.last, s.range[0]).some((w) => ADVERBIAL_CLAUSE.test(w)),
    )
  }
  for (let i = mates.length - 1; i >= 0; i--) {
    const s = mates[i] as Said
    if (!claimed(s)) return s
  }
  return null
}
