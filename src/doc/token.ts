import type { Token } from './layers.js'

/**
 * A token, always built by this one object literal, its fields in layer order. Tokens are read
 * in every stage's inner loops, and V8 reads a field fastest where it has met a single hidden
 * class: a copy by spread (`{ ...t, pos }`) made one of its own, and on PolNeAR train a token
 * layer held up to 9 classes and the attribution stage's tokens up to 19, past the 4 a field
 * read tells apart before it falls back to a slower, generic look-up.
 */
export function token(start: number, end: number, pos: Token['pos'], lemma: string, sentence: number): Token {
  return { start, end, pos, lemma, sentence }
}

/** `t` with some of its fields changed, built by `token`. */
export function retoken(t: Token, changes: Partial<Token>): Token {
  return token(
    changes.start ?? t.start,
    changes.end ?? t.end,
    changes.pos ?? t.pos,
    changes.lemma ?? t.lemma,
    changes.sentence ?? t.sentence,
  )
}
