import { h, link } from '../lib/dom.js'
import { claimText } from '../lib/spoken.js'

/*
 * Claims across the corpus (the store's Claim records): who said it, how, what, and where.
 */

/** `named`, `anonymous` or `unclear` for a corpus claim's source. */
export function claimKind(claim) {
  return claim.source.named === true ? 'named' : claim.source.named === false ? 'anonymous' : 'unclear'
}

/** One corpus claim, with links to its source's entity page and its article. */
export function corpusClaim(claim) {
  const kind = claimKind(claim)
  const count = claim.source.count
  const who = claim.source.label ?? 'unnamed source'
  return h(
    'div',
    { class: 'claim' },
    h(
      'p',
      { class: 'claim-head' },
      h('span', { class: `badge badge-${kind}`, text: count && count > 1 ? `${kind} ×${count}` : kind }),
      ' ',
      claim.source.entity
        ? link(`#/entity/${encodeURIComponent(claim.source.entity)}`, who)
        : h('strong', { text: who }),
      ' ',
      h('span', { class: `cue-word stance-${claim.stance}`, text: claim.cue }),
    ),
    claim.content
      ? h('blockquote', { text: claimText(claim) })
      : h('p', { class: 'muted', text: claim.stance === 'decline' ? 'Declined to comment.' : 'No content.' }),
    h(
      'p',
      { class: 'muted small' },
      'In ',
      link(`#/article/${encodeURIComponent(claim.articleId)}`, claim.article.title || claim.articleId),
      ` ${[claim.article.outlet, claim.article.published].filter(Boolean).join(' · ')}`,
    ),
  )
}

/** A list of corpus claims, or a line saying there are none. */
export function claimList(claims, none) {
  return claims.length ? h('div', { class: 'claims' }, claims.map(corpusClaim)) : h('p', { class: 'muted', text: none })
}

/** A corpus time for reading: `before:2024-04-03` -> `before 2024-04-03`. */
export function timeText(time) {
  return time ? String(time).replace(/^before:/, 'before ') : time
}

/** A corpus event in one line, linked to its page. */
export function eventLine(event) {
  const what = event.mode ? `${event.type} (${event.mode})` : event.type
  const who = event.targets?.map((t) => t.text).join(', ')
  return h(
    'li',
    {},
    link(`#/event/${encodeURIComponent(event.id)}`, who ? `${what}: ${who}` : what),
    h('span', { class: 'muted', text: ` ${[timeText(event.time), event.place?.name].filter(Boolean).join(' · ')}` }),
    event.conflicts ? h('span', { class: 'badge badge-conflict', text: 'conflict' }) : null,
  )
}
