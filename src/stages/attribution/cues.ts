import type { Token } from '../../doc/layers.js'
import { attitudeAt } from './attitude-cue.js'
import { ArticleClasses, classFeatures } from './cue-classes.js'
import { asHash, type FeatureKey, hashOfText } from './feature-key.js'
import type { Words } from './noun-phrase.js'
import { WeightTable } from './weight-table.js'

/** A word or phrase that signals an attribution, with the frame it opens. */
export interface Cue {
  /** Token range `[first, last)` of the cue words: `said`, `declined to comment`, `According to`. */
  readonly first: number
  readonly last: number
  /** The reporting verb's token, whose position decides the frame. */
  readonly head: number
  readonly lemma: string
  readonly frame: 'verb' | 'according' | 'refusal'
  readonly stance: 'assert' | 'decline' | 'deny'
  /** True when only a clear frame (`that`-clause, quote) should confirm it: a doubtful cue. */
  readonly tentative?: boolean
  /** True for a stance adjective after `be` (`is skeptical of`, `was adamant that`): the frame rules read it, as they read speech. */
  readonly attitude?: boolean
  /** True for a headline's finding after a comma (`C, study finds`): the frame rules read it, as they read speech. */
  readonly finding?: boolean
  /** True for a first-person belief outside quotes (`I think C`, first-person.ts): the frame rules read it. */
  readonly believed?: boolean
  /** The learned cue model's probability for the head, when there is a model. */
  readonly probability?: number
}

/**
 * Per lemma, how likely a token is an attribution cue, learned from PolNeAR train and looked up
 * by `lemma/POS` with context (see data/README.md). Hand rules below cover what the statistics
 * cannot: refusals, `according to`, `described as`.
 */
export interface CueModel {
  readonly threshold: number
  /** Log-odds weights by feature hash (feature-key.ts). */
  readonly weights: WeightTable
  readonly bias: number
  /**
   * Every `lemma/POS` the weights name, as lemmas by POS: a word never seen heading a cue in
   * training is not scored. Looked up by parts, as every verb and noun is, so that no `lemma/POS`
   * string is built per token.
   */
  readonly heads: ReadonlyMap<string, ReadonlySet<string>>
  /**
   * By POS, the fine word classes whose own feature (`c1=F|pos=P`) weighs for a cue: a word of
   * such a class is scored though its lemma heads nothing.
   */
  readonly classHeads: ReadonlyMap<string, ReadonlySet<number>>
}

/** The cue model as data/cue-model.json stores it. */
export interface CueModelJson {
  readonly threshold: number
  readonly weights: Readonly<Record<string, number>>
  readonly bias: number
}

/** Loads the stored model, keyed by feature hash so that the stage looks weights up without building feature strings. */
export function cueModelFrom(json: CueModelJson): CueModel {
  const heads = new Map<string, Set<string>>()
  const classHeads = new Map<string, Set<number>>()
  const weights = new Map<number, number>()
  for (const [f, w] of Object.entries(json.weights)) {
    const own = CLASS_HEAD.exec(f)
    if (own && w > 0) {
      const pos = own[2] as string
      if (!classHeads.has(pos)) classHeads.set(pos, new Set())
      classHeads.get(pos)?.add(Number(own[1]))
    }
    const bar = f.indexOf('|')
    const head = bar < 0 ? f : f.slice(0, bar)
    // A part of speech holds no slash, so the last one parts lemma and POS; a name with none
    // (`w=said`) heads nothing.
    const slash = head.lastIndexOf('/')
    if (slash >= 0) {
      const pos = head.slice(slash + 1)
      if (!heads.has(pos)) heads.set(pos, new Set())
      heads.get(pos)?.add(head.slice(0, slash))
    }
    const key = hashOfText(f)
    weights.set(key, (weights.get(key) ?? 0) + w)
  }
  return { ...json, weights: new WeightTable(weights), heads, classHeads }
}

const CLASS_HEAD = /^c1=(\d+)\|pos=([A-Z]+)$/

/**
 * The lowest cue probability at which a cue is still read when the learned span tagger checks it:
 * the tagger leaves a false cue without content, so the finder can offer more.
 */
export const CANDIDATE_FLOOR = 0.2

/**
 * The lowest probability at which a word whose lemma the model does not know, scored by its class
 * alone, is offered as a cue: set by hand on PolNeAR dev (data/README.md), where from
 * `CANDIDATE_FLOOR` up such cues were as often false as worth their cost.
 */
