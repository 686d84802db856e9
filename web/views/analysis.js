import { argumentText, eventTime, eventTitle, indexAnalysis, sourceLabel } from '../lib/analysis-index.js'
import { annotatedText, highlightSpans } from '../lib/annotate.js'
import { figure, h, plural, replace } from '../lib/dom.js'
import { claimBlock, explain, recordLink } from './explain.js'
import { articleGraph } from './graph.js'
import { placesMap } from './map.js'

/*
 * One article's analysis, as a fact-checker reads it: how it is sourced, where accounts
 * conflict, the text with every source, cue and claim marked, then its events and sources.
 */

/** The whole article view. `links`: `entityLinks` and `eventLinks` to corpus pages, when stored. */
export function renderAnalysis(analysis, links = {}) {
  const index = indexAnalysis(analysis, links)
  const panel = h(
    'aside',
    { id: 'explain', class: 'explain', tabindex: -1, 'aria-live': 'polite', 'aria-label': 'What this span is' },
    h('p', { class: 'muted', text: 'Point at, tap or tab to a highlighted span to see what it is.' }),
  )
  const text = annotatedText(index.text, highlightSpans(index), (spans) => replace(panel, explain(index, spans)))
  return h(
    'article',
    { class: 'analysis' },
    articleHeader(analysis.article),
    profileBar(analysis.profile),
    conflictCallouts(index),
    legend(),
    h('div', { class: 'reader' }, text, panel),
    eventsSection(index),
    sourcesSection(index),
    entitiesSection(index),
    h('section', { class: 'panel' }, h('h2', { text: 'Who reports what about whom' }), articleGraph(index)),
    h('section', { class: 'panel' }, h('h2', { text: 'Places' }), placesMap(index)),
    messagesSection(analysis.messages ?? []),
  )
}

function articleHeader(article) {
  const meta = [article.outlet, article.published, article.origin?.length ? `from ${article.origin.join(', ')}` : null]
  return h(
    'header',
    { class: 'article-head' },
    h('h1', { text: article.title || article.headline?.text || firstLine(article.text) }),
    h('p', { class: 'muted', text: meta.filter(Boolean).join(' · ') || 'No outlet or date given' }),
    article.url ? h('p', { class: 'muted small', text: article.url }) : null,
  )
}

function firstLine(text) {
  const line = text.split('\n').find((l) => l.trim()) ?? 'Untitled'
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}

/** Anonymous share, refusals and relays: what to read first about a story's sourcing. */
export function profileBar(profile) {
  if (!profile) return null
  const share = profile.anonymousShare === null ? '–' : `${Math.round(profile.anonymousShare * 100)}%`
  const relays = profile.relays?.length
    ? profile.relays.map((r) => `${r.outlet} (${plural(r.claims, 'claim')})`).join(', ')
    : 'none'
  return h(
    'section',
    { class: 'profile', 'aria-label': 'Sourcing profile' },
    figure(profile.sources, 'sources'),
    figure(profile.named, 'named', { class: 'named' }),
    figure(profile.anonymous, 'anonymous', { class: 'anonymous' }),
    figure(share, 'of claims rest on anonymous sources only', { class: 'share' }),
    figure(profile.refusals, profile.refusals === 1 ? 'refusal to comment' : 'refusals to comment'),
    h('div', { class: 'figure relays' }, h('span', { text: 'Relayed through' }), h('strong', { text: relays })),
  )
}

function conflictCallouts(index) {
  const conflicts = index.analysis.conflicts ?? []
  if (!conflicts.length) return null
  return h(
    'section',
    { class: 'callouts', 'aria-label': 'Conflicting accounts' },
    conflicts.map((conflict) => {
      const event = index.events.get(conflict.event)
      return h(
        'div',
        { class: 'callout conflict-callout', role: 'note' },
        h('h2', {}, `Accounts conflict on the ${conflict.slot}`, event ? ` of the ${event.mode ?? event.type}` : ''),
        h(
          'ul',
          {},
          conflict.values.map((v) =>
            h(
              'li',
              {},
              h('strong', { text: argumentText(index, v.value) }),
              h('span', { class: 'muted', text: ' according to ' }),
              v.attributions
                .map((id) => index.attributions.get(id))
                .filter(Boolean)
                .map((a, i) => [i ? '; ' : '', sourceLabel(index, a)]),
            ),
          ),
        ),
        event ? recordLink(index, 'event', event.id, 'See the event') : null,
      )
    }),
  )
}

function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: cls, text }), '')
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    item('source source-named', 'named source'),
    item('source source-anonymous', 'anonymous source'),
    item('cue', 'cue'),
    item('content', 'claim'),
    item('mention type-PERSON', 'name'),
    item('trigger', 'event'),
    item('conflict', 'conflicting detail'),
  )
}

function eventsSection(index) {
  const events = index.analysis.events ?? []
  return h(
    'section',
    { class: 'panel' },
    h('h2', { text: `Events (${events.length})` }),
    events.length ? null : h('p', { class: 'muted', text: 'No events found.' }),
    h(
      'div',
      { class: 'cards' },
      events.map((event) => {
        const slot = (label, args) =>
          args?.length
            ? h('p', {}, h('span', { class: 'label', text: label }), args.map((a) => argumentText(index, a)).join('; '))
            : null
        const conflicted = (index.analysis.conflicts ?? []).some((c) => c.event === event.id)
        return h(
          'div',
          { class: `card${conflicted ? ' has-conflict' : ''}`, id: `event-${event.id}`, tabindex: -1 },
          h('h3', {}, recordLink(index, 'event', event.id, eventTitle(event))),
          h('p', { class: 'muted', text: [eventTime(event), event.modality].filter(Boolean).join(' · ') }),
          slot('who', event.actors),
          slot('to whom', event.targets),
          slot('where', event.place),
          conflicted ? h('p', { class: 'badge badge-conflict', text: 'accounts conflict' }) : null,
          h('h4', { text: `Reported by ${plural(event.attributions.length, 'claim')}` }),
          event.attributions
            .map((id) => index.attributions.get(id))
            .filter(Boolean)
            .map((a) => claimBlock(index, a)),
        )
      }),
    ),
  )
}

function sourcesSection(index) {
  const attributions = index.analysis.attributions ?? []
  return h(
    'section',
    { class: 'panel' },
    h('h2', { text: `Claims and their sources (${attributions.length})` }),
    attributions.length ? null : h('p', { class: 'muted', text: 'No attributed claims found.' }),
    h(
      'div',
      { class: 'claims' },
      attributions.map((a) => claimBlock(index, a)),
    ),
  )
}

function entitiesSection(index) {
  const entities = index.analysis.entities ?? []
  const byType = new Map()
  for (const e of entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e])
  return h(
    'section',
    { class: 'panel' },
    h('h2', { text: `Names (${entities.length})` }),
    [...byType].map(([type, list]) =>
      h(
        'p',
        { class: 'entity-row' },
        h('span', { class: `badge type-${type}`, text: type }),
        ' ',
        list.map((e, i) => [
          i ? ', ' : '',
          h('span', { id: `entity-${e.id}`, tabindex: -1 }, recordLink(index, 'entity', e.id, e.name)),
        ]),
      ),
    ),
  )
}

function messagesSection(messages) {
  const shown = messages.filter((m) => m.severity !== 'info')
  if (!shown.length) return null
  return h(
    'details',
    { class: 'panel messages' },
    h('summary', { text: `${plural(shown.length, 'note')} from the analysis` }),
    h(
      'ul',
      {},
      shown.map((m) => h('li', {}, h('code', { text: m.rule }), ` ${m.reason}`)),
    ),
  )
}
