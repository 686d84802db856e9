import type { Argument, Attribution, Modality, TimeExpression, Token } from '../../doc/layers.js'
import { firstCoveringEachToken, lowerBound, type Span } from '../../doc/span.js'
import { AID_MODES, FORMS, MOBILIZE_MODES } from './lexicon.js'
import { isPast, nounModality, verbModality } from './modality.js'
import type { Phrase, TokenView } from './phrases.js'
import type { ResolvedArgument, Resolver } from './resolve.js'
import { figureStartAfterBound, type TriggerHit } from './triggers.js'

/** Units of time that, with `later` or `earlier` after them, say when, not where. */
const LAPSES = /^(seconds|minutes|hours|days|weeks|months|years|moments)$/

/** One trigger read in its clause: the arguments, time and modality of that one report. */
export interface Report {
  readonly hit: TriggerHit
  readonly trigger: Span
  /** The entry's mode, refined by what is moved or given: `deployed police` -> police. */
  readonly mode: string | null
  readonly actors: ResolvedArgument[]
  readonly targets: ResolvedArgument[]
  readonly place: Argument[]
  /** A time expression in the trigger's own clause. */
  readonly time: TimeExpression | null
  readonly modality: Modality
  /** Past tense, or a noun for something that happened: the event precedes publication. */
  readonly past: boolean
  /** Token indices `[start, end)` of the trigger's clause to its right. */
  readonly right: Phrase
  readonly sentence: number
  /** A definite event noun with nothing of its own (`condemned the attack`): it refers back. */
  readonly anaphoric?: boolean
  /** A toll over a stretch of time (`has killed 9,000 since 2022`), not one happening. */
  readonly cumulative?: boolean
  /** Noun triggers folded into this verb's report (`killed during a raid`). */
  readonly absorbed?: readonly Span[]
}

/** Verbs of dying: who died in an attack is hit by it. */
const DYING = new Set(['die', 'perish'])

/** Verbs that say when or where a happening happened: `the raid occurred at dawn`. */
const OCCURRING = new Set(['happen', 'occur', 'unfold', 'take'])

/** Verbs that charge the one named after them with a deed (`accused Y of shelling`). */
const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame', 'suspect', 'charge'])

/** Prepositions that also open a clause: `after Poland accused Minsk`. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'because', 'while', 'as'])

/** `X helped Y capture Z`: Y is the actor of the second verb. */
const CAUSE = new Set(['help', 'allow', 'enable', 'order', 'force', 'let', 'urge', 'ask', 'assist', 'authorize'])
/** `X tried to capture Z`: X is the actor of the second verb. */
const CONTROL = new Set([
  'try',
  'seek',
  'attempt',
  'plan',
  'want',
  'vow',
  'threaten',
  'aim',
  'prepare',
  'intend',
  'expect',
  'schedule',
  'set',
])
/** Verbs that ask someone to act (`urged the rebels to`); the one asked does the act, if at all. */
const ASKING = new Set(['urge', 'ask', 'beg', 'implore', 'press', 'order', 'tell', 'command', 'instruct'])
/** Verbs that ask through a preposition (`pleaded with X to`, `called on X to`, `appealed to X to`). */
const APPEALING = new Set(['plead', 'call', 'appeal', 'beg', 'press', 'prevail'])
const APPEALED = new Set(['with', 'on', 'upon', 'to'])
/** `was expected to visit`, `is scheduled to meet`: a visit in the diary is planned, not yet made. */
const PLANNING = new Set([
  'plan',
  'vow',
  'threaten',
  'aim',
  'prepare',
  'intend',
  'want',
  'seek',
  'expect',
  'schedule',
  'set',
])
/** Adjectives before an infinitive that put its act in the future: `is due to meet`. */
const PLANNED_ADJECTIVES = new Set(['due', 'set', 'poised', 'scheduled', 'expected'])
const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'at',
  'inside',
  'outside',
  'into',
  'across',
  'to',
  'through',
  'around',
])
/** The preposition of who receives aid: `drones to Russia`. */
const RECIPIENT = 'to'
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'dead'])
/** Nouns whose owner undergoes the event: `his capture`, `her killing`. */
const PATIENT_TYPES = new Set(['COERCE', 'ASSAULT', 'SANCTION'])
const BE = new Set(['be'])
/** Nouns whose `of` phrase names who does it rather than who undergoes it. */
const OF_ACTOR_TYPES = new Set(['RETREAT', 'PROTEST', 'MOBILIZE'])
/** Verbs that lend their subject to the event noun they take: `imposed sanctions`. */
const LIGHT = new Set([
  'impose',
  'launch',
  'carry',
  'conduct',
  'stage',
  'mount',
  'hold',
  'order',
  'announce',
  'make',
  'begin',
  'open',
  'start',
  // `Norway sent aid to Gaza`, `the bank provided loans`.
  'send',
  'provide',
  'deliver',
  // `the party would file a petition`, `Japan offered aid`.
  'file',
  'lodge',
  'submit',
  'offer',
])

