import type { Context } from './frames.js'
import { phraseEndingAt } from './noun-phrase.js'

/** Nouns that name an account someone gave: the thing a cue like `contradicting` takes as object. */
const DOCUMENTS =
  /^(statements?|reports?|accounts?|claims?|remarks|comments|assertions?|testimony|findings|version|versions|figures|announcements?|allegations?)$/i

/**
 * `The coalition denied C, contradicting a statement by the ministry`: the span tagger may read
 * only the phrase after `by` or `from`, which names who made the statement, not what the cue is
 * about. A content that is only the agent of a document noun after the cue is no claim; the
 * account is, as PolNeAR marks it (`echoing comments made earlier by X`), so the content runs
 * back to the start of the phrase the document noun ends. Returns the token range `[first, last)`.
 */
export function withDocumentNoun(ctx: Context, [first, last]: [number, number], cueEnd: number): [number, number] {
  const { tokens, words } = ctx
  if (!/^(by|from)$/i.test(words[first - 1] ?? '') || !DOCUMENTS.test(words[first - 2] ?? '')) return [first, last]
  const phrase = phraseEndingAt(tokens, words, first - 1, cueEnd)
  return phrase && phrase[0] >= cueEnd ? [phrase[0], last] : [first, last]
}
