import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Cue } from './cues.js'
import { type Context, LEADS, SUBORDINATORS } from './frames.js'

/*
 * `The harbour master said the survey proved the captain lied, and accused the port of a cover-up`,
 * `Farmers said they were alarmed by the floods and wanted to see the dam`: a verb coordinated
 * with a saying shares the subject of the sentence's own clause, not that of a saying read inside
 * the claim before it (`the survey proved`, `alarmed by the floods`), whose speaker is what the
 * claim is about. Inside an adverbial clause of that claim (`praised her after she attacked the
 * referees and blamed the league`) the nearer subject goes on. PolNeAR train: 10 sources right, 1
 * lost; dev unchanged. A participle or coordinated cue never takes the holder of a noun cue read
 * inside a noun phrase (`unions granted a delay on a court order, saying C`: `court` is no
 * speaker); with none but such cues before it, it takes the subject the frame found (train 3 more
 * sources right, dev 1). A cue coordinated with the verb of a `who` or `which` clause (`a study,
 * which examined old farms and argued C`) is said by the pronoun (train +2 -1, dev +1).
 */

/** A saying read so far in the article, for a coordinated cue to take its source from. */
export interface Said {
  readonly range: [number, number]
  readonly id: string | undefined
  readonly sentence: number
  readonly cue: Cue
  readonly content: Span | null
}

/**
 * The saying a participle or coordinated cue takes its source from: the last one of its sentence
 * with a verb for its cue (`a court order` names no one a participle can go with) and, after `and`
 * or `but`, not read inside another's claim (one that ends before the cue). The cue's own subject
 * (`own`, from the frame) when its sentence has no such saying; null when it has neither.
 */
export function inheritedHost(
  ctx: Context,
  said: readonly Said[],
  cue: Cue,
  sentence: number,
  own: [number, number] | null,
): Pick<Said, 'range' | 'id'> | null {
  const { tokens, words } = ctx
  let mates = said.filter((s) => s.sentence === sentence && !isNominal(ctx, s))
  let j = cue.first - 1
  while (j > 0 && /^(ADV|AUX)$/.test(tokens[j]?.pos ?? '')) j--
  const coordinated = /^(and|but)$/.test(words[j] ?? '')
  // `After the mayor criticized the plan, the governor shrugged and said C`: a saying in a clause
  // closed by a comma before the subject of the cue's own clause is no host of a verb coordinated
  // in that clause, nor of a participle (`..., the governor shrugged, saying C`; train 2 more
  // sources right, none lost).
  if (own && opensWithAdverbialClause(ctx, own[0])) mates = mates.filter((s) => s.cue.first > own[0])
  if (mates.length === 0) return own ? { range: own, id: undefined } : null
  if (!coordinated) return mates[mates.length - 1] as Said
  // `Officers were angered by the deal and predicted C`: a verb coordinated with a passive shares
  // its subject, not the agent after `by`.
  const last = mates[mates.length - 1] as Said
  if (own && last.cue.frame === 'verb' && words[last.cue.last] === 'by' && last.range[0] > last.cue.last)
    return { range: own, id: undefined }
  const relative = relativeBefore(ctx, j)
  if (relative >= 0 && !mates.some((m) => m.cue.first > relative))
    return { range: [relative, relative + 1], id: undefined }
  const at = (tokens[cue.head] as Token).start
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
        !words.slice(o.cue.last, s.range[0]).some((w) => SUBORDINATORS.test(w)),
    )
  }
  for (let i = mates.length - 1; i >= 0; i--) {
    const s = mates[i] as Said
    if (!claimed(s)) return s
  }
  return mates[mates.length - 1] as Said
}

/**
 * Whether the phrase at token `subject` opens a main clause after a comma that closes an
 * adverbial clause opening its sentence (`When the mayor spoke, [the governor] ...`).
 */
export function opensWithAdverbialClause(ctx: Context, subject: number): boolean {
  const { words } = ctx
  if (words[subject - 1] !== ',') return false
  const [s0] = ctx.sentenceRange(subject)
  let first = s0
  while (first < subject && /^(["“]|''|but|and|so|yet)$/i.test(words[first] as string)) first++
  // `Ever since she endorsed him, Lee has ...`.
  if (LEADS.test((words[first] as string).toLowerCase())) first++
  return SUBORDINATORS.test((words[first] as string).toLowerCase())
}

/**
 * `a court order`, `its statement`, `the new forecast`: a noun cue inside a noun phrase, after a
 * determiner, possessive or adjective, or after a lone noun read as its source (`court`). After
 * a longer phrase or a name it may be a verb the tagger read as a noun (`some strategists fear
 * C`, `Roe and Lee call them liars`).
 */
function isNominal(ctx: Context, said: Said): boolean {
  const { cue, range } = said
  const before = ctx.tokens[cue.first - 1]
  if (ctx.tokens[cue.head]?.pos !== 'NOUN' || !before) return false
  if (/^(DET|ADJ)$/.test(before.pos)) return true
  if (before.pos === 'NOUN' && range[1] === cue.first && range[1] - range[0] === 1) return true
  return /^(its|his|her|their|our|my|your|'s)$/.test(ctx.words[cue.first - 1] as string)
}

/**
 * `a study, which examined old farms and argued C`: the `who` or `which` opening the clause a
 * coordinated cue joins (no comma, colon or quotation mark between them), or -1.
 */
function relativeBefore(ctx: Context, conjunction: number): number {
  const { tokens, words } = ctx
  const [s0] = ctx.sentenceRange(conjunction)
  for (let k = conjunction - 1; k > s0; k--) {
    const w = words[k] as string
    if (/^([,;:"“”]|''|--|—|–)$/.test(w)) return -1
    if (/^(who|which)$/.test(w)) return words[k - 1] === ',' || /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') ? k : -1
  }
  return -1
}
