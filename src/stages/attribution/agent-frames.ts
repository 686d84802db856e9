import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { contentAfter, contentBefore } from './content-span.js'
import type { Cue } from './cues.js'
import type { Context, Frame } from './frames.js'
import { phraseEndingAt, phraseStartingAt } from './noun-phrase.js'

/*
 * Frames whose source a preposition names rather than a subject: `according to X` and a
 * passive with its agent (`reported by the Post`, `declared unsafe by the engineers`: train 20
 * gold claims have the agent after a complement).
 */

const OPENERS = /^(["“]|''|``)$/

/**
 * `The plan was first reported by the Post`, `the claim is disputed by the family`: an inflected verb
 * followed by `by` and a phrase has that phrase for source, and the phrase before the verb (its
 * grammatical subject) for content.
 */
export function passiveAgentFrame(ctx: Context, cue: Cue, j: number, s0: number, s1: number): Frame | null {
  const { tokens, words, text } = ctx
  const head = tokens[cue.head] as Token
  if (cue.frame === 'verb' && words[cue.last] !== 'by' && words[cue.head] !== head.lemma)
    return separatedAgentFrame(ctx, cue, j, s0, s1)
  if (cue.frame !== 'verb' || words[cue.last] !== 'by' || words[cue.head] === head.lemma) return null
  if (isGerund(ctx, cue.last + 1) || MEANS.test(words[cue.last + 1] ?? '')) return null
  // `the proposal championed by the senator`, `a call echoed by Japan`: a participle after a noun
  // it describes, with its agent, is the writer's aside about that noun; PolNeAR marks it about
  // one time in five (train: 12 of 54), so it is read as no claim at all.
  if (/^(NOUN|PROPN)$/.test(tokens[cue.first - 1]?.pos ?? ''))
    return { cue, source: null, inherits: false, content: null, channel: null, agent: true }
  const source = phraseStartingAt(tokens, words, cue.last + 1, s1)
  const subject = phraseEndingAt(tokens, words, j + 1, s0)
  if (!source || !subject) return null
  const first = tokens[subject[0]] as Token
  const last = tokens[subject[1] - 1] as Token
  const content = text.slice(first.start, last.end).trim() ? { start: first.start, end: last.end } : null
  return { cue, source, inherits: false, content, channel: null, agent: true }
}

/** `said by telephone`: a means of speaking after `by`, not an agent. */
const MEANS = /^(telephone|phone|email|e-mail|text|letter|video|videolink|satellite|mail|fax)$/

/**
 * `began by crediting X`, `responded by citing C`: `by` before a gerund says how, not who. The
 * tagger calls many such gerunds nouns; an agent opens with a determiner or a name, not a bare
 * lower-case word in `-ing` (PolNeAR train: 3 more claims right, none lost; dev unchanged).
 */
function isGerund(ctx: Context, k: number): boolean {
  const word = ctx.words[k] ?? ''
  return /^[a-z]+ing$/.test(word) && ctx.tokens[k]?.pos !== 'PROPN'
}

/**
 * Whether a cue is a participle after a form of `be` (adverbs and `not` between, none before
 * token `floor`): `is accused`, `was not called`.
 */
export function isPassiveParticiple(ctx: Context, cue: Cue, floor: number): boolean {
  const { tokens, words } = ctx
  let b = cue.first - 1
  while (b > floor && (tokens[b]?.pos === 'ADV' || words[b] === 'not')) b--
  return /^(is|are|was|were|been|being|be)$/.test(words[b] ?? '') && /(ed|en|wn)$/.test(words[cue.head] as string)
}

/**
 * `Pigs are considered unclean by some faiths`, `she has been called a charlatan by fellow
 * doctors`: a passive whose agent follows a complement names the agent as source; the claim runs
 * from the subject to the `by`.
 */
function separatedAgentFrame(ctx: Context, cue: Cue, j: number, s0: number, s1: number): Frame | null {
  const { tokens, words } = ctx
  if (!isPassiveParticiple(ctx, cue, s0)) return null
  let by = -1
  for (let k = cue.last; k < Math.min(s1, cue.last + 8); k++) {
    const w = words[k] as string
    if (w === 'by') {
      by = k
      break
    }
    if (/^[.,;:!?]$/.test(w) || /^(that|and|but|to)$/.test(w) || /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '')) return null
  }
  if (by <= cue.last) return null
  const source = phraseStartingAt(tokens, words, by + 1, s1)
  // `Jo Roe — a surgeon and TV host — has been called X by Y`: the subject before the insertion.
  let end = j + 1
  if (/^(—|–|--)$/.test(words[j] as string)) {
    let open = j - 1
    while (open > s0 && open > j - 20 && words[open] !== words[j]) open--
    if (words[open] === words[j]) end = open
  }
  const subject = phraseEndingAt(tokens, words, end, s0)
  if (!source || !subject) return null
  const content = { start: (tokens[subject[0]] as Token).start, end: (tokens[by - 1] as Token).end }
  return { cue, source, inherits: false, content, channel: null, agent: true }
}

/** `According to X, C` and `C, according to X`. */
/** Participles by which an outlet came to hold papers: `documents seen by Reuters`. */
const SEEN = /^(seen|obtained|reviewed|viewed|examined|read|shared|provided|shown|leaked|acquired)$/

export function accordingFrame(ctx: Context, cue: Cue, s0: number, s1: number): Frame {
  const { tokens, words } = ctx
  let source = phraseStartingAt(tokens, words, cue.last, s1)
  let channel: [number, number] | null = null
  if (!source) {
    // A phrase the tagger broke (`exit polls`, `documents seen by X`, with `exit` and `documents`
    // as verbs): up to the comma, or to the end of a sentence it closes.
    let end = cue.last
    while (end < Math.min(s1, cue.last + 10) && !/^[,;:.!?]$/.test(words[end] as string)) end++
    if (end > cue.last && end < cue.last + 10 && (words[end] === ',' || end >= s1 - 1)) source = [cue.last, end]
  } else if (/(ed|en)$/.test(words[source[1]] ?? '') && words[source[1] + 1] === 'by') {
    // `according to documents reviewed by the newspaper`: the documents, as the paper saw them.
    const agent = phraseStartingAt(tokens, words, source[1] + 2, s1)
    if (agent) source = [source[0], agent[1]]
  }
  // Whoever saw or obtained them is how the documents reached the story: the channel (who filed
  // or wrote them is their author, part of the source).
  for (let i = source ? source[0] + 1 : s1; source && i < source[1] - 2; i++) {
    if (words[i + 1] === 'by' && SEEN.test(words[i] as string)) {
      channel = [i + 2, source[1]]
      break
    }
  }
  if (source && words[source[1]] === ',') {
    // An apposition naming the body: `the website of the programme, Rewards for Justice,`.
    const name = phraseStartingAt(tokens, words, source[1] + 1, s1)
    // The name is who a reader knows the source by; the phrase before it only describes it.
    if (name && words[name[1]] === ',' && tokens[name[0]]?.pos === 'PROPN') source = name
  }
  let content: Span | null = null
  let k = cue.first - 1
  while (k >= s0 && /^(but|and|yet|so)$/.test(words[k] as string)) k--
  // Two apostrophes close a quote as often as they open one: `''C,'' according to X`.
  const closesQuote = words[k] === "''" && /^[,.!?]$/.test(words[k - 1] ?? '')
  // `OSLO, May 2 (Reuters) - According to X, C`: the dash closing a dateline opens the sentence.
  const afterDateline = /^(-|--|—|–)$/.test(words[k] ?? '') && words[k - 1] === ')'
  const opensClause =
    k < s0 || (OPENERS.test(words[k] as string) && !closesQuote) || /^[.!?]$/.test(words[k] as string) || afterDateline
  if (opensClause && source && words[source[1]] !== ',') {
    // `According to a complaint filed by the agency, C`: a source phrase longer than the chunker
    // reads runs to the first comma.
    const comma = words.indexOf(',', source[1])
    if (comma > 0 && comma < Math.min(s1 - 1, cue.last + 30)) source = [cue.last, comma]
  }
  if (
    opensClause &&
    source?.[0] === cue.last &&
    words[source[1]] === ',' &&
    tokens[source[1] - 1]?.pos === 'PROPN' &&
    /^(a|an|the)$/i.test(words[source[1] + 1] ?? '')
  ) {
    // `According to Eva Lind, a researcher at the firm Hexa, C`: a description set off after the
    // name is part of the source, and the claim starts after it.
    let end = source[1] + 2
    while (end < Math.min(s1 - 1, source[1] + 14) && words[end] !== ',' && !/^(VERB|AUX)$/.test(tokens[end]?.pos ?? ''))
      end++
    if (words[end] === ',' && end < s1 - 2) source = [source[0], end]
  }
  if (opensClause && source && words[source[1]] === ',') content = contentAfter(ctx, source[1] + 1, s1)
  else if (words[cue.first - 1] === ',' || !opensClause) {
    content = contentBefore(ctx, cue.first - 1, s0)
    // `C, according to X, and D`: the claim goes on past its attribution.
    const after = source ? source[1] : cue.last
    if (content && words[after] === ',' && words[after + 1] === 'and' && after + 2 < s1) {
      const rest = contentAfter(ctx, after + 2, s1)
      if (rest) content = { start: content.start, end: rest.end }
    } else if (content && !opensClause) content = acrossAside(ctx, content, k, cue.last, s1) ?? content
  }
  return { cue, source, inherits: false, content, channel }
}

/**
 * `At the heart of the dispute, according to two aides, was a missed call`, `Over time, according
 * to the report, costs will rise`: an `according to` set off by commas inside its sentence, after
 * a stretch with no verb of its own, is an aside in a claim that goes on after it, and the claim
 * is the whole clause, aside and all (`comma` is the comma before the cue). So is one after a
 * clause that the words past the aside complete: `The tax is unfair, according to the mayor,
 * because renters pay it twice`.
 */
function acrossAside(ctx: Context, before: Span, comma: number, from: number, s1: number): Span | null {
  const { tokens, words } = ctx
  if (words[comma] !== ',') return null
  const [s0] = ctx.sentenceRange(comma)
  let verb = false
  for (let j = s0; j < comma; j++) if (tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX') verb = true
  let close = from
  while (close < Math.min(s1 - 1, from + 30) && !/^[,;:.!?]$/.test(words[close] as string)) close++
  if (words[close] !== ',') return null
  // `C shut down, according to X, leaving D`: after a clause of its own, the aside is inside the
  // claim only when what follows cannot stand alone: the clause's object, predicate or reason.
  if (verb && tokens[comma - 1]?.pos !== 'VERB' && !goesOnAfterAside(ctx, close + 1)) return null
  const rest = contentAfter(ctx, close + 1, s1)
  // `But, according to the poll, C`: a conjunction alone links the claim to the sentence before.
  const linked = comma === s0 + 1 && /^(but|and|yet|so)$/.test(words[s0] as string)
  return rest ? { start: linked ? rest.start : before.start, end: rest.end } : null
}

/** `, is to freeze hiring`, `, leaving D`, `, because D`: words after an aside that finish the clause before it. */
function goesOnAfterAside(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]
  const w = ctx.words[i] ?? ''
  if (/^(because|although|though)$/.test(w)) return true
  return t?.pos === 'AUX' || (t?.pos === 'VERB' && !/ed$/.test(w))
}
