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
    if (run === current) replace(main, h('h1', { text: 'Something went wrong' }), notice(error.message, 'error'))
  }
  if (run === current && page !== '') main.focus({ preventScroll: true })
  window.scrollTo(0, 0)
}

window.addEventListener('hashchange', render)
// The skip link focuses the content without touching the hash the router reads.
document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault()
  document.getElementById('main')?.focus()
})
render()
