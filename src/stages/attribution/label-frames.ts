import type { Paragraph, Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Frame } from './frames.js'
import { type Quote, quoteAt } from './quotes.js'

/**
 * Labels that introduce no speaker: `Source: Duvar English`, `Photo: AP`, `Read more: ...`, and
 * the newsroom's flags on a headline (`The Latest: ...`, `Breaking: ...`, `Clarification: ...`).
 */
const NOT_SPEAKERS =
  /^(source|sources|photo|photos|update|updated|watch|read|read more|note|editor's note|editor’s note|correction|clarification|related|video|image|caption|credit|contact|email|tags|filed under|by|byline|live|breaking|breaking news|developing|just in|the latest|latest|analysis|opinion|exclusive|revealed|bombshell|transcript|q|a)$/i

/**
 * Attributions written without a verb. A speaker's label opening a headline or a transcript
 * line (`Senator: Tax plan is dead`, `WALLACE: Let's start`) attributes the rest of the line;
 * a name after a closing quote and a dash (`"..." ― Jane Doe`) signs the quote.
 */
export function labelFrames(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotes: readonly Quote[],
): Frame[] {
  const frames: Frame[] = []
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < t.end)
  for (const [p, para] of paragraphs.entries()) {
    const line = text.slice(para.start, para.end)
    const label = /^["“]?([A-Z][\w.'’ -]{0,40}?):\s+\S/u.exec(line)
    const name = label?.[1]?.trim()
    const isHeadline = p === 0
    const isTranscript = name !== undefined && name === name.toUpperCase() && /[A-Z]{2}/.test(name)
    if (label && name && !NOT_SPEAKERS.test(name) && name.split(/\s+/).length <= 5 && (isHeadline || isTranscript)) {
      const nameStart = para.start + line.indexOf(name)
      const colon =
        nameStart +
        (label[1] as string).length +
        line.slice(nameStart - para.start + (label[1] as string).length).indexOf(':')
      const frame = frameFor(
        tokenAt,
        { start: nameStart, end: nameStart + name.length },
        colon,
        {
          start: colon + 1,
          end: para.end,
        },
        text,
      )
      if (frame) frames.push(frame)
    }
    const signed = /[”"]\s*[―—–-]{1,2}\s*([A-Z][\w.'’ -]{1,40}?)[.\s]*$/u.exec(line)
    if (signed?.[1]) {
      const closer = para.start + signed.index
      const q = quoteAt(quotes, closer)
      const dash = para.start + line.slice(signed.index).search(/[―—–-]/u) + signed.index
      const nameStart = para.start + line.lastIndexOf(signed[1])
      if (q) {
        const frame = frameFor(tokenAt, { start: nameStart, end: nameStart + signed[1].length }, dash, q.inner, text)
        if (frame) frames.push(frame)
      }
    }
  }
  return frames
}

function frameFor(
  tokenAt: (offset: number) => number,
  name: Span,
  cueAt: number,
  content: Span,
  text: string,
): Frame | null {
  const first = tokenAt(name.start)
  const last = tokenAt(name.end - 1)
  const cue = tokenAt(cueAt)
  let { start, end } = content
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (first < 0 || last < 0 || cue < 0 || end <= start) return null
  return {
    cue: { first: cue, last: cue + 1, head: cue, lemma: text[cueAt] ?? ':', frame: 'verb', stance: 'assert' },
    source: [first, last + 1],
    inherits: false,
    content: { start, end },
    channel: null,
  }
}

const OUTLET_NOTE = /^(?:(editor['’]s note|correction)s?\s*:|\(?(additional )?(reporting|writing|editing) by )/i

/**
 * `Editor's note: ...`, `Correction: ...`, `(Reporting by ...)`: the outlet's own notes on the
 * article report no one. Whether a text offset falls in one.
 */
export function outletNotes(text: string, paragraphs: readonly Paragraph[]): (offset: number) => boolean {
  const notes = paragraphs.filter((p) => OUTLET_NOTE.test(text.slice(p.start, p.end)))
  return (offset) => notes.some((p) => p.start <= offset && offset < p.end)
}
