import { get } from '../lib/api.js'
import { figure, h, link } from '../lib/dom.js'
import { claimList, timeText } from './claims.js'
import { drawMap } from './map.js'

/** The disagreements on an event, each value with who holds it. */
export function conflictBox(conflicts) {
  if (!conflicts.length) return null
  return h(
    'section',
    { class: 'callouts' },
    conflicts.map((c) =>
      h(
        'div',
        { class: 'callout conflict-callout', role: 'note' },
        h('h2', { text: `Accounts conflict on the ${c.slot}${c.crossArticle ? ' (between articles)' : ''}` }),
        h(
          'ul',
          {},
          c.values.map((v) =>
            h(
              'li',
              {},
              h('strong', { text: v.value }),
              h('span', { class: 'muted', text: ` in ${v.articles.length} article(s)` }),
            ),
          ),
        ),
      ),
    ),
  )
}

/** `#/event/ID`: one happening, every report of it with its claims, and the conflicts. */
export async function eventPage({ id }) {
  const e = await get(`/api/events/${encodeURIComponent(id)}`)
  const what = e.mode ? `${e.type} (${e.mode})` : e.type
  const args = (label, list) =>
    list.length
      ? h(
          'p',
          {},
          h('span', { class: 'label', text: label }),
          list.map((a, i) => [
            i ? ', ' : '',
            a.entity ? link(`#/entity/${encodeURIComponent(a.entity)}`, a.text) : a.text,
          ]),
        )
      : null
  return h(
    'div',
    { class: 'event-page' },
    h('h1', { text: what }),
    h('p', {
      class: 'muted',
      text: [timeText(e.time), e.place?.name].filter(Boolean).join(' · ') || 'No time or place known',
    }),
    args('who', e.actors),
    args('to whom', e.targets),
    h(
      'section',
      { class: 'profile' },
      figure(e.articles, 'articles'),
      figure(e.independentReports, 'independent reports'),
      figure(e.independentSources, 'independent sources'),
      figure(e.conflicts, 'conflicts'),
    ),
    conflictBox(e.conflictList),
    e.story ? h('p', {}, link(`#/story/${encodeURIComponent(e.story)}`, 'Line up every account of this story')) : null,
    e.place?.lat != null
      ? drawMap([{ lat: e.place.lat, lon: e.place.lon, label: e.place.name, kind: 'event', r: 8 }], { height: 320 })
      : null,
    h('h2', { text: 'Reports' }),
    e.reports.map((r) =>
      h(
        'section',
        { class: 'panel' },
        h('h3', {}, link(`#/article/${encodeURIComponent(r.article.id)}`, r.article.title || r.article.id)),
        h('p', {
          class: 'muted',
          text: [r.article.outlet, r.article.published, r.modality, timeText(r.time), r.place.join(', ')]
            .filter(Boolean)
            .join(' · '),
        }),
        h('p', {}, h('span', { class: 'label', text: 'words' }), r.triggers.join(', ')),
        claimList(r.claims, 'No attributed claim reports it here.'),
      ),
    ),
  )
}
