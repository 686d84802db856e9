import type { Paragraph } from '../../doc/layers.js'
import { indexAt, type Span } from '../../doc/span.js'

/** A quotation: `start`/`end` cover the marks, `inner` what they enclose. */
export interface Quote extends Span {
  readonly inner: Span
  /** False when the text ran out (or the next paragraph did not reopen) before a closing mark. */
  readonly closed: boolean
}

const OPEN_CURLY = '\u201c'
const CLOSE_CURLY = '\u201d'

/**
 * Finds double quotations, curly or straight. A straight mark opens when it follows a space,
 * a paragraph start or an opening bracket, and closes otherwise. A quote left open at the end of
 * a paragraph continues when the next paragraph opens with a quotation mark, as news style
 * writes a quote that runs over several paragraphs; otherwise it ends with its paragraph.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph
    for (let i = para.start; i < para.end; i++) {
      const c = text[i]
      // Some wires write a double quote as two apostrophes: ''like this''.
      const width = c === "'" && text[i + 1] === "'" ? 2 : 1
      if (width === 1 && c !== '"' && c !== OPEN_CURLY && c !== CLOSE_CURLY) continue
      // `the 'elite,'''`: a single quote closes before the double one, whose two marks come last.
      if (width === 2 && text[i + 2] === "'" && open >= 0) continue
      const prev = text[i - 1] ?? ' '
      const straight = c === '"' || width === 2
      // A closing curly mark that starts a paragraph or word with none open is an opening one
      // typed the wrong way round (`”Fear. I am afraid.”`).
      const wrongWay =
        c === CLOSE_CURLY && open < 0 && (i === para.start || /\s/u.test(prev)) && /\S/u.test(text[i + 1] ?? ' ')
      // A straight mark opens after a space or bracket, but not before a space: `'outreach,' " he
      // told` closes.
      const straightOpens = (i === para.start || /[\s([{\u2014-]/u.test(prev)) && !/\s/u.test(text[i + width] ?? ' ')
      // An opening curly mark after a comma or stop and before a space, with a quote open, is a
      // closing one typed the wrong way round (`“It is late,“ she said`).
      const wrongClose =
        c === OPEN_CURLY && open >= 0 && /[,.?!]/u.test(prev) && /\s/u.test(text[i + 1] ?? ' ') && i !== para.start
      const opens = (c === OPEN_CURLY && !wrongClose) || wrongWay || (straight && straightOpens)
      if (opens && open >= 0 && i === para.start) {
        i += width - 1
        continue // reopening mark of a continued quote
      }
      if (opens && open < 0) open = i
      else if (!opens && open >= 0) {
        quotes.push({
          start: open,
          end: i + width,
          inner: { start: open + openWidth(text, open), end: i },
          closed: true,
        })
        open = -1
      } else if (opens && open >= 0) {
        // Two openings in a row: the first was never closed; restart at the second.
        open = i
      }
      i += width - 1
    }
    if (open >= 0) {
      const next = paragraphs[p + 1]
      const continues = next !== undefined && (text[next.start] === OPEN_CURLY || text[next.start] === '"')
      if (!continues) {
        quotes.push({
          start: open,
          end: para.end,
          inner: { start: open + openWidth(text, open), end: para.end },
          closed: false,
        })
        open = -1
      }
    }
  }
  return quotes
}

function openWidth(text: string, at: number): number {
  return text[at] === "'" ? 2 : 1
}

/**
 * The quote that contains `offset`, if any. findQuotes gives them in text order and they never
 * overlap (quotes do not nest in this model), so a bisection finds it: the rules ask per token.
 */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  const i = indexAt(quotes, offset)
  return i < 0 ? undefined : quotes[i]
}

/** True when `span` lies within a quote's words, inside its marks: what a speaker said. */
export function isQuoted(quotes: readonly Quote[], span: Span): boolean {
  const q = quoteAt(quotes, span.start)
  return !!q && q.inner.start <= span.start && span.end <= q.inner.end
}
