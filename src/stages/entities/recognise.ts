import type { EntityType, Token } from '../../doc/layers.js'
import { firstStartingAt } from '../../doc/span.js'
import { type DocumentMemory, remember, viewOf } from './features.js'
import { countryByDemonym, countryByName } from './gazetteer/countries.js'
import {
  EVENT_WORDS,
  FAC_WORDS,
  GROUP_WORDS,
  LAW_WORDS,
  LOC_NAMES,
  LOC_WORDS,
  ORG_WORDS,
  PERSON_TITLES,
  STREET_WORDS,
} from './gazetteer/lexicon.js'
import type { PhraseHit } from './gazetteer/phrases.js'
import { startsLower, startsUpper } from './letters.js'
import type { Model } from './model.js'
import { tagSentence } from './tagger.js'
import { type Word, wordsOf } from './words.js'

/** A recognised name before coreference: a span of words with our type. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly type: EntityType
  readonly text: string
  /** What a gazetteer says it is, when it does. */
  readonly hit?: PhraseHit
}

/** Direction words that make a region of a place, not a new name (`northwestern Syria`). */
const DIRECTION =
  /^(north|south|east|west|central|northern|southern|eastern|western|(north|south)-?(east|west)(ern)?)$/i

interface Run {
  first: number
  last: number
  conll: string
  hit?: PhraseHit
}

/**
 * Finds the names in a document: the perceptron's BIO labels over each sentence, corrected
 * by the gazetteers (a known organisation or country keeps its whole name and type), typed
 * into our types, then made consistent across the document (a name found once is found
 * everywhere; a bare part of a person's name is that person).
 */
export function recognise(model: Model, text: string, tokens: readonly Token[]): Candidate[] {
  const words = wordsOf(text, tokens)
  const runs: Run[] = []
  const memory: DocumentMemory = new Map()
  for (const [from, to] of sentenceRanges(words)) {
    const list = words.slice(from, to)
    const view = viewOf(list, memory)
    const labels = tagSentence(model, view)
    remember(memory, view, labels)
    const found: Run[] = []
    labels.forEach((label, k) => {
      // A split-off suffix (`-led` of `U.S.-led`) is never part of a name.
      if (label === 'O' || (list[k] as Word).text.startsWith('-')) return
      const open = found.at(-1)
      if (label.startsWith('I-') && open && open.last === from + k - 1) open.last = from + k
      else found.push({ first: from + k, last: from + k, conll: label.slice(2) })
    })
    for (const run of found) trimLowerTail(words, run)
    joinConnectedNames(words, found)
    for (const m of view.phrases) {
      if (m.hit.kind === 'city') {
        joinCityParts(found, from + m.start, from + m.end - 1)
        continue
      }
      const first = from + m.start
      const last = from + m.end - 1
      const same = found.find((r) => r.first === first && r.last === last)
      if (same) same.hit = m.hit
      else if (!found.some((r) => r.first <= last && first <= r.last)) {
        found.push({ first, last, conll: m.hit.kind === 'org' ? 'ORG' : 'LOC', hit: m.hit })
      } else {
        // The model's run covers part of a gazetteer name (`Islamic` of `Islamic State`): the name wins
        // unless the run is longer and holds it (`U.S. Department of State`), save for a leading
        // direction (`Northwestern Syria` at a sentence's start is Syria and a region of it).
        const inside = found.filter((r) => r.first <= last && first <= r.last)
        const onlyDirections = inside.every((r) =>
          list.slice(r.first - from, r.last - from + 1).every((w, k) => {
            const at = r.first + k
            return (at >= first && at <= last) || DIRECTION.test(w.text)
          }),
        )
        if (onlyDirections || inside.every((r) => r.first >= first && r.last <= last)) {
          for (const r of inside) found.splice(found.indexOf(r), 1)
          found.push({ first, last, conll: m.hit.kind === 'org' ? 'ORG' : 'LOC', hit: m.hit })
        }
      }
    }
    runs.push(...found)
  }
  const typed = runs
    .map((r) => toCandidate(text, words, r))
    .filter((c): c is Candidate => c !== undefined)
    .map((c) =>
      c.type !== 'ORG' && (isCredited(text, c) || isDatelineCredit(text, c)) ? { ...c, type: 'ORG' as const } : c,
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)
  return makeConsistent(text, words, placesByContext(words, typed))
}