/** What harms without being the one who harms: `injured by stones`, `a bomb killed two`. */
const INSTRUMENTS = new Set([
  'stone',
  'rock',
  'bullet',
  'shrapnel',
  'gunfire',
  'fire',
  'blast',
  'explosion',
  'bomb',
  'grenade',
  'shell',
  'rocket',
  'missile',
  'drone',
  'mortar',
  'artillery',
  'projectile',
  'mine',
  'debris',
  'glass',
  'gas',
  'knife',
  'baton',
  'club',
  'car',
  'vehicle',
  'truck',
  // The attack itself, as subject of a headline verb (`Israeli strike kills aid workers`).
  'strike',
  'airstrike',
  'attack',
  'raid',
  'shelling',
  'bombing',
])

/**
 * Whether an actor phrase names the means, not a doer. Such actors still join the reports of one
 * event (`A bomb hit a bus, killing five`), but are no actor of it.
 */
export const isInstrument = (a: ResolvedArgument): boolean => a.entity === null && INSTRUMENTS.has(a.head)

/** After a riot weapon used, where the ones it was used on follow: `on X`, `against X`, `to disperse X`. */
function isUsedOn(v: TokenView, j: number): boolean {
  const w = v.word(j)
  if (w === 'on' || w === 'against') return true
  return w === 'to' && /^(disperse|scatter|break|clear|repel|push)$/.test(v.lemma(j + 1))
}

/** Verbs whose `at X` names what they hit: `fired at the crowd`, `shot at a patrol`. */
const AIMED = new Set(['fire', 'shoot'])
const isAimed = (v: TokenView, i: number) => AIMED.has(FORMS.get(v.word(i)) ?? v.lemma(i))

/** The mode named by the thing moved or given (`deployed police`, `sent food`), else the entry's. */
function refineMode(hit: TriggerHit, targets: readonly ResolvedArgument[], v: TokenView): string | null {
  const table = hit.entry.type === 'MOBILIZE' ? MOBILIZE_MODES : hit.entry.type === 'AID' ? AID_MODES : null
  if (!table) return hit.entry.mode
  for (let i = hit.end - 1; i >= hit.first; i--) {
    const mode = table.get(v.lemma(i))
    if (mode) return mode
  }
  for (const t of targets) {
    const mode = table.get(t.head)
    if (mode) return mode
  }
  return hit.entry.mode
}

/** Reads the arguments, time and modality of each trigger from its clause. */
export class ArgumentReader {
  constructor(
    readonly view: TokenView,
    readonly resolver: Resolver,
    readonly times: readonly TimeExpression[],
    readonly attributions: readonly Attribution[] = [],
  ) {}

