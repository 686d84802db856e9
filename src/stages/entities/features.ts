import { type WordClass, wordClass } from '../../lexicon/word-clusters.js'
import firstNames from './data/first-names.json' with { type: 'json' }
import { hash, hashOf, mix, template } from './feature-hash.js'
import { countryByDemonym } from './gazetteer/countries.js'
import { GROUP_WORDS, LOC_WORDS, ORG_WORDS, PERSON_TITLES } from './gazetteer/lexicon.js'
import { isShouting, isTitleCase, matchPhrases, type PhraseMatch, startsPhrase } from './gazetteer/phrases.js'
import { startsUpper } from './letters.js'
import type { Word } from './words.js'

/** One sentence prepared for feature extraction: its words and what the gazetteers say of each. */
export interface SentenceView {
  readonly words: readonly Word[]
  /** Gazetteer tag per word: `country-B`, `org-I`, `capital-B` or ''. */
  readonly gazetteer: readonly string[]
  readonly shouting: boolean
  /** The gazetteer phrases found in the sentence. */
  readonly phrases: readonly PhraseMatch[]
  /** The label the article gave each word earlier (see `DocumentMemory`), or ''. */
  readonly history: readonly string[]
  /** Each word's lower case, shape, word list and the hashes it gives its neighbours (`factsOf`). */
  readonly facts: readonly WordFacts[]
}

/** Prepares a sentence's words once; features for each word then read from it. */
export function viewOf(given: readonly Word[], memory: DocumentMemory = new Map()): SentenceView {
  // A title-case headline is read as an all-capital one, the kind the model learnt from CoNLL.
  const givenTexts = given.map((w) => w.text)
  const titleCase = isTitleCase(givenTexts)
  const words = titleCase ? given.map((w) => ({ ...w, text: w.text.toUpperCase() })) : given
  const texts = titleCase ? words.map((w) => w.text) : givenTexts
  const shouting = titleCase || isShouting(texts)
  const facts = texts.map(factsOf)
  const gazetteer = texts.map(() => '')
  const phrases = matchPhrases(texts, shouting, (i) =>
    shouting ? (facts[i] as WordFacts).startsShoutedPhrase : (facts[i] as WordFacts).startsPhrase,
  )
  for (const m of phrases) {
    for (let k = m.start; k < m.end; k++) gazetteer[k] = `${m.hit.kind}-${k === m.start ? 'B' : 'I'}`
  }
  return {
    words,
    gazetteer,
    shouting,
    phrases,
    // The memory holds capitalised words only (`remember`): others need no lookup.
    history: texts.map((t) => (startsUpper(t) ? (memory.get(t) ?? '') : '')),
    facts,
  }
}

/**
 * What the article has labelled each capitalised word so far (`PER`, `ORG`, `O`): a name is
 * usually the same thing all through an article, and its clearest use teaches the others.
 */
export type DocumentMemory = Map<string, string>

/** Records a sentence's labels (BIO) for its capitalised words. */
export function remember(memory: DocumentMemory, view: SentenceView, labels: readonly string[]): void {
  view.words.forEach((w, i) => {
    if (!startsUpper(w.text) || view.shouting) return
    const label = labels[i] ?? 'O'
    memory.set(w.text, label === 'O' ? 'O' : label.slice(2))
  })
}

/** `Jasim` -> `Xx`, `U.S.` -> `X.X.`, `2019` -> `d`, `al-Jaburi` -> `x-Xx`: runs collapsed. */
export function shapeOf(word: string): string {
  let out = ''
  let last = ''
  for (const ch of word) {
    let c: string
    if (ch >= '0' && ch <= '9') c = 'd'
    else if (ch !== ch.toLowerCase()) c = 'X'
    else if (ch !== ch.toUpperCase()) c = 'x'
    else c = ch
    if (c !== last) out += c
    last = c
  }
  return out
}

/** English given names (data/first-names.json, built by scripts/ner/build-lists.ts). */
const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames as string[])

/* Which word list a word is in, as one feature. */
function lexiconOf(text: string): string {
  if (countryByDemonym(text)) return 'demonym'
  if (GROUP_WORDS.has(text)) return 'group'
  if (ORG_WORDS.has(text)) return 'orgword'
  if (PERSON_TITLES.has(text)) return 'title'
  if (LOC_WORDS.has(text)) return 'locword'
  if (FIRST_NAMES.has(text)) return 'fname'
  return ''
}

