/*
 * Building the page without markup strings: every text, article words included, goes in as a
 * text node, so nothing an article says can become an element or a script.
 */

/**
 * Makes an element. `props`: `class`, `text`, `on<event>` handlers, `dataset`, or any attribute
 * (set with setAttribute, never as HTML). Children: nodes, strings (text nodes), arrays, or nullish.
 */
export function h(tag, props = {}, ...children) {
  const svg = SVG_TAGS.has(tag)
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag)
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue
    if (key === 'text') el.textContent = String(value)
    else if (key === 'dataset') Object.assign(el.dataset, value)
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  append(el, children)
  return el
}

const SVG_TAGS = new Set(['svg', 'g', 'path', 'circle', 'line', 'text', 'title', 'rect', 'defs', 'marker', 'polyline'])

/** Appends children: nodes as they are, anything else as text. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue
    el.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return el
}

/** Empties an element and fills it with new children. */
export function replace(el, ...children) {
  el.replaceChildren()
  return append(el, children)
}

/** A link inside an SVG drawing: an SVG `a`, which an HTML `a` inside SVG is not. */
export function svgLink(href, label, ...children) {
  const a = document.createElementNS('http://www.w3.org/2000/svg', 'a')
  a.setAttribute('href', href)
  if (label) a.setAttribute('aria-label', label)
  return append(a, children)
}

/** A link inside the app. */
export function link(hash, ...children) {
  return h('a', { href: hash }, ...children)
}

/** `3 security sources`, `1 source`. */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`
}

/** A small labelled figure for summary bars. */
export function figure(value, label, extra = {}) {
  return h(
    'div',
    { class: `figure ${extra.class ?? ''}`.trim() },
    h('strong', { text: value }),
    h('span', { text: label }),
  )
}

/** A message in place of content: loading, empty or failed. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', text })
}
