import type { Token } from '../../doc/layers.js'
import type { Cue } from './cues.js'
import type { Context, Frame } from './frames.js'
import { DAYS } from './source-before.js'

/*
 * `Asked whether the plant would close, the mayor said ...`, `..., she said when asked about the
 * strike`: a participle `asked` before or after the main clause puts a question to its speaker,
 * and PolNeAR marks the question itself (`whether the plant would close`, `the strike`) as a
 * content with no source (PolNeAR train: about four in five such participles marked, the rest
 * mostly `asked to` requests). With `by` the asker is named (`Asked by Reuters about C`): that
 * reading is left to the frame rules, which give it no claim, as the founding report codes it.
 * So is `asked` with an object (`Jo Roe, the board's chair, asked the mayor whether C`): an active
 * verb after an apposition, whose subject asks (PolNeAR train: 3 more sources right, dev none).
 * A passive `was asked about C` with no asker puts its question the same way (PolNeAR train: 9
 * more matched for 11 more read, dev unchanged).
 */

const OPENS_PARTICIPLE = /^(when|whenever|if|once|after|before|while|until)$/
/** Words that open the question: `about` names its topic, the rest open a clause. */
const QUESTION = /^(about|if|whether|what|why|how|who|whom|which|where|when|to)$/
const TRAILING = /^[.!?,;:"”'’]$|^''$/
/** Time words that open no object: `asked last week whether`. */
const WHEN = /^(last|this|later|earlier)$/

/** The question a participle `asked` puts, as a content with no source, or null for any other cue. */
export function questionAsked(ctx: Context, cue: Cue): Frame | null {
  const { tokens, words } = ctx
  if (words[cue.head] !== 'asked' || cue.first !== cue.head) return null
  const [s0, s1] = ctx.sentenceRange(cue.head)
  let before = cue.head - 1
  while (before >= s0 && /^(["“]|''|``)$/.test(words[before] as string)) before--
  const opens = before < s0 || words[before] === ',' || OPENS_PARTICIPLE.test(words[before] as string)
  if (!opens && !isPassiveAsked(ctx, before)) return null
  if (words[before - 1] === 'and') return null
  // `Jo Roe, the board's chair, asked the mayor whether C`: a verb with an object is active, the
  // main verb after an apposition; its subject asks.
  const object = tokens[cue.head + 1]
  const next = words[cue.head + 1] as string
  if (
    object &&
    /^(DET|NOUN|PROPN|NUM)$/.test(object.pos) &&
    !DAYS.test(next) &&
    !WHEN.test(next) &&
    !QUESTION.test(next)
  )
    return null
  // Past a few words of time, place or manner: `Asked on Monday whether`, `asked specifically about`.
  let at = cue.head + 1
  while (at < s1 && at < cue.head + 8 && !QUESTION.test(words[at] as string)) {
    const t = tokens[at] as Token
    if (words[at] === 'by' || words[at] === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return null
    at++
  }
  const opener = words[at]
  if (!opener || !QUESTION.test(opener)) return null
  if (opener === 'to' && tokens[at + 1]?.pos !== 'VERB') return null
  const start = opener === 'about' ? at + 1 : at
  let end = s1
  for (let k = start + 1; k < s1; k++) {
    if (words[k] === ',' && !/^(which|who|whose|including)$/.test(words[k + 1] ?? '')) {
      end = k
      break
    }
  }
  while (end > start && TRAILING.test(words[end - 1] as string)) end--
  if (end <= start) return null
  // `was asked about it during the debate`: a pronoun names no question PolNeAR marks.
  if (tokens[start]?.pos === 'PRON' && (end === start + 1 || tokens[start + 1]?.pos === 'ADP')) return null
  const content = { start: (tokens[start] as Token).start, end: (tokens[end - 1] as Token).end }
  return { cue, source: null, inherits: false, content, channel: null, unsourced: true }
}

/** Adverbs between a passive's auxiliary and `asked`: `was often asked`, `has been repeatedly asked`. */
const PASSIVE_ADVERBS =
  /^(often|repeatedly|also|later|again|never|specifically|directly|frequently|recently|first|then|once)$/

/**
 * `She was asked about the strike`, `he is often asked whether C`: a passive `asked` with no
 * asker named puts a question to its subject, read as the participle's is.
 */
function isPassiveAsked(ctx: Context, before: number): boolean {
  const { words } = ctx
  let k = before
  while (k >= 0 && PASSIVE_ADVERBS.test(words[k] as string)) k--
  return /^(am|is|are|was|were|be|been|being|get|gets|got|getting)$/.test(words[k] ?? '')
}
