import type { Token } from '../../doc/layers.js'

/**
 * Retags as proper nouns the capitalised words wink reads as verbs inside a name: `the Financial
 * Conduct Authority`, `the Associated Press`. Such a word stops every noun phrase that should hold
 * the name (`The Financial Conduct Authority declined to comment` gave the source `Authority`).
 * A word counts when it is capitalised mid-sentence, follows a proper noun or a determiner and
 * precedes a proper noun. Title-case lines (`Trump Says Biden Lied`) are left alone: there every
 * word is capitalised and the verb is a verb.
 */
export function tagNameWords(text: string, tokens: Token[]): void {
  let titleCase = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const prev = tokens[i - 1]
    if (!prev || prev.sentence !== t.sentence) titleCase = isTitleCase(text, tokens, i)
    const next = tokens[i + 1]
    if (
      t.pos !== 'VERB' ||
      titleCase ||
      !prev ||
      !next ||
      prev.sentence !== t.sentence ||
      next.sentence !== t.sentence ||
      (prev.pos !== 'PROPN' && prev.pos !== 'DET') ||
      next.pos !== 'PROPN' ||
      !isCapitalised(text, t)
    )
      continue
    tokens[i] = { ...t, pos: 'PROPN', lemma: text.slice(t.start, t.end).toLowerCase() }
  }
}

function isCapitalised(text: string, t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2))
}

/** Whether most longer words of the sentence starting at token `first` are capitalised: a headline. */
function isTitleCase(text: string, tokens: readonly Token[], first: number): boolean {
  const sentence = (tokens[first] as Token).sentence
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
