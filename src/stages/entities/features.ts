import { countryByDemonym } from './gazetteer/countries.js'
import { GROUP_WORDS, LOC_WORDS, ORG_WORDS, PERSON_TITLES } from './gazetteer/lexicon.js'
import { isShouting, matchPhrases } from './gazetteer/phrases.js'
import type { Word } from './words.js'

/** One sentence prepared for feature extraction: its words and what the gazetteers say of each. */
export interface SentenceView {
  readonly words: readonly Word[]
  readonly lower: readonly string[]
  readonly shapes: readonly string[]
  /** Gazetteer tag per word: `country-B`, `org-I`, `capital-B` or ''. */
  readonly gazetteer: readonly string[]
  readonly shouting: boolean
}

/** Prepares a sentence's words once; features for each word then read from it. */
export function viewOf(words: readonly Word[]): SentenceView {
  const texts = words.map((w) => w.text)
  const shouting = isShouting(texts)
  const gazetteer = texts.map(() => '')
  for (const m of matchPhrases(texts, shouting)) {
    for (let k = m.start; k < m.end; k++) gazetteer[k] = `${m.hit.kind}-${k === m.start ? 'B' : 'I'}`
  }
  return { words, lower: texts.map((t) => t.toLowerCase()), shapes: texts.map(shapeOf), gazetteer, shouting }
}

/** `Jasim` -> `Xx`, `U.S.` -> `X.X.`, `2019` -> `d`, `al-Jaburi` -> `x-Xx`: runs collapsed. */
export function shapeOf(word: string): string {
  let out = ''
  let last = ''
  for (const ch of word) {
    let c: string
    if (ch >= '0' && ch <= '9') c = 'd'
    else if (ch !== ch.toLowerCase()) c = 'X'
    else if (ch !== ch.toUpperCase()) c = 'x'
    else c = ch
    if (c !== last) out += c
    last = c
  }
  return out
}

/* Which word list a word is in, as one feature. */
function lexiconOf(text: string): string {
  if (countryByDemonym(text)) return 'demonym'
  if (GROUP_WORDS.has(text)) return 'group'
  if (ORG_WORDS.has(text)) return 'orgword'
  if (PERSON_TITLES.has(text)) return 'title'
  if (LOC_WORDS.has(text)) return 'locword'
  return ''
}

const START = '<s>'
const END = '</s>'

/**
 * The features of word `i`, given the labels already chosen for the words before it (greedy
 * left-to-right decoding). Computed identically in training and at run time.
 */
export function featuresOf(view: SentenceView, i: number, prev1: string, prev2: string): string[] {
  const { words, lower, shapes, gazetteer } = view
  const w = (words[i] as Word).text
  const lw = lower[i] as string
  const shape = shapes[i] as string
  const pos = (words[i] as Word).pos
  const p1 = i > 0 ? (lower[i - 1] as string) : START
  const p2 = i > 1 ? (lower[i - 2] as string) : START
  const n1 = i + 1 < words.length ? (lower[i + 1] as string) : END
  const n2 = i + 2 < words.length ? (lower[i + 2] as string) : END
  const ps1 = i > 0 ? (shapes[i - 1] as string) : START
  const ns1 = i + 1 < words.length ? (shapes[i + 1] as string) : END
  const pp1 = i > 0 ? (words[i - 1] as Word).pos : START
  const np1 = i + 1 < words.length ? (words[i + 1] as Word).pos : END
  const caseWord = view.shouting ? lw : w
  const f = [
    'b',
    `w=${caseWord}`,
    `lw=${lw}`,
    `sh=${shape}`,
    `pos=${pos}`,
    `p3=${lw.slice(0, 3)}`,
    `s2=${lw.slice(-2)}`,
    `s3=${lw.slice(-3)}`,
    `s4=${lw.slice(-4)}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `p1w=${p1}|${lw}`,
    `wn1=${lw}|${n1}`,
    `ps1=${ps1}`,
    `ns1=${ns1}`,
    `sh3=${ps1}|${shape}|${ns1}`,
    `pp1=${pp1}|${pos}`,
    `np1=${pos}|${np1}`,
    `y1=${prev1}`,
    `y2=${prev2}|${prev1}`,
    `y1sh=${prev1}|${shape}`,
    `y1w=${prev1}|${lw}`,
  ]
  if (i === 0) f.push(`first|${shape}`)
  if (view.shouting) f.push(`shout|${shape}`, `shout|y1=${prev1}`)
  if (w.length > 1 && w.includes('-')) f.push(`hy=${lw.split('-')[0]}-`)
  const g = gazetteer[i] as string
  if (g) f.push(`g=${g}`, `gy=${g}|${prev1}`)
  const gp = i > 0 ? (gazetteer[i - 1] as string) : ''
  const gn = i + 1 < words.length ? (gazetteer[i + 1] as string) : ''
  if (gp) f.push(`gp=${gp}`)
  if (gn) f.push(`gn=${gn}`)
  const lex = lexiconOf(w)
  if (lex) f.push(`lex=${lex}`)
  const lexP = i > 0 ? lexiconOf((words[i - 1] as Word).text) : ''
  if (lexP) f.push(`lexp=${lexP}`)
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    const t = (words[k] as Word).text
    if (ORG_WORDS.has(t)) {
      f.push(`orgword+${k - i}`)
      break
    }
    if (!/^\p{Lu}|^(of|for|and|the|de|al)$/u.test(t)) break
  }
  return f
}
