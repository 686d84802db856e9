import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { contentAfter, contentBefore } from './content-span.js'
import type { Cue } from './cues.js'
import type { Context, Frame } from './frames.js'
import { phraseEndingAt, phraseStartingAt } from './noun-phrase.js'

/*
 * Frames whose source a preposition names rather than a subject: `according to X` and a
 * passive with its agent (`reported by the Post`).
 */

const OPENERS = /^(["“]|''|``)$/

/**
 * `The plan was first reported by the Post`, `a claim disputed by the family`: an inflected verb
 * followed by `by` and a phrase has that phrase for source, and the phrase before the verb (its
 * grammatical subject) for content.
 */
export function passiveAgentFrame(ctx: Context, cue: Cue, j: number, s0: number, s1: number): Frame | null {
  const { tokens, words, text } = ctx
  const head = tokens[cue.head] as Token
  if (cue.frame !== 'verb' || words[cue.last] !== 'by' || words[cue.head] === head.lemma) return null
  const source = phraseStartingAt(tokens, words, cue.last + 1, s1)
  const subject = phraseEndingAt(tokens, words, j + 1, s0)
  if (!source || !subject) return null
  const first = tokens[subject[0]] as Token
  const last = tokens[subject[1] - 1] as Token
  const content = text.slice(first.start, last.end).trim() ? { start: first.start, end: last.end } : null
  return { cue, source, inherits: false, content, channel: null, agent: true }
}

/** `According to X, C` and `C, according to X`. */
export function accordingFrame(ctx: Context, cue: Cue, s0: number, s1: number): Frame {
  const { tokens, words } = ctx
  let source = phraseStartingAt(tokens, words, cue.last, s1)
  if (!source) {
    // A phrase the tagger broke (`exit polls` with `exit` as a verb): up to the comma.
    const comma = words.indexOf(',', cue.last)
    if (comma > cue.last && comma < Math.min(s1, cue.last + 10)) source = [cue.last, comma]
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
  const opensClause = k < s0 || (OPENERS.test(words[k] as string) && !closesQuote) || /^[.!?]$/.test(words[k] as string)
  if (opensClause && source && words[source[1]] !== ',') {
    // `According to a complaint filed by the agency, C`: a source phrase longer than the chunker
    // reads runs to the first comma.
    const comma = words.indexOf(',', source[1])
    if (comma > 0 && comma < Math.min(s1 - 1, cue.last + 30)) source = [cue.last, comma]
  }
  if (opensClause && source && words[source[1]] === ',') content = contentAfter(ctx, source[1] + 1, s1)
  else if (words[cue.first - 1] === ',' || !opensClause) {
    content = contentBefore(ctx, cue.first - 1, s0)
    // `C, according to X, and D`: the claim goes on past its attribution.
    const after = source ? source[1] : cue.last
    if (content && words[after] === ',' && words[after + 1] === 'and' && after + 2 < s1) {
      const rest = contentAfter(ctx, after + 2, s1)
      if (rest) content = { start: content.start, end: rest.end }
    }
  }
  return { cue, source, inherits: false, content, channel: null }
}
