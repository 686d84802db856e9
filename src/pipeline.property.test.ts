import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { brokenSpans } from '../test/golden/span-invariant.js'
import { type Analyzer, createAnalyzer } from './analyze.js'
import { NewsgraphError } from './doc/message.js'
import { readInput } from './read/input.js'

/*
 * The full pipeline on arbitrary and pathological text: every analysis has only spans whose
 * text is the slice they point at, or reading stops with a NewsgraphError; no stage throws
 * anything else. Runs are few (each analysis is a whole pipeline) so the file stays bounded.
 */

let analyzer: Analyzer

beforeAll(async () => {
  analyzer = await createAnalyzer()
}, 60_000)

/** Reads `text` as plain text and analyses it; returns the broken spans, or null for a NewsgraphError. */
function analyse(text: string, format: 'text' | 'html' = 'text'): string[] | null {
  const [result] = readInput(new TextEncoder().encode(text), { name: 'input', format })
  if (!result) throw new Error('a text input gives one result')
  if (!result.ok) {
    expect(result.error).toBeInstanceOf(NewsgraphError)
    return null
  }
  try {
    return brokenSpans(analyzer.analyze(result.doc))
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError)
    return null
  }
}

/** News-like words and the characters that break naive offset arithmetic, in any order. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('The', 'minister', 'Ahmet Yilmaz', 'said', 'told Reuters', 'in Ankara') },
  { weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', '\n\n', '\r\n', '"', '“', '”', "'", '(', ')', ':') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'on Monday',
      '$12 million',
      '40 percent',
      'at least 12',
      'ISIS',
      'U.S.',
      'according to officials',
      '\uFEFF',
      'قال',
      'שלום',
      '東京',
      'Президент',
      'e\u0301',
      '👩‍👩‍👧',
      '🇹🇷',
      '\u200F',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
)
const newsish = fc.array(piece, { minLength: 1, maxLength: 80 }).map((p) => p.join(''))

describe('the full pipeline on arbitrary input', () => {
  it('news-like text in any script: valid spans or a NewsgraphError', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(analyse(text) ?? []).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it('any string: valid spans or a NewsgraphError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(analyse(text) ?? []).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it('any HTML paragraphs: valid spans or a NewsgraphError', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 6 }), (paras) => {
        const html = `<html><body><article>${paras.map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>`
        expect(analyse(html, 'html') ?? []).toEqual([])
      }),
      { numRuns: 15 },
    )
  })
})

describe('the full pipeline on pathological input', () => {
  const clause = 'The minister said the army would leave the city, '
  it.each([
    ['a 2,000-word single sentence', `${clause.repeat(200)}he said.`],
    ['10,000 quotation marks', '"'.repeat(10_000)],
    ['quotes opened and never closed', `He said "${'no '.repeat(2000)}`],
    [
      'right-to-left and mixed scripts',
      'قال الوزير إن The minister said שלום 東京 on Monday.\r\n\r\nПрезидент said "no".',
    ],
    ['emoji and combining characters', 'The e\u0301mir 👩‍👩‍👧 said "🎉" on Monday. Z\u0335a\u0336lgo told Reuters so.'],
    [
      'CRLF line ends and a BOM',
      '\uFEFFTalks end\r\n\r\nANKARA (Reuters) - The minister said "we will go on," officials said.\r\n',
    ],
    ['one very long word', 'x'.repeat(200_000)],
  ])('%s', (_name, text) => {
    expect(analyse(text) ?? []).toEqual([])
  })

  it('a single sentence of nearly 1 MB, the most a reader accepts, is analysed', () => {
    const text = `${clause.repeat(19_990)}he said.`
    expect(text.length).toBeLessThan(1_000_000)
    expect(analyse(text)).toEqual([])
  }, 120_000)
})