const LOCATIVE = /^(in|near|outside|around)$/
const COMPASS = /^(north|south|east|west|northeast|northwest|southeast|southwest)$/
const SETTLEMENT_NOUNS =
  /^(neighbou?rhood|district|village|town|city|province|governorate|municipality|suburb|county|region|area|refugee)$/

/*
 * `in Khan Younis`, `east of Khan Younis`, `the Bani Suheila neighbourhood`: a name the model took
 * for a person's, that the article only ever uses as a place (after `in` or `near`, `east of`, or
 * before `neighbourhood` or `district`), is a place. Conflict reporting names many towns that are
 * also family names, and a person named only so is rare.
 */
function placesByContext(words: readonly Word[], found: Candidate[]): Candidate[] {
  // A word by where it starts, searched for each of the few candidates rather than indexed for
  // every word of the article.
  const wordAt = (start: number): number => {
    const i = firstStartingAt(words, start)
    return words[i]?.start === start ? i : -1
  }
  const uses = new Map<string, boolean[]>()
  for (const c of found) {
    if (c.type !== 'PERSON' && c.type !== 'GPE') continue
    const first = wordAt(c.start)
    let last = first
    while (last + 1 < words.length && (words[last + 1] as Word).end <= c.end) last++
    const before = words[first - 1]?.text.toLowerCase() ?? ''
    const compass = before === 'of' && COMPASS.test(words[first - 2]?.text.toLowerCase() ?? '')
    const next = words[last + 1]
    const settlement = SETTLEMENT_NOUNS.test(next?.text ?? '') && words[last + 2]?.pos !== 'NOUN'
    const list = uses.get(c.text) ?? []
    list.push(c.type === 'PERSON' && (LOCATIVE.test(before) || compass || settlement))
    uses.set(c.text, list)
  }
  return found.map((c) =>
    c.type === 'PERSON' && !c.hit && uses.get(c.text)?.every((placed) => placed) ? { ...c, type: 'GPE' as const } : c,
  )
}

/**
 * `Dar es Salaam`, `Rio de Janeiro`: the model cuts a city's name at its small word into two
 * names. A city the gazetteer knows whose words hold two or more runs and nothing else of a name
 * is one place. (A city alone stays a hint, since many are also surnames.)
 */
function joinCityParts(found: Run[], first: number, last: number): void {
  const inside = found.filter((r) => r.first >= first && r.last <= last)
  if (inside.length < 2 || found.some((r) => r.first <= last && first <= r.last && !inside.includes(r))) return
  for (const r of inside) found.splice(found.indexOf(r), 1)
  found.push({ first, last, conll: 'LOC' })
  found.sort((a, b) => a.first - b.first)
}

/** Heads of organisation names that go on past a small word: `Committee to Protect Journalists`. */
const ORGANISATION_HEADS =
  /^(Committee|Campaign|Council|Commission|Association|Federation|Union|Alliance|Cent(?:er|re)|Institute|Foundation|Movement|Coalition|Organi[sz]ation|League|Society|Fund|Front|Board|Office|Bureau|Agency|Network|Project|Initiative|Forum|Watch|Service|Partnership|Fellowship|Party)$/
const CONNECTORS = /^(to|for|of|on|against|without)$/
/** Heads of the names of seas and straits, which go on past `of`: `Gulf of Oman`, `Bay of Bengal`. */
const FEATURE_HEADS = /^(Gulf|Bay|Sea|Strait|Straits|Isle|Cape|Lake)$/

/**
 * Joins two names the tagger split at a small word when the first ends in an organisation's
 * head (`Committee` + `to` + `Protect Journalists`, `Council` + `on` + `Foreign Relations`):
 * one organisation, as its capitals say. A feature's head and `of` make one place
 * (`Gulf` + `of` + `Oman`), which the tagger splits because the second name is a country.
 */
