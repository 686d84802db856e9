import pc from 'picocolors'
import { type AnalysisJson, isStandIn, type JsonArgument, type JsonSpan } from '../doc/analysis-json.js'
import { joinSpoken } from '../doc/spoken.js'
import { agencyNamed } from '../read/index.js'

/*
 * The readable summary `newsgraph analyze --format pretty` prints: the article, its sourcing
 * profile, entities by type, sources, claims, events and conflicts. Sections with nothing in
 * them say so in one line, so the summary reads sensibly whatever stages have run.
 */

type Colors = ReturnType<typeof pc.createColors>

/** Options for `formatPretty`. */
export interface PrettyOptions {
  color: boolean
  /** Longest quoted text before it is cut with an ellipsis. */
  width?: number
}

/** True when colour suits the stream: a terminal, and NO_COLOR not set (no-color.org). */
export function useColor(stream: { isTTY?: boolean }): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
}

/** A person-readable summary of one analysis, ending with a line break. */
export function formatPretty(analysis: AnalysisJson, options: PrettyOptions): string {
  const c = pc.createColors(options.color)
  const width = options.width ?? 100
  const out: string[] = []
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
  const cut = (s: string) => quote(s, width)
  const arg = (a: JsonArgument) => (a.entity && names.has(a.entity) ? (names.get(a.entity) as string) : a.text)

  out.push(...header(analysis, c))
  out.push('', ...profile(analysis, c))
  out.push('', ...entities(analysis, c))
  out.push('', ...sources(analysis, c, names))
  out.push('', ...claims(analysis, c, cut, names))
  out.push('', ...events(analysis, c, arg))
  out.push('', ...conflicts(analysis, c, arg))
  out.push('', ...timesAndValues(analysis, c))
  const warnings = analysis.messages.filter((m) => m.severity !== 'info')
  if (warnings.length) {
    out.push('', section(c, 'Messages', warnings.length))
    for (const m of warnings) out.push(`  ${c.yellow(m.severity)} ${m.reason} ${c.dim(`[${m.rule}]`)}`)
  }
  return `${out.join('\n')}\n`
}

function header(a: AnalysisJson, c: Colors): string[] {
  const art = a.article
  const title = art.title ?? (art.headline?.text || firstWords(art.text))
  const facts = [
    ['outlet', art.outlet ?? '?'],
    ['origin', art.origin.length ? art.origin.join(', ') : '?'],
    ['published', art.published ?? 'unknown'],
  ]
  if (art.dateline) facts.push(['dateline', art.dateline.text])
  const lines = [c.bold(title), `  ${facts.map(([k, v]) => `${c.dim(k as string)} ${v}`).join(c.dim(' · '))}`]
  const words = art.text.split(/\s+/).filter(Boolean).length
  lines.push(`  ${c.dim('id')} ${art.id}${c.dim(' · ')}${words} words${art.url ? `${c.dim(' · ')}${art.url}` : ''}`)
  return lines
}

function profile(a: AnalysisJson, c: Colors): string[] {
  const p = a.profile
  if (!p.sources && !p.claims && !p.refusals) return [section(c, 'Sourcing'), c.dim('  no attributed claims found')]
  const share = p.anonymousShare === null ? '' : ` (${Math.round(p.anonymousShare * 100)}%)`
  const lines = [
    section(c, 'Sourcing'),
    `  ${counted(p.sources, 'source')}: ${p.named} named, ${c.yellow(`${p.anonymous} anonymous`)}`,
    `  ${counted(p.claims, 'claim')}, ${p.anonymousClaims}${share} resting on anonymous sources only`,
    `  ${counted(p.refusals, 'refusal')} to comment`,
  ]
  for (const r of p.relays) {
    // A source speaking to the story's own agency is its reporting, not a relay.
    const own = a.article.origin.includes(agencyNamed(r.outlet) ?? r.outlet)
    const how = own ? `spoke to ${c.cyan(r.outlet)} (the story's agency)` : `relayed via ${c.cyan(r.outlet)}`
    lines.push(`  ${how}: ${counted(r.claims, 'claim')}`)
  }
  return lines
}

