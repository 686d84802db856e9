import type { Token } from '../../doc/layers.js'
import { lowerCaseWords } from '../../doc/words.js'

/*
 * Noun phrases and clause windows over the part-of-speech layer. No dependency parser ships for
 * Node, so arguments are read off the tag sequence: a noun phrase is a run of determiners,
 * adjectives, numbers, nouns and names (tokens written without a space between them, as in
 * `al-Jaburi` or `U.S.-led`, are glued); a clause ends at a subordinator, a relative pronoun,
 * a colon, a dash, or the next finite verb.
 */

/** Token indices `[start, end)` of a phrase. */
export interface Phrase {
  readonly start: number
  readonly end: number
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose'])
const PERSONAL = new Set(['he', 'she', 'they', 'it', 'him', 'them', 'we', 'us', 'i', 'me', 'you'])
const RELATIVE = new Set(['who', 'which', 'that', 'whom'])
const QUANTIFIER = new Set([
  'some',
  'one',
  'many',
  'most',
  'all',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'tens',
  'scores',
  'few',
])
const PLURAL_NOUNS = new Set(['people', 'police', 'children', 'men', 'women', 'personnel', 'troops', 'civilians'])
const QUANTITY_LEAD = new Set(['nearly', 'almost', 'about', 'around', 'over', 'some', 'roughly', 'approximately'])
const DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western)/i
/** Words that open a new clause whatever their tag. */
const CLAUSE_OPENERS = new Set(['when', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless', 'since'])
/** What follows `since` when it opens a time (`since 2015`, `since last May`), not a clause. */
const SINCE_TIME =
  /^(1|last|early|late|mid|then|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
/** After these a word tagged as a verb is used as a noun: `with help from`, `the capture`. */
const NOUN_BEFORE = new Set(['with', 'of', 'the', 'a', 'an', 'his', 'her', 'its', 'their'])
const STOPS = new Set([';', ':', '–', '—', '(', ')', '“', '”', '"'])

/** Read-only helpers over one article's tokens. */
export class TokenView {
  /** Lower-cased token texts, made once per article (the coref stage reads the same list). */
  private readonly words: readonly string[]

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.words = lowerCaseWords(text, tokens)
  }

  word(i: number): string {
    return this.words[i] ?? ''
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? ''
  }

  lemma(i: number): string {
    return this.tokens[i]?.lemma ?? ''
  }

  sentenceOf(i: number): number {
    return this.tokens[i]?.sentence ?? -1
  }

  /** True when token `i` touches token `i - 1` with no space between. */
  glued(i: number): boolean {
    const a = this.tokens[i - 1]
    const b = this.tokens[i]
    return !!a && !!b && a.end === b.start && a.sentence === b.sentence
  }

  isPossessive(i: number): boolean {
    return this.pos(i) === 'PRON' && POSSESSIVE.has(this.word(i))
  }

  isPersonal(i: number): boolean {
    return this.pos(i) === 'PRON' && PERSONAL.has(this.word(i))
  }

  isRelative(i: number): boolean {
    return RELATIVE.has(this.word(i)) && (this.pos(i) === 'PRON' || this.pos(i) === 'DET')
  }

  isGenitive(i: number): boolean {
    const w = this.word(i)
    return this.pos(i) === 'PART' && (w === '’s' || w === "'s" || w === '’' || w === "'")
  }

  /** A token that can sit inside a noun phrase. */
  isNominal(i: number): boolean {
    const pos = this.pos(i)
    // `which rights groups accuse`: the relative pronoun is no determiner of the phrase after it.
    if (pos === 'DET' && this.word(i) === 'which') return false
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM' || pos === 'DET') return true
    if (this.isPossessive(i) || this.isGenitive(i)) return true
    if (pos === 'ADV' && DIRECTION.test(this.word(i))) return true
    if (pos === 'SYM' && this.word(i) === '$') return true
    // `U.S.-led`, `al-Jaburi`: pieces written together belong together.
    if (this.glued(i) && this.glued(i + 1) && this.word(i) === '-') return true
    if (this.glued(i) && this.word(i - 1) === '-' && (pos === 'VERB' || pos === 'X')) return true
    return false
  }

  isClauseBoundary(i: number): boolean {
    const pos = this.pos(i)
    const w = this.word(i)
    // `since 2015`, `since last year`: a time, not a clause.
    if (w === 'since' && SINCE_TIME.test(this.pos(i + 1) === 'NUM' ? '1' : this.word(i + 1))) return false
    if (pos === 'SCONJ' || CLAUSE_OPENERS.has(w) || STOPS.has(w)) return true
    return this.isRelative(i)
  }

  /** The noun phrase that starts at `i` (a personal pronoun alone is one), or null. */
  phraseAt(i: number): Phrase | null {
    const s = this.sentenceOf(i)
    if (this.isPersonal(i)) return { start: i, end: i + 1 }
    // `at least 12 people`, `more than 300 troops`, `nearly 40 prisoners`.
    const lead = this.quantityLead(i)
    if (lead > 0 && this.pos(i + lead) === 'NUM') {
      const rest = this.phraseAt(i + lead)
      return rest ? { start: i, end: rest.end } : null
    }
    let end = i
    while (end < this.tokens.length && this.sentenceOf(end) === s && this.isNominal(end)) {
      // A determiner inside a phrase starts another one, except after a genitive (`the man's the`).
      if (end > i && this.pos(end) === 'DET' && !this.isGenitive(end - 1) && this.word(end) !== 'both') break
      // `helped Brazil arrest a lord`: a word mistagged as a noun before a determiner is a verb.
      if (end > i && this.pos(end) === 'NOUN' && this.opensPhrase(end + 1)) break
      end++
    }
    if (end === i) return null
    // `some of the rebels`: a quantifier takes its `of` phrase.
    if (end - i === 1 && QUANTIFIER.has(this.word(i)) && this.word(end) === 'of') {
      const rest = this.phraseAt(end + 1)
      if (rest) return { start: i, end: rest.end }
    }
    while (end > i + 1 && (this.pos(end - 1) === 'DET' || this.isGenitive(end - 1))) end--
    // A lone determiner or possessive is no phrase (`to host the ...` cut short).
    if (end - i === 1 && (this.pos(i) === 'DET' || this.isPossessive(i))) return null
    return { start: i, end }
  }

  /** How many words of a quantity lead-in (`at least`, `more than`, `nearly`) start at `i`. */
  private quantityLead(i: number): number {
    const a = this.word(i)
    const b = this.word(i + 1)
    if (
      (a === 'at' && (b === 'least' || b === 'most')) ||
      ((a === 'more' || a === 'fewer' || a === 'less') && b === 'than')
    ) {
      return 2
    }
    if (a === 'up' && b === 'to') return 2
    return QUANTITY_LEAD.has(a) ? 1 : 0
  }

  private opensPhrase(i: number): boolean {
    const w = this.word(i)
    return (
      this.sentenceOf(i) === this.sentenceOf(i - 1) && ((this.pos(i) === 'DET' && w !== 'that') || this.isPossessive(i))
    )
  }

  /** The noun phrase that ends at `i` (inclusive), reading leftwards; or null. */
  phraseEndingAt(i: number): Phrase | null {
    if (i < 0) return null
    const s = this.sentenceOf(i)
    if (this.isPersonal(i)) return { start: i, end: i + 1 }
    if (!this.isNominal(i) || this.pos(i) === 'DET') return null
    let start = i
    while (start - 1 >= 0 && this.sentenceOf(start - 1) === s && this.isNominal(start - 1)) {
      // `said that President X`, `a statement that police had shot`: a `that` before a name, or
      // after a verb or noun and before a clause's subject, is a conjunction, not a determiner.
      if (this.word(start - 1) === 'that' && (this.pos(start) === 'PROPN' || this.opensClause(start - 1, i))) break
      start--
      if (this.pos(start) === 'DET' && !this.isGenitive(start - 1)) break
    }
    // `and`, `or` between two names joins them: `Iraq and Turkey arrested ...`.
    if (
      start >= 2 &&
      this.pos(start - 1) === 'CCONJ' &&
      this.pos(start - 2) === 'PROPN' &&
      this.pos(start) === 'PROPN'
    ) {
      const left = this.phraseEndingAt(start - 2)
      if (left) start = left.start
    }
    // `one of its soldiers was hurt`, `two of the guards`: the part is the phrase, not the `of` phrase.
    const part = start - 2
    if (
      part >= 0 &&
      this.word(start - 1) === 'of' &&
      this.sentenceOf(part) === s &&
      (QUANTIFIER.has(this.word(part)) || /^(none|each|both)$/.test(this.word(part)) || this.pos(part) === 'NUM')
    )
      start = part
    return { start, end: i + 1 }
  }

  /**
   * Whether the `that` at `k` introduces a clause whose subject ends at `end`: `said that police
   * had`, `said C and that police had`.
   */
  private opensClause(k: number, end: number): boolean {
    const before = this.pos(k - 1) === 'CCONJ' || /^(VERB|NOUN)$/.test(this.pos(k - 1))
    return before && /^(VERB|AUX)$/.test(this.pos(end + 1))
  }

  /** The last token of a phrase, past a trailing genitive: the word the phrase is about. */
  head(p: Phrase): number {
    return p.end - 1
  }

  /** True when the phrase head is a plural noun or a plural pronoun. */
  isPlural(p: Phrase): boolean {
    const h = this.head(p)
    const w = this.word(h)
    if (this.pos(h) === 'PRON') return w === 'they' || w === 'them' || w === 'we' || w === 'us'
    const first = this.word(p.start)
    if (QUANTIFIER.has(first) && first !== 'one') return true
    if (PLURAL_NOUNS.has(w)) return true
    for (let i = p.start; i < h; i++) {
      if (this.pos(i) === 'NUM' && this.word(i) !== 'one' && this.word(i) !== '1') return true
    }
    return w !== this.lemma(h) && w.endsWith('s') && !w.endsWith('ss')
  }

  /** The first token of the clause holding `i`, reading left to a boundary or a foreign verb. */
  clauseStart(i: number, group: number): number {
    const s = this.sentenceOf(i)
    let j = group - 1
    while (j >= 0 && this.sentenceOf(j) === s) {
      if (this.isClauseBoundary(j) || this.pos(j) === 'CCONJ') return j + 1
      if (this.pos(j) === 'VERB' && !this.isNominal(j)) return j + 1
      // A comma ends the clause unless what precedes it opens the sentence (`On Monday, ...`).
      if (this.word(j) === ',' && this.hasVerbBefore(j)) return j + 1
      j--
    }
    return j + 1
  }

  private hasVerbBefore(i: number): boolean {
    const s = this.sentenceOf(i)
    for (let j = i - 1; j >= 0 && this.sentenceOf(j) === s; j--) {
      if (this.pos(j) === 'VERB' || this.pos(j) === 'AUX') return true
    }
    return false
  }

  /**
   * `captured a senior commander, Abu Omar al-Shami, in X`: a name set off by commas after a common
   * noun renames it. The index of the closing comma, or -1.
   */
  appositiveNameEnd(comma: number): number {
    if (this.pos(comma - 1) !== 'NOUN') return -1
    const s = this.sentenceOf(comma)
    for (let k = comma + 1; k <= comma + 7 && k < this.tokens.length && this.sentenceOf(k) === s; k++) {
      const w = this.word(k)
      // `the towns, Kafr Nabl, and Idlib`: a list, not a renaming.
      if (w === ',') return k > comma + 1 && !/^(and|or)$/.test(this.word(k + 1)) ? k : -1
      if (this.pos(k) !== 'PROPN' && !(w === '-' && this.glued(k))) return -1
    }
    return -1
  }

  /** One past the last token of the clause holding `i`, reading right from `from`. */
  clauseEnd(from: number): number {
    const s = this.sentenceOf(from - 1)
    let j = from
    while (j < this.tokens.length && this.sentenceOf(j) === s) {
      const pos = this.pos(j)
      const w = this.word(j)
      const renaming = w === ',' ? this.appositiveNameEnd(j) : -1
      if (renaming > 0) {
        j = renaming + 1
        continue
      }
      if (this.isClauseBoundary(j) || w === ',') return j
      const nounUse = NOUN_BEFORE.has(this.word(j - 1))
      if ((pos === 'AUX' || pos === 'VERB') && !this.isNominal(j) && !w.endsWith('ing') && !nounUse) return j
      if (pos === 'CCONJ' && (this.pos(j + 1) === 'VERB' || this.pos(j + 1) === 'AUX' || this.pos(j + 1) === 'ADV'))
        return j
      j++
    }
    return j
  }
}
