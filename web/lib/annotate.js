import { h } from './dom.js'
import { spokenSpans } from './spoken.js'

/*
 * Splits an article's text where any highlighted span starts or ends, and draws each piece with
 * the classes of every span over it, so nested highlights (a source inside a claim, a name inside
 * a source) all show. Pieces are text nodes: the article can contain no markup.
 */

/** Highlight kinds, innermost first: the order explanations list them in. */
export const KINDS = ['mention', 'time', 'trigger', 'conflict', 'cue', 'source', 'content']

const TAB_STOPS = new Set(['source', 'cue', 'trigger', 'conflict'])

/** Every span to highlight in an analysis, each `{ start, end, kind, cls, ref }`. */
export function highlightSpans(index) {
  const a = index.analysis
  const spans = []
  const add = (span, kind, cls, ref) => {
    if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind, cls, ref })
  }
  for (const entity of a.entities ?? []) {
    for (const m of entity.mentions ?? []) add(m, 'mention', `mention type-${entity.type}`, { entity: entity.id })
  }
  for (const t of a.times ?? []) add(t, 'time', 'time', { time: t })
  for (const event of a.events ?? [])
    for (const t of event.triggers ?? []) add(t, 'trigger', 'trigger', { event: event.id })
  for (const attribution of a.attributions ?? []) {
    const ref = { attribution: attribution.id }
    const named = attribution.source.named
    const kind = named === true ? 'named' : named === false ? 'anonymous' : 'unclear'
    add(attribution.source.mention, 'source', `source source-${kind}`, ref)
    add(attribution.cue, 'cue', attribution.stance === 'assert' ? 'cue' : `cue cue-${attribution.stance}`, ref)
    // A quote broken by its attribution is shaded where the source speaks, not across the break.
    for (const part of spokenSpans(attribution)) add(part, 'content', 'content', ref)
  }
  for (const [i, conflict] of (a.conflicts ?? []).entries()) {
    for (const v of conflict.values ?? []) if ('start' in v.value) add(v.value, 'conflict', 'conflict', { conflict: i })
  }
  return spans
}

/**
 * Draws the text with its highlights. `onPick(spans)` gets the spans under a piece, innermost
 * first, on hover, focus or click. Sources, cues, event words and conflicting details get one tab
 * stop each, where they start.
 */
export function annotatedText(text, spans, onPick) {
  const cuts = new Set([0, text.length])
  for (const s of spans) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y)
  const sorted = [...spans].sort((x, y) => x.start - y.start)
  const root = h('div', { class: 'article-text' })
  let open = []
  let next = 0
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]
    const end = points[i + 1]
    while (next < sorted.length && sorted[next].start <= start) open.push(sorted[next++])
    open = open.filter((s) => s.end > start)
    const over = open.filter((s) => s.start <= start && s.end >= end)
    const piece = text.slice(start, end)
    if (!over.length) {
      root.append(document.createTextNode(piece))
      continue
    }
    over.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind) || x.end - x.start - (y.end - y.start))
    // Tab stops only where a source, cue, event word or conflicting detail starts: names are many
    // and are reached through the list of names below the text.
    const starts = over.some((s) => s.start === start && TAB_STOPS.has(s.kind))
    const el = h('span', { class: over.map((s) => s.cls).join(' '), tabindex: starts ? 0 : undefined }, piece)
    if (starts) el.setAttribute('role', 'button')
    const pick = () => onPick(over)
    el.addEventListener('mouseenter', pick)
    el.addEventListener('focus', pick)
    el.addEventListener('click', pick)
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        pick()
        document.getElementById('explain')?.focus()
      }
    })
    root.append(el)
  }
  return root
}
