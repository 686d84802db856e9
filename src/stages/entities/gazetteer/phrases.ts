import cities from '../data/cities.json' with { type: 'json' }
import { isAscii, startsLetter, startsLower, startsUpper } from '../letters.js'
import { COUNTRIES, type Country } from './countries.js'
import { type KnownOrganisation, ORGANISATIONS } from './organisations.js'

/** What a gazetteer phrase names. */
export type PhraseHit =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'capital'; readonly country: Country }
  | { readonly kind: 'org'; readonly organisation: KnownOrganisation }
  /** A city of 15,000 people or more: a hint for the model only, since many are also surnames. */
  | { readonly kind: 'city' }

/** A run of words `[start, end)` that a gazetteer names. */
export interface PhraseMatch {
  readonly start: number
  readonly end: number
  readonly hit: PhraseHit
}

const MAX_WORDS = 8

/** The phrases that go on with one word, word by word: `New` -> `York` -> `City`. */
interface PhraseNode {
  /** What the words so far name, when they are a whole phrase. */
  hit: PhraseHit | undefined
  readonly next: Map<string, PhraseNode>
}

const newNode = (): PhraseNode => ({ hit: undefined, next: new Map() })

/*
 * Exact phrases, and upper-cased ones for all-capital headlines (`BRITAIN`, `REUTERS`), by word:
 * a search from a word goes on only while some phrase still starts so, and most words end it at
 * the first lookup. A word at a time, so that no key is built by joining words (`the` starts
 * a few phrases, and was joined to every next word before the search could stop).
 */
const exact = newNode()
const upper = newNode()

/** Adds a phrase, unless one of the same words came first. */
function insert(root: PhraseNode, key: string, hit: PhraseHit): void {
  let node = root
  for (const word of key.split(' ')) {
    let next = node.next.get(word)
    if (next === undefined) {
      next = newNode()
      node.next.set(word, next)
    }
    node = next
  }
  node.hit ??= hit
}

function add(phrase: string, hit: PhraseHit): void {
  const key = phrase.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim()
  insert(exact, key, hit)
  // `al Shabaab` opening a sentence is written `Al Shabaab`.
  if (startsLower(key)) insert(exact, key[0]?.toUpperCase() + key.slice(1), hit)
  // An all-capital alias of four letters or fewer (`IS`, `WHO`, `AP`) is an English word in a headline.
  const letters = key.replace(/[^\p{L}]/gu, '')
  if (letters.length > 4) insert(upper, key.toUpperCase(), hit)
}

// Larger countries first, as in countries.ts; organisations after places so `Georgia` stays a place.
for (const c of [...COUNTRIES].sort((a, b) => b.extent - a.extent)) {
  for (const n of [c.name, ...c.names]) add(n, { kind: 'country', country: c })
}
for (const c of COUNTRIES) for (const n of c.capital) add(n, { kind: 'capital', country: c })
for (const o of ORGANISATIONS) for (const n of [o.name, ...o.aliases]) add(n, { kind: 'org', organisation: o })
const CITY: PhraseHit = { kind: 'city' }
for (const n of cities as string[]) add(n, CITY)

/** Whether some gazetteer phrase starts with `word`, in a sentence in capitals or not (see `matchPhrases`). */
export function startsPhrase(word: string, shouting: boolean): boolean {
  return shouting ? upper.next.has(word.toUpperCase()) : exact.next.has(word)
}

/**
 * Finds gazetteer phrases in one sentence's words, longest first, left to right.
 * `shouting` marks an all-capital sentence, where short aliases are not trusted.
 * `starts`, when given, says for each word what `startsPhrase` says: most words start no
 * phrase, and a caller that remembers this per word spares the search a lookup per word.
 */
export function matchPhrases(
  words: readonly string[],
  shouting: boolean,
  starts?: (i: number) => boolean,
): PhraseMatch[] {
  const out: PhraseMatch[] = []
  const root = shouting ? upper : exact
  let i = 0
  while (i < words.length) {
    if (starts && !starts(i)) {
      i++
      continue
    }
    let found: PhraseMatch | undefined
    let node: PhraseNode | undefined = root
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const word = words[i + n - 1] as string
      node = node.next.get(shouting ? word.toUpperCase() : word)
      if (node === undefined) break
      if (node.hit) found = { start: i, end: i + n, hit: node.hit }
    }
    if (found) {
      out.push(found)
      i = found.end
    } else i++
  }
  return out
}

/** Whether a sentence is written in capitals (a CoNLL-style or wire headline): four words in five. */
export function isShouting(words: readonly string[]): boolean {
  let worded = 0
  let lower = 0
  for (const w of words) {
    if (!hasLetter(w)) continue
    worded++
    if (hasLower(w) && ++lower > 1 && lower > worded * 0.2) return false
  }
  return worded >= 2 && lower <= worded * 0.2
}

const HAS_LETTER = /\p{L}/u
const HAS_LOWER = /\p{Ll}/u

/* As the expressions above, with ASCII words (most) read without calling one (letters.ts). */
function hasLetter(word: string): boolean {
  if (!isAscii(word)) return HAS_LETTER.test(word)
  for (let i = 0; i < word.length; i++) if (startsLetter(word[i] as string)) return true
  return false
}

function hasLower(word: string): boolean {
  if (!isAscii(word)) return HAS_LOWER.test(word)
  for (let i = 0; i < word.length; i++) if (startsLower(word[i] as string)) return true
  return false
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

const SMALL_WORDS = new Set(
  'a an the of in on at to for and or nor but by with from as vs vs. via per into over under up out off is are was be'.split(
    ' ',
  ),
)

/**
 * Whether a sentence is in title case (`Only 24 Percent of Donors Are Small Donors`): every word
 * but short function words capitalised, as in a headline, where capitals say nothing of names.
 */
export function isTitleCase(words: readonly string[]): boolean {
  let content = 0
  let numbers = 0
  for (const w of words) {
    // Lists of names and results tables (`Sussex 363 ( W. Athey 111 , …`) are not headlines.
    if ((w.length === 1 && ',;:()'.includes(w)) || (isDigit(w.charCodeAt(0)) && ++numbers > 1)) return false
    if (!startsLetter(w) || SMALL_WORDS.has(w)) continue
    if (!startsUpper(w)) return false
    content++
  }
  return content >= 4
}
