import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { accordingFrame, passiveAgentFrame } from './agent-frames.js'
import { continued, isClause } from './claim-run.js'
import { contentAfter, contentBefore, isDemonstrativeThat } from './content-span.js'
import type { Cue } from './cues.js'
import { phraseEndingAt, phraseStartingAt, type Words } from './noun-phrase.js'
import { type Quote, quoteAt } from './quotes.js'
import { withRelativeHead } from './relative-subject.js'
import { beforeTime, DAYS, isIssuedDocument, PARTS_OF_DAY } from './source-before.js'

/** What one cue attributes: the source phrase, the content, the outlet told. */
export interface Frame {
  readonly cue: Cue
  /** Token range of the source phrase, or null when the source is the subject of an earlier cue. */
  readonly source: [number, number] | null
  /** True when the cue is participial or coordinated (`, saying`, `but applauded`): same source as before. */
  readonly inherits: boolean
  readonly content: Span | null
  /** Token range of the outlet or audience told (`told Reuters`). */
  readonly channel: [number, number] | null
  /** True for a passive with its agent (`reported by the Post`): the rules' reading stands. */
  readonly agent?: boolean
  /** True for a claim no one is named as making (`the officer was charged with murder`). */
  readonly unsourced?: boolean
}

/** Everything the frame rules read, built once per article. */
export interface Context {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly words: Words
  /** Token range `[first, last)` of each sentence. */
  readonly sentenceRange: (token: number) => [number, number]
  readonly quotes: readonly Quote[]
}

const SKIPPABLE_BEFORE_CUE =
  /^(also|has|have|had|would|will|could|may|might|previously|later|then|once|again|repeatedly|publicly|privately|reportedly|recently|earlier|further|separately|only|simply|just|quickly|flatly|did|does|do|is|was|were|are|be|been|being|already|never|always|often|initially|first|finally)$/
const TELL = /^(tell|inform|assure|remind|brief|advise|warn|promise|notify|ask)$/
/** Sayings whose `to` phrase is the audience (`explained to reporters`), not what is said. */
const SAID_TO =
  /^(say|explain|write|shout|yell|scream|whisper|announce|declare|complain|confide|boast|insist|repeat|joke|lament)$/
