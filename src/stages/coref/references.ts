import type { EntityType, Reference } from '../../doc/layers.js'
import { type CorefContext, isNominal, isPluralNoun } from './context.js'
import {
  COUNTRY_NOUNS,
  GENDER,
  GOVERNMENT_WORDS,
  HEAD_TYPES,
  HONORIFICS,
  INSTITUTION_NOUNS,
  KIND_NOUNS,
  ORG_ROLES,
  PEOPLE_PLURALS,
  PRONOUNS,
  type PronounClass,
  TITLE_NOUNS,
} from './lexicon.js'

/** Something a later pronoun may refer to: a name, a nominal, a pronoun already resolved, a plural noun. */
interface Referent {
  readonly token: number
  readonly sentence: number
  readonly classes: readonly PronounClass[]
  readonly entity: string | null
}

/** Nouns that may mean a news agency or outlet: `the agency`, `the newspaper`. */
const OUTLET_NOUNS =
  /^(agency|newspaper|paper|broadcaster|network|outlet|channel|service|wire|company|group|organisation|organization)$/

/** How many sentences back a pronoun or nominal looks for its antecedent. */
const WINDOW = 3
/** A nominal (`the group`) may look further: news repeats a name less often than a pronoun. */
const NOMINAL_WINDOW = 5
const DEFINITE = new Set(['the', 'this', 'that'])
const BE = /^(?:is|was|are|were|be|been|being|seems?|seemed|appears?|appeared|remains?|remained)$/
const CLASSES: Record<EntityType, PronounClass[]> = {
  PERSON: ['person'],
  ORG: ['thing', 'plural'],
  GPE: ['thing'],
  LOC: ['thing'],
  FAC: ['thing'],
  NORP: [],
  EVENT: ['thing'],
  LAW: ['thing'],
  PRODUCT: ['thing'],
}

/**
 * Pronouns and definite nominals linked to the entity they refer to, in one left-to-right pass.
 * A pronoun takes the most recent compatible referent within three sentences; a sentence-first
 * pronoun takes the first compatible referent of the nearest sentence before (the subject, as
 * a reader would). A name used as a modifier (`U.S.-led coalition`, `ISIS leaders`) stands for
 * its head noun, which blocks the name: `the coalition said it` does not mean the U.S.
 */