  read(hit: TriggerHit): Report {
    const v = this.view
    const first = v.tokens[hit.first] as Token
    const last = v.tokens[hit.end - 1] as Token
    const trigger = { start: first.start, end: last.end }
    // `An air strike hit a market in X on Monday`: a noun that is the subject of a plain verb
    // takes that verb's object, places and time.
    const carrier = hit.form === 'noun' ? this.carrierVerb(hit) : -1
    const from = carrier >= 0 ? carrier + 1 : hit.end
    const rightEnd = v.clauseEnd(from)
    const right = { start: from, end: rightEnd }
    const actors: ResolvedArgument[] = []
    const targets: ResolvedArgument[] = []
    let modality: Modality = 'asserted'
    let died = false

    if (hit.form === 'verb') {
      const subject = this.subjectOf(hit)
      if (subject.planned) modality = 'planned'
      if (subject.requested) modality = 'hypothetical'
      if (subject.phrase && !this.timeAt(subject.phrase.end - 1)) {
        ;(hit.passive ? targets : actors).push(this.resolver.phrase(subject.phrase))
      }
      if (!hit.passive) {
        let j = hit.end
        while (PARTICLES.has(v.word(j)) && j < rightEnd) j++
        // `pleaded with the gunmen`, `called on the army`: the one appealed to is the target.
        if (APPEALED.has(v.word(j)) && APPEALING.has(v.lemma(hit.end - 1)) && j < rightEnd) j++
        const figure = figureStartAfterBound(v, j)
        const counted = figure > j ? this.np(figure) : null
        const object = counted ? { ...counted, start: j } : j < rightEnd && !this.timeAt(j) ? this.np(j) : null
        if (object) targets.push(this.resolver.phrase(this.renamed(object)))
      }
      modality = verbModality(v, hit.group, hit.first, modality)
    } else {
      this.lightVerb = -1
      died = this.readNominal(hit, actors, targets)
      if (carrier >= 0) {
        const object = this.np(carrier + 1)
        if (object && !this.timeAt(carrier + 1)) targets.push(this.resolver.phrase(object))
      }
      modality = nounModality(v, hit.first)
      // `would file a petition`, `will impose sanctions`: the light verb's auxiliaries are the noun's.
      if (this.lightVerb >= 0 && modality === 'asserted')
        modality = verbModality(v, this.groupOf(this.lightVerb), this.lightVerb, modality)
    }

    const accused = this.accusedOf(hit)
    if (accused && !actors.length) actors.push(this.resolver.phrase(accused))
    this.readPrepositions(hit, right, actors, targets)
    // `supplying drones to Russia`, `sent aid to Gaza`: what is given goes to a recipient, not a place.
    const place = this.placesIn(right, hit.entry.type === 'AID' ? RECIPIENT : undefined)
    const left = hit.form === 'verb' ? { start: v.clauseStart(hit.first, hit.group), end: hit.group } : null
    const time = this.timeIn(right) ?? this.timeIn(this.purposeAfter(right)) ?? (left ? this.frontedTime(left) : null)
    const sentence = v.sentenceOf(hit.first)
    // `seized the commander`: a person seized is arrested (or held), not goods confiscated.
    const seizedPerson =
      hit.entry.mode === 'seize' &&
      targets.some((t) => t.entity && this.resolver.entities.get(t.entity)?.type === 'PERSON')
    const mode = seizedPerson ? 'arrest' : refineMode(hit, targets, v)
    const people = (list: ResolvedArgument[]) => list.filter((a) => !this.isTime(a.arg))
    // `the kidnapping happened on Friday`: a place or time told by a verb of occurring still
    // leaves the definite noun referring back, to the happening whose time it gives.
    const occurring = carrier >= 0 && OCCURRING.has(v.lemma(v.word(carrier) === 'place' ? carrier - 1 : carrier))
    const bare = !actors.length && (died || !targets.length) && (occurring || (!place.length && !time))
    return {
      ...(bare && hit.form === 'noun' && this.isDefinite(hit.first) ? { anaphoric: true } : {}),
      ...(time && v.word(lowerBound(v.tokens, time.start) - 1) === 'since' ? { cumulative: true } : {}),
      hit,
      trigger,
      mode,
      actors: people(actors),
      targets: people(targets),
      place,
      time,
      modality,
      // `If convicted`: a condition's past participle tells of nothing done.
      past: modality !== 'hypothetical' && isPast(v, hit),
      right,
      sentence,
    }
  }

  /** `the attack`, `this deadly raid`: a noun group opened by a definite determiner. */
  private isDefinite(noun: number): boolean {
    const v = this.view
    let k = noun - 1
    while (k >= 0 && v.pos(k) === 'ADJ') k--
    return /^(the|this|that)$/.test(v.word(k))
  }

  /** `last week` read as a phrase is a time, never an actor or a target. */
  private isTime(span: Span): boolean {
    return this.times.some((t) => t.start <= span.start && span.end <= t.end)
  }

  /** The subject of a verb trigger, through relative pronouns and infinitival chains. */
  /** `accused Y of shelling the farms`, `blamed Y for the raid`: the one accused is said to have done it. */
  private accusedOf(hit: TriggerHit): Phrase | null {
    const v = this.view
    let k = hit.first - 1
    while (k > 0 && /^(DET|ADJ|NUM)$/.test(v.pos(k))) k--
    if (!/^(of|for)$/.test(v.word(k))) return null
    const phrase = v.phraseEndingAt(k - 1)
    return phrase && ACCUSING.has(v.lemma(phrase.start - 1)) ? phrase : null
  }

