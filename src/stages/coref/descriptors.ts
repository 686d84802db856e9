import type { Descriptor, Reference } from '../../doc/layers.js'
import { type CorefContext, isNominal } from './context.js'
import { PLACE_NOUNS, POSSESSIVES, TITLE_NOUNS } from './lexicon.js'

const INDEFINITE = new Set(['a', 'an'])
const ARTICLES = new Set(['a', 'an', 'the'])
/** Punctuation that closes an appositive or a predicate phrase. */
const CLOSERS = new Set([',', '.', ';', ':', '–', '—', '(', ')', '"', '“', '”', '?', '!'])
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when'])
/** Copulas and the auxiliaries before them: `is`, `was`, `has been`, `had long been`, `became`. */
const COPULA = /^(?:is|was|are|were|has|had|have|been|remains|remained|became|becomes|also|long|once)$/

/**
 * Appositives (`X, an Iraqi national,`), titles before a person's name (`President`, `ISIS
 * founder`, `its current leader`) and predicate nominals (`X was a deputy to Y`, `He is an
 * expert on Z`, with a coordinated `and a close aide to W`), each attached to its entity.
 * Pronoun subjects count through `references`.
 */
export function findDescriptors(ctx: CorefContext, references: readonly Reference[]): Descriptor[] {
  const { mentions, mentionTokens } = ctx
  const out: Descriptor[] = []
  const subjects: { end: number; entity: string }[] = []

  mentions.forEach((mention, m) => {
    const range = mentionTokens[m]
    if (!range || mention.type === 'NORP') return
    const [first, last] = range
    const appositive = appositiveAfter(ctx, last)
    // After a place, only a description of a place: `Idlib, a province in the northwest`, not
    // `In Tulsa, an unarmed man ...`.
    const placeLike = mention.type !== 'GPE' && mention.type !== 'LOC' && mention.type !== 'FAC'
    if (appositive && (placeLike || describesPlace(ctx, appositive)))
      out.push({ ...appositive, entity: mention.entity, kind: 'appositive' })
    if (mention.type === 'PERSON') {
      const title = titleBefore(ctx, first)
      if (title) out.push({ ...title, entity: mention.entity, kind: 'title' })
      const before = appositiveBefore(ctx, first, last)
      if (before) out.push({ ...before, entity: mention.entity, kind: 'appositive' })
    }
    subjects.push({ end: last, entity: mention.entity })
  })
  for (const ref of references) {
    if (ref.kind !== 'pronoun' || !ref.entity) continue
    const k = ctx.tokenAt(ref.start)
    if (k !== undefined) subjects.push({ end: k + 1, entity: ref.entity })
  }
  for (const subject of subjects) {
    for (const span of predicatesAfter(ctx, subject.end)) out.push({ ...span, entity: subject.entity, kind: 'nominal' })
  }
  return out
}

/** True when a phrase holds a place noun: `a province in the north`, `the capital`. */
function describesPlace(ctx: CorefContext, span: { start: number; end: number }): boolean {
  const from = ctx.tokenAt(span.start) ?? ctx.tokens.length
  for (let k = from; k < ctx.tokens.length && (ctx.tokens[k]?.end ?? 0) <= span.end; k++) {
    if (PLACE_NOUNS.has(ctx.tokens[k]?.lemma ?? '')) return true
  }
  return false
}

/** `, a/an/the ... ,` right after a name: a noun phrase set off by commas, not a clause or a list. */
function appositiveAfter(ctx: CorefContext, after: number): { start: number; end: number } | undefined {
  const { tokens, words, mentions, mentionAt, mentionTokens } = ctx
  if (words[after] !== ',' || !ARTICLES.has(words[after + 1] ?? '')) return undefined
  // `X, the United States and Y`: a list of names, not a description.
  const named = mentions[mentionAt[after + 2] ?? -1]
  const namedEnd = mentionTokens[mentionAt[after + 2] ?? -1]?.[1]
  if (named && namedEnd !== undefined && !isNominal(tokens[namedEnd])) return undefined
  const end = phraseEnd(ctx, after + 1)
  if (!end || end.stoppedAt === 'verb') return undefined
  return { start: tokens[after + 1]?.start ?? 0, end: tokens[end.last]?.end ?? 0 }
}