function joinConnectedNames(words: readonly Word[], found: Run[]): void {
  for (let i = 0; i < found.length; i++) {
    const b = found[i] as Run
    const connector = words[b.first - 1]
    const head = words[b.first - 2]
    if (!connector || !head || !CONNECTORS.test(connector.text)) continue
    const conll = ORGANISATION_HEADS.test(head.text)
      ? 'ORG'
      : connector.text === 'of' && FEATURE_HEADS.test(head.text)
        ? 'LOC'
        : undefined
    if (!conll) continue
    if (connector.sentence !== (words[b.first] as Word).sentence || head.sentence !== connector.sentence) continue
    const a = found[i - 1]
    if (a && a.last === b.first - 2) {
      found.splice(i - 1, 2, { first: a.first, last: b.last, conll })
      i--
    } else if (!a || a.last < b.first - 2) {
      // The tagger left the head out (`the Campaign for Nuclear Disarmament`): it opens the name.
      found.splice(i, 1, { first: b.first - 2, last: b.last, conll })
    }
  }
}

/**
 * A name ends in a capitalised word: the tagger sometimes runs a name on into the words after it
 * (`the Rapid Support Forces of firing on`), which are cut off with the connector before them.
 */
function trimLowerTail(words: readonly Word[], run: Run): void {
  while (run.last > run.first && /^\p{Ll}+$/u.test((words[run.last] as Word).text)) {
    run.last--
    while (run.last > run.first && CONNECTORS.test((words[run.last] as Word).text)) run.last--
  }
}

/*
 * A name on a credit line (`Source: X`, `Reporting by … for X`) is the outlet that published the
 * story, however personal it looks.
 */
const CREDIT = /(?:^|\n)[ \t]*(?:Source|Sources|Via|Courtesy of)[ \t]*:[ \t]*$/i
function isCredited(text: string, c: Candidate): boolean {
  return CREDIT.test(text.slice(Math.max(0, c.start - 40), c.start))
}

/** The outlet credited in a dateline, `MOGADISHU, Feb 18 (Gulf Observer) -`, whatever its words look like. */
function isDatelineCredit(text: string, c: Candidate): boolean {
  if (!/^\)\s*[-—–]/.test(text.slice(c.end, c.end + 4))) return false
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1
  return /^\p{Lu}[\p{Lu}'’. -]+,[^()\n]*\($/u.test(text.slice(lineStart, c.start))
}

function sentenceRanges(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = []
  let from = 0
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || (words[i] as Word).sentence !== (words[from] as Word).sentence) {
      out.push([from, i])
      from = i
    }
  }
  return out
}

/* Parts of speech a capitalised first word has when it is an ordinary word (`Additional`, `Editing`). */
const NOT_NAME_POS = new Set(['ADJ', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'INTJ'])

/* wink calls many place names verbs (`Hull`, `Bury`, `Ford`), so of verbs only `-ing` forms count. */
function isOrdinaryWord(word: Word): boolean {
  return NOT_NAME_POS.has(word.pos) || (word.pos === 'VERB' && /ing$/.test(word.text))
}

const TRAILING = /^(of|and|the|for|in|at|to|a|an|on|by|with|from|or)$/

function toCandidate(text: string, words: readonly Word[], run: Run): Candidate | undefined {
  let first = run.first
  const firstWord = words[first] as Word
  // A title is not part of the name (`Judge Olga Lavrentyeva`, `Prince Norodom Ranariddh`).
  if (run.conll === 'PER' && !run.hit && run.last > first && PERSON_TITLES.has(firstWord.text)) first++
  // Nor is a trailing function word (`… Plenty of`).
  let last = run.last
  while (last > first && TRAILING.test((words[last] as Word).text)) last--
  const start = (words[first] as Word).start
  const end = (words[last] as Word).end
  const name = text.slice(start, end)
  const parts = words.slice(first, last + 1).map((w) => w.text)
  const type = typeOf(run, name, parts)
  if (!type) return undefined
  // `Interior Minister X`, `Defence Secretary Y`: the portfolio in a minister's title names no body.
  if (type === 'ORG' && !run.hit && /^(Minister|Secretary)$/.test(words[last + 1]?.text ?? '')) return undefined
  const sentenceStart = first === 0 || (words[first - 1] as Word).sentence !== firstWord.sentence
  if (sentenceStart && !run.hit && parts.length === 1 && type !== 'NORP' && isOrdinaryWord(firstWord)) {
    return undefined
  }
  return run.hit ? { start, end, type, text: name, hit: run.hit } : { start, end, type, text: name }
}