/** The label and word before a sentence's first. */
export const START = '<s>'
/** The word and tag after a sentence's last. */
export const END = '</s>'

/* Each template's name hashed once (feature-hash.ts); features then hash only their values. */
const T = {
  b: hashOf('b'),
  w: template('w'),
  lw: template('lw'),
  sh: template('sh'),
  p3: template('p3'),
  s2: template('s2'),
  s3: template('s3'),
  s4: template('s4'),
  shout: template('shout'),
  hy: template('hy'),
  lex: template('lex'),
  pos: template('pos'),
  p1: template('p1'),
  p2: template('p2'),
  n1: template('n1'),
  n2: template('n2'),
  p1w: template('p1w'),
  wn1: template('wn1'),
  ps1: template('ps1'),
  ns1: template('ns1'),
  sh3: template('sh3'),
  pp1: template('pp1'),
  np1: template('np1'),
  y1: template('y1'),
  y2: template('y2'),
  y1sh: template('y1sh'),
  y1w: template('y1w'),
  first: template('first'),
  shoutY1: template('shout-y1'),
  g: template('g'),
  gy: template('gy'),
  gp: template('gp'),
  gn: template('gn'),
  lexp: template('lexp'),
  hist: template('hist'),
  histY1: template('hist-y1'),
  orgword: template('orgword'),
  cf: template('cf'),
  cm: template('cm'),
  cc: template('cc'),
  pcm: template('pcm'),
  pcc: template('pcc'),
  p2cc: template('p2cc'),
  ncm: template('ncm'),
  ncc: template('ncc'),
  n2cc: template('n2cc'),
}

/*
 * Word classes (src/lexicon) as features: a word's own at all three levels, the next and previous
 * words' at the mid and coarse levels, and the coarse class of the words two away. On CoNLL valid,
 * over three shuffles of the training sentences, its own classes alone took mentions F1 from
 * 0.904 to 0.918 and the neighbours' to 0.920; the label before paired with the word's class,
 * its fine class paired with whether it is capitalised, and neighbours at the fine level added nothing.
 * A word outside the 200,000 known has class `-` at every level, which is itself a sign of a name.
 */
const NO_CLASS = '-'
const classText = (found: WordClass | undefined, level: keyof WordClass): string =>
  found === undefined ? NO_CLASS : String(found[level])

/**
 * What one word contributes to features, worked out once per distinct word: its lower case,
 * shape and word list, and the hashes of the features it gives as a neighbour (`p1`, `n1`,
 * …) or starts (`p1w` before the next word). Words recur within and across articles, so most
 * words cost one lookup here instead of a dozen hashes.
 */
export interface WordFacts {
  readonly lower: string
  readonly shape: string
  /** Which word list the word is in (`demonym`, `orgword`, …) or ''. */
  readonly lexicon: string
  /** Whether the word is an organisation word (`Ministry`), and whether it may go on a name towards one (`orgword`). */
  readonly isOrgWord: boolean
  readonly continuesName: boolean
  /** Whether a gazetteer phrase starts with the word (`startsPhrase`), in a sentence in capitals or not. */
  readonly startsPhrase: boolean
  readonly startsShoutedPhrase: boolean
  /** `hash(T.p1, lower)` and so on: the features of the words after and before this one. */
  readonly asP1: number
  readonly asP2: number
  readonly asN1: number
  readonly asN2: number
  readonly asPs1: number
  readonly asNs1: number
  /** Hash states to go on from: `p1w` over this word (then the next), `wn1` over it (then the next). */
  readonly p1wState: number
  readonly wn1State: number
  /** The word's own class features at each level (`cf`, `cm`, `cc`), and those it gives its neighbours. */
  readonly ownClasses: readonly number[]
  readonly asPcm: number
  readonly asPcc: number
  readonly asP2cc: number
  readonly asNcm: number
  readonly asNcc: number
  readonly asN2cc: number
  /**
   * Where the tagger keeps this word's scores (tagger.ts), in sentences in lower case and in
   * capitals, and for which filling of which cache; set by the tagger, -1 before.
   */
  blocksOf: object | undefined
  block: number
  shoutedBlock: number
}

