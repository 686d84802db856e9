import type { Token } from '../../doc/layers.js'
import { tokenRange } from '../../doc/span.js'
import type { Context, Frame } from './frames.js'
import { isTimePhrase } from './source-before.js'

/*
 * Readings whose cue word is there but says nothing anyone claims: a verb of doing used with an
 * object that is no statement (`made a visit`), a question's addressee read as what was asked
 * (`was asked by the host`), a charge denied in the passive (`has never been charged with`), an
 * idiom (`it goes without saying that`), a time read as what was said (`wrote last October`), a claim read
 * as `what` alone. Each is dropped as a whole.
 */

/**
 * What `make` makes when it makes a claim: `made the case that`, `made a remark`, `made clear`.
 * Any other object (`made a visit`, `made donations`, `made the transition`) is a deed.
 */
const SAID_OBJECTS = new Set([
  'accusation',
  'admission',
  'allegation',
  'announcement',
  'apology',
  'appeal',
  'argument',
  'assertion',
  'assessment',
  'attempt',
  'call',
  'case',
  'charge',
  'claim',
  'comment',
  'commitment',
  'comparison',
  'complaint',
  'confession',
  'criticism',
  'decision',
  'declaration',
  'demand',
  'denial',
  'joke',
  'mention',
  'observation',
  'offer',
  'pitch',
  'plea',
  'pledge',
  'point',
  'prediction',
  'promise',
  'proposal',
  'reference',
  'remark',
  'request',
  'speech',
  'statement',
  'suggestion',
  'threat',
  'vow',
  'warning',
])

/** Words between `make` and its object's head: articles, numbers, adjectives, possessives. */
const MODIFIERS = /^(DET|NUM|ADJ|ADV|PRON)$/

/**
 * `He made a visit to the town`, `the law made deals with insurers`: `make` whose object's head
 * noun is no statement or promise is a deed, whatever the tagger read after it. `made clear that`,
 * `made it plain`, `made the case`, `made a remark` stay claims.
 */
function isMadeDeed(ctx: Context, frame: Frame): boolean {
  const { tokens, words } = ctx
  const { cue } = frame
  const head = tokens[cue.head] as Token
  if (head.lemma !== 'make' || head.pos !== 'VERB' || cue.last !== cue.head + 1) return false
  const [, s1] = ctx.sentenceRange(cue.head)
  for (let k = cue.last; k < Math.min(s1, cue.last + 5); k++) {
    const t = tokens[k] as Token
    const w = (words[k] as string).toLowerCase()
    if (/^(clear|plain|known|sure|it)$/.test(w)) return false
    if (t.pos === 'NOUN') {
      if (SAID_OBJECTS.has(t.lemma.toLowerCase())) return false
      // `make his supporters feel C`: a cause, and what it brings about is the claim.
      if (tokens[k + 1]?.pos === 'VERB') return false
      // `made his support for the plan clear`: what is made clear is said.
      for (let j = k + 1; j < Math.min(s1, k + 8) && !/^[,;:.!?]$/.test(words[j] as string); j++)
        if (/^(clear|plain|known)$/.test(words[j] as string)) return false
      return true
    }
    if (!MODIFIERS.test(t.pos)) return false
  }
  return false
}

/**
 * `Rubio was asked by the host whether C` read as `Rubio`, `the reporter asked Senator Lee`: a
 * content with no verb, no question word and no question mark that is the subject of the passive
 * or ends on a name or a personal pronoun names who was asked, not what was asked. `asked the
 * employer proof of income` (what was requested) and `asked about the deal` (the topic) stay.
 */