/** Maps CoNLL's PER, ORG, LOC and MISC, with the gazetteers' word, onto our types. */
function typeOf(run: Run, name: string, parts: readonly string[]): EntityType | undefined {
  if (run.hit) return run.hit.kind === 'org' ? 'ORG' : 'GPE'
  const last = parts.at(-1) as string
  // `Bay of Bengal`, whatever the tagger took it for.
  if (parts.length > 2 && parts[1] === 'of' && FEATURE_HEADS.test(parts[0] as string)) return 'LOC'
  if (parts.length > 1 && STREET_WORDS.has(last)) return 'FAC'
  switch (run.conll) {
    case 'PER':
      // `Northline Shipping`: no person's name ends in a word of trade or office.
      return parts.length > 1 && ORG_WORDS.has(last) ? 'ORG' : 'PERSON'
    case 'ORG':
      return 'ORG'
    case 'LOC':
      if (countryByName(name)) return 'GPE'
      if (parts.length > 1 && FAC_WORDS.has(last)) return 'FAC'
      if (LOC_NAMES.has(name) || parts.some((p) => LOC_WORDS.has(p))) return 'LOC'
      return 'GPE'
    default:
      if (parts.every((p) => countryByDemonym(p) || GROUP_WORDS.has(p) || /^(North|South|East|West)$/.test(p))) {
        return 'NORP'
      }
      if (EVENT_WORDS.has(last)) return 'EVENT'
      if (parts.length > 1 && FAC_WORDS.has(last)) return 'FAC'
      if (LAW_WORDS.has(last)) return 'LAW'
      return undefined
  }
}

/*
 * A full name the model typed as something else is a person's when one of its words stands
 * alone as a person at least twice in the article (`Jasim` ... `Sami Jasim al-Jaburi`), unless a
 * word marks an organisation or a place (`Ford` and `Ford Motor Co`).
 */
function personsByPart(found: Candidate[]): Candidate[] {
  const alone = new Map<string, number>()
  for (const c of found)
    if (c.type === 'PERSON' && !c.text.includes(' ')) alone.set(c.text, (alone.get(c.text) ?? 0) + 1)
  return found.map((c) => {
    if (c.type === 'PERSON' || c.type === 'NORP' || c.hit || !c.text.includes(' ')) return c
    const parts = c.text.split(/\s+/)
    if (parts.some((p) => ORG_WORDS.has(p) || LOC_WORDS.has(p))) return c
    return parts.some((p) => (alone.get(p) ?? 0) >= 2) ? { ...c, type: 'PERSON' as const } : c
  })
}