const facts = new Map<string, WordFacts>()
/* Enough for the vocabulary of many articles; cleared when full rather than tracked. */
const FACTS_CACHE_SIZE = 50_000

/** The facts of a word, from the cache when it has been seen. */
export function factsOf(word: string): WordFacts {
  let known = facts.get(word)
  if (known === undefined) {
    if (facts.size >= FACTS_CACHE_SIZE) facts.clear()
    known = wordFacts(word)
    facts.set(word, known)
  }
  return known
}

function wordFacts(word: string): WordFacts {
  const lower = word.toLowerCase()
  const shape = shapeOf(word)
  const found = wordClass(lower)
  const mid = classText(found, 'mid')
  const coarse = classText(found, 'coarse')
  return {
    lower,
    shape,
    lexicon: lexiconOf(word),
    isOrgWord: ORG_WORDS.has(word),
    continuesName: startsUpper(word) || NAME_LINKS.has(word),
    startsPhrase: startsPhrase(word, false),
    startsShoutedPhrase: startsPhrase(word, true),
    asP1: hash(T.p1, lower),
    asP2: hash(T.p2, lower),
    asN1: hash(T.n1, lower),
    asN2: hash(T.n2, lower),
    asPs1: hash(T.ps1, shape),
    asNs1: hash(T.ns1, shape),
    p1wState: mix(T.p1w, lower),
    wn1State: mix(T.wn1, lower),
    ownClasses: [hash(T.cf, classText(found, 'fine')), hash(T.cm, mid), hash(T.cc, coarse)],
    asPcm: hash(T.pcm, mid),
    asPcc: hash(T.pcc, coarse),
    asP2cc: hash(T.p2cc, coarse),
    asNcm: hash(T.ncm, mid),
    asNcc: hash(T.ncc, coarse),
    asN2cc: hash(T.n2cc, coarse),
    blocksOf: undefined,
    block: -1,
    shoutedBlock: -1,
  }
}

/* The same for the place before a sentence's first word and after its last. */
const BEFORE = {
  asP1: hash(T.p1, START),
  asP2: hash(T.p2, START),
  asPs1: hash(T.ps1, START),
  p1wState: mix(T.p1w, START),
  asPcm: hash(T.pcm, START),
  asPcc: hash(T.pcc, START),
  asP2cc: hash(T.p2cc, START),
}
const AFTER = {
  asN1: hash(T.n1, END),
  asN2: hash(T.n2, END),
  asNs1: hash(T.ns1, END),
  asNcm: hash(T.ncm, END),
  asNcc: hash(T.ncc, END),
  asN2cc: hash(T.n2cc, END),
}

/**
 * What a word gives the next word (`p1`, `ps1`, `pcm`, `pcc`), the one after, the word before and
 * the one before that: the tagger scores each list once per word (score-cache.ts), training per use.
 */
export const toNextOf = (w: typeof BEFORE): number[] => [w.asP1, w.asPs1, w.asPcm, w.asPcc]
export const toAfterNextOf = (w: typeof BEFORE): number[] => [w.asP2, w.asP2cc]
export const toPreviousOf = (w: typeof AFTER): number[] => [w.asN1, w.asNs1, w.asNcm, w.asNcc]
export const toBeforePreviousOf = (w: typeof AFTER): number[] => [w.asN2, w.asN2cc]

/** What a chosen label (or the start, `<s>`) gives the next word's features, worked out once per label. */
interface LabelStates {
  readonly y1: number
  readonly shoutY1: number
  /** States to go on from with the next part: `y2` over this label as the one before last, and so on. */
  readonly y2State: number
  readonly y1shState: number
  readonly y1wState: number
}

const labelStates = new Map<string, LabelStates>()

function statesOf(label: string): LabelStates {
  let known = labelStates.get(label)
  if (known === undefined) {
    known = {
      y1: hash(T.y1, label),
      shoutY1: hash(T.shoutY1, label),
      y2State: mix(T.y2, label),
      y1shState: mix(T.y1sh, label),
      y1wState: mix(T.y1w, label),
    }
    labelStates.set(label, known)
  }
  return known
}

