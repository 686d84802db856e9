import type { Token } from '../../doc/layers.js'
import { lowerCaseWords } from '../../doc/words.js'
import type { FoundValue } from './found-value.js'
import { parseNumber, SCALES, scaled } from './numbers.js'

/** How many modifiers may stand between a number and its noun: `two Iraqi security sources`. */
const MAX_MODIFIERS = 3
/** Plural nouns that do not change in the lemma the way -s plurals do. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'personnel', 'staff', 'troops', 'cattle', 'militia'])
/** Spans of time and repetitions are not counts of things: `six weeks`, `41 times`. */
const NOT_COUNTED = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'centuries',
  'times',
])
/** Number and scale words a count is written with, lower-cased. */
const NUMBER_WORD_LIST = [
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' '),
  ...'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
  ...'hundred thousand million billion dozen'.split(' '),
]
const NUMBER_WORDS = new RegExp(`^(?:${NUMBER_WORD_LIST.join('|')})$`, 'i')
/** Without a times layer, a figure from 1800 to 2099 is taken for a year: more often one than a count. */
const YEAR = /^(?:1[89]|20)\d\d$/
/**
 * The lower-case words a number or `a dozen` can start with: every word the tests below take
 * (`NUMBER_WORDS` and `a`/`an`, case aside) is one of these or starts with a digit. Most tokens
 * are neither, and are passed over without slicing their text and running three expressions.
 */
const NUMBER_STARTS = new Set([...NUMBER_WORD_LIST, 'a', 'an'])
const isDigit = (code: number): boolean => code >= 48 && code <= 57
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

/**
 * Counts of people and things: a figure or number word before a plural noun, with at most a
 * few modifiers between (`three security sources` -> 3 sources, `12 people`,
 * `1.5 million refugees`). The unit is the noun as written, lower-cased. A number that
 * `isTaken` (a time, money, a percentage) is not a count; `skipYears` keeps figures from 1800
 * to 2099 out when no times layer has told years from counts.
 */
export function findCounts(
  text: string,
  tokens: readonly Token[],
  isTaken: (start: number) => boolean,
  skipYears: boolean,
): FoundValue[] {
  const out: FoundValue[] = []
  const lower = lowerCaseWords(text, tokens)
  for (let i = 0; i < tokens.length; i++) {
    const lowered = lower[i] as string
    if (!isDigit(lowered.charCodeAt(0)) && !NUMBER_STARTS.has(lowered)) continue
    const first = tokens[i] as Token
    const word = text.slice(first.start, first.end)
    if (!(isNumberToken(word) || isArticleBeforeScale(word, text, tokens[i + 1])) || isTaken(first.start)) continue
    if (isNameNumber(tokens, i)) continue
    let j = i + 1
    while (j < tokens.length && isNumberPart(text, tokens, j, first.sentence)) j++
    const words = text.slice(first.start, (tokens[j - 1] as Token).end)
    const amount = skipYears && YEAR.test(words) ? null : readAmount(words)
    if (amount === null) {
      i = j - 1
      continue
    }
    const head = findHead(text, tokens, j, first.sentence)
    if (head >= 0) {
      const noun = tokens[head] as Token
      out.push({
        start: first.start,
        end: noun.end,
        type: 'COUNT',
        amount,
        unit: text.slice(noun.start, noun.end).toLowerCase(),
      })
      i = head
    } else i = j - 1
  }
  return out
}

/** `Boeing 737 jets`, `MAX 9 jets`, `Apollo 11 astronauts`: a figure right after a name is part of it. */
function isNameNumber(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const t = tokens[i] as Token
  return before !== undefined && before.sentence === t.sentence && before.pos === 'PROPN' && before.end + 1 >= t.start
}

function isNumberToken(word: string): boolean {
  return FIGURE.test(word) || (NUMBER_WORDS.test(word) && !/^(?:hundred|thousand|million|billion|dozen)$/i.test(word))
}

/** `a dozen`, `a hundred`, `a million`: the article (`word`) counts as one. */
function isArticleBeforeScale(word: string, text: string, next: Token | undefined): boolean {
  return (
    /^an?$/i.test(word) &&
    next !== undefined &&
    /^(?:dozen|hundred|thousand|million|billion)$/i.test(text.slice(next.start, next.end))
  )
}

/** A token that continues a number: `million`, `-five` in `twenty-five`. */
function isNumberPart(text: string, tokens: readonly Token[], j: number, sentence: number): boolean {
  const t = tokens[j] as Token
  if (t.sentence !== sentence) return false
  const word = text.slice(t.start, t.end)
  if (word === '-') {
    const next = tokens[j + 1]
    return next !== undefined && next.start === t.end && NUMBER_WORDS.test(text.slice(next.start, next.end))
  }
  return (NUMBER_WORDS.test(word) || word.toLowerCase() in SCALES) && !/^(?:m|b|k|mn|bn)$/i.test(word)
}

/** `1.5 million` -> 1500000, `twenty - five` -> 25, `two hundred` -> 200; null when not a number. */
function readAmount(words: string): number | null {
  const parts = words.split(/\s+|(?<=\w)-(?=\w)|\s*-\s*/).filter(Boolean)
  let total = 0
  let current = 0
  for (const part of parts) {
    if (/^dozens?$/i.test(part)) {
      current = (current || 1) * 12
      continue
    }
    const scale = SCALES[part.toLowerCase()]
    if (scale !== undefined && scale >= 100 && current !== 0) {
      if (scale === 100) current = scaled(current, 100)
      else {
        total += scaled(current, scale)
        current = 0
      }
      continue
    }
    const n = parseNumber(part)
    if (Number.isNaN(n)) return null
    current += n
  }
  const amount = total + current
  return amount > 0 ? amount : null
}

/** The plural noun a number counts, skipping a few modifiers; -1 when there is none. */
function findHead(text: string, tokens: readonly Token[], from: number, sentence: number): number {
  for (let k = from; k < tokens.length && k <= from + MAX_MODIFIERS; k++) {
    const t = tokens[k] as Token
    if (t.sentence !== sentence) return -1
    const word = text.slice(t.start, t.end)
    const isNoun = t.pos === 'NOUN'
    const next = tokens[k + 1]
    const nextIsNoun = next !== undefined && next.sentence === sentence && next.pos === 'NOUN'
    if (isNoun && isPlural(word, t) && !nextIsNoun) return NOT_COUNTED.has(word.toLowerCase()) ? -1 : k
    if (!(isNoun || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && /ed$/.test(word)))) return -1
  }
  return -1
}

function isPlural(word: string, t: Token): boolean {
  const lower = word.toLowerCase()
  return IRREGULAR_PLURALS.has(lower) || (lower !== t.lemma && /[a-z]/.test(lower))
}
