import type { AnalysisJson, JsonSpan } from '../../src/doc/analysis-json.js'
import type { EntityType, PloverType } from '../../src/doc/layers.js'

/*
 * Builds analyses by hand for store tests: spans are found by searching the text for the words
 * given, so a test reads as the story it tells. Every story here is fictional.
 */

export interface StoryEntity {
  id: string
  type: EntityType
  name: string
  aliases?: string[]
  /** Each mention's words; the n-th occurrence of repeated words is taken in turn. */
  mentions: string[]
  key?: string
  geo?: { lat: number; lon: number; country: string | null }
}

export interface StoryAttribution {
  id: string
  source: string
  named: boolean
  count?: number | null
  entity?: string
  cue: string
  content: string | null
  /** The source's own words in the content, when the attribution breaks a quote. */
  spoken?: string[]
  stance?: 'assert' | 'decline' | 'deny'
  channel?: string
}

export interface StoryEvent {
  id: string
  type: PloverType
  mode?: string | null
  trigger: string
  actors?: { text: string; entity?: string }[]
  targets?: { text: string; entity?: string }[]
  place?: { text: string; entity?: string }[]
  time?: string | null
  modality?: AnalysisJson['events'][number]['modality']
  attributions?: string[]
}

export interface Story {
  id: string
  text: string
  title?: string | null
  outlet?: string | null
  origin?: string[]
  published?: string | null
  url?: string | null
  entities?: StoryEntity[]
  attributions?: StoryAttribution[]
  events?: StoryEvent[]
  conflicts?: AnalysisJson['conflicts']
}

/** An analysis of `story.text` with spans located by their words. */
export function buildAnalysis(story: Story): AnalysisJson {
  const text = story.text
  const used = new Map<string, number>()
  const span = (words: string): JsonSpan => {
    const from = used.get(words) ?? 0
    let start = text.indexOf(words, from)
    if (start < 0) start = text.indexOf(words)
    if (start < 0) throw new Error(`"${words}" is not in the text of ${story.id}`)
    used.set(words, start + words.length)
    return { start, end: start + words.length, text: words }
  }
  const arg = (a: { text: string; entity?: string }) => ({ ...span(a.text), ...(a.entity ? { entity: a.entity } : {}) })
  return {
    version: 1,
    article: {
      id: story.id,
      title: story.title ?? text.split('\n')[0] ?? null,
      published: story.published ?? null,
      outlet: story.outlet ?? null,
      origin: story.origin ?? [],
      url: story.url ?? null,
      text,
    },
    entities: (story.entities ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      mentions: e.mentions.map(span),
      descriptors: [],
      references: [],
      ...(e.key ? { key: e.key } : {}),
      ...(e.geo ? { geo: { ...e.geo, kind: 'country' as const } } : {}),
    })),
    regions: [],
    times: [],
    vagueTimes: [],
    values: [],
    sources: [],
    attributions: (story.attributions ?? []).map((a) => ({
      id: a.id,
      source: {
        mention: span(a.source),
        named: a.named,
        count: a.count ?? (a.named ? 1 : null),
        ...(a.entity ? { entity: a.entity } : {}),
      },
      cue: span(a.cue),
      content: a.content ? span(a.content) : null,
      ...(a.spoken ? { spoken: a.spoken.map(span) } : {}),
      kind: 'indirect',
      stance: a.stance ?? 'assert',
      ...(a.channel ? { channel: a.channel } : {}),
    })),
    events: (story.events ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      mode: e.mode ?? null,
      triggers: [span(e.trigger)],
      actors: (e.actors ?? []).map(arg),
      targets: (e.targets ?? []).map(arg),
      place: (e.place ?? []).map(arg),
      time: e.time ? { value: e.time } : null,
      modality: e.modality ?? 'reported',
      attributions: e.attributions ?? [],
    })),
    conflicts: story.conflicts ?? [],
    profile: {
      sources: 0,
      named: 0,
      anonymous: 0,
      claims: 0,
      anonymousClaims: 0,
      anonymousShare: null,
      refusals: 0,
      relays: [],
    },
    messages: [],
  }
}
