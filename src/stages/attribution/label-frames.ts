import type { Paragraph, Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Frame } from './frames.js'
import { type Quote, quoteAt } from './quotes.js'

/**
 * Labels that introduce no speaker: `Source: Duvar English`, `Photo: AP`, `Read more: ...`, and
 * the newsroom's flags on a headline (`The Latest: ...`, `Breaking: ...`, `Clarification: ...`).
 */
const NOT_SPEAKERS =
  /^(source|sources|photo|photos|update|updated|watch|read|read more|note|editor's note|editor’s note|correction|clarification|related|video|image|caption|credit|contact|email|tags|filed under|by|byline|live|breaking|breaking news|developing|just in|the latest|latest|analysis|opinion|exclusive|revealed|bombshell|transcript)$/i

/** A speaker's name as a label or signature writes it: `Ana Dávila`, `Rep. Jo Roe (D-Va.)`, `MORALES`. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’ -]{0,40}?(?: \([\p{L}.-]{1,12}\))?`
/** A label opening a paragraph, after an optional opening quotation mark: `WALLACE: ...`, `Jo Roe: "..."`. */
const LABEL = new RegExp(String.raw`^["“]?(${NAME}):\s*(\S)`, 'u')
/** A label inside a line of excerpts, after a dash: `Poll roundup - Jo Roe: “...`. */
const INLINE_LABEL = new RegExp(String.raw`\s[―—–-]{1,2}\s(?:More from |From )?(${NAME}):\s*[“"]`, 'gu')
/** A name after a closing quote and a dash: `"..." ― Jane Doe`. */
const SIGNED = new RegExp(String.raw`[”"]\s*[―—–-]{1,2}\s*(${NAME})[.\s]*$`, 'u')
/** A paragraph that only signs the quote before it: `- Jane Doe.`, `— Jane Doe, Springfield`. */
const SIGNATURE = new RegExp(String.raw`^[―—–-]{1,2}\s*(${NAME})(?:,[^,]{1,60})?[.\s]*$`, 'u')
/** Interviewer and interviewee labels: a transcript's `Q:` and `A:`. */
const QUESTION_ANSWER = /^(q|a)$/i

/**
 * Attributions written without a verb. A speaker's label opening a headline or a transcript
 * line (`Senator: Tax plan is dead`, `WALLACE: Let's start`, `Q: ...` and `A: ...`) attributes
 * the rest of the line; a name after a closing quote and a dash (`"..." ― Jane Doe`), or alone
 * on the line after a quote paragraph (`- Jane Doe.`), signs the quote. A label in mixed case
 * (`Jo Roe: ...`) counts as a speaker when it opens a quotation or when other paragraphs open
 * with labels too, as a transcript's do; one label in running text is more often a heading.
 */
export function labelFrames(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotes: readonly Quote[],
): Frame[] {
  const frames: Frame[] = []
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < t.end)
  const lines = paragraphs.map((para) => text.slice(para.start, para.end))
  const labels = lines.map((line) => speakerLabel(line))
  const isName = (p: number, name: string) => {
    const start = (paragraphs[p] as Paragraph).start + (lines[p] as string).indexOf(name)
    return isProperName(tokens, start, start + name.length)
  }
  const labelled = labels.filter((l, p) => l !== null && isName(p, l.name)).length
  const interview =
    labels.some((l) => l?.name.toUpperCase() === 'Q') && labels.some((l) => l?.name.toUpperCase() === 'A')
  for (const [p, para] of paragraphs.entries()) {
    const line = lines[p] as string
    const label = labels[p]
    if (label) {
      const { name, colon } = label
      const isTranscript = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)
      const isQuestionAnswer = QUESTION_ANSWER.test(name)
      const speaks = isQuestionAnswer
        ? interview
        : p === 0 ||
          isTranscript ||
          (isName(p, name) &&
            (label.opensQuote || (labelled >= 2 && isStatement(text, tokens, para.start + colon + 1, para.end))))
      if (speaks) {
        const nameStart = para.start + line.indexOf(name)
        const frame = frameFor(
          tokenAt,
          { start: nameStart, end: nameStart + name.length },
          para.start + colon,
          { start: para.start + colon + 1, end: para.end },
          text,
        )
        if (frame) frames.push(frame)
      }
    }
    for (const inline of line.matchAll(INLINE_LABEL)) {
      const name = (inline[1] as string).trim()
      const nameStart = para.start + (inline.index as number) + (inline[0] as string).indexOf(name)
      if (NOT_SPEAKERS.test(name) || name.split(/\s+/).length > 5) continue
      if (!isProperName(tokens, nameStart, nameStart + name.length)) continue
      const colon = text.indexOf(':', nameStart + name.length)
      const frame = frameFor(
        tokenAt,
        { start: nameStart, end: nameStart + name.length },
        colon,
        { start: colon + 1, end: para.end },
        text,
      )
      if (frame) frames.push(frame)
    }
    const signed = SIGNED.exec(line)
    if (signed?.[1]) {
      const name = signed[1].trim()
      const closer = para.start + signed.index
      const dash = para.start + line.slice(signed.index).search(/[―—–-]/u) + signed.index
      const nameStart = para.start + line.lastIndexOf(name)
      // A quote with another inside it (`"... what he calls "hell" ..." ― Jo`) is found only in
      // part: a paragraph opening with a quotation mark is signed from that mark.
      const q = quoteAt(quotes, closer)
      const opened = /^["“”]/u.test(line) && q?.start !== para.start
      const inner = opened ? { start: para.start + 1, end: closer } : (q?.inner ?? null)
      if (inner) {
        const frame = frameFor(tokenAt, { start: nameStart, end: nameStart + name.length }, dash, inner, text)
        if (frame) frames.push(frame)
      }
    }
    const signature = p > 0 ? SIGNATURE.exec(line) : null
    const before = paragraphs[p - 1]
    if (signature?.[1] && before) {
      const name = signature[1].trim()
      const q = quoteAt(quotes, before.end - 1)
      if (q && q.start <= before.start + 1) {
        const nameStart = para.start + line.indexOf(name)
        const frame = frameFor(tokenAt, { start: nameStart, end: nameStart + name.length }, para.start, q.inner, text)
        if (frame) frames.push(frame)
      }
    }
  }
  return frames
}