  private subjectOf(hit: TriggerHit): { phrase: Phrase | null; planned: boolean; requested?: boolean } {
    const v = this.view
    let k = hit.group - 1
    if (hit.reducedRelative) {
      if (v.word(k) === ',') k--
      return { phrase: v.phraseEndingAt(k), planned: false }
    }
    // `..., killing 12 people`: a participle clause does what its main clause's subject did. After
    // a reported clause that is the clause reported (`said the tanker collided with a boat,
    // injuring two`): an event trigger is never the saying's own continuation, as `adding` is.
    if (v.word(k) === ',' && v.word(hit.first).endsWith('ing'))
      return { phrase: this.earlierSubject(k, false), planned: false }
    if (v.word(k) === ',') return { phrase: this.appositiveSubject(k), planned: false }
    if (v.isRelative(k)) {
      k--
      if (v.word(k) === ',') k--
      return { phrase: v.phraseEndingAt(k), planned: false }
    }
    const direct = v.phraseEndingAt(k)
    // A phrase after a preposition is no subject: `rallied in Bamako to demand` (the rallying
    // crowd demands), `a reporter kidnapped by militants last year has been freed` (the reporter).
    // (`officers killing people`: a participle right after a phrase is done by it.)
    const participle = v.word(hit.first).endsWith('ing') && hit.group === hit.first
    // `after Poland accused Minsk`: a preposition that opens a clause governs no phrase.
    const opensClause = SUBORDINATORS.has(v.word(direct ? direct.start - 1 : -1)) && v.word(hit.group) !== 'to'
    const governed =
      direct &&
      !participle &&
      !opensClause &&
      (v.pos(direct.start - 1) === 'ADP' || v.word(direct.start - 1) === 'to' || this.timeAt(direct.end - 1))
    // `stood ready to help`, `was quick to arrest`, `do everything necessary to help`: an
    // adjective before the infinitive says how the subject of its clause acts.
    if (direct && v.word(hit.group) === 'to' && v.pos(direct.end - 1) === 'ADJ')
      return { phrase: this.subjectBefore(direct.start), planned: PLANNED_ADJECTIVES.has(v.word(direct.end - 1)) }
    if (direct && governed) {
      const infinitive = v.word(hit.group) === 'to'
      // `pleaded with the gunmen to free them`, `called on the army to withdraw`: the one appealed
      // to is asked to act, and has not yet.
      if (infinitive && APPEALED.has(v.word(direct.start - 1)) && APPEALING.has(v.lemma(direct.start - 2)))
        return { phrase: direct, planned: false, requested: true }
      return {
        phrase: infinitive ? this.earlierSubject(direct.start) : this.clauseInitial(direct.start),
        planned: false,
      }
    }
    // `urged the rebels to free them`: the rebels are asked, not said, to free them.
    if (direct && v.word(hit.group) === 'to' && ASKING.has(v.lemma(direct.start - 1)))
      return { phrase: direct, planned: false, requested: true }
    if (direct) return { phrase: direct, planned: false }
    // `X helped capture Z`, `X tried to capture Z`: the subject of the governing verb.
    if (v.pos(k) === 'VERB' && (CONTROL.has(v.lemma(k)) || CAUSE.has(v.lemma(k)))) {
      const group = this.groupOf(k)
      const outer = v.phraseEndingAt(group - 1)
      return { phrase: outer, planned: PLANNING.has(v.lemma(k)) }
    }
    // `X holds sway, having sent in troops`, `X sent troops and backs rebels`: the subject of
    // the clause this one hangs on.
    if (v.word(k) === 'having' || v.pos(k) === 'CCONJ' || v.word(hit.first).endsWith('ing')) {
      return { phrase: this.earlierSubject(k), planned: false }
    }
    return { phrase: null, planned: false }
  }

  /**
   * `The suspect, Abu Omar al-Shami, was caught` and `Valcu, 58, was arrested`: a subject set off by
   * an appositive, when both stand between the clause's opening and the comma before the verb. The
   * one that names (`Abu Omar al-Shami`, `Valcu`) is the subject; an age or a title is not.
   */
  private appositiveSubject(comma: number): Phrase | null {
    const v = this.view
    const inner = v.phraseEndingAt(comma - 1)
    if (!inner || v.word(inner.start - 1) !== ',') return this.subjectBeforeRelative(comma)
    const outer = v.phraseEndingAt(inner.start - 2)
    if (!outer) return null
    const before = outer.start - 1
    const opens = v.sentenceOf(before) !== v.sentenceOf(outer.start) || v.isClauseBoundary(before)
    if (!opens) return null
    const names = (p: Phrase) => {
      for (let k = p.start; k < p.end; k++) if (v.pos(k) === 'PROPN') return true
      return false
    }
    return names(inner) && !names(outer) ? inner : outer
  }

  /** `Egypt and Qatar, which have been mediating talks, condemned`: the phrase before the relative clause. */
  private subjectBeforeRelative(comma: number): Phrase | null {
    const v = this.view
    for (let k = comma - 1; k > 0 && k > comma - 16 && v.sentenceOf(k) === v.sentenceOf(comma); k--) {
      if (v.word(k) !== ',') continue
      if (!/^(who|which|whose)$/.test(v.word(k + 1))) return null
      const subject = v.phraseEndingAt(k - 1)
      if (!subject) return null
      const before = subject.start - 1
      const opens = v.sentenceOf(before) !== v.sentenceOf(subject.start) || v.isClauseBoundary(before)
      return opens || v.pos(before) === 'VERB' ? subject : null
    }
    return null
  }

