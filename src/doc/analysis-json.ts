import type { Doc } from './doc.js'
import type { Argument, Conflict, EntityType, Event, Layers, Place, PlaceKind, Source } from './layers.js'
import type { Message } from './message.js'
import type { Span } from './span.js'
import { spokenParts } from './spoken.js'

/*
 * The analysis format (eval/FORMAT.md, version 1), plus fields the scorer ignores: sources,
 * profile, messages. This module alone turns a Doc into JSON.
 */

export interface JsonSpan {
  start: number
  end: number
  text: string
}

export interface SourcingProfile {
  /** Distinct sources of claims, after source coreference. */
  sources: number
  named: number
  anonymous: number
  claims: number
  /** Claims whose every source is anonymous. */
  anonymousClaims: number
  /** Share of claims resting on anonymous sources only, 0..1; null when there are no claims. */
  anonymousShare: number | null
  refusals: number
  /** Outlets that sources spoke to (`told Agence France-Presse`), with how many claims each. */
  relays: { outlet: string; entity: string; claims: number }[]
}

export interface AnalysisJson {
  version: 1
  article: {
    id: string
    title: string | null
    published: string | null
    outlet: string | null
    origin: string[]
    url: string | null
    text: string
    headline?: JsonSpan
    dateline?: JsonSpan
    trailer?: JsonSpan
  }
  entities: {
    id: string
    type: EntityType
    name: string
    aliases: string[]
    mentions: JsonSpan[]
    descriptors: JsonSpan[]
    references: (JsonSpan & { kind: string })[]
    key?: string
    geo?: { lat: number; lon: number; country: string | null; kind: PlaceKind; geonameId?: number; extent?: number }
  }[]
  /** Directional regions (`northwestern Syria`) with an approximate centroid. */
  regions: (Omit<Place, 'span'> & { span: JsonSpan })[]
  times: (JsonSpan & { value: string | null; end_value?: string | null; relative: boolean })[]
  /** Vague time expressions (`for months`, `years ago`), value null: said, but not a point in time. */
  vagueTimes: (JsonSpan & { value: string | null; relative: boolean })[]
  values: (JsonSpan & { type: string; amount: number; currency?: string; unit?: string })[]
  sources: (Omit<Source, 'mentions' | 'anonymity'> & { label: string; mentions: JsonSpan[]; anonymity?: JsonSpan })[]
  attributions: {
    id: string
    source: { mention: JsonSpan | null; named: boolean | null; count: number | null; entity?: string; id?: string }
    cue: JsonSpan
    content: JsonSpan | null
    /**
     * The parts of content that are the source's own words, when the attribution interrupts it
     * (`"A," said X. "B."`): what a reader of the claim should be shown, joined by an ellipsis.
     */
    spoken?: JsonSpan[]
    kind: string
    stance: string
    channel?: string
    channelMention?: JsonSpan
    parent?: string
  }[]
  events: (Omit<Event, 'triggers' | 'actors' | 'targets' | 'place'> & {
    triggers: JsonSpan[]
    actors: JsonArgument[]
    targets: JsonArgument[]
    place: JsonArgument[]
  })[]
  conflicts: {
    event: string
    slot: string
    values: { value: JsonArgument | { value: string }; attributions: string[] }[]
  }[]
  profile: SourcingProfile
  messages: Message[]
  /** Milliseconds each stage took, when timing was asked for. */
  timings?: Record<string, number>
}

export type JsonArgument = JsonSpan & { entity?: string }

const EMPTY: readonly never[] = []

function layerOr<N extends keyof Layers>(doc: Doc, name: N): Layers[N] {
  return (doc.layers[name] ?? EMPTY) as Layers[N]
}

/** The items of a layer by the entity each points at, in layer order. */
function byEntity<T extends { readonly entity: string | null }>(items: readonly T[]): Map<string | null, T[]> {
  const grouped = new Map<string | null, T[]>()
  for (const item of items) {
    const list = grouped.get(item.entity)
    if (list) list.push(item)
    else grouped.set(item.entity, [item])
  }
  return grouped
}

