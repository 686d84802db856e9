import { argumentText, eventTime, eventTitle, sourceKind, sourceLabel } from '../lib/analysis-index.js'
import { h, link } from '../lib/dom.js'
import { spokenText } from '../lib/spoken.js'

/*
 * What a highlighted span is: the panel beside the text. One block per thing under the
 * pointer, innermost first; a claim shows once however many of its parts are under it.
 */

/** Link to a record: its corpus page when the article is stored, else its card on this page. */
export function recordLink(index, kind, id, label) {
  const corpus = kind === 'entity' ? index.entityLinks[id] : index.eventLinks[id]
  if (corpus) return link(`#/${kind}/${encodeURIComponent(corpus)}`, label)
  return h(
    'button',
    {
      type: 'button',
      class: 'linklike',
      onclick: () => {
        const card = document.getElementById(`${kind}-${id}`)
        card?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        card?.focus({ preventScroll: true })
      },
    },
    label,
  )
}

/** A source's badge: named or anonymous, and how many people. */
export function sourceBadge(index, attribution) {
  const kind = sourceKind(index, attribution)
  const count = attribution.source.count
  const text = kind === 'unclear' ? 'unclear' : count && count > 1 ? `${kind} ×${count}` : kind
  return h('span', { class: `badge badge-${kind}`, text })
}

/** What the source record says of who they are: affiliation, role, rank and why they are not named. */
function sourceFacts(index, attribution) {
  const record = attribution.source.id ? index.sources.get(attribution.source.id) : undefined
  if (!record) return null
  const facts = [record.affiliation, record.role, record.rank].map((list) => (list ?? []).join(', ')).filter(Boolean)
  if (record.anonymity?.text) facts.push(`anonymity: ${record.anonymity.text}`)
  return facts.length ? h('p', { class: 'muted source-facts', text: facts.join(' · ') }) : null
}

/** One claim: who, the cue, what, and the events it reports. */
export function claimBlock(index, attribution) {
  const entity = attribution.source.entity
  const who = sourceLabel(index, attribution)
  const channel = attribution.channel ? index.entities.get(attribution.channel)?.name : null
  return h(
    'div',
    { class: 'claim' },
    h(
      'p',
      { class: 'claim-head' },
      sourceBadge(index, attribution),
      ' ',
      entity ? recordLink(index, 'entity', entity, who) : h('strong', { text: who }),
      ' ',
      h('span', { class: `cue-word stance-${attribution.stance}`, text: attribution.cue.text }),
      channel ? h('span', { class: 'muted', text: ` (relayed by ${channel})` }) : null,
    ),
    sourceFacts(index, attribution),
    attribution.content
      ? h('blockquote', { text: spokenText(attribution) })
      : h('p', { class: 'muted', text: attribution.stance === 'decline' ? 'Declined to comment.' : 'No content.' }),
    index
      .eventsOf(attribution.id)
      .map((event) =>
        h('p', { class: 'claim-event' }, 'Reports ', recordLink(index, 'event', event.id, eventTitle(event))),
      ),
  )
}

function entityBlock(index, entityId) {
  const entity = index.entities.get(entityId)
  if (!entity) return null
  const aka = entity.aliases?.length ? ` also ${entity.aliases.join(', ')}` : ''
  return h(
    'div',
    { class: 'explain-entity' },
    h('span', { class: `badge type-${entity.type}`, text: entity.type }),
    ' ',
    recordLink(index, 'entity', entity.id, entity.name),
    h('span', { class: 'muted', text: `${aka}; named ${entity.mentions.length}× here` }),
    entity.descriptors?.length
      ? h('p', { class: 'muted', text: entity.descriptors.map((d) => d.text).join('; ') })
      : null,
  )
}

function eventBlock(index, eventId) {
  const event = index.events.get(eventId)
  if (!event) return null
  const where = event.place?.map((p) => argumentText(index, p)).join(', ')
  return h(
    'div',
    { class: 'explain-event' },
    h('span', { class: 'badge badge-event', text: 'event' }),
    ' ',
    recordLink(index, 'event', event.id, eventTitle(event)),
    h('p', { class: 'muted', text: [eventTime(event), where, event.modality].filter(Boolean).join(' · ') }),
  )
}

/** The explanation of the spans under the pointer, innermost first. */
export function explain(index, spans) {
  const blocks = []
  const seen = new Set()
  const once = (key, make) => {
    if (seen.has(key)) return
    seen.add(key)
    const block = make()
    if (block) blocks.push(block)
  }
  for (const span of spans) {
    const ref = span.ref
    if (ref.entity) once(`e:${ref.entity}`, () => entityBlock(index, ref.entity))
    if (ref.event) once(`v:${ref.event}`, () => eventBlock(index, ref.event))
    if (ref.time) {
      once(`t:${ref.time.start}`, () =>
        h(
          'p',
          {},
          h('span', { class: 'badge', text: 'time' }),
          ` “${ref.time.text}” = ${ref.time.value ?? 'unresolved'}`,
        ),
      )
    }
    if (ref.conflict !== undefined) once(`c:${ref.conflict}`, () => conflictLine(index, ref.conflict))
    if (ref.attribution) {
      const attribution = index.attributions.get(ref.attribution)
      if (attribution) once(`a:${ref.attribution}`, () => claimBlock(index, attribution))
    }
  }
  return blocks
}

function conflictLine(index, i) {
  const conflict = index.analysis.conflicts[i]
  const event = index.events.get(conflict.event)
  return h(
    'p',
    { class: 'conflict-line' },
    h('span', { class: 'badge badge-conflict', text: 'conflict' }),
    ` Accounts differ on the ${conflict.slot}`,
    event ? ` of ${eventTitle(event)}` : '',
    ': ',
    conflict.values.map((v) => `“${argumentText(index, v.value)}”`).join(' vs '),
  )
}