export function findReferences(
  ctx: CorefContext,
  described: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Reference[] {
  const { tokens, words, mentions, mentionTokens, mentionAt } = ctx
  const referents: Referent[] = []
  const references: Reference[] = []
  // Every name, modifiers included: a nominal or `its leader` may mean a name used as a modifier.
  const names: { sentence: number; entity: string; type: EntityType }[] = []
  const genders = new Map<string, 'f' | 'm'>()
  /** The words of each entity's names: `the ministry` means only a body named a ministry. */
  const nameWords = new Map<string, Set<string>>()
  /** The person last named with each title: `president` -> the entity of `President X`. */
  const titled = new Map<string, string>()
  const verbs = firstVerbs(ctx)
  const firstVerb = (s: number) => verbs.get(s) ?? Number.POSITIVE_INFINITY

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    const word = words[i] ?? ''
    const m = mentionAt[i] ?? -1

    if (m >= 0) {
      const mention = mentions[m]
      const range = mentionTokens[m]
      if (!mention || !range) continue
      names.push({ sentence: token.sentence, entity: mention.entity, type: mention.type })
      const own = nameWords.get(mention.entity) ?? new Set<string>()
      for (let j = range[0]; j <= range[1]; j++) own.add(tokens[j]?.lemma ?? '')
      nameWords.set(mention.entity, own)
      const head = modifiedHead(ctx, range[1])
      if (mention.type === 'PERSON' && TITLE_NOUNS.has(tokens[i - 1]?.lemma ?? '')) {
        titled.set(tokens[i - 1]?.lemma ?? '', mention.entity)
      }
      const honorific = HONORIFICS.get(words[i - 1] ?? '')
      if (honorific && mention.type === 'PERSON' && !genders.has(mention.entity)) genders.set(mention.entity, honorific)
      // `ABUJA, June 9 (AP) -`, `the Islamic State (ISIS)`: a name in brackets credits the story or
      // spells out the name before it, and is nobody a later pronoun means.
      const bracketed = words[i - 1] === '(' && words[range[1]] === ')'
      // `GOMA, Congo (Reuters) - M23 rebels said ... a video they said showed`: the dateline's place
      // sets the scene; a pronoun means someone in the story.
      const inDateline =
        ctx.dateline !== undefined && mention.end <= ctx.dateline.end && mention.start >= ctx.dateline.start
      if ((head < 0 && bracketed) || inDateline) {
        i = range[1] - 1
        continue
      }
      if (head < 0) {
        const classes =
          mention.type === 'NORP'
            ? /s$/i.test(ctx.text.slice(mention.start, mention.end))
              ? ['plural' as const]
              : []
            : CLASSES[mention.type]
        if (classes.length > 0) {
          addReferent(referents, {
            token: i,
            sentence: token.sentence,
            classes,
            entity: mention.entity,
          })
        }
        i = range[1] - 1
        continue
      }
      // The name modifies a noun: the phrase is about the noun (`ISIS group` is ISIS; `ISIS leader` is not).
      const headType = HEAD_TYPES.get(tokens[head]?.lemma ?? '') ?? null
      const plural = isPluralNoun(words[head] ?? '', tokens[head] as (typeof tokens)[number])
      addReferent(referents, {
        token: head,
        sentence: token.sentence,
        classes: plural ? ['plural'] : headType === 'PERSON' ? ['person'] : ['thing'],
        entity: headType === mention.type && !plural ? mention.entity : null,
      })
      i = head
      continue
    }

    if (DEFINITE.has(word) && token.pos === 'DET') {
      const nominal = definiteNominal(ctx, i)
      if (nominal) {
        // `Stein and the aide`: a name joined to the nominal is someone else.
        const joined = /^(?:and|or)$/.test(words[i - 1] ?? '') ? mentions[mentionAt[i - 2] ?? -1]?.entity : undefined
        // `the president` after `President X`: the titled person, however far back.
        const title = nominal.type === 'PERSON' ? titled.get(tokens[nominal.head]?.lemma ?? '') : undefined
        // `the country` means a country, `the city` anything else of type GPE.
        const head = tokens[nominal.head]?.lemma ?? ''
        // ... and `the ruling party` is no news agency that the dateline or a source named, nor
        // `the finance ministry` a human rights commission.
        const fits = (entity: string) =>
          entity !== joined &&
          (nominal.type !== 'GPE' || COUNTRY_NOUNS.has(head) === ctx.countries.has(entity)) &&
          (!ctx.outlets.has(entity) || OUTLET_NOUNS.test(head)) &&
          (!INSTITUTION_NOUNS.has(head) || nameWords.get(entity)?.has(head) === true) &&
          (!KIND_NOUNS.has(head) ||
            nameWords.get(entity)?.has(head) === true ||
            described.get(entity)?.has(head) === true) &&
          (head !== 'group' || !hasAny(nameWords.get(entity), GOVERNMENT_WORDS))
        const entity =
          nominal.inside ??
          title ??
          (nominal.type === 'ORG'
            ? salientName(names, token.sentence, fits)
            : latestName(names, token.sentence, nominal.type, fits))
        references.push({
          start: token.start,
          end: tokens[nominal.head]?.end ?? token.end,
          kind: 'nominal',
          entity,
          plural: false,
        })
        addReferent(referents, {
          token: nominal.head,
          sentence: token.sentence,
          classes: CLASSES[nominal.type],
          entity,
        })
        i = nominal.head
        continue
      }
      // Any other definite thing (`the case`, `the plan`) is what a following `it` more likely
      // means than an earlier name, so it stands in the way as a referent of no entity.
      const head = definiteHead(ctx, i)
      if (head >= 0) addReferent(referents, { token: head, sentence: token.sentence, classes: ['thing'], entity: null })
    }

    const cls = PRONOUNS.get(word)
    if (cls && (token.pos === 'PRON' || token.pos === 'X' || token.pos === 'DET')) {
      let entity: string | null = null
      if (!(cls === 'thing' && word === 'it' && isPleonastic(ctx, i))) {
        const role = (word === 'its' || word === 'their') && ORG_ROLES.has(nextNounLemma(ctx, i))
        const org = role ? latestName(names, token.sentence, 'ORG') : null
        const gender = GENDER.get(word)
        // A person already called `he` is not a later `she`, nor the other way round.
        const agrees = (r: Referent) => !gender || !r.entity || (genders.get(r.entity) ?? gender) === gender
        entity = org ?? antecedent(referents, token.sentence, cls, isSentenceFirst(ctx, i), firstVerb, agrees)
        if (entity && gender && !genders.has(entity)) genders.set(entity, gender)
      }
      references.push({ start: token.start, end: token.end, kind: 'pronoun', entity, plural: cls === 'plural' })
      addReferent(referents, { token: i, sentence: token.sentence, classes: [cls], entity })
      continue
    }

    // `Police said they had arrested 41 people`: a collective noun is a plural as much as `officials`.
    const collective = COLLECTIVE_PEOPLE.test(word)
    if ((collective || isPluralNoun(word, token)) && (collective || PEOPLE_PLURALS.has(token.lemma))) {
      addReferent(referents, { token: i, sentence: token.sentence, classes: ['plural'], entity: null })
    }
  }
  return references
}

