import type { Sentence, Token } from '../../doc/layers.js'
import { retoken } from '../../doc/token.js'

/**
 * Titles wink-nlp's sentence splitter does not know, after which it ends a sentence inside a name
 * (`said the Rev. Paul Marsh`). It knows `Mr.`, `Dr.`, `Sen.`, `Gov.`, `Rep.`, `Gen.` and the like.
 */
const TITLES = new Set([
  'rev',
  'atty',
  'supt',
  'msgr',
  'maj',
  'adm',
  'cmdr',
  'fr',
  'pres',
  'insp',
  'det',
  'amb',
  'gens',
  'reps',
  'sens',
  'revs',
])

/**
 * Joins a sentence wink ended too soon to the next one of the same paragraph, renumbering the
 * tokens' sentences: after a title it does not know, when the next opens with a capital as a name
 * does (`said the Rev.` + `Paul Marsh`); inside a parenthesis the next one closes (`Graham (R-S.`
 * + `C.) told`); and before a lower-case word (`Jane Roe (D-Mass.)` + `said the bill ...`) or a
 * comma, semicolon or colon (`Jane Roe (D-Mass.)` + `, who chairs ...`), as no sentence opens with
 * one (`iPhone`, with a capital inside, may). The lists are changed in place,
 * and left untouched when nothing is joined.
 */
export function joinBrokenSentences(text: string, sentences: Sentence[], tokens: Token[]): void {
  const renumber: number[] = []
  const joined: Sentence[] = []
  let ends = 0
  for (const [i, sentence] of sentences.entries()) {
    const previous = joined[joined.length - 1]
    if (previous && previous.paragraph === sentence.paragraph && goesOn(text, previous, sentence)) {
      // Written out, not spread: a copy of a copy by spread took a hidden class of its own (see `token`).
      joined[joined.length - 1] = { start: previous.start, end: sentence.end, paragraph: previous.paragraph }
      ends++
    } else joined.push(sentence)
    renumber[i] = joined.length - 1
  }
  if (ends === 0) return
  sentences.splice(0, sentences.length, ...joined)
  for (const [k, t] of tokens.entries()) {
    const sentence = renumber[t.sentence] as number
    if (sentence !== t.sentence) tokens[k] = retoken(t, { sentence })
  }
}

function goesOn(text: string, previous: Sentence, next: Sentence): boolean {
  const before = text.slice(previous.start, previous.end)
  const after = text.slice(next.start, next.end)
  const title = /(?:^|[^A-Za-z])([A-Z][a-z]*)\.$/.exec(before)
  if (title && TITLES.has((title[1] as string).toLowerCase()) && /^[A-Z]/.test(after)) return true
  if (count(before, '(') > count(before, ')') && after.includes(')')) return true
  return /^(?:[a-z][^\sA-Z]*(?:\s|$)|[,;:])/.test(after)
}

function count(text: string, mark: string): number {
  let n = 0
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++
  return n
}
