import type { TimeExpression } from '../../doc/layers.js'
import { FORMS, LEXICON, type TriggerEntry } from './lexicon.js'
import type { TokenView } from './phrases.js'

/** One word or phrase in the text that reports an event, and how it is used. */
export interface TriggerHit {
  /** Token indices `[first, end)` of the trigger words. */
  readonly first: number
  readonly end: number
  readonly entry: TriggerEntry
  readonly form: 'verb' | 'noun'
  /** `he was detained`, `a prisoner detained last year`: the subject is the target. */
  readonly passive: boolean
  /** A participle after a noun with no auxiliary: `a prisoner detained last year`. */
  readonly reducedRelative: boolean
  /** The auxiliaries and adverbs before a verb start here (the trigger's own index for nouns). */
  readonly group: number
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
const BE = new Set(['be', 'get'])
/** Verbs after which a noun phrase and a participle are a clause, not a reduced relative. */
const SPEECH = new Set(['say', 'tell', 'report', 'announce', 'claim', 'add', 'confirm', 'state', 'think', 'believe'])

/** `raids` -> `raid`: a plural the tagger left whole, with its -s dropped. */
function barePlural(word: string): string | undefined {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : undefined
}

/** The lemma keys a token can match: its lemma, its form, a known irregular form, a bare plural. */
function keysOf(view: TokenView, i: number): string[] {
  const lemma = view.lemma(i)
  const word = view.word(i)
  const form = FORMS.get(word) ?? FORMS.get(lemma)
  const bare = barePlural(word)
  const keys = form || bare ? [lemma, word, form ?? lemma, bare ?? lemma] : [lemma, word]
  // `Clashes` opening a sentence, tagged a name and so left unlemmatised.
  if (bare && word.endsWith('hes')) keys.push(word.slice(0, -2))
  // `beating` left unlemmatised: try the stem, with and without a silent e (`seizing`).
  if (lemma === word && word.length > 6 && word.endsWith('ing')) keys.push(word.slice(0, -3), `${word.slice(0, -3)}e`)
  // `abducted` left unlemmatised (tagged a noun): the stem, with and without its e (`seized`).
  if (lemma === word && word.length > 6 && word.endsWith('ed')) keys.push(word.slice(0, -2), word.slice(0, -1))
  return keys
}

/** The keys of token `i` that start a lexicon entry; none for most tokens, without allocating. */
function entryKeys(view: TokenView, i: number): string[] | null {
  const lemma = view.lemma(i)
  const word = view.word(i)
  if (!LEXICON.has(lemma) && !LEXICON.has(word)) {
    if (!FORMS.has(word) && !word.endsWith('s') && !word.endsWith('ing') && !word.endsWith('ed')) return null
    // Most words ending in -s (`is`, `was`, plurals) start no entry in any form: say so before
    // building their keys, by looking up the same forms `keysOf` adds to the lemma and word.
    const form = FORMS.get(word) ?? FORMS.get(lemma)
    const bare = barePlural(word)
    const stem = lemma === word && word.length > 6 && word.endsWith('ing') ? word.slice(0, -3) : undefined
    const past = lemma === word && word.length > 6 && word.endsWith('ed') ? word.slice(0, -2) : undefined
    const starts =
      (past !== undefined && (LEXICON.has(past) || LEXICON.has(`${past}e`))) ||
      (form !== undefined && LEXICON.has(form)) ||
      (bare !== undefined && (LEXICON.has(bare) || LEXICON.has(bare.slice(0, -1)))) ||
      (stem !== undefined && (LEXICON.has(stem) || LEXICON.has(`${stem}e`)))
    if (!starts) return null
  }
  const keys = keysOf(view, i).filter((k) => LEXICON.has(k))
  return keys.length ? keys : null
}

/** The token index where phrase `lemmas` ends when it starts at `i`, or -1. */
function matchPhrase(view: TokenView, i: number, lemmas: readonly string[]): number {
  let j = i + 1
  let gap = 0
  for (let k = 1; k < lemmas.length; k++) {
    const want = lemmas[k] as string
    if (want === '...') {
      gap = 3
      continue
    }
    while (view.word(j) === '-' && view.glued(j)) j++
    let found = -1
    for (let g = 0; g <= gap && j + g < view.tokens.length; g++) {
      if (view.sentenceOf(j + g) !== view.sentenceOf(i)) break
      if (keysOf(view, j + g).includes(want)) {
        found = j + g
        break
      }
      if (view.pos(j + g) === 'PUNCT' || view.pos(j + g) === 'VERB') break
    }
    if (found < 0) return -1
    j = found + 1
    gap = 0
  }
  return j
}

/** Whether token `i` is used as a noun (`his capture`, `a raid`) or as a verb (`captured`). */
function formOf(view: TokenView, i: number): 'verb' | 'noun' {
  const prev = i - 1
  const word = view.word(i)
  const pos = view.pos(i)
  const inflected = word.endsWith('ed') || (FORMS.has(word) && !word.endsWith('s'))
  const prevPos = view.sentenceOf(prev) === view.sentenceOf(i) ? view.pos(prev) : ''
  const prevWord = view.word(prev)
  if (prevPos === 'PART' && prevWord === 'to') return 'verb'
  if (
    prevPos === 'DET' ||
    POSSESSIVE.has(prevWord) ||
    view.isGenitive(prev) ||
    prevPos === 'ADJ' ||
    prevPos === 'NUM'
  ) {
    return inflected && prevPos !== 'DET' && !POSSESSIVE.has(prevWord) ? 'verb' : 'noun'
  }
  if (prevWord === 'with' || prevWord === 'of') return 'noun'
  // The tagger calls some verbs nouns (`Germany backs the candidate`, `helped Brazil arrest a
  // lord`): a word between a noun phrase and a determiner is a verb.
  const next = view.word(i + 1)
  const nextPos = view.sentenceOf(i + 1) === view.sentenceOf(i) ? view.pos(i + 1) : ''
  if ((nextPos === 'DET' && next !== 'that') || POSSESSIVE.has(next)) {
    if (prevPos === 'PROPN' || prevPos === 'NOUN' || prevPos === 'PRON') return 'verb'
  }
  // `Heavy shelling hit the town`, `Fighting has continued`, `fighting between X and Y`: an -ing
  // word straight before the clause's verb is its subject, a noun, whatever the tagger made of it
  // or of the adjective before it.
  if (word.endsWith('ing') && next === 'between') return 'noun'
  // `killed by shelling.`, `damaged in fighting overnight`: after a preposition with no object
  // of its own, the -ing word names the act.
  if (word.endsWith('ing') && prevPos === 'ADP' && !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(nextPos)) return 'noun'
  if (word.endsWith('ing') && (nextPos === 'VERB' || nextPos === 'AUX') && !/^(AUX|PART)$/.test(prevPos)) {
    if (!view.word(i + 1).endsWith('ing')) return 'noun'
  }
  if (pos === 'VERB' || pos === 'AUX' || inflected) return 'verb'
  if (word.endsWith('ing') && pos !== 'NOUN') return 'verb'
  // `..., wounding at least three people`: a participle clause the tagger read as a noun.
  if (word.endsWith('ing') && prevWord === ',' && /^(DET|NUM|ADP|PRON|PROPN)$/.test(nextPos)) return 'verb'
  return 'noun'
}

/**
 * Where the figure starts after the bound at `i` (`at least 25`, `more than 40`, `up to 9`), or
 * `i` when no bound stands there.
 */
export function figureStartAfterBound(view: TokenView, i: number): number {
  const pair = `${view.word(i)} ${view.word(i + 1)}`
  const k = /^(at least|at most|more than|fewer than|less than|up to)$/.test(pair) ? i + 2 : i
  return k > i && view.pos(k) === 'NUM' ? k : i
}

/** The first token of the auxiliaries and adverbs before a verb at `i`. */
function groupStart(view: TokenView, i: number): number {
  let j = i
  while (j - 1 >= 0 && view.sentenceOf(j - 1) === view.sentenceOf(i)) {
    const pos = view.pos(j - 1)
    const w = view.word(j - 1)
    if (pos === 'AUX' || pos === 'ADV' || (pos === 'PART' && (w === 'not' || w === "n't" || w === 'to'))) j--
    else break
  }
  return j
}

function isPassive(view: TokenView, i: number, group: number): boolean {
  const word = view.word(i)
  if (word.endsWith('ing')) return false
  for (let j = i - 1; j >= group; j--) if (view.pos(j) === 'AUX' && BE.has(view.lemma(j))) return true
  return group === i && isCoordinatedPassive(view, i)
}

/**
 * `X had been captured in Syria and handed over to Turkey`: a bare participle after `and` shares
 * the passive of the verb it is joined to, so X is handed over, not the one handing over.
 */
function isCoordinatedPassive(view: TokenView, i: number): boolean {
  if (!/^(and|or)$/.test(view.word(i - 1)) || view.word(i).endsWith('s')) return false
  const sentence = view.sentenceOf(i)
  for (let j = i - 2; j >= 0 && view.sentenceOf(j) === sentence; j--) {
    if (view.pos(j) !== 'VERB') continue
    let k = j - 1
    while (k >= 0 && (view.pos(k) === 'AUX' || view.pos(k) === 'ADV' || view.pos(k) === 'PART')) {
      if (view.pos(k) === 'AUX' && BE.has(view.lemma(k))) return !view.word(j).endsWith('ing')
      k--
    }
    return false
  }
  return false
}

/**
 * A bare participle right after a noun phrase, taking no object: `a prisoner detained last
 * year`, `Baghdadi, killed during a raid`, `forces helped by the coalition`. After a subject at
 * the start of a clause (`the army attacked at dawn`) it is a finite verb instead.
 */
function isReducedRelative(
  view: TokenView,
  i: number,
  group: number,
  timeStarts: ReadonlySet<number>,
  next = i + 1,
): boolean {
  if (group !== i) return false
  const word = view.word(i)
  if (!(word.endsWith('ed') || FORMS.has(word)) || word.endsWith('s')) return false
  const nextPos = view.sentenceOf(next) === view.sentenceOf(i) ? view.pos(next) : 'PUNCT'
  const nextToken = view.tokens[next]
  const timeNext = !!nextToken && timeStarts.has(nextToken.start)
  if (!timeNext) {
    if (nextPos === 'DET' || nextPos === 'PRON' || nextPos === 'PROPN' || nextPos === 'NOUN' || nextPos === 'NUM') {
      return false
    }
    // `killed at least 25 people`: a figure's bound opens the object.
    if (figureStartAfterBound(view, next) > next) return false
    if (nextPos === 'ADJ' && ['DET', 'NUM', 'NOUN', 'PROPN'].includes(view.pos(next + 1))) return false
  }
  let prev = i - 1
  if (view.word(prev) === ',') return view.phraseEndingAt(prev - 1) !== null
  const phrase = view.phraseEndingAt(prev)
  if (!phrase) return false
  // `a reporter kidnapped by militants`: an agent phrase makes it passive wherever it stands.
  if (view.word(next) === 'by') return true
  const before = phrase.start - 1
  const opens =
    view.sentenceOf(before) !== view.sentenceOf(i) || view.isClauseBoundary(before) || view.word(before) === '-'
  // `A courier detained in 2019 had named him`: a subject whose verb comes after the participle;
  // `Reporter freed after months`: a headline, where the auxiliary is left out.
  if (afterGappedPassive(view, before)) return true
  if (opens) return hasLaterVerb(view, i) || isHeadline(view, i)
  prev = before
  const pos = view.pos(prev)
  if (pos === 'VERB') return !SPEECH.has(view.lemma(prev))
  // `an informant from a gang arrested in May had talked`, `police found a man from the town
  // killed in the blast`; but `hundreds of mourners marched through the city` is a clause.
  return pos === 'ADP' && (hasLaterVerb(view, i) || hasEarlierVerb(view, before))
}

/**
 * `35 officers had been injured and 50 protesters detained`: after `and`, a second subject and
 * participle share the first clause's passive auxiliary, left out.
 */
function afterGappedPassive(view: TokenView, and: number): boolean {
  if (view.word(and) !== 'and') return false
  let j = and - 1
  while (j >= 0 && view.sentenceOf(j) === view.sentenceOf(and) && view.pos(j) !== 'VERB') {
    if (view.pos(j) === 'AUX' || view.isClauseBoundary(j)) return false
    j--
  }
  if (view.pos(j) !== 'VERB' || view.word(j).endsWith('ing')) return false
  let k = j - 1
  while (view.pos(k) === 'ADV') k--
  return view.pos(k) === 'AUX' && view.lemma(k) === 'be'
}

function hasEarlierVerb(view: TokenView, i: number): boolean {
  for (let j = i - 1; j >= 0 && view.sentenceOf(j) === view.sentenceOf(i); j--) {
    if (view.isClauseBoundary(j)) return false
    if ((view.pos(j) === 'VERB' || view.pos(j) === 'AUX') && !view.word(j).endsWith('ing')) return true
  }
  return false
}

/** A sentence with no closing punctuation: a headline, written without auxiliaries. */
function isHeadline(view: TokenView, i: number): boolean {
  const s = view.sentenceOf(i)
  let j = i
  while (j + 1 < view.tokens.length && view.sentenceOf(j + 1) === s) j++
  const last = view.word(j)
  return last !== '.' && last !== '!' && last !== '?' && last !== '”' && last !== '"'
}

/** True when a finite verb follows in the same clause: the participle before it is no verb of its own. */
function hasLaterVerb(view: TokenView, i: number): boolean {
  for (let j = i + 1; j < view.tokens.length && view.sentenceOf(j) === view.sentenceOf(i); j++) {
    const pos = view.pos(j)
    if (view.isClauseBoundary(j) || pos === 'CCONJ' || view.word(j) === ',') return false
    // An infinitive (`pleaded with them to free her son`) is no finite verb.
    if (pos === 'AUX' || (pos === 'VERB' && !view.word(j).endsWith('ing') && view.word(j - 1) !== 'to')) return true
  }
  return false
}

/** A capitalised word beside another one is part of a name (`Grace Hope Arrest`), not a trigger. */
function isInName(view: TokenView, i: number): boolean {
  const capital = (k: number) => {
    const t = view.tokens[k]
    if (!t || t.sentence !== view.sentenceOf(i)) return false
    const c = view.text.charCodeAt(t.start)
    return c >= 65 && c <= 90
  }
  if (!capital(i) || view.pos(i) !== 'PROPN') return false
  const sentenceStart = i === 0 || view.sentenceOf(i - 1) !== view.sentenceOf(i)
  return (!sentenceStart && capital(i - 1)) || capital(i + 1)
}

/** Every trigger in the article, in text order; the longest phrase wins where two start together. */
export function findTriggers(view: TokenView, times: readonly TimeExpression[]): TriggerHit[] {
  const hits: TriggerHit[] = []
  const timeStarts = new Set(times.map((t) => t.start))
  let i = 0
  while (i < view.tokens.length) {
    const hit = triggerAt(view, i, timeStarts)
    if (hit) {
      hits.push(hit)
      i = hit.end
    } else i++
  }
  return hits
}

function triggerAt(view: TokenView, i: number, timeStarts: ReadonlySet<number>): TriggerHit | null {
  const pos = view.pos(i)
  if (pos === 'PUNCT' || pos === 'DET' || pos === 'ADP' || pos === 'PRON') return null
  const keys = entryKeys(view, i)
  if (!keys || isInName(view, i)) return null
  const form = formOf(view, i)
  for (const key of keys) {
    for (const entry of LEXICON.get(key) ?? []) {
      const end = entry.lemmas.length === 1 ? i + 1 : matchPhrase(view, i, entry.lemmas)
      if (end < 0) continue
      // A multiword trigger is used as its first word is (`sent in troops` is verbal), so a
      // phrase holds to its row's use as a single word does (`a fire at the plant` fires nothing).
      if (entry.use !== 'any' && entry.use !== form) continue
      const group = form === 'verb' ? groupStart(view, i) : i
      const passive = form === 'verb' && isPassive(view, i, group)
      const intransitive = entry.type === 'PROTEST' || entry.type === 'RETREAT'
      // `a soldier taken prisoner by rebels`: with nothing in its gap, the phrase's last word is no
      // object, and what follows the phrase tells whether the participle is passive.
      const bare = entry.lemmas.includes('...') && end - i === entry.lemmas.length - 1
      const after = bare && !entry.holdsObject ? end : i + 1
      const reduced =
        form === 'verb' &&
        !passive &&
        !intransitive &&
        !entry.holdsObject &&
        isReducedRelative(view, i, group, timeStarts, after)
      return { first: i, end, entry, form, passive: passive || reduced, reducedRelative: reduced, group }
    }
  }
  return null
}
