import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { MIN_ARTICLE_WORDS } from '../limits.js'
import { findDateline } from './dateline.js'
import { checkHtmlShape } from './html-shape.js'
import { parsePublished, type ReadMeta } from './meta.js'
import { readText } from './text.js'

/*
 * HTML pages: Readability (Mozilla's reader view) finds the article in a linkedom DOM, measured
 * fast here. Its text is rebuilt one block per line, so paragraphs stay apart. Readability drops
 * short paragraphs it takes for bylines (class `dateline`, `byline`) and leads outside the main
 * container, which is where the dateline sits; those are put back (see `restoreLead`).
 */

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dd,dt'
// Blocks before the first extracted one that may hold the lead: look this far back.
const LEAD_LOOKBACK = 4

/** A Doc from an HTML page: the title line, then the article's paragraphs, one per line. */
export function readHtml(html: string, meta: ReadMeta = {}): Doc {
  const source = html.replace(/^\uFEFF/, '')
  checkHtmlShape(source, meta.input)
  const { document } = parseHTML(source)
  const pristine = parseHTML(source).document
  const original = blocks(pristine)
  let parsed: ReturnType<Readability<string>['parse']> = null
  try {
    parsed = new Readability(document as unknown as Document).parse()
  } catch {
    parsed = null
  }
  let paragraphs = parsed?.content
    ? blocks(parseHTML(`<html><body>${parsed.content}</body></html>`).document).map((b) => b.text)
    : []
  // Text straight inside a <div>, with no paragraph elements: keep its lines.
  if (paragraphs.length === 0 && parsed?.textContent)
    paragraphs = parsed.textContent.split('\n').map(clean).filter(Boolean)
  const words = paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length
  if (words < MIN_ARTICLE_WORDS) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/no-article',
      reason: `HTML page has no article: the extracted text has ${words} words, fewer than ${MIN_ARTICLE_WORDS}`,
      ...(meta.input ? { input: meta.input } : {}),
    })
  }
  const body = restoreLead(paragraphs, original)
  // The article's own <h1> is its headline; the page <title> often adds the site's name.
  const h1s = pristine.querySelectorAll('h1')
  const h1 = h1s.length === 1 ? clean(h1s[0]?.textContent ?? '') : ''
  const title = clean(meta.title ?? (h1 || parsed?.title) ?? '') || null
  // The headline goes first, once, even where the extractor kept it below a lead.
  const lines = title ? [title, ...body.filter((p, i) => !(i < 3 && p === title))] : body
  const published = meta.published ?? pageDate(parsed?.publishedTime)
  return readText(lines.join('\n'), { ...meta, title, published })
}

/** The page's own publication date (from its metadata), when it is a date we can read. */
function pageDate(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    return parsePublished(value)
  } catch {
    return null
  }
}

/**
 * Puts back the dateline or lead the extractor dropped: blocks just before the first extracted
 * paragraph that open with a dateline, and a dateline cut from the front of the first paragraph.
 */
export function restoreLead(paragraphs: string[], original: Block[]): string[] {
  const first = paragraphs.findIndex((p) => p.length > 0 && !isShort(p))
  if (first < 0) return paragraphs
  const target = paragraphs[first] as string
  const at = original.findIndex((o) => o.text.includes(target))
  if (at < 0) return paragraphs
  const out = [...paragraphs]
  const container = (original[at] as Block).text
  if (container !== target && container.endsWith(target)) {
    const prefix = container.slice(0, container.length - target.length)
    if (findDateline(`${prefix}${target}`, 0)) out[first] = container
  }
  const lead: string[] = []
  for (let i = Math.max(0, at - LEAD_LOOKBACK); i < at; i++) {
    const o = original[i] as Block
    if (!paragraphs.includes(o.text) && (o.lead || findDateline(o.text, 0))) lead.push(o.text)
  }
  const last = lead.at(-1)
  // A dateline standing alone in its element opens the paragraph that follows it.
  if (last !== undefined && findDateline(last, 0)?.span.end === last.length) {
    out[first] = `${last} ${out[first]}`
    lead.pop()
  }
  out.splice(first, 0, ...lead)
  return out
}

function isShort(p: string): boolean {
  return p.split(/\s+/).length < 4
}

/** A block element's text, and whether its class or id marks it as the lead or dateline. */
export interface Block {
  readonly text: string
  readonly lead: boolean
}

const LEAD_CLASS = /(?:^|[\s_-])(?:lead|intro|dateline)(?:$|[\s_-])/i

/** The text of each innermost block element in document order, white space collapsed. */
function blocks(document: { querySelectorAll(selector: string): ArrayLike<unknown> }): Block[] {
  const out: Block[] = []
  for (const node of Array.from(document.querySelectorAll(BLOCKS)) as Element[]) {
    if (node.querySelector(BLOCKS)) continue
    const text = clean(node.textContent ?? '')
    if (!text) continue
    const marks = [node, node.parentElement].map((e) => `${e?.getAttribute('class') ?? ''} ${e?.id ?? ''}`).join(' ')
    out.push({ text, lead: LEAD_CLASS.test(marks) })
  }
  return out
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
