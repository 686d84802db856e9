import type { Token } from '../../doc/layers.js'
import { tokenRange } from '../../doc/span.js'
import { closesOpeningClause, contentAfter, isClauseEnd, isEmbeddedRelative } from './content-span.js'
import type { Context, Frame } from './frames.js'
import { phraseStartingAt } from './noun-phrase.js'
import { clauseStart, isObjectBefore, opensAdverbialClause } from './object-adjuncts.js'
import { isQuoted, quoteAt } from './quotes.js'

/*
 * The span tagger leans towards content (span-tagger.ts, CONTENT_LEAN), which brings back
 * contents it would stop short, but also lets a content run on past what its cue governs into
 * the writer's own words: `attacked X in tweets after Y`, `praised X -- a move Y`. These trims
 * cut such a run where news writing marks the writer resuming (a dash set off by spaces, the
 * clause ends the rules use, a relative clause on the object), and mend the one place where the tagger stops inside a word (`early-morning`).
 */

const DASHES = /^(--|—|–|-)$/
const OPENERS = /^(["“]|''|``)$/
const QUOTE_MARKS = /^(["“”]|'')$/

/** A learned content `[first, last)` cut at the first point where the writer's words resume. */
export function trimLearnedContent(ctx: Context, [first, last]: [number, number], cue = -1): [number, number] {
  // A claim told before its cue (`C, court documents show`) is a clause with its own subject: no
  // object after which a setting could follow.
  const afterCue = first > cue
  const { tokens, words } = ctx
  let end = last
  const quotedStart = isQuoted(ctx.quotes, tokens[first] as Token)
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k] as Token
    // `rejected the accusation. "This is a lie," he said`: a quotation opening the next sentence
    // is a claim of its own, when a saying of its own follows it in that sentence.
    if (
      !quotedStart &&
      t.sentence !== tokens[k - 1]?.sentence &&
      OPENERS.test(words[k] as string) &&
      !goesOnInQuote(ctx, k)
    ) {
      end = /^[.!?]$/.test(words[k - 1] as string) ? k - 1 : k
      break
    }
    // Inside a quotation: the speaker's words, not the writer's.
    if (isQuoted(ctx.quotes, t)) continue
    // `backed closing the plant, raising the tax and selling the land`: a list's commas end nothing.
    const list = words[k] === ',' ? listEnd(ctx, first, k) : k
    if (list > k) {
      k = list - 1
      continue
    }
    // Where a rule-read content would end (`, citing ...`, `; ...`, `and criticized ...`), and
    // at a `, which` or `, where` that describes the object rather than goes on with the claim.
    // `found the man, who had fled, guilty`: a `who` clause describes a person within the claim
    // the tagger read past it, not the writer's next clause.
    const relative = words[k] === ',' && /^(who|whom|whose)$/.test(words[k + 1] ?? '')
    if (
      (isClauseEnd(ctx, k) && !relative) ||
      closesOpeningClause(ctx, first, k) ||
      isRelativeAfterObject(ctx, k) ||
      isSecondPredicate(ctx, k) ||
      (afterCue && isSettingAfterObject(ctx, first, k, last))
    ) {
      end = k
      break
    }
    if (afterCue && isObjectBefore(ctx, first, k) && opensAdverbialClause(ctx, k, last)) {
      end = clauseStart(ctx, k)
      break
    }
    // A dash set off by spaces opens the writer's aside (`-- most of whom ...`), unless a quote
    // follows it (`- "my new best friend"`); `U.S.-led` is one word.
    if (!isSpacedDash(ctx, k) || OPENERS.test(words[k + 1] ?? '')) continue
    // `in the first days -- when he is free to act -- what would you do`: an aside set between
    // two dashes inside the claim, which goes on after the second.
    const closing = pairedDash(ctx, k, last)
    if (closing > 0) {
      k = closing
      continue
    }
    end = k
    break
  }
  while (end > first + 1 && /^[,;:(]$/.test(words[end - 1] as string)) end--
  if (end === last) end = coordinatedEnd(ctx, first, end)
  if (end === last && first > cue) end = predicateEnd(ctx, first, end, cue)
  // `his early-morning tweets`: a word joined by hyphens is never cut in two.
  while (
    end < tokens.length &&
    words[end] === '-' &&
    (tokens[end] as Token).start === (tokens[end - 1] as Token).end &&
    (tokens[end + 1] as Token | undefined)?.start === (tokens[end] as Token).end
  )
    end += 2
  return [first, end]
}

/**
 * `"We lost," he said. "We will be back."`: a quotation that fills the sentence after a claim, with
 * no saying of its own, goes on with the same speaker's words.
 */
function goesOnInQuote(ctx: Context, k: number): boolean {
  const j = quotationEnd(ctx, k)
  if (j === undefined) return false
  const next = ctx.tokens[j]
  if (next && next.sentence !== ctx.tokens[j - 1]?.sentence && isSayingSentence(ctx, j)) return false
  return !next || next.sentence !== ctx.tokens[j - 1]?.sentence || /^[.!?]$/.test(ctx.words[j] as string)
}

const SAYING = /^(say|ask|add|write|tell|explain|continue|reply)$/

/**
 * `"Did you know?" Todd asked.`: a short sentence of a source and a saying after a quotation,
 * which the tagger may split from it, is the quotation's own attribution. Token `j` opens it.
 */
function isSayingSentence(ctx: Context, j: number): boolean {
  const [, s1] = ctx.sentenceRange(j)
  if (s1 - j > 8) return false
  for (let k = j; k < s1; k++) {
    const t = ctx.tokens[k] as Token
    if (t.pos === 'VERB' && SAYING.test(t.lemma)) return k > j
  }
  return false
}

/**
 * `promoted the therapies and downplayed the risks`: an inflected verb after `and` or `but` is the
 * source's next act, where a bare one goes on with an infinitive (`to cut taxes and raise pay`).
 */
function isSecondPredicate(ctx: Context, k: number): boolean {
  const { tokens, words } = ctx
  let j = k + 1
  while (tokens[j]?.pos === 'ADV') j++
  const verb = tokens[j]
  return (
    /^(and|but)$/.test(words[k] as string) &&
    verb?.pos === 'VERB' &&
    verb.lemma !== words[j] &&
    !/ing$/.test(words[j] as string)
  )
}

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|day|days|weeks|months|years)$/
const OCCASIONS =
  /^(statement|statements|interview|interviews|remarks|speech|speeches|tweet|tweets|rally|rallies|debate|hearing|letter|post|posts|email|emails|conference|appearance|stop|stops|event|address|op-ed|column|broadcast|diatribe|message|video|briefing|convention|forum|show|program|book|memo|filing)$/

/**
 * `attacked the senator in tweets on Monday`, `criticized the law during a stop in Flint`: after
 * an object, a time or the occasion of the saying is the writer's setting, not what was said.
 */
function isSettingAfterObject(ctx: Context, first: number, k: number, end: number): boolean {
  const { tokens, words } = ctx
  const w = words[k] as string
  // Only after an object: a clause (`the law requires X at a hearing`) keeps its own settings.
  const nominal =
    /^(DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(tokens[first]?.pos ?? '') &&
    words[first] !== 'that' &&
    !tokens.slice(first, k).some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && isSubject(tokens[first + i - 1])))
  // `told the host on Friday that C`, `called the remarks on Saturday "a wake-up call"`: the
  // phrase before the setting was the audience or the thing named, and the claim comes after.
  if (!nominal || words.slice(k, end).some((x) => x === 'that' || OPENERS.test(x))) return false
  if (tokens[k]?.pos === 'PROPN' && TIME_WORDS.test(w)) return /^(NOUN|PROPN|PUNCT)$/.test(tokens[k - 1]?.pos ?? '')
  // `attacked the senator by reminding voters of C`: the means of the attack, the writer's account;
  // after a verb (`a pledge to cut costs by closing plants`) it is that verb's, inside the claim.
  if (w === 'by') return isGerundAt(ctx, k + 1) && !tokens.slice(first, k).some((t) => t.pos === 'VERB')
  if (!/^(in|on|at|during|since|while)$/.test(w)) return false
  // `called it a common ailment during long campaigns`: `during` may belong to the claim, and
  // marks the saying's setting only before a time or an occasion, as `in` and `on` do.
  if (w === 'since') return true
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    const x = words[j] as string
    if (/^[,;.]$/.test(x) || tokens[j]?.pos === 'VERB') break
    if (TIME_WORDS.test(x) || OCCASIONS.test(x)) return true
  }
  return false
}

