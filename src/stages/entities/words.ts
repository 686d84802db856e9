import type { PartOfSpeech, Token } from '../../doc/layers.js'

/** A word as the recogniser sees it: wink tokens joined across hyphens, split off `-led`. */
export interface Word {
  readonly start: number
  readonly end: number
  /** The word's text with curly apostrophes made straight. */
  readonly text: string
  readonly pos: PartOfSpeech
  readonly sentence: number
}

/*
 * wink splits `al-Jaburi` and `France-Presse` into three tokens, while CoNLL (which the model is
 * trained on) keeps hyphenated words whole; joining the pieces gives both the same words. A
 * name joined to a lower-case word (`U.S.-led`, `Turkish-backed`) is split again so the name
 * stands alone, as the gold marks `U.S.` inside `U.S.-led`. Training runs CoNLL text through the
 * same tokens stage and this function, so features are computed the same way in both.
 */
export function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i] as Token
    let last = first
    let j = i + 1
    while (j + 1 < tokens.length) {
      const dash = tokens[j] as Token
      const next = tokens[j + 1] as Token
      if (dash.sentence !== first.sentence || next.sentence !== first.sentence) break
      if (dash.start !== last.end || next.start !== dash.end || text.slice(dash.start, dash.end) !== '-') break
      if (!/\w/.test(text.slice(next.start, next.end))) break
      last = next
      j += 2
    }
    const pos = pickPos(tokens, i, j)
    pushSplit(words, text, first.start, last.end, pos, first.sentence)
    i = j
  }
  return words
}

/* The tag of a joined word: a proper noun if any piece is one, else its last piece's. */
function pickPos(tokens: readonly Token[], from: number, to: number): PartOfSpeech {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).pos === 'PROPN') return 'PROPN'
  return (tokens[to - 1] as Token).pos
}

const NAME_THEN_LOWER = /^(\p{Lu}[^-]*)-(\p{Ll}[\p{Ll}-]*)$/u

function pushSplit(words: Word[], text: string, start: number, end: number, pos: PartOfSpeech, sentence: number) {
  const raw = text.slice(start, end)
  const m = raw.includes('-') ? NAME_THEN_LOWER.exec(raw) : null
  if (m) {
    const head = (m[1] as string).length
    words.push({ start, end: start + head, text: clean(raw.slice(0, head)), pos: 'PROPN', sentence })
    words.push({ start: start + head, end, text: clean(raw.slice(head)), pos: 'ADJ', sentence })
    return
  }
  words.push({ start, end, text: clean(raw), pos, sentence })
}

function clean(s: string): string {
  return hasCurlyQuote(s) ? s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"') : s
}

/* Whether `s` holds any of ‘ ’ ‚ ‛ “ ” (U+2018 to U+201D): one look per character, no expression. */
function hasCurlyQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x2018 && c <= 0x201d) return true
  }
  return false
}