const COMPLEMENTIZER = /^(whether|if|how|why|what|when|where|who|which)$/
const OPENERS = /^(["“]|''|``)$/
const CLOSERS = /^(["”]|'')$/
/** Prepositions that open a time or place adverbial after a cue: `said on Tuesday`, `in a statement`. */
const ADVERBIAL_PREPOSITIONS =
  /^(on|in|at|during|after|before|since|via|through|from|behind|outside|inside|under|late|earlier|last|this|onstage|overnight)$/
const DASHES = /^(--|—|–|―)$/
/** Adverbs set off by commas between a cue and its clause: `said, however, that`. */
const INSERTED_ADVERBS = /^(however|though|too|also|moreover|meanwhile|nonetheless|nevertheless|instead|again)$/
/** Adverbs skipped between a cue and its clause: `said today that`, `added quickly`. */
const ADVERBIAL_WORDS =
  /ly$|^(today|yesterday|tonight|now|then|again|also|later|earlier|recently|previously|still|already|once|twice|late|here|there|instead|too|afterward|afterwards|back|further|privately|publicly)$/
/** Prepositions before a gerund cue whose subject is the clause's (`by saying`, `after claiming`); not `for`, `criticized X for saying`. */
const GERUND_PREPOSITIONS = /^(by|after|before|while|since|upon|without|from|when)$/
const PHRASAL = /^(for|about|against|to|with|into|over|upon)$/
const TRAILING = /^[.,;:—–-]$/

/**
 * A dash setting off an insertion: `--`, an em, en or horizontal bar, or a hyphen standing alone
 * between spaces (`Jo Roe - who chairs the board - said`), never one inside a word.
 */
function isDash(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? ''
  if (DASHES.test(w)) return true
  const t = ctx.tokens[k]
  return w === '-' && t !== undefined && /\s/.test(ctx.text[t.start - 1] ?? '') && /\s/.test(ctx.text[t.end] ?? '')
}

/** Works out source, content and channel for one cue from the words around it. */
export function frameOf(ctx: Context, cue: Cue): Frame {
  const { tokens, words } = ctx
  const [s0, s1] = ctx.sentenceRange(cue.head)
  let j = cue.first - 1
  while (j >= s0 && (isSkippable(tokens[j] as Token, words[j] as string) || isAdverbialPair(words, j))) {
    j -= isAdverbialPair(words, j) ? 2 : 1
  }
  // `Having announced C, she left`: the tagger may read a capitalised `Having` as a name.
  if (words[j] === 'having' && j === cue.first - 1) j--
  // `a doctor there said`, `officials here say`: the place word qualifies the noun before it.
  if (/^(there|here)$/.test(words[j] ?? '') && /^(NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '') && j - 1 >= s0) j--
  // `X last week said`: the time is no subject, when a subject stands before it.
  let untimed = beforeTime(ctx, j, s0)
  while (untimed < j && untimed >= s0 && isSkippable(tokens[untimed] as Token, words[untimed] as string)) untimed--
  const mark = words[untimed] ?? ''
  // `a poll released on Thursday showed`: the time belongs to a participle on the subject.
  const described =
    untimed < j && tokens[untimed]?.pos === 'VERB' && /(ed|en)$/.test(mark)
      ? phraseEndingAt(tokens, words, untimed, s0)
      : null
  // `and on Monday announced C`: a time after `and` leaves the verb coordinated.
  if (
    untimed < j &&
    (mark === ',' || isDash(ctx, untimed) || /^(and|but)$/.test(mark) || phraseEndingAt(tokens, words, untimed + 1, s0))
  )
    j = untimed
  const before = words[j] ?? ''
  // `Having announced C, the mayor left`: a perfect participle is one too.
  const participial =
    (/ing$/.test(words[cue.head] as string) || words[cue.first - 1] === 'having') && cue.frame !== 'according'
  // `by saying C`, `after claiming C`, `while insisting C`: a gerund after a preposition of time or
  // means is said by the subject of the clause it hangs on, when a clause or quote follows it
  // (`since announcing his bid`, `by hailing the deal` are deeds more often than claims).
  const adjunct =
    participial && GERUND_PREPOSITIONS.test(before) && tokens[j]?.pos !== 'VERB' && opensClaim(ctx, cue.last, s1)
  // `called the plan "a disgrace," saying C`: the comma before the participle sits inside the quote.
  const afterComma = before === ',' || (CLOSERS.test(before) && words[j - 1] === ',')
  const inherits =
    cue.frame !== 'according' &&
    ((participial && (afterComma || before === 'and' || j < s0)) || adjunct || before === 'and' || before === 'but')

  if (cue.frame === 'according') return accordingFrame(ctx, cue, s0, s1)
  const agent = passiveAgentFrame(ctx, cue, j, s0, s1)
  if (agent) return agent
  // `We were told to leave`, `he was asked`: the subject is the one told, not the teller.
  const passive = TELL.test(cue.lemma) && /^(was|were|is|are|be|been|being)$/.test(words[cue.first - 1] ?? '')

  let source: [number, number] | null = inherits ? sentenceSubject(ctx, s0, cue.first) : null
  // `After saying C, she left`: the opener's subject follows it; so does a bare participle's
  // (`Citing the report, the mayor said`).
  const opener = !source && ((adjunct && j === s0) || (participial && j < s0))
  if (opener) source = subjectAfterOpener(ctx, cue.last, s1)
  let inverted = false
  if (passive) source = null
  else if (!inherits) {
    if (before === ',' || isDash(ctx, j)) source = appositiveSubject(ctx, j, s0)
    else if (described) {
      // `A man who disappeared last week said`: the relative clause's head is the speaker.
      const relative = /^(who|that)$/.test(words[described[0]] ?? '')
      source = withRelativeHead(ctx, [described[0] + (relative ? 1 : 0), j + 1], s0)
      if (relative && source[0] === described[0] + 1) source = [described[0], j + 1]
    } else {
      const phrase = phraseEndingAt(tokens, words, j + 1, s0)
      source = phrase && withRelativeHead(ctx, phrase, s0)
      if (source) source = withParticipleHead(ctx, beforeFloatingQuantifier(ctx, source, s0), s0)
      else if (before === 'to') source = controlledObject(ctx, j, s0)
    }
    const issuer = source && isIssuedDocument(ctx, source, cue.head) ? issuerOf(ctx, source[0] - 1, s0) : null
    if (issuer) source = issuer
    else if (source && isIssuedDocument(ctx, source, cue.head)) source = sentenceSubject(ctx, s0, source[0]) ?? source
    if (source && participial && !issuer) source = objectsSubject(ctx, source, s0) ?? source
    if (!source && (before === ',' || CLOSERS.test(before) || j < s0)) {
      // `..., said Raffaello Pantucci` / `“...,” said X`: the subject follows the cue.
      const right = phraseStartingAt(tokens, words, cue.last, s1)
      if (right && isInvertedSubject(ctx, cue, right, s1)) {
        source = right
        inverted = true
      }
    }
  }

  let channel: [number, number] | null = null
  let after = inverted && source ? source[1] : cue.last
  if (!inverted && TELL.test(cue.lemma) && cue.frame === 'verb') {
    channel = /^(me|us|him|her|them|you)$/.test(words[after] ?? '')
      ? [after, after + 1]
      : withoutDay(words, phraseStartingAt(tokens, words, after, s1))
    // `told Reuters that C`, but `promised a veto`: the phrase is an audience only when a
    // clause or quote follows it (or the verb is `tell`, whose object is always the audience).
    const followed = channel !== null && (cue.lemma === 'tell' || complementStart(ctx, channel[1], s1)?.weak === false)
    if (channel && words[channel[0]] !== 'that' && followed) after = channel[1]
    else channel = null
  }

  // `"C," she said to the crowd`, `explained to reporters`, `wrote to supporters`: whom a speaker
  // said it to is an audience, not the claim.
  if (!channel && SAID_TO.test(cue.lemma) && words[after] === 'to' && tokens[after + 1]?.pos !== 'VERB') {
    const audience = phraseStartingAt(tokens, words, after + 1, s1)
    if (audience) {
      channel = audience
      after = audience[1]
    }
  }
  // `"A," she said of the vote, "B."`, `said of the plan that C`: the topic the saying was about
  // stands between the cue and the rest of its claim.
  if (!channel && cue.lemma === 'say' && /^(of|about)$/.test(words[after] ?? '')) {
    const topic = phraseStartingAt(tokens, words, after + 1, s1)
    const rest = topic ? words[topic[1]] : undefined
    if (topic && rest === 'that') after = topic[1] + 1
    else if (topic && rest === ',' && OPENERS.test(words[topic[1] + 1] ?? '')) after = topic[1]
  }
  // `In an interview with Der Spiegel, she said`, `said in remarks to reporters`: whom the source
  // spoke to, when no `told X` names them.
  channel ??= interviewChannel(ctx, s0, s1)

  if (cue.frame === 'refusal') return { cue, source, inherits, content: null, channel }

  const complement = (inverted && resumedAfterAppositive(ctx, after, s1)) || complementStart(ctx, after, s1)
  const leftEdge = inverted ? cue.first : (source?.[0] ?? cue.first)
  // A quotation closing the paragraph before is not this saying's claim: `..."¶X said C`.
  const edgeWord = opensParagraph(ctx, leftEdge) ? '' : (words[leftEdge - 1] ?? '')
  // `..., which first reported the story`: a relative clause's saying is read after its cue.
  const relative =
    !inverted && source !== null && source[1] === source[0] + 1 && /^(who|which)$/.test(words[source[0]] as string)
  // `While the mayor boasts that C, aides have reported D`: the comma closes an adverbial clause
  // opening the sentence, whose claim is not this cue's, when the cue runs on into its own
  // (`Though the vote was close, he said, C` reads across the insertion). Train: 4 more claims
  // with their sources right, none lost; dev unchanged.
  const afterOpener =
    edgeWord === ',' && !/^[,.;]$/.test(words[cue.last] ?? '.') && afterAdverbialClause(ctx, s0, cue.first) === leftEdge
  const trailing =
    !inherits &&
    !relative &&
    !afterOpener &&
    (edgeWord === ',' || CLOSERS.test(edgeWord) || edgeWord === '—' || edgeWord === '–') &&
    !closesSentenceBefore(ctx, leftEdge)
  let content: Span | null = null
  const clauseBefore = trailing && isClauseBefore(ctx, leftEdge - 1, s0)
  // `"A," he told the host, "B."` and `So when A, he said, "B."`: one claim broken by its attribution.
  // Not `"A." The general said, "B."`: a quote that ends its sentence is a claim of its own.
  const resumed =
    trailing &&
    complement !== null &&
    OPENERS.test(words[complement.at] ?? '') &&
    ((CLOSERS.test(edgeWord) && !endsSentence(ctx, leftEdge - 1)) ||
      (edgeWord === ',' && clauseBefore && words[complement.at - 1] === ',' && isSingleStretch(ctx, s0, leftEdge - 1)))
  // `"C," said Jo Roe of Pine Hill, who ...`, `"C," he explained with a smile`: after a quote the
  // words past an inverted source describe the saying, unless `that` or a colon opens a clause.
  // So do the words after `"C," the mayor told reporters`, when they are no clause of their own
  // (`when asked about X`, `after the vote`, `passing by`).
  const aboutSaying =
    inverted ||
    complement === null ||
    complement.weak ||
    /^(when|after|before|while|as|during)$/.test(words[complement.at] as string) ||
    (/^(VERB|AUX)$/.test(tokens[complement.at]?.pos ?? '') && /(ing|ed)$/.test(words[complement.at] as string))
  const quotedBefore =
    aboutSaying && CLOSERS.test(edgeWord) && clauseBefore && !/^(that|:)$/.test(words[(complement?.at ?? 0) - 1] ?? '')
  const asComma = inverted ? -1 : asClauseEnd(ctx, { cue, source, channel }, s0, s1)
  if (asComma > 0) content = contentAfter(ctx, asComma + 1, s1)
  else if (resumed) {
    // `"A," he told the host, "B."`: one quote broken by its attribution.
    const first = contentBefore(ctx, leftEdge - 1, s0)
    const second = contentAfter(ctx, complement.at, s1)
    content = first && second ? { start: first.start, end: second.end } : (first ?? second)
  } else if (complement !== null && (!complement.weak || !clauseBefore) && !quotedBefore)
    content = contentAfter(ctx, complement.at, s1)
  else if (
    trailing &&
    words[after] === ',' &&
    (ctx.tokens[s0]?.pos === 'ADP' || isAdverbOpener(ctx, s0, leftEdge - 1)) &&
    isClause(ctx, after + 1, s1) &&
    !/^(who|which|whose|adding|saying|according|citing|noting)$/.test(words[after + 1] ?? '')
  )
    // `During his years in office, he said, most voters came round`: the opener sets the scene.
    content = contentAfter(ctx, after + 1, s1)
  else if (trailing && (clauseBefore || (!hasObject(ctx, after) && !isSceneOnly(ctx, s0, leftEdge - 1)))) {
    content = contentBefore(ctx, leftEdge - 1, s0)
    if (content) content = continued(ctx, content, skipAdverbials(ctx, after, s1), s1, !clauseBefore)
  }
  if (!content && complement !== null) content = contentAfter(ctx, complement.at, s1)
  // A doubtful cue stands only with a subject and a clause or quote of its own after it.
  const strong =
    complement !== null &&
    (/^(that|whether|:|["“]|'')$/.test(words[complement.at - 1] ?? '') ||
      OPENERS.test(words[complement.at] ?? '') ||
      words[complement.at] === 'to') &&
    source !== null
  if (cue.tentative && !strong) content = null
  // `After saying C, she left`: the claim ends with the opener.
  const comma = opener && source ? tokens[source[0] - 2] : undefined
  if (content && comma && content.end > comma.end) content = { start: content.start, end: comma.end }
  return { cue, source, inherits, content, channel }
}

/**
 * `As the mayor noted, the budget is short`, `As one reader pointed out with a chart, C`: a saying
 * in an `as` clause opening its sentence has no object of its own and points at the main clause
 * after the comma (PolNeAR train: the claim is that clause, without the `as` clause, every time
 * the saying has no object). The comma's token, or -1.
 */
export function asClauseEnd(
  ctx: Context,
  frame: Pick<Frame, 'cue' | 'source' | 'channel'>,
  s0: number,
  s1: number,
): number {
  const { tokens, words } = ctx
  const { cue, source, channel } = frame
  let k = s0
  if (OPENERS.test(words[k] ?? '')) k++
  if (/^(and|but|yet|so)$/.test(words[k] ?? '')) k++
  if (words[k] !== 'as' || !source || source[0] !== k + 1 || source[1] > cue.first) return -1
  // `As she told the Daily News, C`: the audience is no object.
  const from = channel && channel[0] === cue.last ? channel[1] : cue.last
  const next = tokens[from]
  // `As she put it,`; `in December`, `with a chart`, `recently`: a setting, where `sparred over
  // spending` and `attacked Lee` have an object.
  const w = words[from] ?? ''
  const setting =
    (next?.pos === 'ADP' && (ADVERBIAL_PREPOSITIONS.test(w) || w === 'with')) || next?.pos === 'ADV' || DAYS.test(w)
  if (!next || !(w === ',' || setting || (w === 'it' && cue.lemma === 'put'))) return -1
  for (let j = from; j < Math.min(s1, from + 20); j++) {
    const w = words[j] as string
    if (w === ',') return j + 1 < s1 ? j : -1
    // `op-ed`: a hyphen may split a word the tagger then reads as a verb.
    const joined = words[j - 1] === '-' && tokens[j - 1]?.end === tokens[j]?.start
    if (/^(VERB|AUX)$/.test(tokens[j]?.pos ?? '') && !joined) return -1
    if (OPENERS.test(w) || CLOSERS.test(w) || /^[;:]$/.test(w)) return -1
  }
  return -1
}

/**
 * `Rather, he said, the talks will fail`, `Overall, she said, voters ...`: an adverb alone before
 * an interrupting saying modifies the claim that follows it and is no claim of its own.
 */
function isAdverbOpener(ctx: Context, s0: number, edge: number): boolean {
  let k = s0
  if (OPENERS.test(ctx.words[k] as string)) k++
  if (k >= edge) return false
  for (; k < edge; k++) if (ctx.tokens[k]?.pos !== 'ADV') return false
  return true
}

/**
 * Whether the phrase after a cue is its inverted subject (`"C," said Jo Roe.`), not the subject
 * of what is said (`Jo Roe, ..., said he would run`), the one told (`telling reporters C`) or
 * the day (`warned Saturday that C`). On PolNeAR train, sources found so were wrong 35 times
 * where the subject before the cue was too long or too oddly tagged to read.
 */
function isInvertedSubject(ctx: Context, cue: Cue, [first, last]: [number, number], s1: number): boolean {
  const { tokens, words } = ctx
  if (TELL.test(cue.lemma)) return false
  if (words.slice(first, last).every((w) => DAYS.test(w) || /^(morning|afternoon|evening|night)$/.test(w))) return false
  let k = last
  while (k < s1 && ((tokens[k]?.pos === 'ADV' && !COMPLEMENTIZER.test(words[k] as string)) || words[k] === 'not')) k++
  const next = tokens[k]
  // A finite verb opens the claim. A participle describes the speaker (`a man calling himself X`,
  // `one unaligned Florida strategist`), and a capitalised `verb` is the rest of a name the
  // tagger misread (`said Kevin Madden`).
  if (next === undefined || !/^(VERB|AUX)$/.test(next.pos) || isCapitalised(ctx, next)) return true
  const word = words[k] as string
  const modifier =
    /ed$/.test(word) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '') && tokens[first]?.pos !== 'PRON'
  return /ing$/.test(word) || modifier
}

function isCapitalised(ctx: Context, t: Token): boolean {
  return /^\p{Lu}/u.test(ctx.text.slice(t.start, t.end))
}

/**
 * `The two senators both voted`, `Trump and Sanders have both argued`: a quantifier floated
 * after the subject is no subject of its own; the phrase before it is (PolNeAR train: 4 more
 * sources right, none lost).
 */
function beforeFloatingQuantifier(ctx: Context, source: [number, number], s0: number): [number, number] {
  const { tokens, words } = ctx
  if (source[1] !== source[0] + 1 || !/^(both|all|each)$/.test(words[source[0]] as string)) return source
  let k = source[0] - 1
  while (k >= s0 && tokens[k]?.pos === 'AUX') k--
  // `Two rivals, Roe and Lee, have both urged`: the phrase before the insertion.
  if (words[k] === ',') return appositiveSubject(ctx, k, s0) ?? source
  return phraseEndingAt(tokens, words, k + 1, s0) ?? source
}

/**
 * `in fact`, `in particular`, `of course` ending at token `j`: an adverb of two words (`have in
 * fact said`), which the rules took for the subject (PolNeAR train: 2 more sources right).
 */
function isAdverbialPair(words: Words, j: number): boolean {
  return ADVERBIAL_PAIRS.has(`${words[j - 1]} ${words[j]}`)
}
const ADVERBIAL_PAIRS = new Set([
  'in fact',
  'in particular',
  'in turn',
  'in effect',
  'of course',
  'at least',
  'at first',
  'in part',
  'in short',
  'in general',
  'by contrast',
  'in contrast',
])

/**
 * `Protesters marching through the streets chanted`, `a source speaking to the paper said`: the
 * phrase before the cue is the object of a participle on the subject; the source runs from the
 * phrase the participle follows, when that phrase opens its clause.
 */
function withParticipleHead(ctx: Context, source: [number, number], s0: number): [number, number] {
  const { tokens, words } = ctx
  const k = source[0] - 1
  if (
    tokens[k]?.pos !== 'ADP' ||
    !/^(in|on|at|through|from|outside|inside|near|across|along|around|to|into|with)$/.test(words[k] as string)
  )
    return source
  const verb = tokens[k - 1]
  if (verb?.pos !== 'VERB' || !/ing$/.test(words[k - 1] as string)) return source
  const head = phraseEndingAt(tokens, words, k - 1, s0)
  if (!head || !/^(NOUN|PROPN)$/.test(tokens[head[1] - 1]?.pos ?? '')) return source
  const opener = head[0] <= s0 ? '' : (words[head[0] - 1] as string)
  return /^(|,|and|but|"|“)$/.test(opener) ? [head[0], source[1]] : source
}

/** `told reporters Wednesday`, `told reporters in Vienna on Tuesday`: the day after the audience is when, not whom. */
function withoutDay(words: Context['words'], phrase: [number, number] | null): [number, number] | null {
  if (!phrase || phrase[1] - phrase[0] < 2 || !DAYS.test(words[phrase[1] - 1] ?? '')) return phrase
  const end = words[phrase[1] - 2] === 'on' && phrase[1] - phrase[0] > 2 ? phrase[1] - 2 : phrase[1] - 1
  return [phrase[0], end]
}

/**
 * `"We are done." She adds, "B."`: a quote that closes on its own full stop, followed by a
 * capitalised pronoun, ended the sentence before; the saying after it starts afresh. (After `?`
 * or `!`, and before a name, a capital shows nothing.)
 */
function closesSentenceBefore(ctx: Context, k: number): boolean {
  const closer = ctx.tokens[k - 1]
  const first = ctx.tokens[k]
  if (!closer || !first || !CLOSERS.test(ctx.words[k - 1] as string)) return false
  const q = quoteAt(ctx.quotes, closer.start)
  if (!q || q.end !== closer.end) return false
  return (
    /\.\s*$/u.test(ctx.text.slice(q.inner.start, q.inner.end)) &&
    /^(He|She|They|We|I)\b/u.test(ctx.text.slice(first.start))
  )
}

/** Whether the quotation closed by token `k` ends with a full stop, a question or an exclamation inside it. */
function endsSentence(ctx: Context, k: number): boolean {
  const closer = ctx.tokens[k]
  const q = closer && quoteAt(ctx.quotes, closer.start)
  return q !== undefined && q.end === closer?.end && /[.!?]\s*$/u.test(ctx.text.slice(q.inner.start, q.inner.end))
}

/** Whether a line break stands between token `k` and the one before it. */
function opensParagraph(ctx: Context, k: number): boolean {
  const before = ctx.tokens[k - 1]
  const token = ctx.tokens[k]
  return !before || !token || ctx.text.slice(before.end, token.start).includes('\n')
}

/** Words before `with` (INTERVIEW) or before `to` or `with` (SPOKEN_TO) that name whom a source spoke to. */
const INTERVIEW = new Set(['interview', 'interviews'])
const SPOKEN_TO = new Set(['comments', 'remarks', 'speaking', 'talking'])

/** The outlet or audience of `an interview with X`, `comments to X`, `speaking to X` in sentence `[s0, s1)`. */
function interviewChannel(ctx: Context, s0: number, s1: number): [number, number] | null {
  const { tokens, words } = ctx
  // Run for every cue over its whole sentence: sets, not patterns, and the link word first.
  for (let k = s0; k + 2 < s1; k++) {
    const link = words[k + 1]
    if (link !== 'with' && link !== 'to') continue
    const w = words[k] as string
    const spoken = (INTERVIEW.has(w) && link === 'with') || SPOKEN_TO.has(w)
    if (spoken) return phraseStartingAt(tokens, words, k + 2, s1)
  }
  return null
}

/** Skips time and place adverbials after a cue: `on Tuesday`, `in an interview`. */
function skipAdverbials(ctx: Context, from: number, end: number): number {
  const { tokens, words } = ctx
  let i = from
  for (let guard = 0; guard < 4 && i < end; guard++) {
    const t = tokens[i] as Token
    if (t.pos === 'ADP' && ADVERBIAL_PREPOSITIONS.test(words[i] as string)) {
      const np = phraseStartingAt(tokens, words, i + 1, end)
      if (!np) break
      i = np[1]
    } else if (t.pos === 'ADV') i++
    else if (t.pos === 'PROPN' && DAYS.test(words[i] as string)) i += PARTS_OF_DAY.test(words[i + 1] ?? '') ? 2 : 1
    else break
  }
  return i
}

/** Whether the stretch before a `, X said` is a clause of its own, not an opener (`In a speech,`). */
function isClauseBefore(ctx: Context, edge: number, s0: number): boolean {
  const { tokens, words } = ctx
  const closed = CLOSERS.test(words[edge] as string) || CLOSERS.test(words[edge - 1] ?? '')
  // `In an interview on "Meet the Press," she said`: a quoted title inside an opener is no claim.
  if (closed && !(isOpener(ctx, edge, s0) && !OPENERS.test(words[s0] as string))) return true
  let start = s0
  if (OPENERS.test(words[start] as string)) start++
  if (start >= edge || isOpener(ctx, edge, s0)) return false
  for (let k = start; k < edge; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return true
  return false
}

/**
 * `The roads were empty, he said, "but we went on"`: one stretch with no comma of its own before
 * the attribution begins the claim the quote after it ends. After several (`After the vote, and
 * when asked about it, he said, "C"`, `The remarks were aimed at critics, including, he said, "C"`)
 * the writer's setting and the quote stand apart. `edge` is the comma before the source.
 */
function isSingleStretch(ctx: Context, s0: number, edge: number): boolean {
  for (let k = s0; k < edge; k++) if (/^[,;]$/.test(ctx.words[k] as string)) return false
  return true
}

/**
 * `Since then, the council has responded by C`, `On Friday, the closure was announced`: a phrase
 * with no verb opening the sentence with a preposition or adverbs (isOpener, isAdverbOpener) only
 * sets the scene, and is no claim of a cue after its subject (PolNeAR train: 12 fewer claims read,
 * 5 more right; dev unchanged). `edge` is the comma before the subject.
 */
function isSceneOnly(ctx: Context, s0: number, edge: number): boolean {
  if (!isOpener(ctx, edge, s0) && !isAdverbOpener(ctx, s0, edge)) return false
  for (let k = s0; k < edge; k++)
    if (/^(VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '') || CLOSERS.test(ctx.words[k] as string)) return false
  return true
}

/** `In a speech,`, `While in Iowa,`, `Speaking to reporters,`, `Asked about the bridge,`: what opens the sentence before `edge` sets the scene. */
function isOpener(ctx: Context, edge: number, s0: number): boolean {
  const { tokens, words } = ctx
  let start = s0
  if (OPENERS.test(words[start] as string)) start++
  const first = tokens[start]
  if (!first || start >= edge) return false
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || /ing$/.test(words[start] as string)) return true
  // `Soon after the vote,`, `Minutes after the polls closed,`, `Two days before the debate,`.
  let k = start
  while (k < start + 3 && /^(NUM|ADJ|DET)$/.test(tokens[k]?.pos ?? '')) k++
  const lead = words[k] as string
  if (
    /^(soon|shortly|just|long|right|immediately|moments?|minutes?|hours?|days?|weeks?|months?|years?)$/.test(lead) &&
    /^(after|before|since|when|once)$/.test(words[k + 1] ?? '')
  )
    return true
  return first.pos === 'VERB' && first.lemma !== words[start]
}

/**
 * The longest comma-set insertion between a subject and its cue, in tokens: a title runs long
 * (`Jo Roe, director of the county's water board and a professor of hydrology at the state
 * university, said`); at 16 (32 for a `who` clause) PolNeAR dev lost 3 claims and train 17 sources.
 */
const MAX_INSERTION = 32

/**
 * `Smith, a spokesman for the ministry, said` and `Trump, speaking to veterans in Virginia, said`:
 * the name before one to three comma-set insertions, when it opens its clause.
 */
function appositiveSubject(ctx: Context, comma: number, floor: number): [number, number] | null {
  const { tokens, words } = ctx
  let c = comma
  for (let step = 0; step < 3; step++) {
    let p = c - 1
    const mark = words[c] as string
    while (p > floor && words[p] !== mark && !OPENERS.test(words[p] as string) && !CLOSERS.test(words[p] as string)) p--
    // `Jo Roe, the author of "Going Viral," about rumors, said`: a short quoted title inside the
    // insertion is part of it.
    for (let hop = 0; hop < 2 && CLOSERS.test(words[p] as string) && words[p - 1] === ','; hop++) {
      const open = titleOpening(words, p, floor)
      if (open < 0) break
      p = open - 1
      while (p > floor && words[p] !== mark && !OPENERS.test(words[p] as string) && !CLOSERS.test(words[p] as string))
        p--
    }
    if (words[p] !== mark || c - p > MAX_INSERTION) return null
    const name = phraseEndingAt(tokens, words, p, floor)
    // `Jo Roe, 58, who runs the bakery, says`: an age set off by commas is no name; the name is before it.
    const age = name !== null && name[1] === name[0] + 1 && tokens[name[0]]?.pos === 'NUM'
    if (name && !age) {
      const opener = words[name[0] - 1]
      // Only a phrase opening its clause is the subject; `arrested in Turkey, a source` is not.
      const opens =
        name[0] <= floor ||
        opener === undefined ||
        OPENERS.test(opener) ||
        opener === ',' ||
        (tokens[name[0] - 1]?.pos !== 'ADP' && tokens[name[0] - 1]?.pos !== 'VERB')
      if (opens) return relativeAntecedent(ctx, name[0], comma, floor) ?? [name[0], comma]
    }
    c = p
  }
  return null
}

/**
 * `Jo Roe, who grew up in Dayton, Ohio, in the 1960s, said`, `Jo Roe, whose firm, Acme, sells
 * pumps, said`: a phrase found inside a relative clause that holds commas of its own is no
 * subject; the name the clause describes is, when it opens its clause.
 */
function relativeAntecedent(ctx: Context, at: number, comma: number, floor: number): [number, number] | null {
  const { tokens, words } = ctx
  for (let k = at - 1; k > floor && comma - k <= MAX_INSERTION; k--) {
    if (!/^(who|whose)$/.test(words[k] as string) || words[k - 1] !== ',') continue
    const name = phraseEndingAt(tokens, words, k - 1, floor)
    if (!name || tokens[name[0]]?.pos === 'NUM') return null
    const opener = words[name[0] - 1]
    return name[0] <= floor || opener === undefined || OPENERS.test(opener) ? [name[0], comma] : null
  }
  return null
}

/** The opening mark of a short quoted title closed at token `close` (`"Going Viral,"`), or -1. */
function titleOpening(words: Words, close: number, floor: number): number {
  for (let k = close - 1; k > floor && k >= close - 8; k--) if (OPENERS.test(words[k] as string)) return k
  return -1
}

/** Verbs whose object does what the infinitive after it says: `led voters to say C`. */
const OBJECT_CONTROL =
  /^(lead|prompt|cause|force|push|drive|spur|get|ask|tell|urge|encourage|allow|invite|persuade|convince|pressure|press|inspire|compel|move)$/

/**
 * `The delay led Republicans to say C`, `the attacks forced candidates to address C`: the object
 * of a verb of causing or asking before `to` (at token `to`) says what the infinitive does.
 */
function controlledObject(ctx: Context, to: number, s0: number): [number, number] | null {
  const { tokens, words } = ctx
  const object = phraseEndingAt(tokens, words, to, s0)
  if (!object) return null
  const verb = tokens[object[0] - 1]
  return verb?.pos === 'VERB' && OBJECT_CONTROL.test(verb.lemma) ? object : null
}

/** The subject of the sentence's first verb: who a participial or coordinated cue belongs to. */
function sentenceSubject(ctx: Context, sentenceStart: number, limit: number): [number, number] | null {
  const { tokens, words } = ctx
  const s0 = afterAdverbialClause(ctx, sentenceStart, limit)
  for (let k = s0; k < limit; k++) {
    const t = tokens[k] as Token
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
    let j = k - 1
    while (j >= s0 && isSkippable(tokens[j] as Token, words[j] as string)) j--
    if (j < s0) return null
    if (words[j] === ',') return appositiveSubject(ctx, j, s0)
    // `Jo Roe, who chairs the board, stuck to her plan, saying C`: the relative clause's verb comes
    // first, but a cue past the clause's closing comma goes with the main clause, whose subject the
    // clause describes (`Jo Roe, who chairs the board and said C` keeps `who`).
    const closed = words.slice(j, limit).includes(',')
    if (/^(who|which)$/.test(words[j] as string) && words[j - 1] === ',' && closed)
      return phraseEndingAt(tokens, words, j - 1, s0) ?? [j, j + 1]
    return phraseEndingAt(tokens, words, j + 1, s0)
  }
  return null
}

/**
 * `said the union would issue a statement urging calm`: the subject of the verb that issues the
 * document (at `verb`) speaks through it, not the sentence's first speaker. Null when a clause
 * opening or no noun phrase stands before the verb.
 */
function issuerOf(ctx: Context, verb: number, s0: number): [number, number] | null {
  const { tokens, words } = ctx
  let j = verb - 1
  while (j >= s0 && /^(AUX|ADV|PART)$/.test(tokens[j]?.pos ?? '')) j--
  if (j < s0 || /^(who|which|that)$/.test(words[j] as string)) return null
  const phrase = phraseEndingAt(tokens, words, j + 1, s0)
  // `The minister said the union ...`: one clause inside another; the issuer is the inner one's subject.
  return phrase && phrase[0] > s0 && (tokens[phrase[0] - 1]?.pos === 'VERB' || words[phrase[0] - 1] === 'that')
    ? phrase
    : null
}

/** Words that open an adverbial clause: `When the senator ..., he ...`. */
export const SUBORDINATORS =
  /^(when|whenever|if|after|before|while|although|though|because|since|once|until|unless|as)$/

/** Words that may stand before a subordinator opening a clause: `Ever since`, `Even as`, `Shortly after`. */
export const LEADS = /^(ever|even|just|only|long|soon|shortly|right)$/

/**
 * `When the senator did take him on, he did it sideways, saying C`: a clause opening the sentence
 * with a subordinating word has its own subject; the main clause starts after its comma, when a
 * subject and verb follow it before `limit`. Else `s0`.
 */
function afterAdverbialClause(ctx: Context, s0: number, limit: number): number {
  const { tokens, words } = ctx
  let first = s0
  // `And, while C, ...`: a comma after the conjunction.
  while (first < limit && (OPENERS.test(words[first] as string) || /^(but|and|so|yet)$/.test(words[first] as string)))
    first += words[first + 1] === ',' ? 2 : 1
  if (LEADS.test((words[first] ?? '').toLowerCase()) && SUBORDINATORS.test(words[first + 1] ?? '')) first++
  if (!SUBORDINATORS.test(words[first] ?? '')) return s0
  // `After the vote, ...` is no clause; `After the mayor spoke, ...` is one (train 2 more sources
  // right, none lost).
  let verb = tokens[first]?.pos !== 'ADP'
  for (let k = first + 1; k < limit; k++) {
    verb ||= tokens[k]?.pos === 'VERB'
    if (words[k] !== ',' || !verb) continue
    const phrase = phraseStartingAt(tokens, words, k + 1, limit)
    let v = phrase?.[1] ?? -1
    while (v >= 0 && v < limit && isSkippable(tokens[v] as Token, words[v] as string) && tokens[v]?.pos !== 'AUX') v++
    if (phrase && /^(VERB|AUX)$/.test(tokens[v]?.pos ?? '')) return k + 1
  }
  return s0
}

/** Verbs whose object is the one doing what the participle says: `the clip shows him saying C`. */
const SMALL_CLAUSE =
  /^(show|see|hear|watch|feature|depict|capture|catch|find|quote|cite|overhear|record|film|picture|portray|remember|recall|imagine|leave|keep|have|get|spot|notice)$/

/**
 * `The chairman posted a string of messages Monday saying C`, `lawyers filed papers opposing C`,
 * `she spoke at a rally announcing C`: a participle after a verb's object (or a phrase after the
 * verb) says what the clause's subject says; the object is the vehicle, not the one saying it.
 */
function objectsSubject(ctx: Context, phrase: [number, number], s0: number): [number, number] | null {
  const { tokens, words } = ctx
  // A person or pronoun before the participle is who speaks: `footage of the mayor saying C`.
  const owned = /^(its|their|his|her|our|my)$/.test(words[phrase[0]] ?? '') ? 1 : 0
  // A name that modifies a noun (`a Dayton rally`) or follows a preposition of place (`a rally in
  // Dayton`) is where, not who.
  let place = false
  for (let k = phrase[0] + owned; k < phrase[1]; k++) {
    const pos = tokens[k]?.pos ?? ''
    if (pos !== 'PROPN') place = false
    if (/^(in|at|near|outside|across)$/.test(words[k] as string)) place = true
    const modifier = pos === 'PROPN' && tokens[k + 1]?.pos === 'NOUN' && k + 1 < phrase[1]
    if ((pos === 'PROPN' && !place && !modifier) || pos === 'PRON') return null
  }
  let k = phrase[0] - 1
  // `at a rally`, and a verb's particle: `edged up its forecast`.
  if (/^(at|in|on|up|down|out|off)$/.test(words[k] ?? '')) k--
  const verb = tokens[k]
  if (verb?.pos !== 'VERB' || /ing$/.test(words[k] ?? '') || SMALL_CLAUSE.test(verb.lemma)) return null
  let j = k - 1
  while (j >= s0 && isSkippable(tokens[j] as Token, words[j] as string)) j--
  if (j < s0) return null
  return words[j] === ',' ? appositiveSubject(ctx, j, s0) : phraseEndingAt(tokens, words, j + 1, s0)
}

/**
 * `The bank raised its growth forecast`, `she made the following remark: C`: the words before a
 * noun cue that is a verb's object are its own modifiers; the one who forecasts or remarks is the
 * verb's subject. A named owner (`the bank's forecast`) is kept.
 */
export function nounObjectSubject(ctx: Context, cue: Cue, source: [number, number]): [number, number] | null {
  const { tokens, words } = ctx
  // `made the following comment:`: a word after `following` is a noun, whatever the tagger says.
  const following = words[cue.first - 1] === 'following' && source[1] === cue.first
  if (tokens[cue.head]?.pos !== 'NOUN' && !following) return null
  // `had a favorable opinion of X`: the description's holder, whatever phrase the tagger took.
  if (source[1] !== cue.first) {
    let m = cue.first - 1
    while (tokens[m]?.pos === 'ADJ') m--
    const described =
      /^(a|an)$/.test(words[m] ?? '') && m < cue.first - 1 && /^(be|have)$/.test(tokens[m - 1]?.lemma ?? '')
    return described ? holderOfDescription(ctx, [m, cue.first], ctx.sentenceRange(cue.head)[0]) : null
  }
  // An owner pronoun (`its forecast`) or bare modifiers (`the following remark`); a noun there may
  // be the subject of a verb misread as a noun (`helps the mayor claim C`).
  // `raised its British growth forecast`: an owner just before the phrase read is its owner too.
  if (/^(its|their|his|her|our|my)$/.test(words[source[0] - 1] ?? '') && !hasName(tokens, source))
    source = [source[0] - 1, source[1]]
  const owned = /^(its|their|his|her|our|my)$/.test(words[source[0]] ?? '')
  const bare =
    /^(the|a|an|this|these)$/.test(words[source[0]] ?? '') &&
    (!hasNoun(tokens, source) || (following && source[1] - source[0] === 2))
  if (!owned && !bare) return null
  const s0 = ctx.sentenceRange(cue.head)[0]
  return objectsSubject(ctx, source, s0) ?? (bare ? holderOfDescription(ctx, source, s0) : null)
}

/**
 * `Lee, a fierce critic of the plan,`, `Lee had a favorable opinion of her`, `Lee is a strong
 * supporter`: a noun cue after an article and adjectives alone describes the name it stands in
 * apposition to, or the subject of the `be` or `have` before it.
 */
function holderOfDescription(ctx: Context, [first]: [number, number], s0: number): [number, number] | null {
  const { tokens, words } = ctx
  let k = first - 1
  if (k <= s0) return null
  if (words[k] === ',') {
    const name = phraseEndingAt(tokens, words, k, s0)
    const opener = name ? words[name[0] - 1] : undefined
    return name && (name[0] <= s0 || opener === ',' || opener === undefined) ? name : null
  }
  if (!/^(be|have)$/.test(tokens[k]?.lemma ?? '')) return null
  k--
  while (k >= s0 && isSkippable(tokens[k] as Token, words[k] as string)) k--
  return k >= s0 && words[k] !== ',' ? phraseEndingAt(tokens, words, k + 1, s0) : null
}

/** Whether a phrase holds a person's name or a pronoun, past its first word (a name's adjective: `British`). */
function hasName(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  for (let k = first + 1; k < last; k++) if (/^(PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) return true
  return false
}

function hasNoun(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  for (let k = first; k < last; k++) if (/^(NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) return true
  return false
}

/** Whether a clause or a quotation opens at token `k`: `that C`, `"C"`, `, "C"`, `he would win`. */
function opensClaim(ctx: Context, k: number, end: number): boolean {
  const w = ctx.words[k] ?? ''
  if (w === 'that' || w === ':' || OPENERS.test(w)) return true
  if (w === ',') return OPENERS.test(ctx.words[k + 1] ?? '')
  return /^(PRON|PROPN|DET|NOUN)$/.test(ctx.tokens[k]?.pos ?? '') && isClause(ctx, k, end)
}

/** The subject after an opening adjunct: `After saying C, [she] left`, the phrase after the opener's last comma before a verb. */
function subjectAfterOpener(ctx: Context, from: number, s1: number): [number, number] | null {
  const { tokens, words } = ctx
  let comma = -1
  for (let k = from; k < s1; k++) {
    // `Bemoaning the "rigged system," the governor ...`: the opener's quotation closes after its comma.
    const at = words[k] === ',' && CLOSERS.test(words[k + 1] ?? '') ? k + 2 : k + 1
    if (words[k] === ',' && /^(PRON|PROPN|DET|NOUN)$/.test(tokens[at]?.pos ?? '')) {
      const phrase = phraseStartingAt(tokens, words, at, s1)
      let v = phrase?.[1] ?? -1
      while (v >= 0 && v < s1 && isSkippable(tokens[v] as Token, words[v] as string) && tokens[v]?.pos !== 'AUX') v++
      if (phrase && /^(VERB|AUX)$/.test(tokens[v]?.pos ?? '')) comma = k
      if (comma >= 0) return phrase
    }
  }
  return null
}

/** Adverbs, auxiliaries and negation between a subject and its verb: `has also repeatedly not`. */
function isSkippable(t: Token, w: string): boolean {
  if (t.pos === 'AUX' || SKIPPABLE_BEFORE_CUE.test(w) || /^(not|n't|'s|'re|'ve|'d|'ll)$/.test(w)) return true
  return t.pos === 'ADV' && !COMPLEMENTIZER.test(w) && !/^(so|as|then|there|here)$/.test(w)
}

/**
 * Where the reported clause begins after the cue, skipping time and place adverbials (`on
 * Tuesday`, `in a statement`) and a `that`. `weak` marks a start found only after adverbials with
 * no complementizer, where a comma-led `C, X said` reading is preferred.
 */
/** `behind closed doors`: a noun after a participle the tagger took for a verb. */
function participleNoun({ tokens, words }: Context, i: number): [number, number] | null {
  return /ed$/.test(words[i] ?? '') && tokens[i + 1]?.pos === 'NOUN' ? [i, i + 2] : null
}

function complementStart(ctx: Context, from: number, end: number): { at: number; weak: boolean } | null {
  const { tokens, words } = ctx
  let i = from
  let skipped = false
  // `called for tariffs`, `railed against super PACs`: the preposition belongs to the cue, unless
  // its phrase is followed by a `that` clause (`warned for months that C`).
  if (
    tokens[i]?.pos === 'ADP' &&
    !ADVERBIAL_PREPOSITIONS.test(words[i] as string) &&
    PHRASAL.test(words[i] as string)
  ) {
    const np = phraseStartingAt(tokens, words, i + 1, end)
    if (np && words[np[1]] === 'that' && np[1] + 1 < end) return { at: np[1] + 1, weak: false }
    // `joked with reporters, "C"`, `said with a smile: "C"`: the phrase is whom or how it was said
    // to, and the quotation after it is the claim.
    if (np && /^[,:]$/.test(words[np[1]] ?? '') && OPENERS.test(words[np[1] + 1] ?? ''))
      return { at: np[1] + 1, weak: false }
    // `"C," she said with a grin`, `"C," he said about the plan`: after a claim told before its
    // cue, the phrase is how or of what it was said, so it is weak.
    return i + 1 < end ? { at: i + 1, weak: true } : null
  }
  for (let guard = 0; guard < 4 && i < end; guard++) {
    const w = words[i] as string
    const t = tokens[i] as Token
    if (t.pos === 'ADP' && ADVERBIAL_PREPOSITIONS.test(w) && !isCounting(words, i)) {
      const np =
        phraseStartingAt(tokens, words, i + 1, end) ?? ownedPhrase(ctx, i + 1, end) ?? participleNoun(ctx, i + 1)
      if (!np) break
      i = placeAppositiveEnd(ctx, np[1], end)
      skipped = true
    } else if (timePhraseEnd(words, i) > i && claimAfterTime(ctx, timePhraseEnd(words, i), end)) {
      // `said last week that C`, `vowed last month to run`: the time is the saying's.
      i = timePhraseEnd(words, i)
      skipped = true
    } else if (t.pos === 'ADV' && ADVERBIAL_WORDS.test(w) && tokens[i + 1]?.pos !== 'VERB') {
      i++
      skipped = true
    } else if (w === ',' && INSERTED_ADVERBS.test(words[i + 1] ?? '') && words[i + 2] === ',') {
      // `warned, however, that C`: an adverb set off by commas stands outside the claim.
      i += 3
      skipped = true
    } else if (t.pos === 'PROPN' && DAYS.test(w)) {
      // `announced Monday morning`: the part of the day goes with it.
      i += PARTS_OF_DAY.test(words[i + 1] ?? '') ? 2 : 1
      skipped = true
    } else break
  }
  if (i >= end) return null
  const w = words[i] as string
  const t = tokens[i] as Token
  // `said in a statement that it regrets ...`: after a skipped phrase the tagger may read `that` as
  // a relative pronoun; it opens the claim unless a verb follows it (`a statement that was sent`).
  // So it does after a name (`told Reuters that police fired`), which a relative `that` seldom follows.
  const opensClause = !/^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')
  const afterName = tokens[i - 1]?.pos === 'PROPN'
  if (w === 'that' && (t.pos !== 'PRON' || ((skipped || afterName) && opensClause)) && !isDemonstrativeThat(ctx, i))
    return { at: i + 1, weak: false }
  if (w === ':' || w === '—') return { at: i + 1, weak: false }
  if (OPENERS.test(w)) return { at: i, weak: false }
  if (w === ',' && OPENERS.test(words[i + 1] ?? '')) return { at: i + 1, weak: false }
  if (w === ',' || TRAILING.test(w)) return null
  if (w === 'to' && (tokens[i + 1]?.pos === 'VERB' || (tokens[i + 1]?.pos === 'ADV' && tokens[i + 2]?.pos === 'VERB')))
    return { at: i, weak: skipped }
  // `"C," she said when asked about it`: a participle after `when` is the setting of the saying,
  // no indirect question (`said if elected he would` keeps its `if`).
  if (w === 'when' && tokens[i + 1]?.pos === 'VERB' && /(ed|ing)$/.test(words[i + 1] ?? '')) return null
  if (COMPLEMENTIZER.test(w)) return { at: i, weak: false }
  if (/^(DET|PRON|PROPN|NOUN|NUM|ADJ|ADV|VERB|AUX)$/.test(t.pos) || isCounting(words, i))
    return { at: i, weak: skipped || !isClause(ctx, i, end) }
  return null
}

/** `his official account`, `their weekly call`: a possessive and the phrase it opens, from token `k`. */
function ownedPhrase(ctx: Context, k: number, end: number): [number, number] | null {
  if (!/^(his|her|its|their|our|my|your)$/.test(ctx.words[k] ?? '')) return null
  const np = phraseStartingAt(ctx.tokens, ctx.words, k + 1, end)
  return np ? [k, np[1]] : null
}

/**
 * `"A," said Jo Roe, the town's mayor, "but B."`: after an inverted source, a description set off
 * by commas and then a quote opening in lower case, which goes on with the quote before.
 */
function resumedAfterAppositive(ctx: Context, after: number, s1: number): { at: number; weak: boolean } | null {
  const { tokens, words, text } = ctx
  if (words[after] !== ',' || !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[after + 1]?.pos ?? '')) return null
  for (let k = after + 2; k < Math.min(s1, after + 25); k++) {
    const w = words[k] as string
    if (OPENERS.test(w) || CLOSERS.test(w) || /^[;:.]$/.test(w)) return null
    if (w !== ',') continue
    const quote = tokens[k + 1]
    if (!quote || !OPENERS.test(words[k + 1] ?? '') || !/^[a-z]/.test(text.slice(quote.end).trimStart())) return null
    return { at: k + 1, weak: false }
  }
  return null
}

/** Nouns of time after `this`, `last` or `next`. */
const TIME_NOUNS =
  /^(week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/**
 * `said last week that C`, `told him this weekend C`: the token after a time phrase at `i` (with
 * `earlier` or `later` before it), or `i` when none stands there.
 */
function timePhraseEnd(words: Words, i: number): number {
  const k = /^(earlier|later)$/.test(words[i] ?? '') ? i + 1 : i
  return /^(this|last|next)$/.test(words[k] ?? '') && TIME_NOUNS.test(words[k + 1] ?? '') ? k + 2 : i
}

/** Whether a clause, quote or infinitive opens at token `k`, after a time phrase. */
function claimAfterTime(ctx: Context, k: number, end: number): boolean {
  return opensClaim(ctx, k, end) || (ctx.words[k] === 'to' && ctx.tokens[k + 1]?.pos === 'VERB')
}

/** `said at least two suspects fled`: `at least` counts the subject; it sets no scene. */
function isCounting(words: Words, i: number): boolean {
  return words[i] === 'at' && /^(least|most)$/.test(words[i + 1] ?? '')
}

/**
 * `at a rally in Dayton, Ohio, "B"`: a name set off by commas after a place name is its state or
 * country, part of the phrase; the comma closing it is returned, else `at` itself.
 */
function placeAppositiveEnd(ctx: Context, at: number, end: number): number {
  const { tokens, words } = ctx
  if (words[at] !== ',' || tokens[at - 1]?.pos !== 'PROPN' || tokens[at + 1]?.pos !== 'PROPN') return at
  let j = at + 1
  while (j < end && j < at + 5 && (tokens[j]?.pos === 'PROPN' || words[j] === '.')) j++
  return words[j] === ',' ? j : at
}

/**
 * Whether an object follows the cue (past adverbs): `In a statement, the minister condemned the
 * test` says the test, and the opener before it is no claim, where `, she said on Monday` ends.
 */
function hasObject(ctx: Context, after: number): boolean {
  let k = after
  while (ctx.tokens[k]?.pos === 'ADV') k++
  // `, she said Monday morning.`: a day closing the clause is no object (`condemned Friday's test` has one).
  if (ctx.tokens[k]?.pos === 'PROPN' && DAYS.test(ctx.words[k] ?? '')) {
    const end = k + (PARTS_OF_DAY.test(ctx.words[k + 1] ?? '') ? 2 : 1)
    if (/^[.,;]$/.test(ctx.words[end] ?? '.')) return false
  }
  return /^(DET|NOUN|PROPN|NUM|ADJ)$/.test(ctx.tokens[k]?.pos ?? '')
}
