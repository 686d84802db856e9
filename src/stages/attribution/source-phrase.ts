import type { Mention, Reference, Token } from '../../doc/layers.js'
import { firstStartingAt } from '../../doc/span.js'
import { countryByDemonym } from '../entities/gazetteer/countries.js'
import { NUMBER_WORDS } from '../values/numbers.js'
import { asksAnonymity, opensAnonymityRequest } from './anonymity.js'
import type { Words } from './noun-phrase.js'

/** What the words of a source phrase say about the source. */
export interface SourceDescription {
  readonly named: boolean | null
  readonly count: number | null
  readonly affiliation: readonly string[]
  readonly role: readonly string[]
  readonly rank: readonly string[]
  /** The entity the phrase names, when a mention is its head. */
  readonly entity?: string
  readonly pronoun: boolean
  readonly definite: boolean
  /** `One of the Iraqi sources`: a member of the group named after `of`. */
  readonly partitive: boolean
  /** `the second Iraqi security source`: a member of an earlier group. */
  readonly ordinal: boolean
  /** `Another`, `A second`: one more of the people last counted, named by no noun of its own. */
  readonly another?: boolean
  /** Token ranges of the conjuncts of a compound phrase (`A ... and two ...`). */
  readonly parts: readonly [number, number][]
  /** Lower-case head noun lemma: `source`, `official`, `government`. */
  readonly head: string
  /** `his lawyer`, `her spokeswoman`: opened by a possessive pronoun. */
  readonly possessive?: boolean
  /** The last proper-name word, for matching surnames (`Pantucci`). */
  readonly surname?: string
  /** Lower-case words before the head that tell bodies of one kind apart: `interior` in `the interior ministry`. */
  readonly modifiers?: readonly string[]
}

