import type { Token } from '../../doc/layers.js'
import type { Cue } from './cues.js'
import type { Words } from './noun-phrase.js'

/**
 * Adjectives that state where someone stands on something (PolNeAR train: after `be` and before
 * `that`, `of`, `about`, `whether` or an infinitive, about two in three are marked as cues, against
 * one in five for adjectives at large: `likely to`, `able to`).
 */
const ATTITUDES = new Set([
  'eager',
  'critical',
  'skeptical',
  'sceptical',
  'hopeful',
  'adamant',
  'concerned',
  'aware',
  'supportive',
  'confident',
  'proud',
  'optimistic',
  'pessimistic',
  'angry',
  'unhappy',
  'pleased',
  'glad',
  'worried',
  'afraid',
  'sure',
  'convinced',
  'wary',
  'furious',
  'upset',
  'frustrated',
  'outraged',
  'opposed',
  'doubtful',
  'insistent',
  'enthusiastic',
  'dismissive',
  'fearful',
  'keen',
  'unconvinced',
  'uncertain',
  'unsure',
])
const ATTITUDE_LINKS = /^(that|about|of|whether|if|to|over|with)$/

/**
 * `The mayor is skeptical of the plan`, `she was adamant that C`, `They are eager to leave`: a
 * stance adjective after `be` (or `seem`, `remain`) with what it is about after it. The cue runs
 * over the preposition (`skeptical of`), whose object is the content; an infinitive needs a verb.
 */
export function attitudeAt(tokens: readonly Token[], words: Words, i: number): Cue | null {
  const t = tokens[i] as Token
  if (!ATTITUDES.has(t.lemma)) return null
  let b = i - 1
  while (tokens[b]?.pos === 'ADV' || /^(not|n't)$/.test(word(words, b))) b--
  if (!/^(be|seem|remain|appear|sound|become|feel)$/.test(tokens[b]?.lemma ?? '')) return null
  const link = word(words, i + 1)
  if (!ATTITUDE_LINKS.test(link)) return null
  if (link === 'to' && tokens[i + 2]?.pos !== 'VERB') return null
  const preposition = /^(about|of|over|with)$/.test(link)
  return {
    first: i,
    last: preposition ? i + 2 : i + 1,
    head: i,
    lemma: t.lemma,
    frame: 'verb',
    stance: 'assert',
    attitude: true,
  }
}

function word(words: Words, i: number): string {
  return words[i] ?? ''
}