  /** `a senior commander, Abu Omar al-Shami,`: the name after an object that renames it. */
  private renamed(object: Phrase): Phrase {
    const v = this.view
    const end = v.word(object.end) === ',' ? v.appositiveNameEnd(object.end) : -1
    return end < 0 ? object : { start: object.end + 1, end }
  }

  /** The plain verb right after a noun trigger that opens its clause, or -1. */
  private carrierVerb(hit: TriggerHit): number {
    const v = this.view
    const k = hit.end
    const w = v.word(k)
    if (v.pos(k) !== 'VERB' || w.endsWith('ing') || v.sentenceOf(k) !== v.sentenceOf(hit.first)) return -1
    // `said the arrest happened on Thursday`, `the attack took place in X`: a verb of occurring
    // gives its noun's time and place wherever the noun stands, and no object.
    if (v.lemma(k) === 'take' && v.word(k + 1) === 'place') return k + 1
    if (OCCURRING.has(v.lemma(k)) && v.lemma(k) !== 'take') return k
    const np = v.phraseEndingAt(hit.end - 1)
    let before = (np ? np.start : hit.first) - 1
    // `Heavy shelling hit`: the tagger, reading the noun as a verb, gives no phrase to it.
    while (
      !np &&
      before >= 0 &&
      v.sentenceOf(before) === v.sentenceOf(k) &&
      /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(v.pos(before))
    )
      before--
    // `Residents said Russian shelling hit the town`: a noun phrase and a verb straight after a
    // verb are a clause of their own.
    const opens =
      v.sentenceOf(before) !== v.sentenceOf(k) ||
      v.isClauseBoundary(before) ||
      v.word(before) === '-' ||
      v.pos(before) === 'VERB'
    return opens ? k : -1
  }

  /** The noun phrase at `i`, cut before a time expression (`militants last year`). */
  private np(i: number): Phrase | null {
    const v = this.view
    const found = v.phraseAt(i)
    if (!found) return null
    // `30 of 42 drones`, `12 of the 40 protesters`: a figure out of a whole.
    const whole = found.end === found.start + 1 && v.pos(found.start) === 'NUM' && v.word(found.end) === 'of'
    const of = whole ? v.phraseAt(found.end + 1) : null
    const p = of ? { start: found.start, end: of.end } : found
    // `The arrest came two weeks after the attack`: a lapse before `after` says when, and is no target.
    if (this.isLapse(p) && /^(after|before|later|earlier|ago)$/.test(v.word(p.end))) return null
    // `Izmail overnight`: wire copy's `overnight` is a time, though no date can be given it.
    for (let j = p.start + 1; j < p.end; j++)
      if (this.timeAt(j) || v.word(j) === 'overnight') return { start: p.start, end: j }
    // `25 people early on Saturday`: the part of the day goes with the time after it.
    if (p.end - p.start > 1 && /^(early|late)$/.test(v.word(p.end - 1)) && this.timeAt(p.end + 1))
      return this.throughName({ start: p.start, end: p.end - 1 })
    return this.throughName(p)
  }

  /** A phrase the tagger cut inside a name (`Northline` of `Northline Shipping`) runs to the name's end. */
  private throughName(p: Phrase): Phrase {
    const tokens = this.view.tokens
    const mention = this.resolver.mentionCovering(tokens[p.end - 1] as Token)
    let end = p.end
    while (mention && end < tokens.length && (tokens[end] as Token).end <= mention.end) end++
    return end === p.end ? p : { start: p.start, end }
  }

  /** The noun phrase that opens the clause holding token `i`, past any modifiers after it. */
  private clauseInitial(i: number): Phrase | null {
    const v = this.view
    const s = v.sentenceOf(i)
    let j = i - 1
    while (j >= 0 && v.sentenceOf(j) === s && !v.isClauseBoundary(j) && v.word(j) !== '-' && v.word(j) !== ',') j--
    return v.phraseAt(j + 1)
  }

  /** The subject of the nearest earlier finite verb in the sentence that has one. */
  private earlierSubject(from: number, pastReport = true): Phrase | null {
    const v = this.view
    const s = v.sentenceOf(from)
    for (let j = (pastReport ? this.beforeReportedClause(from) : from) - 1; j >= 0 && v.sentenceOf(j) === s; j--) {
      if (v.pos(j) !== 'VERB' || v.word(j).endsWith('ing') || v.word(j - 1) === 'having') continue
      if (v.isNominal(j)) continue
      const p = v.phraseEndingAt(this.groupOf(j) - 1)
      // `The court on Thursday upheld the ban, rejecting ...`: a time before that verb is no
      // subject; the clause's first phrase is.
      if (p && this.timeAt(p.end - 1) && v.pos(p.start - 1) === 'ADP') return this.clauseInitial(p.start - 1)
      if (p) return p
    }
    return null
  }