/**
 * `praised the deal in a statement`, `rejected the argument in a ruling released Thursday`: a
 * rule-read object ends before the time or occasion of the saying, as a learned one does.
 */
export function withoutSetting(ctx: Context, frame: Frame): Frame {
  const { content, cue } = frame
  if (!content || cue.frame !== 'verb') return frame
  const range = tokenRange(ctx.tokens, content, 'grow')
  if (!range || range[0] < cue.last) return frame
  const [first, last] = range
  // `accused him of grabbing her at a rally` and `agree her answer in the debate was the
  // catalyst` read a clause, whose settings are the source's.
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX'
  if (ctx.tokens.slice(first, last).some(verbal)) return frame
  for (let k = first + 1; k < last; k++) {
    if (isQuoted(ctx.quotes, ctx.tokens[k] as Token)) continue
    if (!isSettingAfterObject(ctx, first, k, last)) continue
    const end = ctx.tokens[k - 1] as Token
    return { ...frame, content: { start: content.start, end: end.end } }
  }
  return frame
}

/** Whether a gerund, past any adverbs, opens at token `k`: `reminding`, `publicly expressing`. */
function isGerundAt(ctx: Context, k: number): boolean {
  let j = k
  while (ctx.tokens[j]?.pos === 'ADV') j++
  return ctx.tokens[j]?.pos === 'VERB' && /ing$/.test(ctx.words[j] as string)
}

