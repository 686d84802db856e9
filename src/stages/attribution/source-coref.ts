import type { Source } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { countryByDemonym } from '../entities/gazetteer/countries.js'
import type { SourceDescription } from './source-phrase.js'

/** A source phrase to resolve: where it is, what its words say, and its conjuncts described. */
export interface SourceMention {
  readonly span: Span
  readonly description: SourceDescription
  /** For a compound phrase, each conjunct with its span. */
  readonly parts: readonly { span: Span; description: SourceDescription }[]
  /** For a partitive or ordinal phrase, the group phrase it picks from (`the Iraqi sources`). */
  readonly groupPhrase?: { span: Span; description: SourceDescription }
  /** Members a group phrase names after `including` (`several senators, including Mike Lee`). */
  readonly included?: readonly { span: Span; description: SourceDescription }[]
}

interface Record {
  id: string
  mentions: Span[]
  named: boolean | null
  count: number | null
  entity?: string
  affiliation: string[]
  role: string[]
  rank: string[]
  surname?: string
  head: string
  modifiers?: readonly string[]
  group?: string
  members?: string[]
  anonymity?: Span
}

/**
 * Groups source phrases into sources: the same entity or surname is one source; a definite
 * anonymous phrase (`The senior regional security source`, `The two Iraqi sources`) is the most
 * recent earlier source its words fit; `One of the Iraqi sources` and `the second Iraqi security
 * source` are new sources inside that group; a compound phrase is a group of its conjuncts, and
 * an indefinite compound as large as an earlier group (`three security sources`) is that group.
 */
export class SourceResolver {
  private readonly records: Record[] = []

  /** The id of the source a phrase refers to, creating one when it is new. */
  resolve(m: SourceMention): string {
    if (m.included?.length) {
      // `several conservatives, including Mike Lee`: a group, and Lee one of it, who may speak alone later.
      const group = this.resolve({ ...m, included: [] })
      for (const member of m.included) this.addMember(group, this.resolve({ ...member, parts: [] }))
      return group
    }
    const d = m.description
    if (m.parts.length > 1) return this.resolveCompound(m)
    if ((d.partitive || d.ordinal) && m.groupPhrase) {
      // `One of the Iraqi sources` names its group; `the second Iraqi security source` only points at it.
      const g = m.groupPhrase
      const group = !d.partitive
        ? this.find(g.description)?.id
        : g.description.pronoun
          ? this.lastGroup()?.id // `One of them`: the people last counted, not a new source called `them`.
          : this.resolve({ span: g.span, description: g.description, parts: [] })
      const rec = this.create(m.span, { ...d, count: 1 })
      if (group) this.addMember(group, rec.id)
      // One of three anonymous people is anonymous too, whatever `One of them` leaves unsaid.
      rec.named ??= group ? (this.get(group)?.named ?? null) : null
      return rec.id
    }
    if (d.another) {
      // `Three diplomats said C. One of them said D. Another said E.`: a further member of that group.
      const group = this.lastGroup()
      const rec = this.create(m.span, { ...d, count: 1 })
      if (group) this.addMember(group.id, rec.id)
      rec.named ??= group?.named ?? null
      // A bare `Another` is what its group is: another diplomat, another security source.
      if (group && !rec.role.length && !rec.affiliation.length) {
        rec.role = [...group.role]
        rec.affiliation = [...group.affiliation]
      }
      return rec.id
    }
    const found = this.find(d)
    if (found) {
      this.addMention(found.id, m.span)
      return found.id
    }
    return this.create(m.span, d).id
  }

  /** The source of a pronoun that coreference tied to an entity: `He` after `Raffaello Pantucci`. */
  resolveEntity(entity: string, span: Span): string {
    const known = [...this.records].reverse().find((r) => r.entity === entity)
    if (known) {
      this.addMention(known.id, span)
      return known.id
    }
    const rec = this.create(span, {
      named: true,
      count: 1,
      affiliation: [],
      role: [],
      rank: [],
      entity,
      pronoun: true,
      definite: true,
      partitive: false,
      ordinal: false,
      parts: [],
      head: '',
    })
    return rec.id
  }