  /**
   * `The minister has said the bill is needed and rejected comparisons`: a verb joined right after
   * a reported clause is joined to the saying, so its subject is looked for before the cue, not
   * inside what was said: the search starts after the cue's last word. Where nothing was
   * reported, at `from` itself.
   */
  private beforeReportedClause(from: number): number {
    const v = this.view
    const token = v.tokens[from]
    if (!token) return from
    const at = token.start
    const saying = this.attributions.find(
      (a) => a.content && a.cue.end <= a.content.start && a.content.end <= at && at - a.content.end <= 2,
    )
    return saying ? lowerBound(v.tokens, saying.cue.end - 1) + 1 : from
  }

  /** The phrase before the verb group ending at `i - 1`: `The army` of `The army was quick`. */
  private subjectBefore(i: number): Phrase | null {
    const v = this.view
    let j = i - 1
    while (j >= 0 && v.sentenceOf(j) === v.sentenceOf(i) && /^(VERB|AUX|ADV|PART)$/.test(v.pos(j))) j--
    return j < i - 1 ? v.phraseEndingAt(j) : null
  }

  private groupOf(i: number): number {
    const v = this.view
    let j = i
    while (j - 1 >= 0 && (v.pos(j - 1) === 'AUX' || v.pos(j - 1) === 'ADV')) j--
    return j
  }

  /**
   * `his capture`, `Jasim's arrest`, `a U.S. raid`, `the killing of X`, `sanctions on X`. Returns
   * whether the targets are only those who died in it, which leave a definite noun referring back.
   */
  private readNominal(hit: TriggerHit, actors: ResolvedArgument[], targets: ResolvedArgument[]): boolean {
    const v = this.view
    const patient = PATIENT_TYPES.has(hit.entry.type)
    let k = hit.first - 1
    while (k >= 0 && v.pos(k) === 'ADJ') k--
    if (v.isPossessive(k)) {
      ;(patient ? targets : actors).push(this.resolver.phrase({ start: k, end: k + 1 }))
      return false
    }
    if (v.isGenitive(k)) {
      const owner = v.phraseEndingAt(k - 1)
      if (owner) (patient ? targets : actors).push(this.resolver.phrase(owner))
      return false
    }
    // Names before the noun inside its phrase act: `a U.S. raid`, `Turkish airstrikes`.
    const np = v.phraseEndingAt(hit.first - 1)
    // `X imposed sanctions`, `X carried out an attack`: the light verb's subject acts.
    let light = (np ? np.start : hit.first) - 1
    // `opened an investigation`, `launched a wide probe`: past the article and adjectives.
    while (light > 0 && (v.pos(light) === 'DET' || v.pos(light) === 'ADJ')) light--
    if (v.word(light) === 'out' && v.lemma(light - 1) === 'carry') light--
    if (v.pos(light) === 'VERB' && LIGHT.has(v.lemma(light))) {
      // `Workers in Nairobi held a protest`: a phrase after a preposition is no subject; the
      // clause's first phrase is.
      const nearest = v.phraseEndingAt(this.groupOf(light) - 1)
      const subject = nearest && v.pos(nearest.start - 1) === 'ADP' ? this.clauseInitial(nearest.start - 1) : nearest
      if (subject) actors.push(this.resolver.phrase(subject))
      this.lightVerb = light
    }
    // `Boeing is in advanced talks`, `the two sides were in negotiations`: who is in them holds them.
    let within = hit.first - 1
    while (within > 0 && (v.pos(within) === 'ADJ' || v.word(within).endsWith('ed'))) within--
    if (v.word(within) === 'in') {
      // ... and a headline's `Boeing in talks to buy ...`, with no verb.
      const be = v.lemma(within - 1) === 'be'
      const subject = v.phraseEndingAt(be ? this.groupOf(within - 1) - 1 : within - 1)
      const opening = subject !== null && v.sentenceOf(subject.start - 1) !== v.sentenceOf(subject.start)
      if (subject && (be || opening)) actors.push(this.resolver.phrase(subject))
    }
    // `clashes between police and protesters`: both sides act.
    if (v.word(hit.end) === 'between') {
      const first = this.np(hit.end + 1)
      const and = first ? this.andAfter(first.end) : -1
      const second = and >= 0 ? this.np(and + 1) : null
      for (const side of [first, second]) if (side) actors.push(this.resolver.phrase(side))
    }
    // `three soldiers died in the attack`: those who died in an attack are its victims.
    let died = false
    if (hit.entry.type === 'ASSAULT' && !targets.length) {
      let p = hit.first - 1
      while (p > 0 && /^(DET|ADJ|NUM)$/.test(v.pos(p))) p--
      if (/^(in|during|amid)$/.test(v.word(p)) && DYING.has(v.lemma(p - 1)) && v.pos(p - 1) === 'VERB') {
        const dead = v.phraseEndingAt(this.groupOf(p - 1) - 1)
        if (dead) targets.push(this.resolver.phrase(dead))
        died = !!dead
      }
    }
    if (np) {
      const span = this.resolver.spanOf(np)
      const named = this.resolver.mentionsIn(span).filter((m) => this.resolver.canAct(m))
      const lastName = named[named.length - 1]
      if (lastName) actors.push(this.resolver.phrase(this.phraseOfSpan(lastName)))
    }
    return died
  }

