import type { Argument, Entity, Mention, Place, Reference, Token } from '../../doc/layers.js'
import { firstCoveringEachToken, lowerBound, type Span } from '../../doc/span.js'
import { NUMBER_WORDS } from '../values/numbers.js'
import type { Phrase, TokenView } from './phrases.js'

/** An argument with what is known of it for event coreference. */
export interface ResolvedArgument {
  readonly arg: Argument
  /** The entity the phrase is about, when its head is a name or a resolved pronoun or nominal. */
  readonly entity: string | null
  /** Entities named inside the phrase but not its head: `its security forces` -> the owner of `its`. */
  readonly owners: readonly string[]
  /** Lemma of the head word: compared when no entity is known. */
  readonly head: string
  readonly plural: boolean
  /** Opened by `the`: it may mean a thing told of before (`a crowded market` ... `the market`). */
  readonly definite?: boolean
  /** The number the phrase counts (`12 people`, `nine soldiers`), or null. */
  readonly count: number | null
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])
const PRONOUN_TYPES: Readonly<Record<string, readonly string[]>> = {
  he: ['PERSON'],
  him: ['PERSON'],
  his: ['PERSON'],
  she: ['PERSON'],
  her: ['PERSON'],
  it: ['GPE', 'ORG'],
  its: ['GPE', 'ORG'],
}
/** How many sentences back an unresolved pronoun may look for its name. */
const PRONOUN_REACH = 3

/** The layers arguments are resolved against. */
export class Resolver {
  readonly entities: ReadonlyMap<string, Entity>

  constructor(
    readonly view: TokenView,
    readonly mentions: readonly Mention[],
    entities: readonly Entity[],
    readonly references: readonly Reference[],
    readonly places: readonly Place[],
  ) {
    this.entities = new Map(entities.map((e) => [e.id, e]))
  }

  spanOf(p: Phrase): Span {
    const a = this.view.tokens[p.start] as Token
    const b = this.view.tokens[p.end - 1] as Token
    return { start: a.start, end: b.end }
  }

  /** The entity a single token stands for: a name it is part of, or a pronoun's antecedent. */
  entityAt(i: number): string | null {
    const t = this.view.tokens[i]
    if (!t) return null
    const m = this.mentionCovering(t)
    if (m) return m.entity
    const r = this.referenceAt(i)
    if (r?.entity) return r.entity
    return this.pronounFallback(i)
  }

  /** The reference with an entity each token is part of, found for many tokens of every argument. */
  private referenceByToken: readonly (Reference | undefined)[] | undefined

  /** The first reference with an entity that holds token `i`. */
  private referenceAt(i: number): Reference | undefined {
    this.referenceByToken ??= firstCoveringEachToken(
      this.view.tokens,
      this.references,
      (x, t) => !!x.entity && t.end <= x.end,
    )
    return this.referenceByToken[i]
  }

  mentionCovering(span: Span): Mention | undefined {
    for (let k = lowerBound(this.mentions, span.start); k < this.mentions.length; k++) {
      const m = this.mentions[k] as Mention
      if (m.start > span.start) break
      if (m.start <= span.start && span.end <= m.end) return m
    }
    return undefined
  }

  mentionsIn(span: Span): Mention[] {
    const out: Mention[] = []
    for (let k = lowerBound(this.mentions, span.start); k < this.mentions.length; k++) {
      const m = this.mentions[k] as Mention
      if (m.start >= span.end) break
      if (m.start >= span.start && m.end <= span.end) out.push(m)
    }
    return out
  }

  /**
   * A singular pronoun the reference layer left unresolved takes the nearest earlier name of a
   * fitting type within a few sentences: news prose keeps its protagonist in `he` and `his`.
   */
  pronounFallback(i: number): string | null {
    const t = this.view.tokens[i]
    const types = PRONOUN_TYPES[this.view.word(i)]
    if (!t || !types || this.view.pos(i) !== 'PRON') return null
    const sentence = t.sentence
    for (let k = lowerBound(this.mentions, t.start) - 1; k >= 0; k--) {
      const m = this.mentions[k] as Mention
      if (m.end > t.start) continue
      const at = this.view.tokens[lowerBound(this.view.tokens, m.start)]
      if (at && sentence - at.sentence > PRONOUN_REACH) break
      if (types.includes(m.type)) return m.entity
    }
    return null
  }