/** People nouns that are plural without a plural ending. */
const COLLECTIVE_PEOPLE = /^(police|people|personnel|staff)$/i

/** True when a name's words hold one of a set: `Kurdistan Regional Government` holds `government`. */
function hasAny(words: ReadonlySet<string> | undefined, set: ReadonlySet<string>): boolean {
  for (const w of words ?? []) if (set.has(w)) return true
  return false
}

/** Adds a referent in token order: a phrase's head may be added before the names inside it. */
function addReferent(referents: Referent[], referent: Referent): void {
  let k = referents.length
  while (k > 0 && (referents[k - 1] as Referent).token > referent.token) k--
  referents.splice(k, 0, referent)
}

/** The head of a definite singular common-noun phrase (`the case`, `the clean air plan`), or -1. */
function definiteHead(ctx: CorefContext, det: number): number {
  const { tokens, words, mentionAt } = ctx
  let head = -1
  for (let k = det + 1; k < tokens.length && k <= det + 4; k++) {
    const t = tokens[k]
    if (!t || (mentionAt[k] ?? -1) >= 0 || !isNominal(t) || !/^[a-z]/.test(words[k] ?? '')) break
    if (t.pos === 'NOUN') head = k
  }
  const t = tokens[head]
  if (!t || isPluralNoun(words[head] ?? '', t) || HEAD_TYPES.get(t.lemma) === 'PERSON') return -1
  return head
}

/**
 * Of the organisations named within the nominal window, the one named most often so far, the
 * latest of equals: `The company said` after `Toyota ... Toyota ... analysts at Nomura` is Toyota,
 * the one the story is about.
 */
function salientName(
  names: readonly { sentence: number; entity: string; type: EntityType }[],
  sentence: number,
  fits: (entity: string) => boolean,
): string | null {
  const counts = new Map<string, number>()
  for (const n of names) if (n.type === 'ORG') counts.set(n.entity, (counts.get(n.entity) ?? 0) + 1)
  let best: string | null = null
  for (const n of names) {
    if (n.sentence < sentence - NOMINAL_WINDOW || n.type !== 'ORG' || !fits(n.entity)) continue
    if (best === null || (counts.get(n.entity) ?? 0) >= (counts.get(best) ?? 0)) best = n.entity
  }
  return best
}

/** The entity of the latest name of a type within the nominal window, or null. */
function latestName(
  names: readonly { sentence: number; entity: string; type: EntityType }[],
  sentence: number,
  type: EntityType,
  fits: (entity: string) => boolean = () => true,
): string | null {
  for (let k = names.length - 1; k >= 0; k--) {
    const n = names[k]
    if (!n || n.sentence < sentence - NOMINAL_WINDOW) break
    if (n.type === type && fits(n.entity)) return n.entity
  }
  return null
}

/** The entity of the referent a pronoun most likely means, or null. */
function antecedent(
  referents: readonly Referent[],
  sentence: number,
  cls: PronounClass,
  sentenceFirst: boolean,
  firstVerb: (sentence: number) => number,
  agrees: (r: Referent) => boolean,
): string | null {
  const fits = (r: Referent) => r.sentence >= sentence - WINDOW && r.classes.includes(cls) && agrees(r)
  if (sentenceFirst) {
    // A sentence-first pronoun continues the previous subject: a fitting referent before that
    // sentence's first verb. A person may also be its object (`X captured Y. He was ...`); a
    // thing may not, since the objects that `it` continues (`a photo`) are seldom names.
    // The referents of the nearest earlier sentence in the window, found from the end.
    let end = referents.length
    while (end > 0 && (referents[end - 1] as Referent).sentence >= sentence) end--
    const last = referents[end - 1]
    if (!last || last.sentence < sentence - WINDOW) return null
    let start = end - 1
    while (start > 0 && (referents[start - 1] as Referent).sentence === last.sentence) start--
    const inLast = referents.slice(start, end)
    const subject = inLast.find((r) => r.token < firstVerb(last.sentence) && fits(r))
    if (subject) return subject.entity
    if (cls === 'thing') return null
  }
  // Referents are in token order, so the first one before the window ends the search.
  for (let k = referents.length - 1; k >= 0; k--) {
    const r = referents[k] as Referent
    if (r.sentence < sentence - WINDOW) break
    if (fits(r)) return r.entity
  }
  return null
}