  /** The `and` at `i`, or after a comma-set insertion there (`Iraq, from where ..., and Turkey`); else -1. */
  private andAfter(i: number): number {
    const v = this.view
    if (v.word(i) === 'and') return i
    if (v.word(i) !== ',') return -1
    for (let k = i + 1; k < i + 16 && v.sentenceOf(k) === v.sentenceOf(i); k++)
      if (v.word(k) === ',') return v.word(k + 1) === 'and' ? k + 1 : -1
    return -1
  }

  private phraseOfSpan(span: Span): Phrase {
    const v = this.view
    const start = lowerBound(v.tokens, span.start)
    let end = start
    while (end < v.tokens.length && (v.tokens[end] as Token).start < span.end) end++
    return { start, end: Math.max(end, start + 1) }
  }

  /** `by X`, `with help from X`, `of X`, `on X` to the right of the trigger. */
  private readPrepositions(hit: TriggerHit, right: Phrase, actors: ResolvedArgument[], targets: ResolvedArgument[]) {
    const v = this.view
    for (let j = right.start; j < right.end; j++) {
      const w = v.word(j)
      if (w === 'by' && (hit.passive || hit.form === 'noun')) {
        const p = this.np(j + 1)
        if (p && !this.timeAt(j + 1)) actors.push(this.resolver.phrase(p))
      } else if (w === 'with' && v.lemma(j + 1) === 'help' && v.word(j + 2) === 'from') {
        const p = this.np(j + 3)
        if (p) actors.push(this.resolver.phrase(p))
      } else if (w === 'with' && v.word(j + 1) === 'the' && v.lemma(j + 2) === 'help' && v.word(j + 3) === 'of') {
        const p = this.np(j + 4)
        if (p) actors.push(this.resolver.phrase(p))
      } else if (hit.form === 'verb' && v.lemma(hit.first) === 'use' && !targets.length && isUsedOn(v, j)) {
        // `used tear gas on the crowd`, `used water cannon to disperse protesters`.
        const p = this.np(w === 'to' ? j + 2 : j + 1)
        if (p && !this.timeAt(j + 1) && !this.resolver.place(p)) targets.push(this.resolver.phrase(p))
      } else if (w === 'with' && hit.entry.type === 'CONSULT' && j === right.start && !targets.length) {
        // `talks with the IMF`, `met with Qatar's emir`: the other side.
        const p = this.np(j + 1)
        if (p && !this.timeAt(j + 1)) targets.push(this.resolver.phrase(p))
      } else if (w === RECIPIENT && hit.entry.type === 'AID' && v.pos(j) === 'ADP') {
        const p = this.np(j + 1)
        if (p && !this.timeAt(j + 1)) targets.push(this.resolver.phrase(p))
      } else if (w === 'at' && hit.form === 'verb' && isAimed(v, hit.first) && !targets.length) {
        // `fired rubber bullets at the crowd`, `shot at a patrol`: what is aimed at is hit.
        const p = this.np(j + 1)
        if (p && !this.timeAt(j + 1) && !this.resolver.place(p)) targets.push(this.resolver.phrase(p))
      } else if (hit.form === 'noun' && j === right.start && w === 'into' && hit.entry.mode === 'investigate') {
        // `an investigation into the company`: what is looked into.
        const p = this.np(j + 1)
        if (p) targets.push(this.resolver.phrase(p))
      } else if (hit.form === 'noun' && j === right.start && (w === 'of' || w === 'on' || w === 'against')) {
        const p = this.np(j + 1)
        // `the withdrawal of troops`, `a protest of farmers`: those who do it.
        const doers = w === 'of' && OF_ACTOR_TYPES.has(hit.entry.type)
        // `the attack on Friday`: a time is no target. `sanctions on Iran` fall on the country,
        // where `the attack on Kyiv` happens in the city.
        const placed = hit.entry.type !== 'SANCTION' && p && this.resolver.place(p)
        if (p && !placed && !this.timeAt(j + 1)) (doers ? actors : targets).push(this.resolver.phrase(p))
      }
    }
  }