function isAskedAddressee(ctx: Context, frame: Frame): boolean {
  const { tokens, words, text } = ctx
  const { cue, content } = frame
  if (!content || (tokens[cue.head] as Token).lemma !== 'ask') return false
  const range = tokenRange(tokens, content, 'grow')
  if (range === null) return false
  const said = text.slice(content.start, content.end)
  if (/[?"“”]|''/.test(said)) return false
  if (words[cue.last] === 'about' || words[range[0] - 1] === 'about' || words[range[0]] === 'about') return false
  for (let k = range[0]; k < range[1]; k++) {
    const t = tokens[k] as Token
    if (/^(VERB|AUX|SCONJ|ADP)$/.test(t.pos)) return false
    if (/^(whether|if|how|what|why|when|where|who|which|whom|to|about|for)$/i.test(words[k] as string)) return false
  }
  const last = tokens[range[1] - 1] as Token
  const before = range[1] <= cue.first
  return before || last.pos === 'PROPN' || /^(him|her|them|me|us)$/i.test(words[range[1] - 1] as string)
}

/** Charges in the passive: `was charged with`, `has been accused of`. */
const CHARGES = /^(accuse|charge|indict|convict|suspect|allege)$/

/**
 * `Lee has never been charged with any crime`, `who was not accused of wrongdoing`: a charge
 * denied in the passive with no one named is the writer's statement that no one made it.
 */
function isDeniedCharge(ctx: Context, frame: Frame): boolean {
  const { tokens, words } = ctx
  const { cue } = frame
  const head = tokens[cue.head] as Token
  if (!CHARGES.test(head.lemma) || head.pos !== 'VERB' || !/(ed|en)$/.test(words[cue.head] as string)) return false
  if (words[cue.last] === 'by' || frame.agent) return false
  let negated = false
  let passive = false
  let b = cue.first - 1
  for (; b >= 0 && b > cue.first - 6; b--) {
    const w = (words[b] as string).toLowerCase()
    if (/^(not|never|n't|nor)$/.test(w)) negated = true
    else if (/^(is|are|was|were|been|being|be)$/.test(w)) passive = true
    else if (!/^(AUX|ADV)$/.test(tokens[b]?.pos ?? '')) break
  }
  return passive && (negated || deniedSubject(ctx, b))
}

/** `Neither Lee nor her aides have been`, `No one was`: a subject ending at token `end` that denies the verb, from its clause's start. */
function deniedSubject(ctx: Context, end: number): boolean {
  const [s0] = ctx.sentenceRange(Math.max(0, end))
  let k = end
  while (k > s0 && !/^[,;:]$/.test(ctx.words[k - 1] as string)) k--
  const first = (ctx.words[k] ?? '').toLowerCase()
  const second = (ctx.words[k + 1] ?? '').toLowerCase()
  return /^(neither|nobody|none)$/.test(first) || (first === 'no' && /^(one|official|member)$/.test(second))
}

/** `It goes without saying that C`: the writer's own claim, with no one said to say it. */
function isWithoutSaying(ctx: Context, frame: Frame): boolean {
  const { tokens, words } = ctx
  const { cue } = frame
  return (
    (tokens[cue.head] as Token).lemma === 'say' &&
    /^without$/i.test(words[cue.first - 1] ?? '') &&
    (tokens[cue.first - 2] as Token | undefined)?.lemma === 'go'
  )
}

/**
 * `advocated over the weekend` read as `the weekend`, `responded Friday`, `never spoke longer than
 * 30 minutes`: a content that is a time alone is when something was done, not what was said.
 */
function isTimeAlone(ctx: Context, frame: Frame): boolean {
  if (!frame.content) return false
  const range = tokenRange(ctx.tokens, frame.content, 'grow')
  if (range === null) return false
  let [first, last] = range
  while (last > first && /^[,;:.!?]$/.test(ctx.words[last - 1] as string)) last--
  return last > first && isTimePhrase(ctx, [first, last])
}

/**
 * `what the senator says and promises is`, `what he called "our quarrel"`: a claim read as the
 * free relative `what` alone says nothing of what was said. After a clause of time or reason
 * (`what she said when she resigned`) PolNeAR marks the `what` itself, and it stays.
 */
function isWhatAlone(ctx: Context, frame: Frame): boolean {
  const { content, cue } = frame
  if (!content || !/^(what|whatever)$/i.test(ctx.text.slice(content.start, content.end))) return false
  return !/^(when|after|before|because|while|since|until|as|if|once)$/i.test(ctx.words[cue.last] ?? '')
}

/** Whether a frame's cue says nothing anyone claims (see above), so that it is no attribution. */
export function isNonClaim(ctx: Context, frame: Frame): boolean {
  return (
    isMadeDeed(ctx, frame) ||
    isAskedAddressee(ctx, frame) ||
    isDeniedCharge(ctx, frame) ||
    isWithoutSaying(ctx, frame) ||
    isTimeAlone(ctx, frame) ||
    isWhatAlone(ctx, frame)
  )
}