/** The title words right before a person's name, back to an article, preposition or verb. */
function titleBefore(ctx: CorefContext, first: number): { start: number; end: number } | undefined {
  const { tokens, words, mentions, mentionAt, mentionTokens } = ctx
  const k = first - 1
  const titleToken = tokens[k]
  if (!titleToken || (mentionAt[k] ?? -1) >= 0 || !isNominal(titleToken)) return undefined
  if (!TITLE_NOUNS.has(titleToken.lemma) && !TITLE_NOUNS.has(words[k] ?? '')) return undefined
  const sentence = titleToken.sentence
  let start = k
  for (let j = k - 1; j >= 0 && tokens[j]?.sentence === sentence; ) {
    const m = mentionAt[j] ?? -1
    const word = words[j] ?? ''
    if (m >= 0) {
      const possessor = isPossessive(words[j + 1])
      // Another person's name ends the title, unless it owns it (`Valcu's lawyer`).
      if (mentions[m]?.type === 'PERSON' && !possessor) break
      start = mentionTokens[m]?.[0] ?? j
      j = start - 1
      if (possessor) break
    } else if (POSSESSIVES.has(word)) {
      start = j
      break
    } else if (isPossessive(word) && j - 1 >= 0 && (isNominal(tokens[j - 1]) || (mentionAt[j - 1] ?? -1) >= 0)) {
      start = j
      j -= 1
    } else if (isNominal(tokens[j]) && !ARTICLES.has(word)) {
      start = j
      j -= 1
    } else break
  }
  return { start: tokens[start]?.start ?? 0, end: titleToken.end }
}

function isPossessive(word: string | undefined): boolean {
  return word === '’s' || word === "'s" || word === '’' || word === "'"
}

/**
 * A title set off before a person's name: `Valcu's lawyer, Ines Lund,` or `The group's
 * spokesman, Ali Omar,`, read as the title before the name with the comma skipped.
 */
function appositiveBefore(ctx: CorefContext, first: number, last: number): { start: number; end: number } | undefined {
  const { words } = ctx
  if (words[first - 1] !== ',' || !/^[,.;)]$|^(?:said|says|told)$/.test(words[last] ?? '')) return undefined
  return titleBefore(ctx, first - 1)
}

/** `was a deputy to Y, ..., and a close aide to Z`: indefinite predicates of a subject ending before `after`. */
function predicatesAfter(ctx: CorefContext, after: number): { start: number; end: number }[] {
  const { tokens, words } = ctx
  let k = after
  let copula = false
  while (k < tokens.length && COPULA.test(words[k] ?? '')) {
    if (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'X')
      copula ||= !/^(?:also|long|once|has|have|had)$/.test(words[k] ?? '')
    k++
  }
  if (!copula || !INDEFINITE.has(words[k] ?? '')) return []
  const out: { start: number; end: number }[] = []
  const sentence = tokens[k]?.sentence
  while (k < tokens.length && INDEFINITE.has(words[k] ?? '')) {
    const end = phraseEnd(ctx, k)
    if (!end) break
    out.push({ start: tokens[k]?.start ?? 0, end: tokens[end.last]?.end ?? 0 })
    // A second predicate joined by `and a/an`, past a participle clause but not a new clause.
    let j = end.last + 1
    for (; j < tokens.length && tokens[j]?.sentence === sentence; j++) {
      const t = tokens[j]
      if (words[j] === 'and' && INDEFINITE.has(words[j + 1] ?? '')) break
      if (t?.pos === 'AUX' || t?.pos === 'PRON' || t?.pos === 'SCONJ') {
        j = tokens.length
        break
      }
    }
    k = j + 1
  }
  return out
}

/**
 * The last token of a noun phrase opened at `from` (an article), with its prepositional tail
 * (`a senior associate fellow at the X think tank`); it stops at closing punctuation, a
 * relative pronoun or a verb.
 */
function phraseEnd(ctx: CorefContext, from: number): { last: number; stoppedAt: 'punct' | 'verb' | 'end' } | undefined {
  const { tokens, words, mentionAt } = ctx
  const sentence = tokens[from]?.sentence
  let last = from
  let hasNoun = false
  let k = from + 1
  let stoppedAt: 'punct' | 'verb' | 'end' = 'end'
  for (; k < tokens.length && tokens[k]?.sentence === sentence; k++) {
    const t = tokens[k]
    const word = words[k] ?? ''
    if (!t) break
    if (CLOSERS.has(word) || (RELATIVES.has(word) && (mentionAt[k] ?? -1) < 0)) {
      stoppedAt = 'punct'
      break
    }
    // A base-form verb before a noun is a tagger's slip inside a compound (`think tank`).
    const compound = t.pos === 'VERB' && word === t.lemma && tokens[k + 1]?.pos === 'NOUN'
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !compound && (mentionAt[k] ?? -1) < 0) {
      stoppedAt = 'verb'
      break
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (mentionAt[k] ?? -1) >= 0) hasNoun = true
    last = k
  }
  if (!hasNoun || last === from) return undefined
  // Do not end on a dangling preposition or article (`a fellow at`).
  while (last > from && (tokens[last]?.pos === 'ADP' || tokens[last]?.pos === 'DET' || tokens[last]?.pos === 'CCONJ'))
    last--
  return { last, stoppedAt }
}
