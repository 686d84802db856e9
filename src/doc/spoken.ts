import type { Attribution } from './layers.js'
import type { Span } from './span.js'

/*
 * A quote broken by its own attribution (`"The dam held," said Ada Kerr, a farmer. "It will hold
 * again."`) is one content from its first word to its last, so the writer's interruption sits
 * inside it. Every reader that shows a claim wants the source's words alone; they are worked out
 * here once, when the analysis becomes JSON, so the CLI and the web UI show the same thing.
 */

const CLOSE = /["”]|''/g
const OPEN = /["“]|''/g

/** A claim's spoken parts as one line, the writer's interruption shown as an ellipsis. */
export function joinSpoken(parts: readonly string[]): string {
  return parts.join(' … ')
}

/**
 * The parts of an attribution's content that are its source's own words, without the quote marks
 * and interruption between them; null when nothing of the attribution interrupts the content.
 */
export function spokenParts(text: string, at: Pick<Attribution, 'cue' | 'content' | 'source'>): Span[] | null {
  const content = at.content
  if (!content) return null
  const inside = (s: Span | null | undefined): s is Span => !!s && s.start > content.start && s.end < content.end
  const mention = inside(at.source.mention) ? at.source.mention : null
  if (!inside(at.cue)) return null
  const from = Math.min(at.cue.start, mention?.start ?? at.cue.start)
  const to = Math.max(at.cue.end, mention?.end ?? at.cue.end)
  const before = text.slice(content.start, from)
  const after = text.slice(to, content.end)
  let close = -1
  for (const m of before.matchAll(CLOSE)) close = m.index
  // The source resumes after the aside's own punctuation (`a farmer. "`, `she added, "`); a mark
  // after a word is a phrase the writer quotes (`the bank's drive to "cross-sell"`).
  // An opening mark stands before a word, not after one (`Desk." "We`).
  const open = [...after.matchAll(OPEN)].find(
    (m) => /(^|[.,:;]["”'’]*\s)\s*$/.test(after.slice(0, m.index)) && /\S/.test(after[m.index + m[0].length] ?? ''),
  )
  let first: Span
  let second: Span
  // The first part of a broken quote ends with punctuation (`held,"`, `why?"`, `'no,'"`).
  if (close >= 0 && open && /[,.?!…—–'’-]$/.test(before.slice(0, close))) {
    first = { start: content.start, end: content.start + close }
    second = { start: to + open.index + open[0].length, end: content.end }
  } else if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
    // Unquoted words set off by commas (`the dam, Kerr said, will hold`).
    first = { start: content.start, end: content.start + before.lastIndexOf(',') }
    second = { start: to + after.indexOf(',') + 1, end: content.end }
  } else return null
  const parts = [trim(text, first), trim(text, second)]
  return parts.every((p) => p.start < p.end) ? parts : null
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return { start, end }
}
