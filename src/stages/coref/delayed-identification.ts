import type { Descriptor, Reference } from '../../doc/layers.js'
import { type CorefContext, isNominal } from './context.js'
import { HEAD_TYPES, OCCUPATION_NOUNS, TITLE_NOUNS } from './lexicon.js'

/** How many sentences after the description its name may come. */
const AHEAD = 3
/** Only the top of a story introduces a person before naming them. */
const TOP_SENTENCES = 3

/**
 * The news lede that describes a person before naming them (`capture a senior militant leader
 * who ...`; the next sentence names him): an indefinite or bare phrase headed by a person noun,
 * before any person is named, linked to the first person named in the next sentences. Returns
 * each as a nominal reference and a descriptor of that person.
 */
export function delayedIdentification(ctx: CorefContext): { reference: Reference; descriptor: Descriptor }[] {
  const { tokens, words, mentions, mentionAt, mentionTokens } = ctx
  const firstPerson = mentions.findIndex((m) => m.type === 'PERSON')
  const firstStart = mentionTokens[firstPerson]?.[0]
  if (firstPerson < 0 || firstStart === undefined) return []
  const out: { reference: Reference; descriptor: Descriptor }[] = []

  for (let i = 0; i < firstStart; i++) {
    const head = tokens[i]
    if (!head || head.sentence >= TOP_SENTENCES) continue
    // An occupation heads a lede's description as well as a person noun does (`A rights activist who`).
    const personal = HEAD_TYPES.get(head.lemma) === 'PERSON' || OCCUPATION_NOUNS.has(head.lemma)
    if (!personal || (mentionAt[i] ?? -1) >= 0) continue
    const named = personNamedFor(ctx, head.lemma, firstPerson)
    if (!named || (tokens[named.start]?.sentence ?? 0) - head.sentence > AHEAD) continue
    const { person } = named
    if (head.pos !== 'NOUN' && head.pos !== 'ADJ') continue
    // `regional officials said`: a plural describes a group, not the person named next.
    if (words[i] !== head.lemma && words[i]?.endsWith('s')) continue
    // The head ends the phrase: `leader who`, `operative` at the end of a headline; not `leader Abu`.
    const next = tokens[i + 1]
    if (next && next.sentence === head.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue
    let start = i
    for (let k = i - 1; k >= 0 && tokens[k]?.sentence === head.sentence; k--) {
      const t = tokens[k]
      // `Court jails former minister`: a plural straight before an adjective is a headline's verb
      // the tagger took for a noun; no noun phrase runs across it.
      if (t?.pos === 'NOUN' && words[k] !== t.lemma && words[k]?.endsWith('s') && tokens[k + 1]?.pos === 'ADJ') break
      if ((mentionAt[k] ?? -1) >= 0 || isNominal(t)) start = k
      else break
    }
    const det = words[start - 1]
    if (det === 'the' || det === 'this' || det === 'that') continue
    if (det === 'a' || det === 'an') start -= 1
    // A lone noun (`a leader`) says too little to be the story's subject.
    if (i - start < 1) continue
    const span = { start: tokens[start]?.start ?? head.start, end: head.end }
    out.push({
      reference: { ...span, kind: 'nominal', entity: person.entity, plural: false },
      descriptor: { ...span, entity: person.entity, kind: 'nominal' },
    })
  }
  return out
}

/**
 * The first person named from mention `from` on whose name carries no other role: in `sentenced a
 * former minister ... Justice Ana Ruiz found Tom Hale guilty`, the minister is Hale, since the role
 * before Ruiz's name (a title, or a person noun such as `lawyer`) is another.
 */
function personNamedFor(
  ctx: CorefContext,
  role: string,
  from: number,
): { person: CorefContext['mentions'][number]; start: number } | null {
  const { tokens, words, mentions, mentionTokens } = ctx
  for (let m = from; m < mentions.length; m++) {
    const person = mentions[m]
    const start = mentionTokens[m]?.[0]
    if (person?.type !== 'PERSON' || start === undefined) continue
    const before = tokens[start - 1]
    // A title or person noun before the name (`Justice`, `lawyer`) that is not the role described.
    const title = words[start - 1] ?? ''
    const other =
      before?.sentence === tokens[start]?.sentence &&
      title !== role &&
      (TITLE_NOUNS.has(title) || TITLE_NOUNS.has(before?.lemma ?? ''))
    if (!other && !appositiveRole(ctx, m, role)) return { person, start }
  }
  return null
}

/**
 * A person noun in apposition after the name that is not the role described: `Ahmed Said, a
 * doctor at the hospital,` is no `local official`. The apposition's head is the last noun before
 * the first preposition, comma or end of sentence.
 */
function appositiveRole(ctx: CorefContext, m: number, role: string): boolean {
  const { tokens, words, mentionTokens } = ctx
  const last = mentionTokens[m]?.[1]
  if (last === undefined || words[last] !== ',' || !/^(a|an|the)$/.test(words[last + 1] ?? '')) return false
  let head = -1
  for (let k = last + 2; k < tokens.length && k < last + 8; k++) {
    const t = tokens[k]
    if (!t || t.sentence !== tokens[last]?.sentence || t.pos === 'ADP' || t.pos === 'PUNCT') break
    if (t.pos === 'NOUN') head = k
  }
  const lemma = tokens[head]?.lemma ?? ''
  return head >= 0 && lemma !== role && (HEAD_TYPES.get(lemma) === 'PERSON' || OCCUPATION_NOUNS.has(lemma))
}