function isSubject(t: Token | undefined): boolean {
  return t?.pos === 'NOUN' || t?.pos === 'PROPN' || t?.pos === 'PRON'
}

function isRelativeAfterObject(ctx: Context, k: number): boolean {
  return ctx.words[k] === ',' && /^(which|where)$/.test(ctx.words[k + 1] ?? '') && !isEmbeddedRelative(ctx, k)
}

const WRITER_GOES_ON = /^(who|whom|whose|which|where|as|while|because|after|before|when|although|though|since|but)$/

/** The spaced dash that closes an aside the one at `k` opens, with more of the content after it; or -1. */
function pairedDash(ctx: Context, k: number, last: number): number {
  for (let j = k + 2; j + 1 < last; j++) {
    if (/^[.;:!?]$/.test(ctx.words[j] as string)) return -1
    if (!isSpacedDash(ctx, j)) continue
    // `-- most of whom agreed -- who cited C`, `- a rise - as prices fell`: the writer's aside
    // and then the writer's next clause.
    return WRITER_GOES_ON.test(ctx.words[j + 1] ?? '') ? -1 : j
  }
  return -1
}

function isSpacedDash(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k] as Token
  const w = ctx.words[k] as string
  return DASHES.test(w) && (w !== '-' || /\s/.test(ctx.text[t.start - 1] ?? ''))
}

/** Verbs whose object may be a clause: after them a noun phrase and a finite verb are subject and predicate. */
const CLAUSE_VERBS =
  /^(suggest|think|believe|say|argue|claim|insist|warn|predict|fear|hope|expect|acknowledge|admit|suspect|sense|feel|know|hint|indicate|contend|maintain|assert|agree|worry|conclude|find|show|estimate|note|explain|tell|write|report|allege|deny|concede|recall|add|declare|stress|emphasize|guess|reckon|imply|speculate|doubt)$/
/** Words that open an indirect question or free relative, which needs a verb of its own. */
const WH = /^(what|whether|if|how|why|who|when|where|which)$/

/**
 * `suggested his main task is to win`, `asked whether the tape should be shown`: a content the
 * tagger stopped after a verbless stretch is only the subject of the clause it reports, when it
 * opens with a question word or stands before a finite verb after a verb that takes a clause;
 * the claim then runs to the clause's end, as a rule-read one would.
 */
function predicateEnd(ctx: Context, first: number, end: number, cue: number): number {
  const { tokens, words } = ctx
  if (tokens.slice(first, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return end
  const question = WH.test(words[first] ?? '') && end > first + 1
  const subject =
    tokens[cue]?.pos === 'VERB' &&
    CLAUSE_VERBS.test(tokens[cue]?.lemma ?? '') &&
    /^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tokens[first]?.pos ?? '') &&
    isFiniteVerb(ctx, end, tokens[first]?.sentence)
  if (!question && !subject) return end
  const [, s1] = ctx.sentenceRange(first)
  const span = contentAfter(ctx, first, s1)
  if (!span) return end
  let k = end
  while (k < s1 && (tokens[k] as Token).end <= span.end) k++
  return k
}

/** Whether token `k` of sentence `sentence` is a finite verb: an auxiliary, a past or a present with `-s`. */
function isFiniteVerb(ctx: Context, k: number, sentence: number | undefined): boolean {
  const t = ctx.tokens[k]
  const w = ctx.words[k] ?? ''
  if (!t || t.sentence !== sentence) return false
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(w) && (t.lemma !== w || /s$/.test(w)))
}