/** Counts in source phrases: number words, and `both`, `neither` and `single`. */
// A Map, not an object: a source word such as `constructor` must not find Object's own members.
const NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ ...NUMBER_WORDS, both: 2, neither: 2, single: 1 }),
)
/** What stands between a phrase and a name in apposition: a comma, then capitalised titles at most. */
const APPOSED = /,\s*(?:\p{Lu}[\p{L}.'-]*\s+)*$/u

/** Heads that name people who go unnamed: `a senior source`, `two officials`. */
const ANONYMOUS_HEADS =
  /^(source|official|diplomat|person|people|witness|resident|aide|adviser|advisor|insider|officer|member|expert|analyst|spokesman|spokeswoman|spokesperson|commander|lawmaker|staffer|employee|investigator|executive|observer|activist|worker|negotiator|envoy|minister|politician|representative|lawyer|doctor|medic|guard|soldier|fighter|militant|police|policeman|agent|operative|leader|figure|individual|man|woman|colleague|friend|relative|neighbour|neighbor|associate|participant|attendee|voter|supporter|critic|opponent|survivor|victim|migrant|refugee|passenger|villager|protester|demonstrator|student|teacher|farmer|parent|mother|father|patient|nurse|driver|shopkeeper|trader)$/
/** Offices one person holds at a time: `Malawi's energy minister` is on the record, if unnamed. */
const SINGLE_OFFICES =
  /^(minister|president|premier|mayor|governor|ambassador|chancellor|chairman|chairwoman|chairperson|king|queen)$/

/**
 * `Malawi's energy minister`, `the mayor of Lusaka`: a single office with the place or body that
 * has it names one person, who speaks on the record. Not `a minister`, `two ministers`, `a former
 * president of the club`.
 */
function isOfficeHolder(tokens: readonly Token[], words: Words, a: number, b: number, head: number): boolean {
  if (!SINGLE_OFFICES.test(words[head] ?? '') || /^(a|an|one|some|another)$/.test(words[a] ?? '')) return false
  for (let k = a; k < head; k++) if (words[k] === 'former') return false
  const owner = (k: number) => tokens[k]?.pos === 'PROPN'
  for (let k = a + 1; k < head; k++) if (/^['’]s$/.test(words[k] ?? '') && owner(k - 1)) return true
  const of = head + 1
  return of < b && words[of] === 'of' && (owner(of + 1) || (words[of + 1] === 'the' && owner(of + 2)))
}

/**
 * Heads that name papers, not people: `documents seen by X`, `court filings`. Neither named nor
 * anonymous, and their role says what they are.
 */
const DOCUMENT_HEADS =
  /^(document|documents|filing|filings|record|records|paper|papers|email|emails|memo|memos|letter|letters|minutes|transcript|transcripts|file|files|cable|cables|contract|contracts|invoice|invoices)$/
/** Heads that a party's or movement's name stands before as a modifier: `the Civic Union party`. */
const PARTY_HEADS = /^(party|movement|alliance|coalition|front|bloc)$/
/** Heads that name a body, which is a named source: `the Iraqi government`, `the U.S.-led coalition`. */
const BODY_HEADS =
  /^(government|ministry|military|army|police|coalition|company|court|department|agency|office|committee|council|administration|campaign|state|website|statement|report|party|parliament|cabinet|presidency|embassy|authority|authorities|force|forces|navy|command|group|organisation|organization|commission|bureau|service|union|bank|firm|newspaper|network|board|senate|congress|house|spokesman's office|white house|kremlin|programme|program|tribunal|regime|movement|team)$/
const ROLES: Record<string, string> = {
  security: 'security',
  military: 'military',
  intelligence: 'intelligence',
  official: 'official',
  officials: 'official',
  diplomat: 'diplomat',
  diplomatic: 'diplomat',
  witness: 'witness',
  expert: 'expert',
  analyst: 'expert',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  police: 'police',
  government: 'government',
  medical: 'medical',
  doctor: 'medical',
  aide: 'aide',
  adviser: 'aide',
  advisor: 'aide',
  lawyer: 'legal',
  judicial: 'legal',
  investigator: 'investigator',
  resident: 'resident',
  commander: 'military',
  rebel: 'rebel',
  industry: 'industry',
  trade: 'trade',
  financial: 'finance',
  banking: 'finance',
  energy: 'energy',
  oil: 'energy',
  health: 'health',
  // Office holders and others news quotes by their job.
  minister: 'official',
  secretary: 'official',
  governor: 'official',
  mayor: 'official',
  president: 'official',
  chancellor: 'official',
  premier: 'official',
  ambassador: 'diplomat',
  envoy: 'diplomat',
  prosecutor: 'legal',
  judge: 'legal',
  attorney: 'legal',
  colonel: 'military',
  soldier: 'military',
  lawmaker: 'politician',
  legislator: 'politician',
  senator: 'politician',
  'sen.': 'politician',
  'rep.': 'politician',
  'gov.': 'official',
  congressman: 'politician',
  congresswoman: 'politician',
  economist: 'expert',
  researcher: 'expert',
  scientist: 'expert',
  professor: 'expert',
  activist: 'activist',
  journalist: 'journalist',
  reporter: 'journalist',
  executive: 'executive',
  ceo: 'executive',
  chairman: 'executive',
  chairwoman: 'executive',
  director: 'executive',
  founder: 'executive',
  strategist: 'expert',
  consultant: 'expert',
}
/** ROLES as a Map, which has no inherited keys (`constructor` names no role) and is read twice per word of every source phrase. */
const ROLE_OF = new Map(Object.entries(ROLES))

/** The role a word names. */
function roleOf(word: string): string | undefined {
  return ROLE_OF.get(word)
}

const RANKS =
  /^(senior|high-ranking|top|junior|chief|deputy|high-level|mid-level|low-level|former|veteran|ranking|leading|head)$/
const AFFILIATION_WORDS = /^(regional|local|western|foreign|international|federal|provincial|state|municipal|european)$/
/** Heads that make a compound office of the word before them: `foreign ministry` is no foreign body. */
const OFFICE_COMPOUNDS = /^(ministry|ministries|minister|ministers|office|department|secretary|affairs)$/
const PRONOUNS = /^(he|she|they|them|it|we|us|i|you|who|which|that)$/

/** The mentions of the start-sorted layer lying wholly inside `[start, end)`, found by bisection: a source is read per cue. */
function mentionsWithin(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const inside: Mention[] = []
  for (let i = firstStartingAt(mentions, start); i < mentions.length && (mentions[i] as Mention).start < end; i++) {
    if ((mentions[i] as Mention).end <= end) inside.push(mentions[i] as Mention)
  }
  return inside
}

/**
 * A US lawmaker's party and state after the name (`Sen. Ron Wyden (D-Ore.)`): for a media monitor
 * weighing which side a story quotes, the party is the affiliation that matters.
 */
const PARTY_LABEL = /\((D|R|I)\.?\s?-\s?([A-Z][A-Za-z. ]{0,16})\)/
const PARTIES: Readonly<Record<string, string>> = { D: 'Democrat', R: 'Republican', I: 'independent' }

/** Reads count, naming, affiliation, role and rank from the words of a source phrase. */
export function describeSource(
  text: string,
  tokens: readonly Token[],
  words: Words,
  range: [number, number],
  mentions: readonly Mention[],
): SourceDescription {
  const [a, whole] = range
  // `documents seen by the newspaper`: who saw them is how the claim reached the story, not the source.
  const b = seenBy(tokens, words, a, whole)
  const first = words[a] ?? ''
  const startChar = (tokens[a] as Token).start
  const endChar = (tokens[b - 1] as Token).end
  const inside = mentionsWithin(mentions, startChar, endChar)
  const parts = conjuncts(tokens, words, a, b)
  const affiliation: string[] = []
  const role: string[] = []
  const rank: string[] = []
  const add = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v)
  }
  for (const m of inside) {
    if (m.type === 'NORP' || m.type === 'GPE' || m.type === 'ORG') add(affiliation, text.slice(m.start, m.end))
  }
  const label = PARTY_LABEL.exec(text.slice(startChar, endChar))
  if (label) add(affiliation, `${PARTIES[label[1] as string]} (${(label[2] as string).trim()})`)
  // `Diplomats, speaking on condition of anonymity because they could not brief journalists`:
  // the words of the request describe the rules they speak under, not who they are.
  let described = a + 1
  while (described < b && !opensAnonymityRequest(text, (tokens[described] as Token).start)) described++
  for (let i = a; i < described; i++) {
    const w = words[i] as string
    const t = tokens[i] as Token
    // A plural opening a sentence may be tagged a name and keep its plural as lemma (`Diplomats said`).
    const job =
      roleOf(w) ??
      roleOf(t.lemma) ??
      (w.endsWith('s') ? roleOf(w.slice(0, -1)) : undefined) ??
      (i === a || t.pos === 'NOUN' ? documentOf(t.lemma) : undefined)
    if (job) add(role, job)
    if (RANKS.test(w)) add(rank, w)
    if (AFFILIATION_WORDS.test(w) && t.pos === 'ADJ' && !OFFICE_COMPOUNDS.test(words[i + 1] ?? '')) add(affiliation, w)
    // `U.S.-led coalition`: the compound names its affiliation.
    if (w === 'led' && words[i - 1] === '-')
      add(affiliation, text.slice((tokens[a] as Token).start, t.end).replace(/^the\s+/i, ''))
    // Demonyms the entity stage did not tag: `Iraqi`, `Turkish`, `Kurdish`. Opening a sentence, a
    // word of that shape is capitalised for its place (`Human rights groups`), so only a country's
    // demonym counts there.
    const word = text.slice(t.start, t.end)
    const opensSentence = tokens[i - 1]?.sentence !== t.sentence
    if (
      !inside.length &&
      t.pos !== 'NOUN' &&
      /^[A-Z][a-z]+(?:i|ish|ian|ese|an|ch)$/.test(word) &&
      (!opensSentence || countryByDemonym(word) !== undefined) &&
      i < b - 1
    ) {
      add(affiliation, word)
    }
  }
  // `U.S.` inside `U.S.-led` says nothing more than the compound.
  const shown = affiliation.filter((x) => !affiliation.some((y) => y !== x && y.includes(x)))
  affiliation.splice(0, affiliation.length, ...shown)
  const headIndex = headOf(tokens, words, a, b)
  const headToken = tokens[headIndex] as Token
  // A capitalised common noun opening a sentence is tagged PROPN with its plural as lemma.
  const singular = [headToken.lemma.replace(/s$/, ''), headToken.lemma.replace(/es$/, '')].find((x) =>
    ANONYMOUS_HEADS.test(x),
  )
  const head = headToken.pos === 'PROPN' && singular ? singular : headToken.lemma
  const pronoun = b - a === 1 && PRONOUNS.test(first)
  const modifiers: string[] = []
  for (let i = a; i < headIndex; i++) {
    const w = words[i] as string
    const pos = tokens[i]?.pos
    if ((pos === 'ADJ' || pos === 'NOUN') && !RANKS.test(w) && !affiliation.includes(w)) modifiers.push(w)
  }
  // `One of them, speaking from Sylhet`: a place in a clause set off after the phrase is where the
  // source spoke, not its name (a name in apposition is `appositive`'s, below).
  const person = inside.find(
    (m) =>
      (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE') &&
      !(m.type === 'GPE' && text.slice(startChar, m.start).includes(',')),
  )
  const headMention = inside.find((m) => m.start <= headToken.start && headToken.end <= m.end)
  // `Organisers said`: a plural opening its sentence is capitalised for its place, not as a name.
  const capitalisedForPlace =
    !headMention &&
    tokens[headIndex - 1]?.sentence !== headToken.sentence &&
    /^\p{Lu}\p{Ll}+s$/u.test(text.slice(headToken.start, headToken.end))
  const properHead = headToken.pos === 'PROPN' && head === headToken.lemma && !capitalisedForPlace
  const partitive = first === 'one' && words[a + 1] === 'of'
  const ordinal = /^(first|second|third|fourth|other|another)$/.test(words[a + 1] ?? '') && first === 'the'
  const another =
    (b - a === 1 && first === 'another') ||
    (b - a === 2 && /^(a|another)$/.test(first) && /^(second|third|fourth|fifth|one)$/.test(words[a + 1] ?? ''))
  // `The company's chief executive, John Park,`: a person named in apposition names the source,
  // also behind a rank or title the name does not take in (`A spokesman, Colonel Ali Said`); so
  // does a body (`The ship's manager, Singapore-based Pacific Shipping`).
  const appositive = inside.find(
    (m) =>
      (m.type === 'PERSON' || m.type === 'ORG') && APPOSED.test(text.slice(startChar, m.start)) && m.start > startChar,
  )
  let named: boolean | null
  if (pronoun) named = null
  else if (headMention || appositive || (properHead && person) || (properHead && !ANONYMOUS_HEADS.test(head)))
    named = true
  else if (DOCUMENT_HEADS.test(head)) named = null
  else if (BODY_HEADS.test(head)) named = true
  else if (head === 'source') named = false
  else if (isOfficeHolder(tokens, words, a, b, headIndex)) named = true
  else if (ANONYMOUS_HEADS.test(head))
    named = isPlural(words, headIndex, headToken) && !hasNumber(words, a, b) ? null : false
  else named = person ? true : null
  if (named !== false && !pronoun && asksAnonymity(text.slice(startChar, endChar))) named = false
  const count = pronoun ? null : countOf(tokens, words, parts, named)
  // The last proper noun of the name that heads the phrase: `Dmitry Peskov, the Kremlin
  // spokesman` is Peskov, not Kremlin.
  const surname =
    headToken.pos === 'PROPN'
      ? [...Array(headIndex + 1 - a).keys()]
          .map((k) => a + k)
          .filter((i) => tokens[i]?.pos === 'PROPN')
          .pop()
      : undefined
  // `Zambia's main opposition party`, `the Trump campaign`: a name before a common-noun head
  // says whose body it is (its affiliation), not who speaks.
  // `the Civic Union party`, though, is that party.
  const nameOfHead =
    person && !(headToken.pos === 'NOUN' && person.end <= headToken.start)
      ? person
      : inside.find(
          (m) => m.type === 'ORG' && PARTY_HEADS.test(head) && text.slice(m.end, headToken.start).trim() === '',
        )
  const entity = (headMention ?? appositive ?? (named ? nameOfHead : undefined))?.entity
  return {
    named,
    count,
    affiliation,
    role,
    rank,
    ...(entity ? { entity } : {}),
    pronoun,
    definite: /^(the|these|those|this|that)$/.test(first) || partitive,
    ...(/^(his|her|its|their)$/.test(first) ? { possessive: true } : {}),
    partitive,
    ordinal,
    ...(another ? { another } : {}),
    parts,
    head,
    ...(surname !== undefined && named ? { surname: words[surname] as string } : {}),
    ...(modifiers.length ? { modifiers } : {}),
  }
}

/**
 * `describeSource` for one article, each token range read once: a source phrase is described
 * again as a mention, a conjunct and an antecedent. The descriptions are shared, so not to be changed.
 */
export function sourceDescriber(
  text: string,
  tokens: readonly Token[],
  words: Words,
  mentions: readonly Mention[],
  references: readonly Reference[] = [],
): (range: [number, number]) => SourceDescription {
  const read = new Map<number, SourceDescription>()
  return (range) => {
    const key = range[0] * (tokens.length + 1) + range[1]
    let description = read.get(key)
    if (!description) {
      const described = describeSource(text, tokens, words, range, mentions)
      description = withNominalEntity(described, tokens, range, references, text)
      const apposition = described.named === true && !described.role.length && appositionAfter(tokens, words, range)
      if (apposition) {
        const more = describeSource(text, tokens, words, apposition, mentions)
        description = {
          ...description,
          affiliation: [...description.affiliation, ...more.affiliation],
          role: more.role,
          rank: [...description.rank, ...more.rank],
        }
      }
      read.set(key, description)
    }
    return description
  }
}

/** How far an apposition after a source may run: `managing director at Gulf Advisory`. */
const APPOSITION_REACH = 12

/**
 * `said Ahmed Ali, managing director at Gulf Advisory.`: the phrase set off after a named source,
 * to the clause's end, tells who it is though it is no part of the name. Not a clause (`Ali, who
 * ...`, `Ali, adding ...`) nor a quotation.
 */
function appositionAfter(tokens: readonly Token[], words: Words, [, b]: [number, number]): [number, number] | null {
  const comma = tokens[b]
  if (words[b] !== ',' || !comma) return null
  let end = b + 1
  for (; end < tokens.length && end <= b + APPOSITION_REACH; end++) {
    const t = tokens[end] as Token
    if (t.sentence !== comma.sentence || /^[,.;:]$/.test(words[end] as string)) break
    if (t.pos === 'AUX' || t.pos === 'PRON' || /^["“”'‘’]$/.test(words[end] as string)) return null
    if (t.pos === 'VERB' && !(words[end]?.endsWith('ing') && tokens[end + 1]?.pos === 'NOUN')) return null
  }
  const closed = end < tokens.length && /^[.;]$/.test(words[end] as string)
  return closed && end > b + 1 && end <= b + APPOSITION_REACH ? [b + 1, end] : null
}

/**
 * `the group said`, `the charity said`: a definite phrase that coreference ties to a named body
 * is that body's source, so two such phrases and the name are one source, not three.
 */
function withNominalEntity(
  d: SourceDescription,
  tokens: readonly Token[],
  [a, b]: [number, number],
  references: readonly Reference[],
  text: string,
): SourceDescription {
  if (d.entity || d.pronoun) return d
  const start = (tokens[a] as Token).start
  const end = (tokens[b - 1] as Token).end
  if (d.definite && d.named !== false && b - a <= 3) {
    const nominal = references.find((r) => r.kind === 'nominal' && r.entity && r.start >= start && r.end <= end)
    return nominal?.entity ? { ...d, entity: nominal.entity, named: true, count: 1 } : d
  }
  return withLedePerson(d, start, end, references, text)
}

/** Heads that unnamed sourcing uses, whom the next person named is seldom: `a senior official`. */
const SOURCING_HEADS =
  /^(source|official|diplomat|insider|aide|adviser|advisor|person|people|officer|spokes(?:man|woman|person))$/

/*
 * `A rights activist who went missing last week said C. ... "D," Jane Doe told reporters`: the
 * lede's description that coreference gave to the person named next is that person, a named
 * source. Not for the heads of unnamed sourcing, nor where the phrase asks for anonymity.
 */
function withLedePerson(
  d: SourceDescription,
  start: number,
  end: number,
  references: readonly Reference[],
  text: string,
): SourceDescription {
  if (d.definite || d.count !== 1 || SOURCING_HEADS.test(d.head) || asksAnonymity(text.slice(start, end))) return d
  const lede = references.find((r) => r.kind === 'nominal' && r.entity && r.start === start && r.end <= end)
  return lede?.entity ? { ...d, entity: lede.entity, named: true } : d
}

/** Splits `A senior regional source and two Iraqi sources` at the `and` between two phrases. */
function conjuncts(tokens: readonly Token[], words: Words, a: number, b: number): [number, number][] {
  const parts: [number, number][] = []
  let start = a
  for (let i = a + 1; i < b - 1; i++) {
    if (words[i] !== 'and') continue
    const left = tokens[i - 1]
    const right = words[i + 1] ?? ''
    if (left && (left.pos === 'NOUN' || left.pos === 'PROPN') && (NUMBERS.has(right) || /^(the|an?)$/.test(right))) {
      parts.push([start, i])
      start = i + 1
    }
  }
  parts.push([start, b])
  return parts
}

/** The head noun: the last noun before any `of`, `in`, `close to` tail. */
/** The end of a source phrase before a participle with its agent (`documents seen by X`), else `b`. */
function seenBy(tokens: readonly Token[], words: Words, a: number, b: number): number {
  for (let i = a + 1; i < b - 1; i++) {
    if (words[i + 1] === 'by' && tokens[i]?.pos === 'VERB' && /(ed|en)$/.test(words[i] as string)) return i
  }
  return b
}

function documentOf(lemma: string): string | undefined {
  return DOCUMENT_HEADS.test(lemma) ? 'document' : undefined
}

function headOf(tokens: readonly Token[], words: Words, a: number, b: number): number {
  const partitive = words[a] === 'one' && words[a + 1] === 'of'
  let head = a
  let found = false
  for (let i = partitive ? a + 2 : a; i < b; i++) {
    const t = tokens[i] as Token
    if (i > a && (t.pos === 'ADP' || words[i] === 'close' || words[i] === ',') && found) break
    if (/^(NOUN|PROPN|PRON|NUM)$/.test(t.pos)) {
      head = i
      found = true
    }
  }
  return head
}

function isPlural(words: Words, i: number, t: Token): boolean {
  const w = words[i] as string
  return (w !== t.lemma || t.pos === 'PROPN') && /[^s]s$/.test(w) && !/(ss|us|is)$/.test(w)
}

function hasNumber(words: Words, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (NUMBERS.has(words[i] as string) || /^\d+$/.test(words[i] as string)) return true
  return false
}

/** `three security sources` -> 3, `A ... source and two ... sources` -> 3, `officials` -> null. */
function countOf(
  tokens: readonly Token[],
  words: Words,
  parts: readonly [number, number][],
  named: boolean | null,
): number | null {
  let total = 0
  for (const [a, b] of parts) {
    const first = words[a] as string
    if (first === 'one' && words[a + 1] === 'of') {
      total += 1
      continue
    }
    let n: number | null = null
    for (let i = a; i < Math.min(b, a + 3); i++) {
      const w = words[i] as string
      // `Otieno, 61,`: an age set off by commas counts nobody.
      if (words[i - 1] === ',' && i > a) break
      if (NUMBERS.has(w)) n = NUMBERS.get(w) as number
      else if (/^\d+$/.test(w)) n = Number(w)
      if (n !== null) break
    }
    const head = headOf(tokens, words, a, b)
    const headToken = tokens[head] as Token
    if (/^(all|many|most|some|several|others|few|everyone|everybody|none)$/.test(words[head] as string)) return null
    if (n === null && !isPlural(words, head, headToken)) n = 1
    if (n === null && named === true && parts.length === 1) n = 1
    if (n === null) return null
    total += n
  }
  return total
}
