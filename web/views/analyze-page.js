import { post, setToken, token } from '../lib/api.js'
import { h, link, notice, replace } from '../lib/dom.js'
import { renderAnalysis } from './analysis.js'

/*
 * Paste, upload or point at an article and read its analysis at once. Nothing is stored.
 */

function field(label, input) {
  return h('label', { class: 'field' }, h('span', { text: label }), input)
}

/** Stores the analysed article in the corpus: a write, so the API token is asked for. */
function saveControl(body) {
  const input = h('input', { type: 'password', autocomplete: 'off', placeholder: 'API token', value: token() ?? '' })
  const out = h('span', { class: 'save-result', 'aria-live': 'polite' })
  return h(
    'div',
    { class: 'save row' },
    h('label', { class: 'field' }, h('span', { text: 'Keep it: API token (writes need it)' }), input),
    h(
      'button',
      {
        type: 'button',
        class: 'more',
        onclick: async () => {
          setToken(input.value.trim())
          try {
            const saved = await post('/api/ingest', { articles: [body] })
            const id = saved.articles[0].id
            replace(
              out,
              saved.articles[0].added ? 'Saved: ' : 'Already in the corpus: ',
              link(`#/article/${encodeURIComponent(id)}`, 'open it'),
            )
          } catch (error) {
            replace(out, notice(error.message, 'error'))
          }
        },
      },
      'Save to the corpus',
    ),
    out,
  )
}

/** `#/analyze`. */
export function analyzePage() {
  const text = h('textarea', {
    id: 'article-text',
    name: 'text',
    rows: 12,
    placeholder: 'Paste the article text here…',
  })
  const url = h('input', { id: 'article-url', name: 'url', type: 'url', placeholder: 'https://…' })
  const file = h('input', {
    id: 'article-file',
    name: 'file',
    type: 'file',
    accept: '.txt,.html,.htm,text/plain,text/html',
  })
  const published = h('input', { id: 'article-published', name: 'published', type: 'date' })
  const outlet = h('input', { id: 'article-outlet', name: 'outlet', type: 'text', placeholder: 'e.g. Reuters' })
  const status = h('div', { class: 'status', 'aria-live': 'polite' })
  const result = h('div', { id: 'analysis-result' })
  let html = null

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0]
    if (!chosen) return
    const content = await chosen.text()
    // An HTML file goes to the server's HTML reader; its text is not shown in the box as markup.
    if (/\.html?$/i.test(chosen.name) || chosen.type === 'text/html') {
      html = content
      text.value = ''
      replace(status, notice(`${chosen.name}: HTML, its article text will be extracted.`))
    } else {
      html = null
      text.value = content
      replace(status)
    }
  })
  text.addEventListener('input', () => {
    html = null
  })

  const form = h(
    'form',
    {
      class: 'analyze-form panel',
      onsubmit: async (event) => {
        event.preventDefault()
        const meta = { published: published.value || undefined, outlet: outlet.value.trim() || undefined }
        const body = url.value.trim()
          ? { url: url.value.trim(), ...meta }
          : html
            ? { html, ...meta }
            : { text: text.value, ...meta }
        if (!body.url && !body.html && !body.text.trim()) {
          replace(status, notice('Paste some text, choose a file or give a URL first.', 'error'))
          return
        }
        replace(status, notice('Analysing…'))
        replace(result)
        try {
          const analysis = await post('/api/analyze', body)
          replace(status, saveControl(body))
          replace(result, renderAnalysis(analysis))
          result.querySelector('h1')?.setAttribute('tabindex', '-1')
          result.querySelector('h1')?.focus()
        } catch (error) {
          replace(status, notice(`${error.message} (${error.code})`, 'error'))
        }
      },
    },
    h('h1', { text: 'Analyse an article' }),
    field('Article text', text),
    h('div', { class: 'row' }, field('…or a file (.txt, .html)', file), field('…or a URL', url)),
    h('div', { class: 'row' }, field('Published', published), field('Outlet', outlet)),
    h('button', { type: 'submit', class: 'primary', id: 'analyze-button' }, 'Analyse'),
    status,
  )
  return h('div', {}, form, result)
}
