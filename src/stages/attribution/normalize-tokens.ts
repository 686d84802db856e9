import type { Token } from '../../doc/layers.js'
import { retoken } from '../../doc/token.js'
import { lowerCaseWords } from '../../doc/words.js'

/**
 * The tokens as the attribution rules want them: two apostrophes written for a double quote
 * (`''like this''`, a wire habit) become one quotation-mark token, and a capitalised word the
 * tagger took for a verb just before a verb (`"...," Lynch said`) or a name (`said Don Fowler`)
 * becomes a proper noun, as a speaker's name by the cue often is; `promising` before an object or
 * infinitive, which the tagger gives as an adjective, becomes the verb it is; so does a reporting
 * verb in a title-case headline (`Harbour Chief Slams Council`), which it gives as a name.
 */
export function normalizeTokens(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  // Lower-case words as earlier stages made them for this very layer (kept beside it, not redone).
  const lower = lowerCaseWords(text, tokens)
  const titleEnd = titleCaseHeadlineEnd(text, tokens)
  const relatives = relativeSayings(tokens, lower)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const relative = relatives.get(i)
    if (relative) {
      out.push(retoken(t, relative))
      continue
    }
    // `Harbour Chief Slams Council Over Cuts`: in a headline in title case the tagger takes the
    // verb for part of a name.
    const headlineVerb = t.start < titleEnd && t.pos !== 'VERB' ? headlineVerbLemma(text, tokens, i) : null
    if (headlineVerb) {
      out.push(retoken(t, { pos: 'VERB', lemma: headlineVerb }))
      continue
    }
    const next = tokens[i + 1]
    const c = text.slice(t.start, t.end)
    // `the 'elite,'''`: a single closing mark, then the double one.
    const third = tokens[i + 2]
    const closesTwice =
      c === "'" &&
      lower[i + 1] === "'" &&
      next?.start === t.end &&
      third?.start === next.end &&
      text[third.start] === "'"
    if ((c === "'" || c === '`') && next && next.start === t.end && text.startsWith(c, next.start) && !closesTwice) {
      out.push(retoken(t, { end: t.end + 1, lemma: "''", pos: 'PUNCT' }))
      // The tagger glues the second mark to the word it opens: `'A` in `''A museum`.
      if (next.end - next.start > 1)
        out.push(retoken(next, { start: next.start + 1, lemma: next.lemma.replace(/^['`]/, '') }))
      i++
      continue
    }
    if (t.pos === 'VERB' && /^[A-Z][a-z]/.test(c) && next && (next.pos === 'VERB' || next.pos === 'AUX')) {
      const prev = out[out.length - 1]
      const opensSentence = !prev || prev.sentence !== t.sentence
      if (!opensSentence || /^[A-Z][a-z]+$/.test(c)) {
        out.push(retoken(t, { pos: 'PROPN' }))
        continue
      }
    }
    // `Russia claims gains near Pokrovsk`: a headline's reporting verb the tagger took for a plural
    // noun, between a name and what it says.
    const verb = t.pos === 'NOUN' ? NOUNED_VERBS.get(lower[i] as string) : undefined
    const prevToken = out[out.length - 1]
    if (
      verb &&
      prevToken?.pos === 'PROPN' &&
      prevToken.sentence === t.sentence &&
      next?.sentence === t.sentence &&
      /^(DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(next.pos)
    ) {
      out.push(retoken(t, { pos: 'VERB', lemma: verb }))
      continue
    }
    // `Trump is promising lower taxes`, `, promising to cut taxes`: a participle the tagger took
    // for an adjective, though an object or infinitive follows it (`a promising start` stays).
    const participle = t.pos === 'ADJ' ? ADJECTIVAL_PARTICIPLES.get(lower[i] as string) : undefined
    if (participle && next && next.sentence === t.sentence && !/^(NOUN|PROPN|PUNCT)$/.test(next.pos)) {
      out.push(retoken(t, { pos: 'VERB', lemma: participle }))
      continue
    }
    // `said Don Fowler`, `said Will Hurd`: a capitalised first name the tagger took for a verb
    // before a proper noun. A capitalised word before it would make it a headline's verb instead.
    if (
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      /^[A-Z][a-z]+$/.test(c) &&
      next?.pos === 'PROPN' &&
      /^[A-Z]/.test(text[next.start] ?? '') &&
      next.sentence === t.sentence
    ) {
      const prev = out[out.length - 1]
      const prevText = prev ? text.slice(prev.start, prev.end) : ''
      if (prev && prev.sentence === t.sentence && !/^[A-Z]/.test(prevText)) {
        out.push(retoken(t, { pos: 'PROPN' }))
        continue
      }
    }
    out.push(t)
  }
  return out
}

/** Reporting verbs the tagger gives as nouns after a relative `that` and its subject, with their lemmas. */
const RELATIVE_SAYINGS = new Map([
  ['say', 'say'],
  ['says', 'say'],
  ['believe', 'believe'],
  ['believes', 'believe'],
  ['think', 'think'],
  ['thinks', 'think'],
  ['claim', 'claim'],
  ['claims', 'claim'],
  ['fear', 'fear'],
  ['fears', 'fear'],
  ['argue', 'argue'],
  ['argues', 'argue'],
  ['estimate', 'estimate'],
  ['estimates', 'estimate'],
])

/**
 * `a bill that critics say would curb media freedom`: a `that` after a noun, then a short subject,
 * a reporting verb and at once another verb (the clause's own subject is the `that`) is a relative
 * pronoun, and the reporting word is a verb; the tagger gives them as a determiner and a noun,
 * which runs the source back to `a bill that critics` or drops the cue. Returns the retagged tokens
 * by index.
 */
function relativeSayings(
  tokens: readonly Token[],
  lower: readonly string[],
): Map<number, Pick<Token, 'pos' | 'lemma'>> {
  const out = new Map<number, Pick<Token, 'pos' | 'lemma'>>()
  const word = (k: number) => lower[k] ?? ''
  for (let i = 1; i < tokens.length; i++) {
    if (word(i) !== 'that' || !/^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) continue
    for (let k = i + 2; k <= i + 4 && k + 1 < tokens.length; k++) {
      const t = tokens[k] as Token
      if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k - 1]?.pos ?? '')) break
      const nouned = t.pos === 'NOUN' ? RELATIVE_SAYINGS.get(word(k)) : undefined
      if (t.pos !== 'VERB' && !nouned) continue
      const next = tokens[k + 1] as Token
      if (next.sentence === t.sentence && (next.pos === 'AUX' || next.pos === 'VERB')) {
        out.set(i, { pos: 'PRON', lemma: 'that' })
        if (nouned) out.set(k, { pos: 'VERB', lemma: nouned })
      }
      break
    }
  }
  return out
}

/** Third-person reporting verbs the tagger gives as plural nouns in headlines, with their lemmas. */
const NOUNED_VERBS = new Map([
  ['says', 'say'],
  ['claims', 'claim'],
  ['warns', 'warn'],
  ['denies', 'deny'],
  ['urges', 'urge'],
  ['vows', 'vow'],
  ['insists', 'insist'],
  ['accuses', 'accuse'],
  ['blames', 'blame'],
  ['slams', 'slam'],
  ['pledges', 'pledge'],
  ['hails', 'hail'],
])

/**
 * Participles of reporting verbs the tagger gives as adjectives, with their lemmas. On PolNeAR
 * train `promising` is tagged so 18 times before an object or infinitive, 15 of them cues.
 */
const ADJECTIVAL_PARTICIPLES = new Map([['promising', 'promise']])

/** Reporting verbs a title-case headline puts between a name and what is said: `X Slams Y`. */
const HEADLINE_VERBS = new Set([
  'say',
  'slam',
  'blast',
  'praise',
  'urge',
  'denounce',
  'endorse',
  'back',
  'tweet',
  'mock',
  'attack',
  'defend',
  'reject',
  'accuse',
  'warn',
  'vow',
  'pledge',
  'call',
  'knock',
  'rip',
  'question',
  'challenge',
  'dismiss',
  'deny',
  'claim',
  'insist',
  'admit',
  'applaud',
  'hail',
  'criticize',
  'condemn',
  'support',
  'oppose',
  'demand',
  'promise',
  'predict',
  'reveal',
  'confirm',
  'announce',
  'declare',
  'tout',
  'blame',
  'fault',
  'lash',
  'scold',
  'chide',
  'rebuke',
  'threaten',
  'argue',
  'suggest',
  'explain',
  'respond',
  'reply',
  'confess',
])

/**
 * The end of the headline (the text's first line) when it is written in title case, most of its
 * words capitalised; 0 when it is not.
 */
function titleCaseHeadlineEnd(text: string, tokens: readonly Token[]): number {
  const end = text.indexOf('\n')
  const line = end < 0 ? text : text.slice(0, end)
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((w) => w.length > 3)
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length
  return long.length >= 3 && capitalised >= long.length * 0.8 && tokens.length > 0 ? line.length : 0
}

/** The lemma of a headline token that is a reporting verb in the third person or past (`Slams`, `Blasted`) after a name, or null. */
function headlineVerbLemma(text: string, tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token
  const word = text.slice(t.start, t.end)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^(PROPN|NOUN)$/.test(tokens[i - 1]?.pos ?? '')) return null
  const next = tokens[i + 1]
  if (!next || next.pos === 'PUNCT') return null
  const lower = word.toLowerCase()
  for (const lemma of [
    lower.replace(/s$/, ''),
    lower.replace(/es$/, ''),
    lower.replace(/ed$/, ''),
    lower.replace(/d$/, ''),
    lower.replace(/ied$|ies$/, 'y'),
  ])
    if (lemma !== lower && HEADLINE_VERBS.has(lemma)) return lemma
  return null
}
