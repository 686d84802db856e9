import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Layers } from '../../doc/layers.js'
import { contains } from '../../doc/span.js'
import { makeDoc } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from './index.js'

const FOUNDING = new URL('../../../../shared/corpus/duvar-2021-10-12-isis-capture.txt', import.meta.url)

let step: Step<'paragraphs' | 'sentences' | 'tokens'>
const quiet = { warn() {}, info() {} }
const run = (text: string): Pick<Layers, 'paragraphs' | 'sentences' | 'tokens'> => step(makeDoc(text), quiet)
const words = (text: string) => run(text).tokens.map((t) => text.slice(t.start, t.end))

beforeAll(async () => {
  step = await tokens().prepare()
})

describe('tokens stage', () => {
  it('keeps a name with an Arabic or Hebrew particle whole, and other hyphenated words as wink cuts them', () => {
    const text = 'An official said al-Shami met Abu-Bakr and Ben-Gurion aides in a well-known al - Noor cafe.'
    const list = run(text).tokens
    const word = (w: string) => list.find((t) => text.slice(t.start, t.end) === w)
    expect(word('al-Shami')).toMatchObject({ pos: 'PROPN', lemma: 'al-shami', sentence: 0 })
    expect(word('Abu-Bakr')?.pos).toBe('PROPN')
    expect(word('Ben-Gurion')?.pos).toBe('PROPN')
    expect(words(text)).toContain('well')
    expect(words(text).slice(-5)).toEqual(['al', '-', 'Noor', 'cafe', '.'])
  })

  it('gives offsets that slice the text exactly, through quotes, dashes, emoji and CRLF', () => {
    const text = 'Officials said “no comment” — again 😀.\r\nThe U.S. envoy left on Oct. 12, aides said.\r\n'
    const { tokens: list } = run(text)
    expect(list.map((t) => text.slice(t.start, t.end))).toEqual([
      'Officials',
      'said',
      '“',
      'no',
      'comment',
      '”',
      '—',
      'again',
      '😀',
      '.',
      'The',
      'U.S.',
      'envoy',
      'left',
      'on',
      'Oct.',
      '12',
      ',',
      'aides',
      'said',
      '.',
    ])
  })

  it('keeps U.S. and Oct. inside one sentence', () => {
    const text = 'The U.S. envoy arrived on Oct. 12 in Ankara. He left soon after.'
    const { sentences } = run(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. envoy arrived on Oct. 12 in Ankara.',
      'He left soon after.',
    ])
  })

  it('never lets a sentence cross a line break, even without final punctuation', () => {
    const text = 'Headline without a full stop\nBody text begins here. It goes on.\n\n\nSource: Example Wire'
    const { paragraphs, sentences } = run(text)
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Headline without a full stop',
      'Body text begins here. It goes on.',
      'Source: Example Wire',
    ])
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2])
    for (const s of sentences) expect(contains(paragraphs[s.paragraph]!, s)).toBe(true)
  })

  it('tags parts of speech, lower-cases lemmas and numbers sentences', () => {
    const text = 'The rebels captured the towns. Witnesses said so.'
    const { tokens: list } = run(text)
    const said = list.find((t) => text.slice(t.start, t.end) === 'said')!
    expect(said.lemma).toBe('say')
    expect(said.pos).toBe('VERB')
    expect(said.sentence).toBe(1)
    expect(list[1]?.lemma).toBe('rebel')
    expect(list[4]?.lemma).toBe('town')
  })

  it('gives every word the lemma wink gives it, contraction parts too, whatever came before', () => {
    const first = "It's John's car. He can't say he cannot, ca. 1900, and wo n't."
    const second = "John's sure it's his. Ca can't and won't; CA is a state."
    const lemmas = (text: string) => run(text).tokens.map((t) => [text.slice(t.start, t.end), t.lemma].join(':'))
    expect(lemmas(first).join(' ')).toBe(
      "It:it 's:be John:john 's:'s car:car .:. He:he ca:can n't:not say:say he:he cannot:cannot ,:, " +
        "ca:can .:. 1900:1900 ,:, and:and wo:wo n't:not .:.",
    )
    expect(lemmas(second).join(' ')).toBe(
      "John:john 's:'s sure:sure it:it 's:be his:his .:. Ca:can ca:can n't:not and:and wo:will n't:not ;:; " +
        'CA:can is:be a:a state:state .:.',
    )
  })

  it('covers every non-space character with exactly one token, whatever the text', () => {
    const pieces = [
      'U.S.',
      'Oct.',
      ' ',
      '\n',
      '\r\n',
      '“',
      '”',
      '—',
      '😀',
      'al-Jaburi',
      "can't",
      '$5',
      '5%',
      '...',
      '\t',
    ]
    const more = [
      '\u00a0',
      'e\u0301',
      '👩‍👩‍👧',
      '#tag',
      'http://x.com/a?b=c',
      '1,000.5',
      '\u200b',
      'İ',
      '\u2028',
      "'s",
      'cannot',
    ]
    const piece = fc.oneof(fc.constantFrom(...pieces, ...more), fc.string({ unit: 'binary', maxLength: 4 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const { paragraphs, sentences, tokens: list } = run(text)
        const covered = list.map((t) => text.slice(t.start, t.end)).join('')
        const expected = paragraphs.map((p) => text.slice(p.start, p.end)).join('')
        expect(covered.replace(/\s/gu, '')).toBe(expected.replace(/\s/gu, ''))
        for (const [i, t] of list.entries()) {
          expect(t.start).toBeGreaterThanOrEqual(list[i - 1]?.end ?? 0)
          expect(contains(sentences[t.sentence]!, t)).toBe(true)
        }
        for (const s of sentences) expect(contains(paragraphs[s.paragraph]!, s)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('makes a run of thousands of non-space characters one token and sentence, reading the text around it', () => {
    // Capitals, so that no sentence is joined to the run as to a lower-case word.
    const run3000 = 'X'.repeat(3000)
    const text = `Talks began.\tThey went on ${run3000}\t Then it ended. ${run3000}\nA new day dawned.`
    const { sentences, tokens: list } = run(text)
    expect(list.map((t) => (t.end - t.start > 100 ? 'RUN' : text.slice(t.start, t.end))).join('|')).toBe(
      'Talks|began|.|They|went|on|RUN|Then|it|ended|.|RUN|A|new|day|dawned|.',
    )
    expect(sentences.map((s) => (s.end - s.start > 100 ? 'RUN' : text.slice(s.start, s.end)))).toEqual([
      'Talks began.',
      'They went on',
      'RUN',
      'Then it ended.',
      'RUN',
      'A new day dawned.',
    ])
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 0, 1])
  })

  it('reads a verb taking an infinitive as a verb after a relative clause or a name, and as a noun after "his"', () => {
    const text = 'Ruiz, who denied the charges, plans to appeal. Her lawyer said his plans to appeal were ready.'
    const list = run(text).tokens
    const plans = list.filter((t) => text.slice(t.start, t.end) === 'plans').map((t) => [t.pos, t.lemma])
    expect(plans).toEqual([
      ['VERB', 'plan'],
      ['NOUN', 'plan'],
    ])
  })

  it('gives empty layers for blank text', () => {
    expect(run(' \n\t\r\n ')).toEqual({ paragraphs: [], sentences: [], tokens: [] })
  })

  it.skipIf(!existsSync(FOUNDING))(
    'keeps every span of the founding report in order and inside its sentence (needs ../shared)',
    () => {
      const text = readFileSync(FOUNDING, 'utf8')
      const { sentences, tokens: list } = run(text)
      let last = 0
      for (const t of list) {
        expect(t.start).toBeGreaterThanOrEqual(last)
        expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end))
        expect(contains(sentences[t.sentence]!, t)).toBe(true)
        last = t.end
      }
      expect(list.some((t) => text.slice(t.start, t.end) === 'Oct.')).toBe(true)
    },
  )

  // wink learns every word its model lacks, and its tokenizer looks there first: after a lone
  // `U.S`, a later `U.S.` split in two (wink-instance.ts).
  it('gives an article the same tokens whatever the pipeline read before', async () => {
    const text = 'U.S. farm officials met on Monday.'
    const fresh = await tokens().prepare()
    const used = await tokens().prepare()
    used(makeDoc('Prices fell in the U.S .'), quiet)
    expect(used(makeDoc(text), quiet).tokens).toEqual(fresh(makeDoc(text), quiet).tokens)
  })
})
