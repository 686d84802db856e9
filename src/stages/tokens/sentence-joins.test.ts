import { describe, expect, it } from 'vitest'
import type { Sentence, Token } from '../../doc/layers.js'
import { joinBrokenSentences } from './sentence-joins.js'

/** Sentences and one token per word of `parts`, each part a sentence, all in paragraph `paragraphOf(i)`. */
function split(parts: string[], paragraphOf = (_: number) => 0) {
  const text = parts.join(' ')
  const sentences: Sentence[] = []
  const tokens: Token[] = []
  let at = 0
  for (const [i, part] of parts.entries()) {
    sentences.push({ start: at, end: at + part.length, paragraph: paragraphOf(i) })
    for (const m of part.matchAll(/\S+/g))
      tokens.push({
        start: at + (m.index as number),
        end: at + (m.index as number) + m[0].length,
        pos: 'X',
        lemma: m[0],
        sentence: i,
      })
    at += part.length + 1
  }
  return { text, sentences, tokens }
}

const texts = (text: string, sentences: Sentence[]) => sentences.map((s) => text.slice(s.start, s.end))

describe('joinBrokenSentences', () => {
  it('joins a sentence cut after a title to the name that follows, renumbering tokens', () => {
    const { text, sentences, tokens } = split(['It was said by the Rev.', 'Paul Marsh today.', 'Then he left.'])
    joinBrokenSentences(text, sentences, tokens)
    expect(texts(text, sentences)).toEqual(['It was said by the Rev. Paul Marsh today.', 'Then he left.'])
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
  })

  it('joins a sentence cut inside a parenthesis the next one closes', () => {
    const { text, sentences, tokens } = split(['Sen. Ann Lee (R-S.', 'C.) told reporters so.', 'Then he left.'])
    joinBrokenSentences(text, sentences, tokens)
    expect(texts(text, sentences)).toEqual(['Sen. Ann Lee (R-S. C.) told reporters so.', 'Then he left.'])
  })

  it('joins a sentence cut before a lower-case word, but not before a name with a capital inside', () => {
    const { text, sentences, tokens } = split([
      'Rep. Jo Roe (D-Mass.)',
      'said the bill would pass.',
      'iPhone sales fell.',
    ])
    joinBrokenSentences(text, sentences, tokens)
    expect(texts(text, sentences)).toEqual(['Rep. Jo Roe (D-Mass.) said the bill would pass.', 'iPhone sales fell.'])
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
  })

  it('joins a sentence cut before a comma, semicolon or colon', () => {
    for (const mark of [',', ';', ':']) {
      const { text, sentences } = split([
        'Rep. Jo Roe (D-Mass.)',
        `${mark} who chairs the panel, spoke.`,
        'Then he left.',
      ])
      joinBrokenSentences(text, sentences, [])
      expect(texts(text, sentences)).toEqual([
        `Rep. Jo Roe (D-Mass.) ${mark} who chairs the panel, spoke.`,
        'Then he left.',
      ])
    }
  })

  it('leaves sentences alone after a plain word, across paragraphs, or after a parenthesis closed', () => {
    for (const [parts, paragraphOf] of [
      [['The vote (on Monday) went to Rev.', '(Then) he left.'], () => 0],
      [['He thanked the Rev.', 'Marsh spoke next.'], (i: number) => i],
      [['He thanked the Rev.', 'then left.'], (i: number) => i],
      [['He spoke for the rev.', 'Then he left.'], () => 0],
      [['He met the reverend.', 'Then he left.'], () => 0],
    ] as const) {
      const { text, sentences, tokens } = split([...parts], paragraphOf)
      const before = structuredClone(tokens)
      joinBrokenSentences(text, sentences, tokens)
      expect(sentences).toHaveLength(2)
      expect(tokens).toEqual(before)
    }
  })
})
