import type { Span } from './span.js'

/*
 * Every layer of the document model on one screen. A layer is a read-only array sorted by
 * `start`, then `end` (layers of records without a span of their own, such as `entities`,
 * `sources`, `events`, keep the order of their first mention). Items point at each other by
 * id or index, never by copying text. Names follow the analysis format (eval/FORMAT.md).
 */

/** A paragraph: a run of text between line breaks. */
export interface Paragraph extends Span {}

export interface Sentence extends Span {
  readonly paragraph: number
}

/** Universal part-of-speech tags, as wink-nlp gives them. */
export const PARTS_OF_SPEECH = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const

export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number]

export interface Token extends Span {
  readonly pos: PartOfSpeech
  /** Lower-case base form: `said` -> `say`. */
  readonly lemma: string
  readonly sentence: number
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'LAW' | 'PRODUCT'

/** One proper-name mention of an entity. */
export interface Mention extends Span {
  readonly type: EntityType
  /** Id of the entity in `entities`. */
  readonly entity: string
}

/** A named thing with every proper-name mention of it in the article. */
export interface Entity {
  readonly id: string
  readonly type: EntityType
  /** The fullest name used: `Sami Jasim al-Jaburi`. */
  readonly name: string
  /** Other names used: `Jasim`, `ISIS`. */
  readonly aliases: readonly string[]
  readonly mentions: readonly Span[]
  /** A key that is the same for the same thing across articles: `gpe:TR`, `org:islamic-state`. */
  readonly key?: string
}

/** A pronoun or nominal (`He`, `the senior ISIS leader`, `they`) and what it refers to. */
export interface Reference extends Span {
  readonly kind: 'pronoun' | 'nominal'
  /** The entity it refers to, or null when unresolved. */
  readonly entity: string | null
  readonly plural: boolean
}

/** An appositive, title or description attached to an entity. */
export interface Descriptor extends Span {
  readonly entity: string
  readonly kind: 'appositive' | 'title' | 'nominal'
}

export type PlaceKind = 'country' | 'region' | 'city' | 'landmark' | 'area'

/**
 * Where a GPE, LOC or FAC entity is. A directional region (`northwestern Syria`) is a Place of
 * kind `region` with its own `span` and `direction`, pointing at its country's entity.
 */
export interface Place {
  readonly entity: string
  readonly span?: Span
  /** `northwest`, `south`, for directional regions. */
  readonly direction?: string
  readonly lat: number
  readonly lon: number
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null
  readonly kind: PlaceKind
  /** GeoNames id, when from GeoNames. */
  readonly geonameId?: number
  /** Rough half-size in degrees, for regions and countries. */
  readonly extent?: number
}

/** A time expression and its ISO value at its true granularity (`2019`, `2021-10`, `2021-10-11`). */
export interface TimeExpression extends Span {
  /** Null when vague (`for months`) or when there is nothing to resolve it against. */
  readonly value: string | null
  /** A range's end, when the expression is a range. */
  readonly end_value?: string | null
  readonly relative: boolean
  /** True for a stretch with no calendar value of its own (`for months`, `years ago`, `recently`). */
  readonly vague?: boolean
}

export interface Value extends Span {
  readonly type: 'MONEY' | 'PERCENT' | 'COUNT' | 'QUANTITY'
  readonly amount: number
  /** ISO 4217, for MONEY. */
  readonly currency?: string
  /** For QUANTITY and COUNT: `km`, `people`. */
  readonly unit?: string
}

/** One source of claims: a person, body or group of anonymous people, with all its mentions. */
export interface Source {
  readonly id: string
  readonly mentions: readonly Span[]
  /** True for a named person or body, false for an anonymous one, null when unclear. */
  readonly named: boolean | null
  /** How many people it stands for; null when unknown. */
  readonly count: number | null
  readonly entity?: string
  /** The country or body they belong to: `Iraqi`, `Turkish`, `regional`, `U.S.-led coalition`. */
  readonly affiliation: readonly string[]
  /** `security`, `military`, `intelligence`, `official`, `diplomat`, `witness`, `expert`. */
  readonly role: readonly string[]
  /** `senior`, `high-ranking`. */
  readonly rank: readonly string[]
  /** The stated reason for anonymity. */
  readonly anonymity?: Span
  /** The group source this one is part of (`one of the sources`). */
  readonly group?: string
  /** The groups and people this source is made of, for a compound mention. */
  readonly members?: readonly string[]
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed' | 'none'
export type Stance = 'assert' | 'decline' | 'deny'

export interface Attribution {
  readonly id: string
  readonly source: {
    readonly mention: Span | null
    readonly named: boolean | null
    readonly count: number | null
    readonly entity?: string
    /** Id in `sources`. */
    readonly id?: string
  }
  readonly cue: Span
  readonly content: Span | null
  readonly kind: AttributionKind
  readonly stance: Stance
  /** Entity id of the outlet told (`told Reuters`). */
  readonly channel?: string
  /** The phrase naming who was told (`told Reuters`, `told reporters`), entity or not. */
  readonly channelMention?: Span
  /** The attribution this one is nested in. */
  readonly parent?: string
}

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const
export type PloverType = (typeof PLOVER_TYPES)[number]

/** An event argument: a span of the text, resolved to an entity where possible. */
export interface Argument extends Span {
  readonly entity?: string
}

export type EventTime = { readonly value: string } | { readonly before: string } | null
export type Modality = 'asserted' | 'reported' | 'denied' | 'planned' | 'hypothetical' | 'negated'

export interface Event {
  readonly id: string
  readonly type: PloverType
  readonly mode: string | null
  /** Every word that reports this happening, in text order. */
  readonly triggers: readonly Span[]
  readonly actors: readonly Argument[]
  readonly targets: readonly Argument[]
  readonly place: readonly Argument[]
  readonly time: EventTime
  readonly modality: Modality
  /** Attributions whose content reports it. */
  readonly attributions: readonly string[]
  /** The time each trigger's own clause gives (index into `triggers`), for comparing accounts. */
  readonly triggerTimes?: readonly { readonly trigger: number; readonly value: string }[]
  /**
   * The triggers a denial is about (`denied that its forces carried out the strike`), where a
   * denial's words hold them; one it takes as given (`denied the strikes were revenge`) is not.
   */
  readonly denied?: readonly Span[]
}

/** What accounts disagree on; `modality`: some report the event, others deny it (as between articles). */
export type ConflictSlot = 'place' | 'time' | 'actor' | 'target' | 'count' | 'modality'

export interface Conflict {
  readonly event: string
  readonly slot: ConflictSlot
  readonly values: readonly {
    readonly value: Argument | { readonly value: string }
    readonly attributions: readonly string[]
  }[]
}

export interface Layers {
  paragraphs: readonly Paragraph[]
  sentences: readonly Sentence[]
  tokens: readonly Token[]
  times: readonly TimeExpression[]
  values: readonly Value[]
  mentions: readonly Mention[]
  entities: readonly Entity[]
  references: readonly Reference[]
  descriptors: readonly Descriptor[]
  places: readonly Place[]
  sources: readonly Source[]
  attributions: readonly Attribution[]
  events: readonly Event[]
  conflicts: readonly Conflict[]
}

export type LayerName = keyof Layers

export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs',
  'sentences',
  'tokens',
  'times',
  'values',
  'mentions',
  'entities',
  'references',
  'descriptors',
  'places',
  'sources',
  'attributions',
  'events',
  'conflicts',
]
