import { setToken, token } from './lib/api.js'
import { h, notice, replace } from './lib/dom.js'
import { analyzePage } from './views/analyze-page.js'
import { articlePage, homePage } from './views/article-page.js'
import { graphPage, mapPage, timelinePage } from './views/corpus-pages.js'
import { entityPage } from './views/entity-page.js'
import { eventPage } from './views/event-page.js'
import { searchPage } from './views/search-page.js'
import { storiesPage, storyPage } from './views/story-page.js'

/*
 * The page router: `#/what/id?query`. Hash routes keep the server to one static page and
 * make every view a link that can be shared and bookmarked.
 */

const ROUTES = {
  '': homePage,
  analyze: analyzePage,
  search: searchPage,
  article: articlePage,
  entity: entityPage,
  event: eventPage,
  stories: storiesPage,
  story: storyPage,
  timeline: timelinePage,
  map: mapPage,
  graph: graphPage,
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '')
  const [path, query = ''] = raw.split('?')
  const [page = '', ...rest] = path.split('/')
  return { page, id: rest.length ? decodeURIComponent(rest.join('/')) : null, query: new URLSearchParams(query) }
}

let current = 0

async function render() {
  const main = document.getElementById('main')
  const { page, id, query } = parseHash()
  const view = ROUTES[page]
  const run = ++current
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === `#/${page}`) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  if (!view) {
    replace(main, h('h1', { text: 'Not found' }), notice(`There is no page “${page}”.`, 'error'))
    return
  }
  replace(main, notice('Loading…'))
  try {
    const node = await view({ id, query })
    if (run === current) replace(main, node)
  } catch (error) {
    if (run !== current) return
    if (error.status === 401 || error.status === 403) replace(main, tokenForm(error.message))
    else replace(main, h('h1', { text: 'Something went wrong' }), notice(error.message, 'error'))
  }
  if (run === current && page !== '') main.focus({ preventScroll: true })
  window.scrollTo(0, 0)
}

/** Asks for the API token of a private server; kept for this tab only. */
function tokenForm(message) {
  const input = h('input', { id: 'token', type: 'password', autocomplete: 'off', value: token() ?? '' })
  return h(
    'form',
    {
      class: 'panel',
      onsubmit: (event) => {
        event.preventDefault()
        setToken(input.value.trim())
        render()
      },
    },
    h('h1', { text: 'This server needs its API token' }),
    notice(message, 'error'),
    h('label', { class: 'field' }, h('span', { text: 'API token (kept in this tab only)' }), input),
    h('button', { type: 'submit', class: 'primary' }, 'Use token'),
  )
}

window.addEventListener('hashchange', render)
// The skip link focuses the content without touching the hash the router reads.
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault()
  document.getElementById('main')?.focus()
})
render()