export const CLASS_FLOOR = 0.3

/** Verbs that report speech even when statistics are thin; always cues with a subject. */
const SPEECH = new Set([
  'say',
  'tell',
  'announce',
  'add',
  'confirm',
  'deny',
  'warn',
  'state',
  'claim',
  'insist',
  'argue',
  'explain',
  'note',
  'report',
  'write',
  'tweet',
  'declare',
  'acknowledge',
  'admit',
  'reveal',
  'reply',
  'respond',
  'stress',
  'predict',
  'allege',
  'estimate',
  'assert',
  'contend',
  'maintain',
  'concede',
  'describe',
  'testify',
  'disclose',
  // Verbs of judgement report a stance as surely as `say` does.
  'applaud',
  'praise',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'hail',
  'blast',
  'slam',
  'accuse',
  'urge',
  'vow',
  'pledge',
  'tout',
])

/** Words that open a refusal (`would not comment`); sets, not patterns, as every token is tried. */
const REFUSAL_STARTS = new Set('would will could did does do has have had is are was were'.split(' '))
const DENY = new Set(['deny', 'refute', 'dispute'])
const REFUSE = new Set(['decline', 'refuse'])
const REFUSED_ACTS = new Set([
  'comment',
  'give',
  'discuss',
  'elaborate',
  'provide',
  'say',
  'specify',
  'confirm',
  'identify',
  'disclose',
  'answer',
  'reveal',
  'detail',
  'name',
  'release',
  'offer',
])

/**
 * A verb-tagged word inside a compound noun (`the security think tank.`) is no cue. A speech verb
 * in the past or third person is never one: `"C," the mayor told reporters.` has the same tags
 * (`artists writing songs` stays a compound).
 */
function isInsideCompound(tokens: readonly Token[], words: Words, i: number): boolean {
  const t = tokens[i] as Token
  const w = words[i] as string
  if (t.pos === 'VERB' && SPEECH.has(t.lemma) && w !== t.lemma && !w.endsWith('ing')) return false
  const prev = tokens[i - 1]?.pos
  const next = tokens[i + 1]?.pos
  const after = tokens[i + 2]?.pos ?? 'PUNCT'
  return (prev === 'NOUN' || prev === 'ADJ') && next === 'NOUN' && (after === 'PUNCT' || after === 'ADP')
}

/** Whether a cue is a speech verb or a fixed pattern (`according to`, refusals), not a learned cue. */
export function isSpeechCue(cue: Cue): boolean {
  return cue.frame !== 'verb' || SPEECH.has(cue.lemma) || cue.attitude === true || cue.finding === true
}

/** Tokens the cue model scores: verbs, and nouns, which the tagger gives many reporting verbs (`polls show`). */
export function isCandidate(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'NOUN'
}

/**
 * An article's words as the cue features read them, worked out once per article: each word's
 * class (the word itself for a few function words and marks, else its part of speech) and a
 * running count of quotation marks.
 */
export interface CueText {
  readonly tokens: readonly Token[]
  readonly words: Words
  readonly classes: readonly string[]
  /** `quotesBefore[k]`: quotation marks among tokens before `k`. */
  readonly quotesBefore: Int32Array
  /** The words' GloVe classes, looked up as asked for. */
  readonly clusters: ArticleClasses
}

export function cueText(tokens: readonly Token[], words: Words): CueText {
  const classes = words.map((w, k) => (CLASS_WORDS.test(w) ? w : (tokens[k]?.pos ?? 'X')))
  const quotesBefore = new Int32Array(words.length + 1)
  for (let k = 0; k < words.length; k++)
    quotesBefore[k + 1] = (quotesBefore[k] as number) + (QUOTE_MARK.test(words[k] as string) ? 1 : 0)
  return { tokens, words, classes, quotesBefore, clusters: new ArticleClasses(words) }
}