/** `1 claim`, `2 claims`. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function entities(a: AnalysisJson, c: Colors): string[] {
  if (!a.entities.length) return [section(c, 'Entities'), c.dim('  none found')]
  const lines = [section(c, 'Entities', a.entities.length)]
  const byType = new Map<string, AnalysisJson['entities']>()
  for (const e of a.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e])
  for (const [type, list] of byType) {
    lines.push(`  ${c.magenta(type)}`)
    for (const e of list) {
      let line = `    ${c.bold(e.name)} ${c.dim(`×${e.mentions.length}`)}`
      if (e.aliases.length) line += `  ${c.dim('aka')} ${e.aliases.join(', ')}`
      if (e.geo) {
        const g = e.geo
        line += `  ${c.dim('at')} ${g.lat.toFixed(2)}, ${g.lon.toFixed(2)}${g.country ? ` ${g.country}` : ''} ${c.dim(g.kind)}`
      }
      lines.push(line)
      const descriptors = unique(e.descriptors.map((d) => d.text))
      if (descriptors.length) lines.push(`      ${c.dim(descriptors.join('; '))}`)
    }
  }
  if (a.regions.length) {
    lines.push(`  ${c.magenta('REGION')}`)
    // One line per region however often it is named, as for entities.
    const named = new Map<string, { r: AnalysisJson['regions'][number]; times: number }>()
    for (const r of a.regions) {
      const key = `${r.span.text.toLowerCase()}@${r.lat},${r.lon}`
      const seen = named.get(key)
      if (seen) seen.times++
      else named.set(key, { r, times: 1 })
    }
    for (const { r, times } of named.values())
      lines.push(
        `    ${c.bold(r.span.text)} ${c.dim(`×${times}`)}  ${c.dim('at')} ${r.lat.toFixed(2)}, ${r.lon.toFixed(2)}`,
      )
  }
  return lines
}

function sources(a: AnalysisJson, c: Colors, names: Map<string, string>): string[] {
  if (!a.sources.length) return [section(c, 'Sources'), c.dim('  none found')]
  const lines = [section(c, 'Sources', a.sources.length)]
  const ids = new Set(a.sources.map((s) => s.id))
  const line = (s: AnalysisJson['sources'][number], indent: string): string => {
    const said = a.attributions.filter((at) => at.source.id === s.id)
    const kind = s.named === true ? c.green('named') : s.named === false ? c.yellow('anonymous') : c.dim('unclear')
    const count = s.count === null ? '' : ` ${c.dim(`×${s.count}`)}`
    const channels = unique(said.flatMap((at) => (at.channel ? [names.get(at.channel) ?? at.channel] : [])))
    const facts = [
      s.affiliation.join(', '),
      s.role.join(', '),
      s.rank.join(', '),
      channels.length ? `${s.role.includes('document') ? 'seen by' : 'told'} ${channels.join(', ')}` : '',
      counted(said.length, 'attribution'),
    ].filter(Boolean)
    return `${indent}${kind}${count} ${c.bold(s.label)}  ${c.dim(facts.join(' · '))}`
  }
  // Each group source is followed by the sources it is made of (`one of the sources`).
  // The reason given for anonymity is shown once per group, not again under each member.
  const tree = (s: AnalysisJson['sources'][number], depth: number, seen: Set<string>, shown?: string): void => {
    if (seen.has(s.id)) return
    seen.add(s.id)
    lines.push(line(s, '  '.repeat(depth)))
    const reason = s.anonymity?.text
    if (reason && reason !== shown) lines.push(`${'  '.repeat(depth + 1)}${c.dim('anonymity:')} ${reason}`)
    for (const member of a.sources) if (member.group === s.id) tree(member, depth + 1, seen, reason ?? shown)
  }
  const seen = new Set<string>()
  for (const s of a.sources) if (!s.group || !ids.has(s.group)) tree(s, 1, seen)
  return lines
}

function claims(a: AnalysisJson, c: Colors, cut: (s: string) => string, names: Map<string, string>): string[] {
  if (!a.attributions.length) return [section(c, 'Claims'), c.dim('  none found')]
  const lines = [section(c, 'Claims', a.attributions.length)]
  const labels = new Map(a.sources.map((s) => [s.id, s.label]))
  for (const at of a.attributions) {
    const said =
      at.source.mention?.text ?? (at.source.entity ? names.get(at.source.entity) : undefined) ?? '(no source)'
    // `He said`, `the group said`, or a description the story later names (`Kenyan activist says`):
    // whom the words stand for, as the Sources section names them.
    const label = at.source.id ? labels.get(at.source.id) : undefined
    const other = label !== undefined && !label.includes(said) && !said.includes(label)
    const who = label && label !== said && (isStandIn(said) || other) ? `${said} ${c.dim(`(${label})`)}` : said
    const told = at.channel ? (names.get(at.channel) ?? at.channel) : at.channelMention?.text
    const channel = told ? ` ${c.dim('→')} ${c.cyan(told)}` : ''
    const stance = at.stance === 'assert' ? '' : ` ${c.red(at.stance === 'decline' ? 'refusal' : at.stance)}`
    lines.push(`  ${c.dim(at.id)} ${c.bold(who)} ${c.blue(at.cue.text)}${channel}${stance}`)
    if (at.content) lines.push(`      ${cut(spokenWords(at))} ${c.dim(at.kind)}`)
  }
  return lines
}

/** The words of a claim as its source said them, the writer's interruption shown as an ellipsis. */
function spokenWords(at: AnalysisJson['attributions'][number]): string {
  return at.spoken ? joinSpoken(at.spoken.map((p) => p.text)) : (at.content as JsonSpan).text
}