/**
 * `called for more defense spending and an end to the cuts`: an object the tagger stopped at a
 * coordinating `and` or `or` takes in the phrase coordinated with it, and one stopped at
 * `, including` or `, such as` the examples that follow, to the next comma.
 */
function coordinatedEnd(ctx: Context, first: number, end: number): number {
  const { tokens, words } = ctx
  const nominal = /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[first]?.pos ?? '') && words[first] !== 'that'
  // `railed against super PACs, including the one ...`: examples belong to the object.
  // A name's apposition with a relative clause (`mentioned Jane Roe, the nurse who ...`) says
  // who the object is; a bare one (`backed Lane, the former mayor`) is the writer's gloss, which
  // PolNeAR leaves out (train: 22 claims mended for 7 lost against taking in every apposition).
  const examples = /^(including|such|especially|particularly)$/.test(words[end + 1] ?? '')
  const apposition =
    /^(the|a|an)$/.test(words[end + 1] ?? '') && tokens[end - 1]?.pos === 'PROPN' && appositionHasRelative(ctx, end + 1)
  // `called him a "liar," a "bully" and "unstable"`: a list of quoted names goes on to its end.
  const quotedList =
    /^(["”]|'')$/.test(words[end - 1] ?? '') &&
    words[end - 2] === ',' &&
    [0, 1, 2].some((d) => OPENERS.test(words[end + d] ?? ''))
  if (quotedList) {
    const [, s1] = ctx.sentenceRange(first)
    return /^[.!?]$/.test(words[s1 - 1] ?? '') ? s1 - 1 : s1
  }
  if (words[end] === ',') {
    const list = listEnd(ctx, first, end)
    if (list > end) return list
  }
  if (nominal && words[end] === ',' && (examples || apposition)) {
    const [, s1] = ctx.sentenceRange(first)
    let k = end + 2
    // `asked a few questions, including, "Why now? Who pays?"`: the examples are a quotation.
    if (words[k] === ',' && OPENERS.test(words[k + 1] ?? '')) return quotationEnd(ctx, k + 1) ?? end
    while (k < s1 && !/^[,;.]$/.test(words[k] as string)) k++
    // `praised the plan, especially its tax cuts`; but `, particularly after the court agreed`
    // is the writer's clause, and `especially` is kept only with no finite verb or colon.
    const stressed = /^(especially|particularly)$/.test(words[end + 1] ?? '')
    const finite = (j: number) =>
      tokens[j]?.pos === 'AUX' || words[j] === ':' || (tokens[j]?.pos === 'VERB' && !/ing$/.test(words[j] as string))
    if (stressed && Array.from({ length: k - end - 2 }, (_, i) => end + 2 + i).some(finite)) return end
    return k
  }
  if (!nominal || !/^(and|or)$/.test(words[end] ?? '')) return end
  if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[end + 1]?.pos ?? '')) return end
  if (tokens.slice(first, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return end
  const [, s1] = ctx.sentenceRange(first)
  const next = phraseStartingAt(tokens, words, end + 1, s1)
  return next && !/^(VERB|AUX)$/.test(tokens[next[1]]?.pos ?? '') ? next[1] : end
}

/** Longest items a list run on past a comma may hold: a name with its title, a short phrase. */
const LIST_ITEM_TOKENS = 8
const LIST_STOP = /^([;:.!?()]|--|—|–)$/

/**
 * `mentioned Ann Lee, Bo Park and Cy Roe`, `to cut taxes, raise pay and end the war`: a claim
 * the tagger stopped at a comma before more items of a list that closes with `and` or `or` takes
 * in the rest of the list, when the items start as the claim does (a noun phrase after a noun
 * phrase, a verb after a verb) and hold no clause. The token after the list's last item, or
 * `comma` when no such list follows.
 */
function listEnd(ctx: Context, first: number, comma: number): number {
  const { words } = ctx
  const [, s1] = ctx.sentenceRange(comma)
  let k = comma + 1
  let size = 0
  let items = 0
  let last = false
  for (; k < s1; k++) {
    const w = words[k] as string
    if (LIST_STOP.test(w) || QUOTE_MARKS.test(w) || OPENERS.test(w)) break
    if (w === ',' || /^(and|or)$/.test(w)) {
      if (last || size === 0) break
      items++
      // `A, B, and C`: a comma before the closing conjunction.
      if (w === ',' && /^(and|or)$/.test(words[k + 1] ?? '')) k++
      last = words[k] !== ','
      size = 0
      continue
    }
    if (size === 0 && listItemKind(ctx, k) !== listItemKind(ctx, first)) return comma
    if (++size > LIST_ITEM_TOKENS || opensClause(ctx, k, size)) return comma
  }
  return last && items > 0 && size > 0 ? k : comma
}

/** What a list item opening at token `i` is: a noun phrase, a verb (or `to` and a verb), or neither. */
function listItemKind(ctx: Context, i: number): 'noun' | 'verb' | null {
  const pos = ctx.tokens[i]?.pos ?? ''
  const possessive = pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(ctx.words[i] ?? '')
  if (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(pos) || possessive) return 'noun'
  if (pos === 'VERB' || (ctx.words[i] === 'to' && ctx.tokens[i + 1]?.pos === 'VERB')) return 'verb'
  return null
}

/**
 * Whether token `k`, the `size`-th of a list item, shows the item to be a clause rather than a
 * phrase: a finite verb, a subordinator, a relative word, or a preposition opening the item
 * (`, with the mayor saying`); one inside it (`Ann Lee of Ohio`) is part of the phrase.
 */
function opensClause(ctx: Context, k: number, size: number): boolean {
  const pos = ctx.tokens[k]?.pos ?? ''
  if (isFiniteVerb(ctx, k, ctx.tokens[k]?.sentence) || pos === 'SCONJ' || (pos === 'ADP' && size === 1)) return true
  return /^(who|whom|whose|which|what|that|where|when)$/.test(ctx.words[k] as string)
}

/** Whether the noun phrase opening at token `k` holds a relative clause before its next comma or the sentence end. */
function appositionHasRelative(ctx: Context, k: number): boolean {
  const [, s1] = ctx.sentenceRange(k)
  for (let j = k + 1; j < s1; j++) {
    const w = ctx.words[j] as string
    if (/^[,;:.]$/.test(w)) return false
    if (/^(who|whom|whose|which|that)$/.test(w)) return true
  }
  return false
}

/** The token after the quotation opening at token `k`, when it closes; otherwise undefined. */
function quotationEnd(ctx: Context, k: number): number | undefined {
  const { tokens } = ctx
  const q = quoteAt(ctx.quotes, (tokens[k] as Token).start)
  if (!q?.closed || q.start !== (tokens[k] as Token).start) return undefined
  let j = k
  while (j < tokens.length && (tokens[j] as Token).end <= q.end) j++
  return j
}

/**
 * A learned claim told before a source set off by a comma (`C, a poll released on Thursday
 * showed`) ends where the source begins, and a phrase after the cue that only describes the source
 * (`..., the first survey to put him ahead`) is no part of it. Any other claim is kept.
 */
export function beforeTrailingSource(
  ctx: Context,
  read: [number, number],
  source: [number, number],
  cue: { first: number; last: number },
): [number, number] {
  const { words } = ctx
  if (words[source[0] - 1] !== ',' || source[1] !== cue.first || read[0] >= source[0]) return read
  const ends = read[1] > cue.last && isAppositiveTail(ctx, cue.last, read[1]) ? cue.first : read[1]
  return ends > source[0] && ends <= cue.first ? [read[0], source[0]] : read
}

/**
 * Whether tokens `[from, to)` after a cue are `, the first survey to show it`: a noun phrase set
 * off by a comma, with no verb of its own but an infinitive or participle.
 */
function isAppositiveTail(ctx: Context, from: number, to: number): boolean {
  const { tokens, words } = ctx
  if (words[from] !== ',' || !/^(DET|ADJ|NUM)$/.test(tokens[from + 1]?.pos ?? '')) return false
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token
    if (t.pos === 'AUX' || QUOTE_MARKS.test(words[k] as string)) return false
    if (t.pos === 'VERB' && words[k - 1] !== 'to' && !/(ing|ed)$/.test(words[k] as string)) return false
  }
  return true
}
