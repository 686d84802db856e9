import type { Token } from '../../doc/layers.js'

/**
 * Shallow noun-phrase chunking over tagged tokens, enough to find who is speaking: the phrase
 * before a cue (`A senior regional security source and two Iraqi security sources told`), after
 * an inverted cue (`said Raffaello Pantucci`) or after `according to`. No parser is needed
 * because the scorer, and readers, want the phrase's extent, not its tree.
 */

/** Word forms of the tokens, lower-cased, with typographic apostrophes made plain. */
export type Words = readonly string[]

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])
const NP_PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'for',
  'from',
  'with',
  'to',
  'on',
  'close',
  'inside',
  'within',
  'by',
])
/** Quantifiers that stand alone as a subject: `all agreed`, `many say`. */
const QUANTIFIERS = /^(all|both|some|many|most|none|everyone|everybody|nobody|someone|somebody|others|few|several)$/
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that'])

/** Whether token `i` can sit inside a noun phrase (`U.S.-led`, `Syria ’s`, `and`). */
function isNpToken(tokens: readonly Token[], words: Words, i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  const w = words[i] as string
  // `the coast guard, which rights groups accuse`: a relative pronoun opens no phrase of its own.
  if (w === 'which') return false
  if (NP_POS.has(t.pos)) return !(t.pos === 'PRON' && !/^(its|his|her|their|our|my|your)$/.test(w))
  if (t.pos === 'PART' && /^['’]s?$/.test(w)) return true
  if (t.pos === 'PUNCT' && (w === '-' || w === '’' || w === "'" || w === '.')) return true
  if (t.pos === 'VERB' && (words[i - 1] === '-' || /-/.test(w))) return true // `U.S.-led`
  // `the Associated Press`, `the United Nations`: a participle the tagger split from the name it opens.
  if (t.pos === 'VERB' && tokens[i - 1]?.pos === 'DET' && tokens[i + 1]?.pos === 'PROPN') return true
  // `an emailed statement`, `the leaked memo`: a participle between article and noun describes it.
  if (t.pos === 'VERB' && tokens[i - 1]?.pos === 'DET' && tokens[i + 1]?.pos === 'NOUN' && /(ed|en)$/.test(w))
    return true
  if (t.pos === 'CCONJ' && w === 'and') return true
  // `Haiti's most powerful gang`: a degree adverb before the adjective it grades.
  if (t.pos === 'ADV' && /^(most|more|least|less|very)$/.test(w) && tokens[i + 1]?.pos === 'ADJ') return true
  return false
}

/**
 * The noun phrase ending at token `end - 1`, walking left no further than `floor`: determiners,
 * adjectives, nouns, `of`/`in`/`close to` phrases, `and` between phrases. Returns its token range
 * or null when the token before the end is no noun phrase head.
 */
/** Nouns that title a name set after them with its article: `Vatican spokesman the Rev. X`. */
const TITLE_NOUNS =
  /^(spokesman|spokeswoman|spokesperson|minister|secretary|chairman|chairwoman|director|leader|chief|head|founder|president|organization|organisation|group|party|movement)$/

/** Words that take a part of a group: `one of them`, `most of the officials`. */
const PARTS = /^(one|some|many|most|several|none|each|all|both|two|three|four|five|any|few|neither|either)$/

export function phraseEndingAt(
  tokens: readonly Token[],
  words: Words,
  end: number,
  floor: number,
): [number, number] | null {
  // `Rep. Gwen Moore (D-Wis.)`: a bracketed label after the name belongs to the phrase.
  if (words[end - 1] === ')') {
    let open = end - 2
    while (open > floor && open > end - 10 && words[open] !== '(') open--
    if (words[open] !== '(') return null
    const inner = phraseEndingAt(tokens, words, open, floor)
    return inner ? [inner[0], end] : null
  }
  const last = tokens[end - 1]
  if (!last || end - 1 < floor) return null
  const lw = words[end - 1] as string
  if (last.pos === 'PRON') {
    // `One of them said`, `two of us`: a part of a group a pronoun stands for.
    if (
      /^(them|us|those|these)$/.test(lw) &&
      words[end - 2] === 'of' &&
      PARTS.test(words[end - 3] ?? '') &&
      end - 3 >= floor
    )
      return [end - 3, end]
    return SUBJECT_PRONOUNS.has(lw) ? [end - 1, end] : null
  }
  if (QUANTIFIERS.test(lw) && !HEAD_POS.has(last.pos)) return [end - 1, end]
  // The tagger gives some head nouns as adjectives (`the police chief said`): an adjective after a
  // determiner or a noun can end the phrase.
  const adjectiveHead =
    last.pos === 'ADJ' && end - 2 >= floor && /^(DET|NOUN|PROPN|PART)$/.test(tokens[end - 2]?.pos ?? '')
  if (!HEAD_POS.has(last.pos) && !adjectiveHead) return null
  let start = end - 1
  for (let i = end - 2; i >= floor; i--) {
    const w = words[i] as string
    if (isNpToken(tokens, words, i)) {
      if (tokens[i]?.pos === 'PRON' && !/^(its|his|her|their|our|my|your)$/.test(w)) break
      // `a result the main opposition party said was C`: an article opens its phrase; a noun
      // before it ends another, unless it titles the name after it (`Vatican spokesman the Rev. X`).
      const titled = TITLE_NOUNS.test(w) && tokens[start + 1]?.pos === 'PROPN'
      if (/^(the|a|an)$/.test(words[start] ?? '') && /^(NOUN|PROPN|NUM)$/.test(tokens[i]?.pos ?? '') && !titled) break
      // `the man Iraq's ministry says it arrested`: a name with its `'s` opens a phrase of its own.
      if (tokens[i]?.pos === 'NOUN' && tokens[i + 1]?.pos === 'PROPN' && /^['’]s$/.test(words[i + 2] ?? '')) break
      start = i
      continue
    }
    // `four in 10 said`, `Six in 10 voters`: a share counted out of a number.
    if (w === 'in' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM' && i > floor) {
      start = i - 1
      i--
      continue
    }
    // A preposition continues the phrase only between two nominal pieces: `officials in the
    // government`, `source close to the service`.
    if ((tokens[i]?.pos === 'ADP' || w === 'to') && NP_PREPOSITIONS.has(w) && i > floor) {
      const before = tokens[i - 1]
      // `economists polled by Reuters`, `analysts surveyed by the bank`: a participle with its agent.
      if (
        w === 'by' &&
        before?.pos === 'VERB' &&
        /ed$/.test(words[i - 1] ?? '') &&
        i - 2 >= floor &&
        HEAD_POS.has(tokens[i - 2]?.pos ?? '')
      ) {
        start = i - 1
        i--
        continue
      }
      const quantity =
        w === 'of' &&
        /^(one|some|many|most|several|none|each|all|both|two|three|four|any|few)$/.test(words[i - 1] ?? '')
      // `people familiar with the matter`, `a source close to the family`: an adjective after a noun.
      // `a relative of the victim`: the tagger gives a noun right after a determiner as an adjective.
      const postModifier =
        before?.pos === 'ADJ' &&
        /^(with|to|of|on)$/.test(w) &&
        (HEAD_POS.has(tokens[i - 2]?.pos ?? '') || (w === 'of' && tokens[i - 2]?.pos === 'DET'))
      if (
        before &&
        (quantity ||
          postModifier ||
          before.pos === 'NOUN' ||
          before.pos === 'PROPN' ||
          (w === 'to' && before.pos === 'ADJ'))
      ) {
        start = i
        continue
      }
    }
    break
  }
  // A phrase does not begin with a linking word or punctuation.
  while (start < end - 1 && /^(and|of|in|at|for|from|with|to|on|-|’|'|\.)$/.test(words[start] as string)) start++
  return [start, end]
}

/**
 * The noun phrase starting at token `start`, going right no further than `ceiling`: `Raffaello
 * Pantucci`, `the website of the U.S. Department of State’s programme`.
 */
export function phraseStartingAt(
  tokens: readonly Token[],
  words: Words,
  start: number,
  ceiling: number,
): [number, number] | null {
  const first = tokens[start]
  if (!first || start >= ceiling) return null
  if (first.pos === 'PRON') return SUBJECT_PRONOUNS.has(words[start] as string) ? [start, start + 1] : null
  if (!isNpToken(tokens, words, start) || first.pos === 'CCONJ') return null
  let end = start + 1
  let lastHead = HEAD_POS.has(first.pos) ? end : -1
  for (let i = start + 1; i < ceiling; i++) {
    const w = words[i] as string
    const t = tokens[i] as Token
    // A determiner or possessive after a head opens the next phrase: `told reporters his team`.
    if ((t.pos === 'DET' || t.pos === 'PRON') && lastHead === end && !/^(')$/.test(w)) break
    // `CNN's "State of the Union"`: a quoted title after a possessive is the phrase's head.
    const title = /^(["“]|'')$/.test(w) && /^['’]s$/.test(words[i - 1] ?? '') ? titleEnd(words, i, ceiling) : -1
    if (title > 0) {
      end = title
      lastHead = title
      i = title - 1
      continue
    }
    if (isNpToken(tokens, words, i) && !(t.pos === 'PRON' && !/^(its|his|her|their)$/.test(w))) {
      end = i + 1
      if (HEAD_POS.has(t.pos)) lastHead = end
      continue
    }
    // `a source close to the investigation`, `people familiar with the plan`: an adjective after the head.
    const afterAdjective = tokens[i - 1]?.pos === 'ADJ' && lastHead === end - 1 && /^(with|to|of|on)$/.test(w)
    if ((t.pos === 'ADP' || w === 'to') && NP_PREPOSITIONS.has(w) && (lastHead === end || afterAdjective)) {
      end = i + 1
      continue
    }
    break
  }
  return lastHead > start ? [start, lastHead] : null
}

/** The token after the closing mark of a short quoted title opening at `open`, or -1. */
function titleEnd(words: Words, open: number, ceiling: number): number {
  for (let k = open + 1; k < Math.min(ceiling, open + 10); k++) {
    const w = words[k] as string
    if (/^(["”]|'')$/.test(w)) return k > open + 1 ? k + 1 : -1
    if (/^[.,;:!?]$/.test(w)) return -1
  }
  return -1
}