  /**
   * Whether a name before an event noun is who did it: a nation or body (`a U.S. raid`,
   * `Turkish airstrikes`, `a Hamas attack`), not a person or a place below a country
   * (`a Chelsea explosion` happened in Chelsea).
   */
  canAct(m: Mention): boolean {
    if (m.type === 'NORP' || m.type === 'ORG') return true
    if (m.type !== 'GPE') return false
    const place = this.places.find((p) => !p.span && p.entity === m.entity)
    return !place || place.kind === 'country'
  }

  /** A noun phrase as an argument: its span, the entity its head names, and its owners. */
  phrase(p: Phrase): ResolvedArgument {
    const span = this.spanOf(p)
    const h = this.view.head(p)
    const headToken = this.view.tokens[h] as Token
    const headMention = this.mentionCovering(headToken)
    let entity = headMention?.entity ?? null
    if (!entity) {
      entity = this.referenceAt(h)?.entity ?? null
    }
    if (!entity && p.end - p.start === 1) entity = this.pronounFallback(h)
    const owners: string[] = []
    for (let i = p.start; i < p.end; i++) {
      if (i === h) continue
      const e = this.view.isPossessive(i)
        ? this.entityAt(i)
        : this.mentionCovering(this.view.tokens[i] as Token)?.entity
      if (e && e !== entity && !owners.includes(e)) owners.push(e)
    }
    const arg: Argument = entity ? { ...span, entity } : span
    // `its commander`, `their base`: a possessive makes a phrase as definite as `the` does.
    const definite = /^(the|its|his|her|their)$/.test(this.view.word(p.start))
    return {
      arg,
      entity,
      owners,
      head: this.view.lemma(h),
      plural: this.view.isPlural(p),
      count: this.countIn(p),
      ...(definite ? { definite } : {}),
    }
  }

  /** The first number a phrase gives, in digits or words. */
  private countIn(p: Phrase): number | null {
    for (let i = p.start; i < p.end; i++) {
      const w = this.view.word(i)
      // Own keys only: a word such as `constructor` is no number.
      const n = /^\d[\d,]*$/.test(w)
        ? Number(w.replace(/,/g, ''))
        : Object.hasOwn(NUMBER_WORDS, w)
          ? NUMBER_WORDS[w]
          : undefined
      if (n !== undefined && Number.isFinite(n)) return n
    }
    return null
  }

  /** The place an argument names: a region by its span, else the place of its entity. */
  placeOf(arg: Argument): Place | null {
    const region = this.places.find((p) => p.span && p.span.start < arg.end && arg.start < p.span.end)
    if (region) return region
    const entity = arg.entity ?? this.mentionsIn(arg).find((m) => PLACE_TYPES.has(m.type))?.entity
    return (entity && this.places.find((p) => !p.span && p.entity === entity)) || null
  }

  /**
   * A phrase as a place: a directional region it overlaps (`northwestern Syria`), the name it
   * consists of (`Turkey`, `the Gaza Strip`), or the whole phrase when a place name sits inside
   * it (`Syria's northwest`). Null when no place is named.
   */
  place(p: Phrase): Argument | null {
    const span = this.spanOf(p)
    const region = this.places.find((x) => x.span && x.span.start < span.end && span.start < x.span.end)
    if (region?.span) return { start: region.span.start, end: region.span.end }
    const names = this.mentionsIn(span).filter((m) => PLACE_TYPES.has(m.type))
    const last = names[names.length - 1]
    if (!last) return null
    if (last.end === span.end) {
      const first = names[0] as Mention
      const lead = this.view.word(p.start)
      const start = lead === 'the' && first === last ? span.start : last.start
      return { start, end: last.end, entity: last.entity }
    }
    return span
  }
}