function events(a: AnalysisJson, c: Colors, arg: (x: JsonArgument) => string): string[] {
  if (!a.events.length) return [section(c, 'Events'), c.dim('  none found')]
  const lines = [section(c, 'Events', a.events.length)]
  for (const e of a.events) {
    const triggers = unique(e.triggers.map((t) => t.text)).join(', ')
    lines.push(
      `  ${c.dim(e.id)} ${c.magenta(e.type)}${e.mode ? `/${e.mode}` : ''} ${c.bold(triggers)} ${c.dim(e.modality)}`,
    )
    const time = e.time === null ? '' : 'value' in e.time ? e.time.value : `before ${e.time.before}`
    const parts: [string, string][] = [
      ['actors', unique(e.actors.map(arg)).join(', ')],
      ['targets', unique(e.targets.map(arg)).join(', ')],
      ['place', unique(e.place.map(arg)).join(', ')],
      ['time', time],
      ['sources', e.attributions.join(', ')],
    ]
    for (const [k, v] of parts) if (v) lines.push(`      ${c.dim(k.padEnd(8))}${v}`)
  }
  return lines
}

function conflicts(a: AnalysisJson, c: Colors, arg: (x: JsonArgument) => string): string[] {
  if (!a.conflicts.length) return [section(c, 'Conflicts'), c.dim('  no disagreeing accounts found')]
  const lines = [section(c, 'Conflicts', a.conflicts.length)]
  const said = new Map(a.attributions.map((at) => [at.id, at.source.mention?.text]))
  for (const k of a.conflicts) {
    const event = a.events.find((e) => e.id === k.event)
    const what = event ? `${event.type}${event.mode ? `/${event.mode}` : ''} (${k.event})` : k.event
    lines.push(`  ${c.red(k.slot)} of ${what}:`)
    for (const v of k.values) {
      const value = 'start' in v.value ? arg(v.value as JsonArgument) : v.value.value
      const who = v.attributions.map((id) => `${said.get(id) ?? '?'} (${id})`).join('; ')
      lines.push(`    ${c.bold(value)}  ${c.dim(`according to ${who || '?'}`)}`)
    }
  }
  return lines
}

function timesAndValues(a: AnalysisJson, c: Colors): string[] {
  const lines = [section(c, 'Times and values', a.times.length + a.values.length)]
  if (!a.times.length && !a.values.length) return [section(c, 'Times and values'), c.dim('  none found')]
  for (const t of a.times) {
    const value = t.value ?? c.dim('unresolved')
    const range = t.end_value ? ` .. ${t.end_value}` : ''
    lines.push(`  ${c.cyan(t.text)} ${c.dim('=')} ${value}${range}`)
  }
  for (const v of a.values) {
    const unit = v.currency ?? v.unit ?? (v.type === 'PERCENT' ? '%' : '')
    lines.push(`  ${c.cyan(v.text)} ${c.dim('=')} ${v.amount}${unit ? ` ${unit}` : ''} ${c.dim(v.type)}`)
  }
  return lines
}

function section(c: Colors, title: string, n?: number): string {
  return c.underline(c.bold(title)) + (n === undefined ? '' : c.dim(` (${n})`))
}

function quote(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ')
  return `“${flat.length > width ? `${flat.slice(0, width - 1)}…` : flat}”`
}

function unique(items: string[]): string[] {
  return [...new Set(items)]
}

function firstWords(text: string): string {
  return quote(text, 60)
}