/** Converts an analysed Doc to the analysis format. Missing layers become empty lists. */
export function toAnalysisJson(doc: Doc): AnalysisJson {
  const text = doc.text
  const span = (s: Span): JsonSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })
  const arg = (a: Argument): JsonArgument => (a.entity ? { ...span(a), entity: a.entity } : span(a))

  // Grouped once: filtering both layers for each entity was quadratic in the article's length.
  const descriptors = byEntity(layerOr(doc, 'descriptors'))
  const references = byEntity(layerOr(doc, 'references'))
  const places = new Map(
    layerOr(doc, 'places')
      .filter((p) => !p.span)
      .map((p) => [p.entity, p]),
  )
  const regions = layerOr(doc, 'places').filter((p) => p.span)
  const sources = layerOr(doc, 'sources')
  const attributions = layerOr(doc, 'attributions')
  const entityNames = new Map(layerOr(doc, 'entities').map((e) => [e.id, e.name]))
  const a = doc.article

  const article: AnalysisJson['article'] = {
    id: a.id,
    title: a.title,
    published: a.published,
    outlet: a.outlet,
    origin: [...a.origin],
    url: a.url,
    text,
  }
  if (a.headline) article.headline = span(a.headline)
  if (a.dateline) article.dateline = span(a.dateline)
  if (a.trailer) article.trailer = span(a.trailer)

  return {
    version: 1,
    article,
    entities: layerOr(doc, 'entities').map((e) => {
      const place = places.get(e.id)
      const { entity: _, span: __, ...geo } = place ?? { entity: '' }
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: [...e.aliases],
        mentions: e.mentions.map(span),
        descriptors: (descriptors.get(e.id) ?? EMPTY).map(span),
        references: (references.get(e.id) ?? EMPTY).map((r) => ({ ...span(r), kind: r.kind })),
        ...(e.key ? { key: e.key } : {}),
        ...(place ? { geo: geo as NonNullable<AnalysisJson['entities'][number]['geo']> } : {}),
      }
    }),
    regions: regions.map((r) => ({ ...r, span: span(r.span as Span) })),
    // Vague expressions (`for months`, `years ago`) are kept apart: they name no point in time.
    times: layerOr(doc, 'times')
      .filter((t) => !t.vague)
      .map((t) => ({ ...t, ...span(t) })),
    vagueTimes: layerOr(doc, 'times')
      .filter((t) => t.vague)
      .map((t) => ({ ...t, ...span(t) })),
    values: layerOr(doc, 'values').map((v) => ({ ...v, ...span(v) })),
    sources: sources.map((s) => {
      const { mentions, anonymity, ...rest } = s
      return {
        ...rest,
        label: sourceLabel(text, s, (id) => entityNames.get(id)),
        mentions: mentions.map(span),
        ...(anonymity ? { anonymity: span(anonymity) } : {}),
      }
    }),
    attributions: attributions.map(({ channelMention, ...at }) => {
      const spoken = spokenParts(text, at)
      return {
        ...at,
        source: { ...at.source, mention: at.source.mention ? span(at.source.mention) : null },
        cue: span(at.cue),
        content: at.content ? span(at.content) : null,
        ...(spoken ? { spoken: spoken.map(span) } : {}),
        ...(channelMention ? { channelMention: span(channelMention) } : {}),
      }
    }),
    events: layerOr(doc, 'events').map((e) => ({
      ...e,
      triggers: e.triggers.map(span),
      actors: e.actors.map(arg),
      targets: e.targets.map(arg),
      place: e.place.map(arg),
    })),
    conflicts: layerOr(doc, 'conflicts').map((c: Conflict) => ({
      event: c.event,
      slot: c.slot,
      values: c.values.map((v) => ({
        value: 'start' in v.value ? arg(v.value) : { value: v.value.value },
        attributions: [...v.attributions],
      })),
    })),
    profile: sourcingProfile(doc),
    messages: [...doc.messages],
  }
}

/** The words a source is best known by: its first mention. */
export function sourceLabel(text: string, source: Source, entityName?: (id: string) => string | undefined): string {
  const said = source.mentions.map((m) => text.slice(m.start, m.end))
  const name = source.entity ? entityName?.(source.entity) : undefined
  // A source met only as `he`, `which` or `the group` is shown by the name coreference gives it.
  if (name && said.every(isStandIn)) return name
  // `Kenyan activist` in the headline, `Jane Doe` later: the words that name the source, or the
  // name itself where the story gives only a part of it (`Doe said`).
  const words = name?.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) ?? []
  const naming = name
    ? (said.find((m) => m.includes(name)) ?? (said.some((m) => words.some((w) => m.includes(w))) ? name : undefined))
    : undefined
  return naming ?? said.find((m) => !isPronoun(m)) ?? name ?? said[0] ?? source.id
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|us|who|which|that)$/i

/** Whether a source's words are a bare pronoun (`He`, `which`), which names no one by itself. */
export function isPronoun(words: string): boolean {
  return PRONOUN.test(words)
}

/** Whether a source's words only stand in for a name: a pronoun, or `the group`, `the charity`. */
export function isStandIn(words: string): boolean {
  return isPronoun(words) || /^the [a-z]+$/i.test(words)
}

/** What a fact-checker reads first: how many sources, how many anonymous, refusals and relays. */
export function sourcingProfile(doc: Doc): SourcingProfile {
  const sources = layerOr(doc, 'sources')
  const attributions = layerOr(doc, 'attributions')
  const entities = new Map(layerOr(doc, 'entities').map((e) => [e.id, e]))
  const byId = new Map(sources.map((s) => [s.id, s]))
  const topLevel = sources.filter((s) => !s.group)
  const claims = attributions.filter((a) => a.stance !== 'decline' && a.content)
  const isAnonymous = (a: (typeof attributions)[number]): boolean => {
    const source = a.source.id ? byId.get(a.source.id) : undefined
    return (source?.named ?? a.source.named) === false
  }
  const anonymousClaims = claims.filter(isAnonymous).length
  const relays = new Map<string, number>()
  for (const a of attributions) if (a.channel) relays.set(a.channel, (relays.get(a.channel) ?? 0) + 1)
  return {
    sources: topLevel.length,
    named: topLevel.filter((s) => s.named === true).length,
    anonymous: topLevel.filter((s) => s.named === false).length,
    claims: claims.length,
    anonymousClaims,
    anonymousShare: claims.length ? anonymousClaims / claims.length : null,
    refusals: attributions.filter((a) => a.stance === 'decline').length,
    relays: [...relays].map(([entity, n]) => ({ outlet: entities.get(entity)?.name ?? entity, entity, claims: n })),
  }
}
