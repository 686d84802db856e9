import { get } from '../lib/api.js'
import { h, link, plural } from '../lib/dom.js'
import { articleList } from './article-page.js'
import { claimKind, eventLine, timeText } from './claims.js'
import { conflictBox } from './event-page.js'

/*
 * A story's accounts side by side: one column per article, one row per detail (when, where,
 * the words used, who says so), each row marked where accounts agree or conflict.
 */

/** `#/stories`. */
export async function storiesPage() {
  const page = await get('/api/stories', { limit: 100 })
  return h(
    'div',
    {},
    h('h1', { text: 'Stories' }),
    h('p', { class: 'muted', text: 'Articles about the same events, from different outlets and sources.' }),
    page.items.length
      ? h(
          'ul',
          { class: 'article-list' },
          page.items.map((s) =>
            h(
              'li',
              {},
              link(`#/story/${encodeURIComponent(s.id)}`, s.title || s.id),
              h('span', { class: 'muted', text: ` ${plural(s.articles, 'article')}, ${plural(s.events, 'event')}` }),
            ),
          ),
        )
      : h('p', { class: 'muted', text: 'No stories yet: stories form when two articles report the same event.' }),
  )
}

function normal(values) {
  return values
    .map((v) => v.toLowerCase().trim())
    .filter(Boolean)
    .sort()
    .join(' | ')
}

/**
 * Whether accounts agree on a detail: `conflict` when the store says so, `agree` when two or more
 * give the same, `differ` when they give different ones. Only when and where are judged: that
 * two reports use different words or hedge differently is not a disagreement. A bound such as
 * `before:2024-04-03` agrees with any date before it, so bounds are left out.
 */
function verdict(slot, values, conflicts) {
  if (slot !== 'time' && slot !== 'place') return 'single'
  if (conflicts.some((c) => c.slot === slot)) return 'conflict'
  const given = values
    .map((v) => v.filter((x) => !String(x).startsWith('before')))
    .map(normal)
    .filter(Boolean)
  if (given.length >= 2 && new Set(given).size === 1) return 'agree'
  if (new Set(given).size > 1) return 'differ'
  return 'single'
}

const VERDICT_TEXT = { conflict: 'conflict', agree: 'agree', differ: 'differ', single: '' }

function accountsTable(event) {
  const reports = event.reports
  const row = (label, slot, cell) => {
    const values = reports.map(cell)
    const v = verdict(
      slot,
      values.map((x) => (Array.isArray(x) ? x : x ? [x] : [])),
      event.conflictList,
    )
    return h(
      'tr',
      { class: `verdict-${v}` },
      h(
        'th',
        { scope: 'row' },
        label,
        VERDICT_TEXT[v] ? h('span', { class: `badge badge-${v}`, text: VERDICT_TEXT[v] }) : null,
      ),
      values.map((x) => h('td', { text: Array.isArray(x) ? x.join(', ') || '–' : (x ?? '–') })),
    )
  }
  const sources = h(
    'tr',
    {},
    h('th', { scope: 'row', text: 'who says so' }),
    reports.map((r) =>
      h(
        'td',
        {},
        r.claims.length
          ? h(
              'ul',
              { class: 'plain' },
              r.claims.map((c) =>
                h(
                  'li',
                  {},
                  h('span', { class: `badge badge-${claimKind(c)}`, text: claimKind(c) }),
                  ` ${c.source.label ?? 'unnamed'} ${c.cue}`,
                ),
              ),
            )
          : '–',
      ),
    ),
  )
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'accounts' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'detail' }),
          reports.map((r) =>
            h(
              'th',
              { scope: 'col' },
              link(
                `#/article/${encodeURIComponent(r.article.id)}`,
                r.article.outlet || r.article.title || r.article.id,
              ),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        row('when', 'time', (r) => timeText(r.time)),
        row('where', 'place', (r) => r.place),
        row('words', 'trigger', (r) => r.triggers),
        row('reported as', 'modality', (r) => r.modality),
        sources,
      ),
    ),
  )
}

/** `#/story/ID`. */
export async function storyPage({ id }) {
  const story = await get(`/api/stories/${encodeURIComponent(id)}`)
  const events = await Promise.all(story.eventList.map((e) => get(`/api/events/${encodeURIComponent(e.id)}`)))
  // Events more than one article reports come first, side by side; the rest are listed after.
  const shared = events.filter((e) => e.reports.length > 1).sort((a, b) => b.reports.length - a.reports.length)
  const single = events.filter((e) => e.reports.length <= 1)
  return h(
    'div',
    { class: 'story-page' },
    h('h1', { text: story.title || 'Story' }),
    h('p', {
      class: 'muted',
      text: `${plural(story.articles, 'article')} · ${[story.firstPublished, story.lastPublished].filter(Boolean).join(' to ')}`,
    }),
    shared.length
      ? null
      : h('p', { class: 'muted', text: 'No event is reported by more than one article of this story.' }),
    shared.map((e) =>
      h(
        'section',
        { class: 'panel' },
        h(
          'h2',
          {},
          link(`#/event/${encodeURIComponent(e.id)}`, e.mode ? `${e.type} (${e.mode})` : e.type),
          e.targets.length ? `: ${e.targets.map((t) => t.text).join(', ')}` : '',
        ),
        conflictBox(e.conflictList),
        accountsTable(e),
      ),
    ),
    single.length
      ? h(
          'section',
          { class: 'panel' },
          h('h2', { text: 'Reported in one article only' }),
          h('ul', {}, single.map(eventLine)),
        )
      : null,
    h('section', { class: 'panel' }, h('h2', { text: 'Articles' }), articleList(story.articleList)),
  )
}