/** The index of the noun a name modifies (`ISIS leaders` -> leaders), or -1 when it modifies none. */
function modifiedHead(ctx: CorefContext, after: number): number {
  const { tokens, words, mentionAt } = ctx
  let k = after
  let head = -1
  // `U.S.-led coalition`: a hyphenated participle keeps the phrase going.
  if (words[k] === '-' && tokens[k + 1] && /^[a-z]/.test(words[k + 1] ?? '')) k += 2
  for (; k < tokens.length; k++) {
    const t = tokens[k]
    if (!t || (mentionAt[k] ?? -1) >= 0 || !/^[a-z]/.test(ctx.text.slice(t.start, t.end))) break
    if (t.pos === 'NOUN') head = k
    else if (t.pos !== 'ADJ') break
  }
  return head
}

/** A definite singular noun phrase whose head fits an entity type: `the jihadist group`. */
function definiteNominal(
  ctx: CorefContext,
  det: number,
): { head: number; type: EntityType; inside: string | null } | undefined {
  const { tokens, words, mentions, mentionAt } = ctx
  let head = -1
  let k = det + 1
  for (; k < tokens.length && k <= det + 5; k++) {
    const t = tokens[k]
    if (!t || !isNominal(t)) break
    head = k
  }
  if (head < 0) return undefined
  const headToken = tokens[head]
  const word = words[head] ?? ''
  const type = HEAD_TYPES.get(headToken?.lemma ?? '')
  if (!headToken || !type || (mentionAt[head] ?? -1) >= 0 || isPluralNoun(word, headToken) || word !== headToken.lemma)
    return undefined
  // `the group of ...`, `the leader of ...`: the phrase is defined right there, not by an antecedent.
  if (words[head + 1] === 'of') return undefined
  // A name of the head's type inside the phrase is what it means: `the ISIS group`.
  let inside: string | null = null
  for (let j = det + 1; j <= head; j++) {
    // Capitalised words outside any mention: a name the recogniser missed (`the Black Lives
    // Matter movement`), not a description.
    const t = tokens[j]
    if (t && (mentionAt[j] ?? -1) < 0 && /^\p{Lu}/u.test(ctx.text.slice(t.start, t.end))) return undefined
    if (j === head) break
    const m = mentions[mentionAt[j] ?? -1]
    if (m?.type === type) inside = m.entity
    else if (m?.type === 'PERSON') return undefined
  }
  return { head, type, inside }
}

/** `it is clear that`, `it was decided to`, `it is unclear whether`: an `it` that stands for nothing. */
function isPleonastic(ctx: CorefContext, i: number): boolean {
  const { words } = ctx
  if (!BE.test(words[i + 1] ?? '')) return false
  for (let k = i + 2; k <= i + 6 && k < words.length; k++) {
    if (/^(?:that|to|whether|if|why|how)$/.test(words[k] ?? '')) return true
    if (/^[.,;:]$/.test(words[k] ?? '')) return false
  }
  return false
}

/** The index of each sentence's first verb or auxiliary. */
function firstVerbs(ctx: CorefContext): Map<number, number> {
  const out = new Map<number, number>()
  // Tokens come in sentence order, so a sentence with a verb found is passed over without a lookup.
  let found = -1
  ctx.tokens.forEach((t, i) => {
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.sentence !== found) {
      out.set(t.sentence, i)
      found = t.sentence
    }
  })
  return out
}

function isSentenceFirst(ctx: CorefContext, i: number): boolean {
  const sentence = ctx.tokens[i]?.sentence
  for (let k = i - 1; k >= 0; k--) {
    const t = ctx.tokens[k]
    if (!t || t.sentence !== sentence) return true
    if (t.pos !== 'PUNCT') return followsOpeningQuote(ctx, i)
  }
  return true
}

const OPENING_QUOTE = /^(["\u201c]|``)$/
const CLOSING_QUOTE = /^(["\u201d]|'')$/

/**
 * `"We will not stop," he told supporters`: the pronoun after a quotation that opens its sentence
 * is the speaker, the subject of its clause, and continues the previous subject as a sentence-first
 * pronoun does, rather than the name nearest before it (`... accused the government of President X`).
 */
function followsOpeningQuote(ctx: CorefContext, i: number): boolean {
  const { tokens, words } = ctx
  let k = i - 1
  if (words[k] === ',') k--
  if (!CLOSING_QUOTE.test(words[k] ?? '')) return false
  const sentence = tokens[i]?.sentence
  let first = k
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first--
  if (!OPENING_QUOTE.test(words[first] ?? '')) return false
  // One quotation only: `"A" and "B," he said` has names of its own between.
  for (let j = first + 1; j < k; j++)
    if (OPENING_QUOTE.test(words[j] as string) || CLOSING_QUOTE.test(words[j] as string)) return false
  return true
}

function nextNounLemma(ctx: CorefContext, i: number): string {
  for (let k = i + 1; k < ctx.tokens.length && k <= i + 3; k++) {
    const t = ctx.tokens[k]
    if (t?.pos === 'NOUN') return t.lemma
    if (!isNominal(t)) break
  }
  return ''
}