/**
 * The features of word `i` that depend on the word alone (and whether the sentence is in
 * capitals), as hashes: scored once per distinct word and cached at run time.
 */
export function wordFeaturesOf(view: SentenceView, i: number): number[] {
  const w = (view.words[i] as Word).text
  const { lower: lw, shape, lexicon: lex, ownClasses } = view.facts[i] as WordFacts
  const f = [
    T.b,
    hash(T.w, view.shouting ? lw : w),
    hash(T.lw, lw),
    hash(T.sh, shape),
    hash(T.p3, lw.slice(0, 3)),
    hash(T.s2, lw.slice(-2)),
    hash(T.s3, lw.slice(-3)),
    hash(T.s4, lw.slice(-4)),
    ...ownClasses,
  ]
  if (view.shouting) f.push(hash(T.shout, shape))
  if (w.length > 1 && w.includes('-')) f.push(hash(T.hy, lw.split('-')[0] as string))
  if (lex) f.push(hash(T.lex, lex))
  return f
}

/* Words that may continue a name towards an organisation word besides capitalised ones: `Bank of England`. */
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'de', 'al'])
/* `orgword` features carry the distance as text. */
const DISTANCES = ['0', '1', '2', '3']

/** Room for the most context features a word can have: 22 always, 10 more at most. */
export const MAX_CONTEXT_FEATURES = 32

/**
 * The features of word `i` that depend on its neighbours and on the labels already chosen for
 * the words before it (greedy left-to-right decoding), as hashes written into `into` (from 0);
 * returns how many. Computed identically in training and at run time; training uses both lists
 * together. Writing into one reused buffer spares an array per word.
 */
export function contextFeaturesOf(
  view: SentenceView,
  i: number,
  prev1: string,
  prev2: string,
  into: Int32Array,
): number {
  const { words, facts: around } = view
  const own = around[i] as WordFacts
  const lw = own.lower
  const shape = own.shape
  const pos = (words[i] as Word).pos
  const before1 = i > 0 ? (around[i - 1] as WordFacts) : BEFORE
  const before2 = i > 1 ? (around[i - 2] as WordFacts) : BEFORE
  const after1 = i + 1 < words.length ? (around[i + 1] as WordFacts) : AFTER
  const after2 = i + 2 < words.length ? (around[i + 2] as WordFacts) : AFTER
  const n1 = i + 1 < words.length ? (around[i + 1] as WordFacts).lower : END
  const ps1 = i > 0 ? (around[i - 1] as WordFacts).shape : START
  const ns1 = i + 1 < words.length ? (around[i + 1] as WordFacts).shape : END
  const pp1 = i > 0 ? (words[i - 1] as Word).pos : START
  const np1 = i + 1 < words.length ? (words[i + 1] as Word).pos : END
  const y1 = statesOf(prev1)
  let f = 0
  into[f++] = hash(T.pos, pos)
  into[f++] = before1.asP1
  into[f++] = before2.asP2
  into[f++] = after1.asN1
  into[f++] = after2.asN2
  into[f++] = before1.asPcm
  into[f++] = before1.asPcc
  into[f++] = before2.asP2cc
  into[f++] = after1.asNcm
  into[f++] = after1.asNcc
  into[f++] = after2.asN2cc
  into[f++] = hash(before1.p1wState, lw)
  into[f++] = hash(own.wn1State, n1)
  into[f++] = before1.asPs1
  into[f++] = after1.asNs1
  into[f++] = hash(T.sh3, ps1, shape, ns1)
  into[f++] = hash(T.pp1, pp1, pos)
  into[f++] = hash(T.np1, pos, np1)
  into[f++] = y1.y1
  into[f++] = hash(statesOf(prev2).y2State, prev1)
  into[f++] = hash(y1.y1shState, shape)
  into[f++] = hash(y1.y1wState, lw)
  if (i === 0) into[f++] = hash(T.first, shape)
  if (view.shouting) into[f++] = y1.shoutY1
  return namedContextFeatures(view, i, prev1, into, f)
}