/** The speaker's label opening a paragraph, with the offset of its colon in the line. */
function speakerLabel(line: string): { name: string; colon: number; opensQuote: boolean } | null {
  const label = LABEL.exec(line)
  const name = label?.[1]?.trim()
  if (!label || !name || NOT_SPEAKERS.test(name) || name.split(/\s+/).length > 5) return null
  const colon = line.indexOf(':', line.indexOf(name) + name.length)
  return { name, colon, opensQuote: /["“‘]/u.test(label[2] as string) }
}

/**
 * Whether the words in `[start, end)` are all proper nouns (`Jo Roe`, `Rep. Jo Roe (D-Va.)`): a
 * run-in heading (`The Gap Goes On: ...`, `Success on Signature Issue: ...`) has other words.
 */
function isProperName(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.filter((t) => t.start >= start && t.end <= end && t.pos !== 'PUNCT')
  return words.length > 0 && words.every((t) => t.pos === 'PROPN')
}

/**
 * Whether the words after a label make a statement, a verb after its subject in the first
 * sentence (`Jo Roe: Well, the rates are too high.`), rather than a heading, a list or a figure
 * (`Roe: Win in a walk.`, `Ohio: Jo Roe, Al Poe`, `Roe: 1,769.`).
 */
function isStatement(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  let subject = false
  for (const t of tokens) {
    if (t.end <= start) continue
    if (t.start >= end || /^[.?!]$/.test(text.slice(t.start, t.end))) break
    if (subject && (t.pos === 'VERB' || t.pos === 'AUX')) return true
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true
  }
  return false
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
