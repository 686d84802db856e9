import { get } from '../lib/api.js'
import { figure, h } from '../lib/dom.js'
import { articleList } from './article-page.js'
import { claimList, eventLine } from './claims.js'

/** `#/entity/ID`: every claim by or about one person, body or place, with its sources. */
export async function entityPage({ id }) {
  const e = await get(`/api/entities/${encodeURIComponent(id)}`)
  return h(
    'div',
    { class: 'entity-page' },
    h('h1', {}, e.name, ' ', h('span', { class: `badge type-${e.type}`, text: e.type })),
    e.aliases?.length ? h('p', { class: 'muted', text: `Also: ${e.aliases.join(', ')}` }) : null,
    h(
      'section',
      { class: 'profile' },
      figure(e.articles, 'articles'),
      figure(e.mentions, 'mentions'),
      figure(e.claimsBy.length, 'claims by'),
      figure(e.claimsAbout.length, 'claims about'),
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { class: 'panel' },
        h('h2', { text: 'Claims by' }),
        claimList(e.claimsBy, `No claim is sourced to ${e.name}.`),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', { text: 'Claims about' }),
        claimList(e.claimsAbout, `No claim names ${e.name}.`),
      ),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', { text: 'Events' }),
      e.events.length ? h('ul', {}, e.events.map(eventLine)) : h('p', { class: 'muted', text: 'None.' }),
    ),
    h('section', { class: 'panel' }, h('h2', { text: 'Articles' }), articleList(e.articleList)),
  )
}
