import type { Sentence, Token } from '../../doc/layers.js'

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
 * Joins a sentence ending in a title (`the Rev.`) to the next one of the same paragraph when that
 * opens with a capital, as a name does, renumbering the tokens' sentences. The lists are
 * changed in place, and left untouched when no title ends a sentence.
 */
export function joinAfterTitles(text: string, sentences: Sentence[], tokens: Token[]): void {
  const renumber: number[] = []
  const joined: Sentence[] = []
  let ends = 0
  for (const [i, sentence] of sentences.entries()) {
    const previous = joined[joined.length - 1]
    const title = previous && /(?:^|[^A-Za-z])([A-Z][a-z]*)\.$/.exec(text.slice(previous.start, previous.end))
    const join =
      previous &&
      title &&
      TITLES.has((title[1] as string).toLowerCase()) &&
      previous.paragraph === sentence.paragraph &&
      /^[A-Z]/.test(text.slice(sentence.start, sentence.start + 1))
    if (join) {
      joined[joined.length - 1] = { ...previous, end: sentence.end }
      ends++
    } else joined.push(sentence)
    renumber[i] = joined.length - 1
  }
  if (ends === 0) return
  sentences.splice(0, sentences.length, ...joined)
  for (const [k, t] of tokens.entries()) {
    const sentence = renumber[t.sentence] as number
    if (sentence !== t.sentence) tokens[k] = { ...t, sentence }
  }
}