/** An Arabic article joined to a name: `al-Kadhimi`, `el-Sisi`. */
const PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az)-(\p{Lu}.*)$/u
/** How a name's word starts: a capital, or a joined article and a capital. */
const NAME_START = /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u
/* The same, looking at the first character before calling the expression (letters.ts). */
const isNameStart = (word: string): boolean => startsUpper(word) || (word.includes('-') && NAME_START.test(word))
/** A capital then a small letter: `Shi'ite`, not `US`. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u

/** Titles and particles that are never a person's name on their own. */
const NOT_A_NAME = /^(al|el|bin|ibn|abu|de|van|von|der|la|le|da|di|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/i

const SPACE = /\s/g

/** Where the first white space at or after `from` is, or the text's end. */
function spaceFrom(text: string, from: number): number {
  SPACE.lastIndex = from
  // `test` leaves `lastIndex` just past the one-character match, and makes no match array as `exec` does.
  return SPACE.test(text) ? SPACE.lastIndex - 1 : text.length
}

/** A name up to its first white space: `Sami` of `Sami Jasim`. */
function headOf(name: string): string {
  const space = spaceFrom(name, 0)
  return name.slice(0, space)
}

/*
 * One name, one reading per article: every other capitalised occurrence of a name already
 * found becomes a mention of the same type, and each part of a multi-word person's name
 * (`Jasim`, `al-Jaburi`) is that person wherever it stands alone.
 */
function makeConsistent(text: string, words: readonly Word[], given: Candidate[]): Candidate[] {
  const found = personsByPart(given)
  // Each occurrence votes for its type; a gazetteer's word counts more, and so does a part of
  // a person's full name, though not over a name the article uses often as something else.
  // The article's lower-case words, gathered when first asked about: many articles never ask.
  let ordinary: Set<string> | undefined
  const isOrdinary = (word: string): boolean => {
    if (ordinary === undefined) {
      ordinary = new Set<string>()
      for (const w of words) if (startsLower(w.text)) ordinary.add(w.text)
    }
    return ordinary.has(word)
  }
  const votes = new Map<string, Map<EntityType, number>>()
  const vote = (name: string, type: EntityType, weight: number) => {
    const tally = votes.get(name) ?? new Map<EntityType, number>()
    tally.set(type, (tally.get(type) ?? 0) + weight)
    votes.set(name, tally)
  }
  for (const c of found) vote(c.text, c.type, c.hit ? 3 : 1)
  for (const c of found) {
    if (c.type !== 'PERSON' || !c.text.includes(' ')) continue
    // `al-Kadhimi` is also written `Kadhimi`.
    const parts = c.text.split(/\s+/).flatMap((p) => {
      const m = PARTICLE.exec(p)
      return m ? [p, m[1] as string] : [p]
    })
    for (const part of parts) {
      if (NOT_A_NAME.test(part) || !isNameStart(part) || countryByName(part) || isOrdinary(part.toLowerCase())) {
        continue
      }
      vote(part, 'PERSON', 1.5)
    }
  }
  const known = new Map<string, EntityType>()
  for (const [name, tally] of votes) known.set(name, [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] as EntityType)
  const out = found.map((c) => {
    const type = known.get(c.text)
    return !c.hit && type && type !== c.type ? { ...c, type } : c
  })
  // Which characters a mention already covers, so each test is one look rather than a scan.
  const covered = new Uint8Array(text.length + 1)
  const cover = (c: { start: number; end: number }) => covered.fill(1, c.start, c.end)
  for (const c of out) cover(c)
  const taken = (start: number, end: number) => {
    // A loop rather than `subarray(…).includes(1)`, which made a view object per test.
    for (let k = start; k < end; k++) if (covered[k]) return true
    return false
  }
  const longest = Math.max(1, ...[...known.keys()].map((k) => k.split(' ').length))
  // A name that runs past a space starts with one of these; most windows are ruled out by it
  // without cutting their text from the article.
  const heads = new Set([...known.keys()].map(headOf))
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (!isNameStart(w.text)) continue
    const space = spaceFrom(text, w.start)
    const headKnown = heads.has(text.slice(w.start, space))
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1] as Word
      if (last.sentence !== w.sentence || (last.end > space && !headKnown)) continue
      const name = text.slice(w.start, last.end)
      const type = known.get(name)
      if (!type) continue
      // A one-word name the article also writes in lower case (`Harsh`, `harsh`) is not spread.
      if (n === 1 && isOrdinary(w.text.toLowerCase())) continue
      if (!taken(w.start, last.end)) {
        const added = { start: w.start, end: last.end, type, text: name }
        out.push(added)
        cover(added)
        break
      }
    }
  }
  // A nationality or group word the model passed over is still a group (`Shi'ite militias`).
  for (const w of words) {
    if (!startsUpper(w.text) || !CAPITALISED.test(w.text) || taken(w.start, w.end)) continue
    if (countryByDemonym(w.text) || GROUP_WORDS.has(w.text)) {
      const added = { start: w.start, end: w.end, type: 'NORP' as const, text: text.slice(w.start, w.end) }
      out.push(added)
      cover(added)
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}
