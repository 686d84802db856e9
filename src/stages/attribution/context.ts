import type { Doc } from '../../doc/doc.js'
import type { Paragraph, Sentence, Token } from '../../doc/layers.js'
import { lowerCaseWords } from '../../doc/words.js'
import type { Context } from './frames.js'
import { normalizeTokens } from './normalize-tokens.js'
import { findQuotes } from './quotes.js'

/**
 * What every attribution reader works from, built once per article: the tokens as the rules
 * want them (normalizeTokens), lower-cased words with one apostrophe, sentence ranges, paragraphs
 * and quotations. The stage and the scripts that train its models build it the same way.
 */
export function readContext(doc: Pick<Doc, 'text' | 'layer'>): { ctx: Context; paragraphs: Paragraph[] } {
  const text = doc.text
  const given = doc.layer('tokens')
  const tokens = normalizeTokens(text, given)
  const sentences = doc.layer('sentences')
  // Most tokens are the layer's own, whose lower-case words earlier stages have made already;
  // both lists run in text order, so one walk pairs them.
  const lower = lowerCaseWords(text, given)
  let k = 0
  const words = tokens.map((t) => {
    while (k < given.length && (given[k] as Token).start < t.start) k++
    const same = given[k]
    const word =
      same !== undefined && same.start === t.start && same.end === t.end
        ? (lower[k] as string)
        : text.slice(t.start, t.end).toLowerCase()
    // `“It is late,“ she said`: an opening mark right after a comma or stop and before a space
    // closes the quote, typed the wrong way round.
    if (word === '“' && /[,.?!]/.test(text[t.start - 1] ?? ' ') && /\s/.test(text[t.end] ?? ' ')) return '”'
    return word.includes('’') ? word.replace(/’/g, "'") : word
  })
  const ranges = sentenceRanges(text, tokens, sentences.length)
  const paragraphs = paragraphsOf(sentences)
  const quotes = findQuotes(text, paragraphs)
  const ctx: Context = {
    text,
    tokens,
    words,
    quotes,
    sentenceRange: (i) => ranges[(tokens[i] as Token).sentence] ?? [i, i + 1],
  }
  return { ctx, paragraphs }
}

/**
 * Token ranges of sentences, indexed by sentence number. A sentence that opens with a
 * lower-case word in the same paragraph is joined to the one before: the splitter ended it after
 * an abbreviation (`Rep. Elijah E. Cummings (D-Md.) said`).
 */
function sentenceRanges(text: string, tokens: readonly Token[], n: number): [number, number][] {
  const ranges: [number, number][] = Array.from({ length: n }, () => [0, 0])
  tokens.forEach((t, i) => {
    const r = ranges[t.sentence]
    if (!r) return
    if (r[1] === 0) r[0] = i
    r[1] = i + 1
  })
  for (let k = 1; k < n; k++) {
    const r = ranges[k] as [number, number]
    const prev = ranges[k - 1] as [number, number]
    const first = tokens[r[0]]
    const before = tokens[prev[1] - 1]
    if (!first || !before || r[1] === 0 || prev[1] !== r[0]) continue
    const gap = text.slice(before.end, first.start)
    if (/^[a-z)]/.test(text.slice(first.start, first.end)) && !gap.includes('\n')) {
      const joined: [number, number] = [prev[0], r[1]]
      for (let m = k; m >= 0 && ranges[m]?.[0] === prev[0]; m--) ranges[m] = joined
      ranges[k] = joined
    }
  }
  return ranges
}

function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const out: { start: number; end: number }[] = []
  let current = -1
  for (const s of sentences) {
    if (s.paragraph !== current) {
      out.push({ start: s.start, end: s.end })
      current = s.paragraph
    } else (out[out.length - 1] as { end: number }).end = s.end
  }
  return out
}
