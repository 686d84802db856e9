import { get } from '../lib/api.js'
import { figure, h, link, plural } from '../lib/dom.js'
import { renderAnalysis } from './analysis.js'

/*
 * The home page (what the corpus holds) and a stored article's page.
 */

/** A list of articles, each a link to its page. */
export function articleList(articles) {
  if (!articles.length) return h('p', { class: 'muted', text: 'No articles.' })
  return h(
    'ul',
    { class: 'article-list' },
    articles.map((a) =>
      h(
        'li',
        {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.title || a.id),
        h('span', { class: 'muted', text: ` ${[a.outlet, a.published].filter(Boolean).join(' · ')}` }),
        a.wireGroup && !a.isOrigin ? h('span', { class: 'badge', text: 'wire copy' }) : null,
      ),
    ),
  )
}

/** `#/`: counts, a way in for a new article, the newest articles and the stories. */
export async function homePage() {
  const [stats, articles, stories, entities] = await Promise.all([
    get('/api/stats'),
    get('/api/articles', { limit: 30 }),
    get('/api/stories', { limit: 10 }),
    get('/api/entities', { limit: 24 }),
  ])
  return h(
    'div',
    { class: 'home' },
    h('h1', { text: 'The corpus' }),
    h(
      'section',
      { class: 'profile' },
      figure(stats.articles, 'articles'),
      figure(stats.entities, 'entities'),
      figure(stats.events, 'events'),
      figure(stats.stories, 'stories'),
    ),
    h(
      'p',
      { class: 'lead' },
      link('#/analyze', 'Paste or upload an article'),
      ' to see its sources, claims, events and conflicts at once, or ',
      link('#/search', 'search the corpus'),
      '.',
    ),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'panel' }, h('h2', { text: 'Articles' }), articleList(articles.items)),
      h(
        'section',
        { class: 'panel' },
        h('h2', { text: 'Stories' }),
        stories.items.length
          ? h(
              'ul',
              {},
              stories.items.map((s) =>
                h(
                  'li',
                  {},
                  link(`#/story/${encodeURIComponent(s.id)}`, s.title || s.id),
                  h('span', {
                    class: 'muted',
                    text: ` ${plural(s.articles, 'article')}, ${plural(s.events, 'event')}`,
                  }),
                ),
              ),
            )
          : h('p', { class: 'muted', text: 'No stories yet.' }),
        h('h2', { text: 'Most named' }),
        h(
          'p',
          { class: 'chips' },
          entities.items.map((e) =>
            link(`#/entity/${encodeURIComponent(e.id)}`, h('span', { class: `chip type-${e.type}` }, e.name)),
          ),
        ),
      ),
    ),
  )
}

/** `#/article/ID`: a stored article with its analysis, wire copies and corpus links. */
export async function articlePage({ id }) {
  const article = await get(`/api/articles/${encodeURIComponent(id)}`)
  return h(
    'div',
    {},
    renderAnalysis(article.analysis, { entityLinks: article.entityLinks, eventLinks: article.eventLinks }),
    article.copies?.length
      ? h(
          'section',
          { class: 'panel' },
          h('h2', { text: 'Copies of the same wire story' }),
          articleList(article.copies),
        )
      : null,
    article.story
      ? h('p', {}, link(`#/story/${encodeURIComponent(article.story)}`, 'All accounts of this story'))
      : null,
  )
}