const QUOTE_MARK = /^["“”]$|^''$/

/** The features the learned cue model reads for token `i`: as text for training, as hashes at run time. */
export function cueFeatures<K>(key: FeatureKey<K>, text: CueText, i: number, known = true): K[] {
  const { tokens, words, classes, quotesBefore, clusters } = text
  const t = tokens[i] as Token
  const w = words[i] as string
  const lemmaPos = `${t.lemma}/${t.pos}`
  let subject = i - 1
  while (subject >= 0 && SKIPPED_BEFORE.has(tokens[subject]?.pos ?? '')) subject--
  const near =
    (quotesBefore[Math.min(words.length, i + 5)] as number) > (quotesBefore[Math.max(0, i - 4)] as number) ? 'q' : ''
  let that = ''
  for (let k = i + 1; k <= i + 4; k++) if (words[k] === 'that') that = 't'
  const shape = w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'ed' : w.endsWith('s') ? 's' : 'x'
  const n1 = classAt(classes, i + 1)
  const n2 = classAt(classes, i + 2)
  const subjectClass = classAt(classes, subject)
  if (!known) return classFeatures(key, clusters, i, { pos: t.pos, next: n1, subject: subjectClass, that, near, shape })
  // Most features are named after the lemma and part of speech, hashed once for all of them.
  const ofLemma = key.after(lemmaPos)
  return [
    ofLemma``,
    ofLemma`|n=${n1}`,
    ofLemma`|n2=${n1}_${n2}`,
    ofLemma`|p=${classAt(classes, i - 1)}`,
    ofLemma`|subj=${subjectClass}`,
    ofLemma`|s=${shape}`,
    ofLemma`|q=${near}`,
    ofLemma`|t=${that}`,
    ofLemma`|nl=${tokens[i + 1]?.lemma ?? ''}`,
    key`n=${n1}|pos=${t.pos}`,
    key`q=${near}|t=${that}|subj=${subjectClass}`,
    key`l=${t.lemma}`,
    key`w=${w}`,
    ofLemma`|pw=${words[i - 1] ?? '<s>'}`,
    ofLemma`|nw=${words[i + 1] ?? '</s>'}`,
    ofLemma`|sp=${tokens[subject]?.pos ?? '<s>'}`,
    ofLemma`|n3=${n1}_${n2}_${classAt(classes, i + 3)}`,
    ofLemma`|p2=${classAt(classes, i - 2)}_${classAt(classes, i - 1)}`,
    ofLemma`|open=${String(tokens[i - 1]?.sentence !== t.sentence)}`,
  ]
}

/** The class of word `k`, or a sentinel before and after the text. */
function classAt(classes: readonly string[], k: number): string {
  return classes[k] ?? (k < 0 ? '<s>' : '</s>')
}

/** Parts of speech between a cue and its subject: `has also not said`. */
const SKIPPED_BEFORE = new Set(['ADV', 'AUX', 'PART'])

const CLASS_WORDS =
  /^(that|:|,|"|“|”|''|to|whether|if|how|why|what|the|a|he|she|they|it|we|i|you|who|which|has|have|had|also|was|were|is|be|been|not|for|about|by|on|in|with|as|and|but|.)$/

/** The learned model's probability that token `i` heads a cue. */
export function cueProbability(model: CueModel, text: CueText, i: number, known = true): number {
  let z = model.bias
  for (const f of cueFeatures(asHash, text, i, known)) z += model.weights.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

/**
 * Finds cues in token order. A token is a verb cue when it is a speech verb or the learned model
 * scores it above its threshold, and a tentative one when the score is only above `floor`; refusals (`declined to comment`, `would not comment`, `did not
 * respond to a request for comment`) and `according to` come from patterns.
 */
export function findCues(
  tokens: readonly Token[],
  words: Words,
  model: CueModel | null,
  floor = (model?.threshold ?? 0) / 2,
): Cue[] {
  const cues: Cue[] = []
  const text = model ? cueText(tokens, words) : null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const w = words[i] as string
    if (w === 'according' && words[i + 1] === 'to') {
      cues.push({ first: i, last: i + 2, head: i, lemma: 'according to', frame: 'according', stance: 'assert' })
      i++
      continue
    }
    const refusal =
      (REFUSAL_STARTS.has(w) || REFUSE.has(t.lemma) ? refusalAt(tokens, words, i) : null) ??
      (ANSWER.has(t.lemma) ? unansweredAt(tokens, words, i) : null)
    if (refusal) {
      cues.push(refusal)
      i = refusal.last - 1
      continue
    }
    const attitude = t.pos === 'ADJ' ? attitudeAt(tokens, words, i) : null
    if (attitude) {
      cues.push(attitude)
      i = attitude.last - 1
      continue
    }
    if (!isCandidate(t) || isInsideCompound(tokens, words, i) || claimsDeed(t, words, i) || isArmedAttack(t, words, i))
      continue
    const estimate = putsFigureAt(tokens, words, i)
    const finding = isHeadlineFinding(tokens, words, i)
    const speech = (t.pos === 'VERB' && SPEECH.has(t.lemma)) || estimate || finding
    const scored = model && text ? scoredAs(model, text, i) : null
    const scoredP = model && text && scored ? cueProbability(model, text, i, scored === 'lemma') : 0
    // A word read by its class alone is a weaker guess than a known word: it must clear a higher floor.
    const p = scored === 'class' && scoredP < CLASS_FLOOR ? 0 : scoredP
    const learned = model !== null && p >= model.threshold
    const tentative = !speech && !learned && model !== null && p >= floor
    if (!speech && !learned && !tentative) continue
    // `described as`, `pointed out`: the particle belongs to the cue.
    const particle = /^(as|out)$/.test(words[i + 1] ?? '') && /^(describe|point|refer|call)$/.test(t.lemma)
    cues.push({
      first: i,
      last: particle ? i + 2 : i + 1,
      head: i,
      // `put the toll at 54` is an estimate, read as `estimated` would be.
      lemma: estimate ? 'estimate' : t.lemma,
      frame: 'verb',
      stance: DENY.has(t.lemma) ? 'deny' : isWithheld(tokens, words, i) ? 'decline' : 'assert',
      ...(tentative ? { tentative } : {}),
      ...(finding ? { finding } : {}),
      ...(model ? { probability: p } : {}),
    })
  }
  return cues
}

/** How the model scores token `i`: by its lemma when a feature names it, else by its word class when that weighs for a cue, else not at all. */
function scoredAs(model: CueModel, text: CueText, i: number): 'lemma' | 'class' | null {
  const t = text.tokens[i] as Token
  if (model.heads.get(t.pos)?.has(t.lemma)) return 'lemma'
  const fine = model.classHeads.get(t.pos)
  return fine?.has(text.clusters.at(i)?.fine ?? -1) ? 'class' : null
}

/** What an attack with arms hits: `militia attacked the camp` is an act of war, not criticism. */
const STRUCK_PLACES =
  /^(camp|camps|village|villages|town|towns|city|base|bases|convoy|convoys|checkpoint|checkpoints|post|posts|station|stations|position|positions|building|school|hospital|market|ship|vessel|tanker|patrol|barracks|airport|port|depot|compound|prison|church|mosque)$/

function isArmedAttack(t: Token, words: Words, i: number): boolean {
  if (t.lemma !== 'attack') return false
  let k = i + 1
  while (
    k < i + 5 &&
    /^(the|a|an|their|its|his|her|two|three|several|army|military|police|refugee|displacement|rebel|border)$/.test(
      words[k] ?? '',
    )
  )
    k++
  return STRUCK_PLACES.test(words[k] ?? '')
}

/** `C, study finds`, `C, report says`: a headline's bare study or report giving its finding after a comma. */
function isHeadlineFinding(tokens: readonly Token[], words: Words, i: number): boolean {
  return (
    tokens[i]?.pos === 'VERB' &&
    /^(find|show|suggest|reveal)$/.test((tokens[i] as Token).lemma) &&
    /^(study|report|survey|poll|research|analysis|review|audit|probe|data)$/.test(words[i - 1] ?? '') &&
    words[i - 2] === ','
  )
}

/**
 * `claimed responsibility for the attack`, `took credit for the raid`: owning a deed, not saying
 * something (the deed is the event); `feared dead`: a fate, not anyone's fear; `was not named`:
 * an identity, not a claim; `would be added`: a sum, not a saying.
 */
function claimsDeed(t: Token, words: Words, i: number): boolean {
  // `dozens feared dead`, `two miners are feared trapped`: a fate reported with no one fearing.
  if (t.lemma === 'fear' && /^(dead|killed|drowned|lost|missing|trapped|buried)$/.test(words[i + 1] ?? '')) return true
  // `The dealer, who was not named,`: whose identity is withheld; no one claims anything.
  if (/^(name|identify)$/.test(t.lemma) && /^(not|n't)$/.test(words[i - 1] ?? '')) {
    if (/^(was|were|been|is|are|be|being)$/.test(words[i - 2] ?? '')) return true
  }
  // `those deaths would be added to the toll`: something added is counted in, not said.
  if (t.lemma === 'add' && /^(be|been|being|was|were|is|are)$/.test(words[i - 1] ?? '')) return true
  // `which is listed as a banned group by the EU`: a designation the body made, not a claim it voices.
  if (/^(list|designate|classify)$/.test(t.lemma) && /^(is|are|was|were|been|be|being)$/.test(words[i - 1] ?? ''))
    if (words[i + 1] === 'as') return true
  // `its soldiers responded to enemy provocations`: answering force with force, not with words.
  if (/^(respond|reply)$/.test(t.lemma) && words[i + 1] === 'to' && answersForce(words, i + 2)) return true
  if (t.lemma !== 'claim' && t.lemma !== 'take') return false
  let k = i + 1
  while (/^(full|sole|no|any|the)$/.test(words[k] ?? '')) k++
  return /^(responsibility|credit)$/.test(words[k] ?? '')
}

/** Acts of force a side answers in kind (`responded to the shelling`, `replied to rocket fire`). */
const FORCE =
  /^(provocations?|attacks?|fire|shelling|aggression|incursions?|strikes?|raids?|violence|assaults?|bombardment|offensive)$/

/** Whether a noun of force heads the words from `k` on, past a few modifiers (`the enemy's rocket fire`). */
function answersForce(words: Words, k: number): boolean {
  for (let j = k; j < k + 5 && j < words.length; j++) {
    if (FORCE.test(words[j] ?? '')) return true
    if (/^[,.;:]$|^(and|but|with|by|that|which)$/.test(words[j] ?? '')) return false
  }
  return false
}

/**
 * A refusal starting at token `i`: `declined to comment`, `refused to give further details`,
 * `would not comment`, `could not be reached for comment` (an unanswered request for comment is
 * `unansweredAt`'s). The cue runs over the refused act and its object (`give further details`) but stops
 * before a preposition or a clause (`on the report`, `including when`).
 */
function refusalAt(tokens: readonly Token[], words: Words, i: number): Cue | null {
  const t = tokens[i] as Token
  let last = -1
  if (REFUSE.has(t.lemma) && words[i + 1] === 'to' && REFUSED_ACTS.has(tokens[i + 2]?.lemma ?? '')) {
    last = i + 3
    if (tokens[i + 2]?.lemma !== 'comment') {
      while (last < tokens.length && /^(ADJ|NOUN|DET|NUM)$/.test(tokens[last]?.pos ?? '') && last < i + 7) last++
    }
  } else if (REFUSE.has(t.lemma) && /^(comment|comments)$/.test(words[i + 1] ?? '')) last = i + 2
  else if (/^(not|n't|n’t)$/.test(w(words, i + 1))) {
    // `has not yet commented`, `was not immediately available for comment`: an adverb may stand between.
    const k = tokens[i + 2]?.pos === 'ADV' ? i + 3 : i + 2
    const verb = w(words, k)
    const start = w(words, i)
    if (/^(would|will|could|did|does|do)$/.test(start)) {
      if (verb === 'comment' || verb === 'elaborate') last = k + 1
      else if (verb === 'be' && w(words, k + 1) === 'reached') {
        last = w(words, k + 2) === 'for' && /^comment/.test(w(words, k + 3)) ? k + 4 : k + 2
      }
    } else if (/^(has|have|had)$/.test(start) && (verb === 'commented' || verb === 'elaborated')) last = k + 1
    else if (/^(was|were|is|are)$/.test(start) && verb === 'available' && w(words, k + 1) === 'for')
      last = /^comments?$/.test(w(words, k + 2)) ? k + 3 : -1
  } else if (/^(would|will|could|did)$/.test(w(words, i)) && /^(comment|elaborate)$/.test(w(words, i + 1))) {
    // `Neither company would comment`, `No one at the ministry would comment`: the subject denies.
    if (negativeSubject(tokens, words, i)) last = i + 2
  }
  if (last < 0) return null
  // `who declined to give his name`: a request for anonymity (anonymity.ts), not a refusal to comment.
  if (/^(his|her|their)$/.test(w(words, i + 3)) && /^(full|last|name|names|surname|identity)$/.test(w(words, i + 4)))
    return null
  return { first: i, last, head: i, lemma: t.lemma, frame: 'refusal', stance: 'decline' }
}

/** Whether the clause before the verb at `i` opens with `neither`, `no one` or `nobody`. */
function negativeSubject(tokens: readonly Token[], words: Words, i: number): boolean {
  const sentence = (tokens[i] as Token).sentence
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]?.sentence === sentence; k--) {
    const word = w(words, k)
    if (word === 'neither' || word === 'nobody' || (word === 'no' && /^(one|official)$/.test(w(words, k + 1))))
      return true
    if (word === ',' || tokens[k]?.pos === 'VERB') return false
  }
  return false
}

const ANSWER = new Set(['respond', 'reply', 'return', 'answer'])
const ASKED = /^(requests?|questions|messages|calls|emails|e-mails|inquiries|queries)$/

/**
 * The end of the request a verb of answering takes (`reply to an emailed request`), or -1. Not
 * `answer questions` (a witness's refusal, not the press's) nor a request that goes on to say
 * what it asks (`queries seeking to confirm their address`).
 */
function askedAfter(tokens: readonly Token[], words: Words, i: number): number {
  if ((tokens[i] as Token).lemma === 'answer') return -1
  let j = i + 1
  if (w(words, j) === 'to') j++
  // `did not respond to attempts to reach him`: the press trying to reach someone is a request too.
  const attempt = (k: number) =>
    /^attempts?$/.test(w(words, k)) && w(words, k + 1) === 'to' && /^(reach|contact)$/.test(w(words, k + 2))
  while (j < i + 5 && /^(DET|ADJ|VERB|NOUN)$/.test(tokens[j]?.pos ?? '') && !ASKED.test(w(words, j)) && !attempt(j)) j++
  if (attempt(j)) return tokens[j + 3]?.pos === 'PRON' ? j + 4 : j + 3
  if (!ASKED.test(w(words, j)) || tokens[j + 1]?.pos === 'VERB') return -1
  return j + 1
}

/**
 * `a local official put the death toll at 54`, `puts the number of missing at 200`, `put the army's
 * losses at 40`: a figure given.
 */
function putsFigureAt(tokens: readonly Token[], words: Words, i: number): boolean {
  if (!/^(put|puts|putting)$/.test(w(words, i)) || !/^(the|its|their|his|her)$/.test(w(words, i + 1))) return false
  for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
    if (words[k] === 'at')
      return (
        /^(tolls?|numbers?|figures?|counts?|tally|tallies|totals?|estimates?|loss|losses|casualties|costs?)$/.test(
          w(words, k - 1),
        ) || /^(dead|missing|injured|wounded|killed|displaced|damage)$/.test(w(words, k - 1))
      )
    if (tokens[k]?.pos === 'PUNCT') return false
  }
  return false
}

/**
 * `did not say what the drones hit`, `would not specify how many`: a question the source left
 * unanswered, a refusal whose content is what was not said.
 */
function isWithheld(tokens: readonly Token[], words: Words, i: number): boolean {
  if (!/^(say|specify|disclose|reveal|identify|detail|explain|confirm)$/.test((tokens[i] as Token).lemma)) return false
  const negated = /^(not|n't)$/.test(w(words, i - 1)) && /^(would|will|could|did|does|do)$/.test(w(words, i - 2))
  return negated && /^(what|where|when|why|how|who|whom|which|whether|if)$/.test(w(words, i + 1))
}
const NEGATION = /^(not|n't|never)$/

/**
 * A request for comment left unanswered, however the negation is put: `has not responded to a
 * request for comment`, `did not immediately respond to an emailed request for comment`, `has yet
 * to respond to ...`, `Neither the army nor the ministry responded to requests for comment`. The
 * cue runs from the negation (or the verb) to `comment`.
 */
function unansweredAt(tokens: readonly Token[], words: Words, i: number): Cue | null {
  const sentence = (tokens[i] as Token).sentence
  let last = -1
  for (let j = i + 1; j < Math.min(tokens.length, i + 12) && tokens[j]?.sentence === sentence; j++)
    if (/^comments?$/.test(w(words, j))) {
      last = j + 1
      break
    }
  // `did not reply to an emailed request`, `did not return calls`: a request with no `comment` after it.
  if (last < 0) last = askedAfter(tokens, words, i)
  if (last < 0) return null
  let first = -1
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (NEGATION.test(w(words, j)) || (w(words, j) === 'to' && w(words, j - 1) === 'yet')) first = j
  }
  if (first < 0) {
    let j = i - 1
    while (j >= 0 && tokens[j]?.sentence === sentence && w(words, j) !== 'neither') j--
    if (j < 0 || tokens[j]?.sentence !== sentence) return null
    first = i
  } else if (w(words, first - 1) === 'yet') first -= 1
  else if (tokens[first - 1]?.pos === 'AUX') first -= 1
  return { first, last, head: i, lemma: (tokens[i] as Token).lemma, frame: 'refusal', stance: 'decline' }
}

function w(words: Words, i: number): string {
  return words[i] ?? ''
}