  /** Places named by `in X`, `near X`, `at X` in the clause. */
  placesIn(range: Phrase, except?: string): Argument[] {
    const v = this.view
    const out: Argument[] = []
    for (let j = range.start; j < range.end; j++) {
      if (v.pos(j) !== 'ADP' || !PLACE_PREPOSITIONS.has(v.word(j)) || v.word(j) === except) continue
      // `in Izmail overnight`, `in Aleppo last week`: the place ends where a time begins.
      const p = this.withoutLapse(this.np(j + 1))
      if (!p || this.timeAt(j + 1)) continue
      let place = this.resolver.place(p)
      // `the northern city of Aleppo`: the name comes after `of`.
      if (v.word(p.end) === 'of') {
        const named = this.np(p.end + 1)
        if (named) place = this.resolver.place(named) ?? place
      }
      if (place && !out.some((x) => x.start === place.start)) out.push(place)
    }
    return out
  }

  /**
   * `used tear gas to disperse protesters outside parliament late on Sunday`: the purpose
   * infinitive that ends a clause, where the time of the act may come last.
   */
  private purposeAfter(right: Phrase): Phrase {
    const v = this.view
    const at = right.end
    if (v.word(at - 1) !== 'to' || v.pos(at) !== 'VERB') return { start: at, end: at }
    return { start: at + 1, end: v.clauseEnd(at + 1) }
  }

  /** A phrase that only counts time: `two weeks`, `several days`, `hours`. */
  private isLapse(p: Phrase): boolean {
    const v = this.view
    if (!LAPSES.test(v.word(p.end - 1))) return false
    return (
      p.end - p.start === 1 ||
      (p.end - p.start === 2 && (v.pos(p.start) === 'NUM' || /^(a|few|several|many|some)$/.test(v.word(p.start))))
    )
  }

  /** `at his home in Sao Paulo hours later`: a lapse of time the phrase ran into is no part of the place. */
  private withoutLapse(p: Phrase | null): Phrase | null {
    if (!p || p.end - p.start < 2 || !LAPSES.test(this.view.word(p.end - 1))) return p
    return { ...p, end: p.end - 1 }
  }

  /** The light verb whose object the noun trigger just read is (`imposed sanctions`), or -1. */
  private lightVerb = -1

  /** The time expression each token starts inside, asked of many tokens around every trigger. */
  private timeByToken: readonly (TimeExpression | undefined)[] | undefined

  private timeAt(i: number): TimeExpression | undefined {
    this.timeByToken ??= firstCoveringEachToken(this.view.tokens, this.times, (x, t) => t.start < x.end)
    return this.timeByToken[i]
  }

  private timeIn(range: Phrase): TimeExpression | null {
    const v = this.view
    if (range.end <= range.start) return null
    const a = (v.tokens[range.start] as Token).start
    const b = (v.tokens[range.end - 1] as Token).end
    // `the results of last week's election`: a time owning a noun dates that noun, not the clause.
    return this.times.find((t) => t.start >= a && t.end <= b && !v.isGenitive(lowerBound(v.tokens, t.end))) ?? null
  }

  /**
   * A time before the verb counts only where it modifies the clause: at its start (`On Monday,
   * police arrested`) or right before the verb (`police on Monday arrested`); one inside a
   * modifier of the subject (`a reporter kidnapped last year has been freed`) does not.
   */
  private frontedTime(left: Phrase): TimeExpression | null {
    const v = this.view
    if (left.end <= left.start) return null
    const t = this.timeIn(left)
    // A left part cut short by a participle (`kidnapped by militants last year`) is its modifier.
    if (!t || v.pos(left.start - 1) === 'VERB') return null
    const first = v.tokens[left.start] as Token
    const last = v.tokens[left.end - 1] as Token
    const leadIn = v.pos(left.start) === 'ADP' ? (v.tokens[left.start + 1] as Token).start : first.start
    return t.start === first.start || t.start === leadIn || t.end === last.end ? t : null
  }

  /**
   * Where a person was when something happened to them, said in the same sentence: `X was in
   * northwestern Syria when he was caught`, `X had been in Y and ... his capture`.
   */
  whereabouts(range: Phrase): { subject: ResolvedArgument; place: Argument }[] {
    const v = this.view
    const out: { subject: ResolvedArgument; place: Argument }[] = []
    for (let j = range.start; j < range.end; j++) {
      if (v.pos(j) !== 'AUX' || !BE.has(v.lemma(j)) || v.pos(j + 1) !== 'ADP') continue
      if (!PLACE_PREPOSITIONS.has(v.word(j + 1))) continue
      const p = v.phraseAt(j + 2)
      const place = p ? this.resolver.place(p) : null
      const subject = v.phraseEndingAt(this.groupOf(j) - 1)
      if (place && subject) out.push({ subject: this.resolver.phrase(subject), place })
    }
    return out
  }
}