  /** Adds a mention (a pronoun, a later reference) to a known source. */
  addMention(id: string, span: Span): void {
    const rec = this.records.find((r) => r.id === id)
    if (rec && !rec.mentions.some((s) => s.start === span.start && s.end === span.end)) rec.mentions.push(span)
  }

  /**
   * Records the reason a source gave for anonymity, with its members; `anonymous` also marks an
   * unclear source anonymous. Returns the ids so marked.
   */
  setAnonymity(id: string, span: Span, options: { anonymous?: boolean } = {}): string[] {
    const rec = this.records.find((r) => r.id === id)
    if (!rec) return []
    rec.anonymity ??= span
    const marked: string[] = []
    if (options.anonymous && rec.named === null) {
      rec.named = false
      marked.push(id)
    }
    for (const member of rec.members ?? []) marked.push(...this.setAnonymity(member, span, options))
    return marked
  }

  get(id: string): Readonly<Record> | undefined {
    return this.records.find((r) => r.id === id)
  }

  /** The sources layer: records in order of first mention, mentions sorted. */
  sources(): Source[] {
    return this.records
      .map((r) => ({
        id: r.id,
        mentions: [...r.mentions].sort((x, y) => x.start - y.start || x.end - y.end),
        named: r.named,
        count: r.count,
        ...(r.entity ? { entity: r.entity } : {}),
        affiliation: r.affiliation,
        role: r.role,
        rank: r.rank,
        ...(r.anonymity ? { anonymity: r.anonymity } : {}),
        ...(r.group ? { group: r.group } : {}),
        ...(r.members ? { members: r.members } : {}),
      }))
      .sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0))
  }

  private resolveCompound(m: SourceMention): string {
    const ids = m.parts.map((p) => this.resolve({ span: p.span, description: p.description, parts: [] }))
    const d = m.description
    const indefinite = !d.definite
    const earlier = indefinite
      ? [...this.records]
          .reverse()
          .find(
            (r) =>
              r.named === false &&
              !r.group &&
              !r.members &&
              r.count !== null &&
              r.count === d.count &&
              !ids.includes(r.id) &&
              (r.role.length === 0 || d.role.some((x) => r.role.includes(x))),
          )
      : undefined
    const rec = earlier ?? this.create(m.span, d)
    if (earlier) earlier.mentions.push(m.span)
    for (const id of ids) if (id !== rec.id) this.addMember(rec.id, id)
    for (const x of d.affiliation) if (!rec.affiliation.includes(x)) rec.affiliation.push(x)
    for (const x of d.role) if (!rec.role.includes(x)) rec.role.push(x)
    return rec.id
  }

  private addMember(group: string, member: string): void {
    const g = this.records.find((r) => r.id === group)
    const m = this.records.find((r) => r.id === member)
    if (!g || !m || g === m) return
    g.members ??= []
    if (!g.members.includes(member)) g.members.push(member)
    m.group ??= group
  }

  /**
   * The group last spoken of: that of the last member heard from (`One of the diplomats said C.
   * Another added D`) unless a group counted since (`Two officials said E`) has come after it; else
   * the last source not known to be one person.
   */
  private lastGroup(): Record | undefined {
    const recent = [...this.records].reverse()
    const member = recent.findIndex((r) => r.group)
    const counted = recent.findIndex((r) => !r.group && (r.count ?? 0) > 1 && !r.entity)
    const group = member >= 0 ? this.get(recent[member]?.group ?? '') : undefined
    if (group && (counted < 0 || counted > member)) return group
    return recent.find((r) => !r.group && r.count !== 1 && !r.entity)
  }

  private find(d: SourceDescription): Record | undefined {
    const recent = [...this.records].reverse()
    if (d.entity) {
      // `The Polish Foreign Ministry` and `The Belarusian Foreign Ministry` share the name the
      // entity stage keys them by; their affiliations keep them apart.
      const same = recent.find((r) => r.entity === d.entity && !isRival(r.affiliation, d.affiliation))
      if (same) return same
    }
    if (d.named && d.surname) {
      const same = recent.find(
        (r) =>
          r.named &&
          r.surname === d.surname &&
          (!r.entity || !d.entity || r.entity === d.entity) &&
          !isRival(r.affiliation, d.affiliation),
      )
      if (same) return same
    }
    if (d.named && !d.entity && !d.surname) {
      // `The interior ministry` is not the foreign ministry named before: the words before the
      // head tell bodies of one kind apart.
      const same = recent.find(
        (r) =>
          r.named &&
          r.head === d.head &&
          sameSet(r.affiliation, d.affiliation) &&
          sameSet(r.modifiers ?? [], d.modifiers ?? []) &&
          !r.entity &&
          !r.surname,
      )
      // `The army` after `Mali's army`, `the ministry` after `the interior ministry`: a definite
      // phrase saying less is the body named fuller before.
      return (
        same ??
        (d.definite && d.head
          ? recent.find(
              (r) =>
                r.named &&
                r.head === d.head &&
                (r.affiliation.length > 0 || (r.modifiers?.length ?? 0) > 0) &&
                subset(d.affiliation, r.affiliation) &&
                subset(d.modifiers ?? [], r.modifiers ?? []),
            )
          : undefined)
      )
    }
    if (!d.definite && d.named === null && d.count === null && !d.pronoun) {
      // `Officials say` in the headline, `officials said` in the lede: a bare plural that repeats
      // an earlier one's words is the same people, as a reader takes it.
      const same = recent.find(
        (r) =>
          r.named === null &&
          r.count === null &&
          !r.entity &&
          !r.group &&
          !r.members &&
          r.head === d.head &&
          sameSet(r.affiliation, d.affiliation) &&
          sameSet(r.role, d.role) &&
          sameSet(r.rank, d.rank),
      )
      if (same) return same
    }
    if (d.possessive && d.named === false && d.count === 1 && !d.pronoun && d.role.length > 0) {
      // `His lawyer, Ana Ruiz, said C. ... his lawyer said D`: the role a named person was
      // introduced in, owned the same way, is that person.
      const same = recent.find((r) => r.named === true && r.count === 1 && r.head === d.head && subset(d.role, r.role))
      if (same) return same
    }
    if (!d.definite || d.named === true) return undefined
    const bare = d.role.length === 0 && d.affiliation.length === 0 && d.rank.length === 0
    const fits = recent.filter((r) => {
      if (r.named !== false && !(r.named === null && d.named === null)) return false
      if (bare) return !r.group && (r.count === null || r.count > 1) && r.head === d.head
      if (d.count !== null && r.count !== null && d.count !== r.count) return false
      if (d.count === null && r.count === 1) return false
      return subset(d.role, r.role) && subset(d.affiliation, r.affiliation) && subset(d.rank, r.rank)
    })
    // `the Somali sources` is the two Somali sources, not the compound they were named in.
    return bare ? fits[0] : (fits.find((r) => !r.members?.length || r.group) ?? fits[0])
  }

  private create(span: Span, d: SourceDescription): Record {
    const rec: Record = {
      id: `s${this.records.length + 1}`,
      mentions: [span],
      named: d.named,
      count: d.count,
      affiliation: [...d.affiliation],
      role: [...d.role],
      rank: [...d.rank],
      head: d.head,
      ...(d.modifiers ? { modifiers: d.modifiers } : {}),
      ...(d.entity ? { entity: d.entity } : {}),
      ...(d.surname ? { surname: d.surname } : {}),
    }
    this.records.push(rec)
    return rec
  }
}

/**
 * Whether two sources name different nations: `Polish` against `Belarusian`. Other affiliations
 * (a city, a party) may differ between mentions of one person.
 */
function isRival(a: readonly string[], b: readonly string[]): boolean {
  const nations = (list: readonly string[]) => list.flatMap((x) => countryByDemonym(x)?.code ?? [])
  const [mine, theirs] = [nations(a), nations(b)]
  return mine.length > 0 && theirs.length > 0 && !mine.some((c) => theirs.includes(c))
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.some((y) => y.toLowerCase() === x.toLowerCase()))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return subset(a, b) && subset(b, a)
}
