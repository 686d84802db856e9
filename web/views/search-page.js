import { get } from '../lib/api.js'
import { h, link, notice, replace } from '../lib/dom.js'

/*
 * Corpus search: words plus filters, all in the page address so a search can be shared.
 */

const FILTERS = [
  ['q', 'Words', 'search', 'capture Syria'],
  ['entity', 'Entity', 'text', 'a name'],
  ['place', 'Place', 'text', 'Turkey'],
  ['outlet', 'Outlet', 'text', 'Reuters'],
  ['from', 'From', 'date', ''],
  ['to', 'To', 'date', ''],
]

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT']
PLOVER.push('THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT')

/** A choice of values, `any` first, set to what the address says. */
function choice(name, values, current) {
  const select = h(
    'select',
    { id: `search-${name}`, name },
    h('option', { value: '' }, 'any'),
    values.map((v) => h('option', { value: v }, v.toLowerCase())),
  )
  select.value = current ?? ''
  return select
}

/** A snippet whose matches come wrapped in `[` `]`, drawn with marks, as text only. */
function snippet(text) {
  const out = h('p', { class: 'snippet' })
  for (const [i, part] of text.split(/\[|\]/).entries()) out.append(i % 2 ? h('mark', { text: part }) : part)
  return out
}

/** `#/search?q=…`. */
export async function searchPage({ query }) {
  const inputs = {}
  const fields = FILTERS.map(([name, label, type, placeholder]) => {
    inputs[name] = h('input', { id: `search-${name}`, name, type, placeholder, value: query.get(name) ?? '' })
    return h('label', { class: 'field' }, h('span', { text: label }), inputs[name])
  })
  const kind = choice('sourceKind', ['named', 'anonymous'], query.get('sourceKind'))
  const eventType = choice('eventType', PLOVER, query.get('eventType'))
  const form = h(
    'form',
    {
      class: 'search-form panel',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault()
        const params = new URLSearchParams()
        for (const [name, input] of Object.entries(inputs)) if (input.value.trim()) params.set(name, input.value.trim())
        if (kind.value) params.set('sourceKind', kind.value)
        if (eventType.value) params.set('eventType', eventType.value)
        location.hash = `#/search?${params}`
      },
    },
    h('h1', { text: 'Search the corpus' }),
    h(
      'div',
      { class: 'filters' },
      fields,
      h('label', { class: 'field' }, h('span', { text: 'Event type' }), eventType),
      h('label', { class: 'field' }, h('span', { text: 'Sources' }), kind),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Search'),
  )
  const results = h('div', { class: 'results', 'aria-live': 'polite' })
  const params = Object.fromEntries(query)
  if (Object.keys(params).length) await showPage(results, params)
  return h('div', {}, form, results)
}

async function showPage(results, params, cursor) {
  const page = await get('/api/search', { ...params, limit: 20, cursor })
  if (!cursor) replace(results, h('h2', { text: page.items.length ? 'Results' : 'No articles match.' }))
  results.querySelector('.more')?.remove()
  const list = results.querySelector('ol') ?? results.appendChild(h('ol', { class: 'hits' }))
  for (const hit of page.items) {
    const a = hit.article
    list.append(
      h(
        'li',
        {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.title || a.id),
        h('span', { class: 'muted', text: ` ${[a.outlet, a.published].filter(Boolean).join(' · ')}` }),
        hit.snippet ? snippet(hit.snippet) : null,
      ),
    )
  }
  if (page.next) {
    results.append(
      h(
        'button',
        { type: 'button', class: 'more', onclick: () => showPage(results, params, page.next) },
        'More results',
      ),
    )
  }
  if (!page.items.length && cursor) results.append(notice('No more results.'))
}