/*
 * The same context features in four groups, for the tagger (model.ts), which scores each group
 * once per distinct key and caches it: a word's neighbour features come from `WordFacts` and
 * `EDGES`, and the groups below give the rest. Together they are exactly `contextFeaturesOf`
 * (features.test.ts checks it); training uses that function alone.
 */

/** The features of the two labels before a word: `y1`, `y2` and, in capitals, `shout-y1`. */
export function labelFeaturesOf(prev1: string, prev2: string, shouting: boolean, into: Int32Array): number {
  const y1 = statesOf(prev1)
  into[0] = y1.y1
  into[1] = hash(statesOf(prev2).y2State, prev1)
  if (!shouting) return 2
  into[2] = y1.shoutY1
  return 3
}

/** The features of the label before a word with the word itself: `y1sh` and `y1w`. */
export function labelWordFeaturesOf(prev1: string, own: WordFacts, into: Int32Array): number {
  const y1 = statesOf(prev1)
  into[0] = hash(y1.y1shState, own.shape)
  into[1] = hash(y1.y1wState, own.lower)
  return 2
}

/** The part-of-speech features of a word between its neighbours' tags (`<s>` and `</s>` at the ends). */
export function posFeaturesOf(before: string, pos: string, after: string, into: Int32Array): number {
  into[0] = hash(T.pos, pos)
  into[1] = hash(T.pp1, before, pos)
  into[2] = hash(T.np1, pos, after)
  return 3
}

/** Where a sentence's first word finds the words before it, and its last the words after. */
export const EDGES = { before: BEFORE, after: AFTER }

/**
 * The context features of word `i` in none of the groups above: word pairs, shapes around it,
 * gazetteer tags, the article's memory and the organisation word ahead.
 */
export function pairFeaturesOf(view: SentenceView, i: number, prev1: string, into: Int32Array): number {
  const { words, facts: around } = view
  const own = around[i] as WordFacts
  const before1 = i > 0 ? (around[i - 1] as WordFacts) : BEFORE
  const n1 = i + 1 < words.length ? (around[i + 1] as WordFacts).lower : END
  const ps1 = i > 0 ? (around[i - 1] as WordFacts).shape : START
  const ns1 = i + 1 < words.length ? (around[i + 1] as WordFacts).shape : END
  let f = 0
  into[f++] = hash(before1.p1wState, own.lower)
  into[f++] = hash(own.wn1State, n1)
  into[f++] = hash(T.sh3, ps1, own.shape, ns1)
  if (i === 0) into[f++] = hash(T.first, own.shape)
  return namedContextFeatures(view, i, prev1, into, f)
}

/**
 * The features of word `i` from gazetteer tags, the article's memory and the organisation word
 * ahead, written into `into` from index `from`; returns the new count. Both feature lists end with them.
 */
function namedContextFeatures(view: SentenceView, i: number, prev1: string, into: Int32Array, from: number): number {
  const { words, gazetteer, facts: around } = view
  let f = from
  const g = gazetteer[i] as string
  if (g) {
    into[f++] = hash(T.g, g)
    into[f++] = hash(T.gy, g, prev1)
  }
  const gp = i > 0 ? (gazetteer[i - 1] as string) : ''
  const gn = i + 1 < words.length ? (gazetteer[i + 1] as string) : ''
  if (gp) into[f++] = hash(T.gp, gp)
  if (gn) into[f++] = hash(T.gn, gn)
  const lexP = i > 0 ? (around[i - 1] as WordFacts).lexicon : ''
  if (lexP) into[f++] = hash(T.lexp, lexP)
  const seen = view.history[i] as string
  if (seen) {
    into[f++] = hash(T.hist, seen)
    into[f++] = hash(T.histY1, seen, prev1)
  }
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    const ahead = around[k] as WordFacts
    if (ahead.isOrgWord) {
      into[f++] = hash(T.orgword, DISTANCES[k - i] as string)
      break
    }
    if (!ahead.continuesName) break
  }
  return f
}

/** Every feature of word `i`: its own and its context's. */
export function featuresOf(view: SentenceView, i: number, prev1: string, prev2: string): number[] {
  const context = new Int32Array(MAX_CONTEXT_FEATURES)
  const count = contextFeaturesOf(view, i, prev1, prev2, context)
  return [...wordFeaturesOf(view, i), ...context.subarray(0, count)]
}
