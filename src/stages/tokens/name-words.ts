import type { Token } from '../../doc/layers.js'
import { retoken } from '../../doc/token.js'

/**
 * Retags as proper nouns the capitalised words wink reads as verbs inside a name: `the Financial
 * Conduct Authority`, `the Associated Press`. Such a word stops every noun phrase that should hold
 * the name (`The Financial Conduct Authority declined to comment` gave the source `Authority`).
 * A word counts when it is capitalised mid-sentence, follows a proper noun or a determiner and
 * precedes a proper noun. Title-case lines (`Trump Says Biden Lied`) are left alone: there every
 * word is capitalised and the verb is a verb.
 */
export function tagNameWords(text: string, tokens: Token[]): void {
  // Whether each sentence is in title case, worked out only for sentences that hold a candidate.
  const titleCase = new Map<number, boolean>()
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token
    const prev = tokens[i - 1] as Token
    const next = tokens[i + 1] as Token
    if (
      t.pos !== 'VERB' ||
      prev.sentence !== t.sentence ||
      next.sentence !== t.sentence ||
      (prev.pos !== 'PROPN' && prev.pos !== 'DET') ||
      next.pos !== 'PROPN' ||
      !isCapitalised(text, t)
    )
      continue
    if (!titleCase.has(t.sentence)) titleCase.set(t.sentence, isTitleCase(text, tokens, i))
    if (!titleCase.get(t.sentence))
      tokens[i] = retoken(t, { pos: 'PROPN', lemma: text.slice(t.start, t.end).toLowerCase() })
  }
}

function isCapitalised(text: string, t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2))
}

/** Whether most longer words of the sentence holding token `at` are capitalised: a headline. */
function isTitleCase(text: string, tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence
  let first = at
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence) first--
  let words = 0
  let capitals = 0
  for (let i = first; i < tokens.length && (tokens[i] as Token).sentence === sentence; i++) {
    const t = tokens[i] as Token
    if (!/^\p{L}{4,}/u.test(text.slice(t.start, t.end))) continue
    words++
    if (isCapitalised(text, t)) capitals++
  }
  return words > 0 && capitals / words > 0.6
}
