import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brokenSpans } from '../../test/golden/span-invariant.js'
import { toAnalysisJson } from '../doc/analysis-json.js'
import { NewsgraphError } from '../doc/message.js'
import { type InputFormat, readInput } from './input.js'

/*
 * Every reader, through `readInput` as the CLI, ingest and server call it, on any bytes, any
 * string, any HTML and any JSON line: each result is a Doc whose spans all hold the text they
 * point at, or a NewsgraphError; nothing else is thrown. Runs are bounded (numRuns) so the
 * file stays within seconds; the pathological inputs are fixed cases.
 */

const FORMATS: InputFormat[] = ['text', 'html', 'json', 'jsonl']
const encode = (s: string) => new TextEncoder().encode(s)

/** Reads `bytes` as `format` and checks every result; a thrown error fails the property. */
function checkRead(bytes: Uint8Array, format?: InputFormat): number {
  let read = 0
  for (const result of readInput(bytes, { name: format ? 'input' : 'input.unknown', format })) {
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(NewsgraphError)
      continue
    }
    read++
    const doc = result.doc
    expect(doc.text.length).toBeGreaterThan(0)
    expect(brokenSpans(toAnalysisJson(doc))).toEqual([])
  }
  return read
}

/** Text in many scripts, with quotes, line ends, marks and emoji that readers must keep whole. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'The minister said',
        ' on Monday.',
        '"',
        '“',
        '”',
        "'",
        '\r\n',
        '\n\n',
        '\uFEFF',
        'قال الوزير',
        'שלום',
        '東京',
        'Президент',
        'e\u0301',
        '👩‍👩‍👧',
        '🇹🇷',
        '\u200F',
        '\u202E',
        '(Reuters) - ',
        'ANKARA, Oct 12 — ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

describe('every reader on arbitrary input', () => {
  it.each(FORMATS)('%s: any bytes give valid Docs or NewsgraphErrors', (format) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkRead(bytes, format)
      }),
      { numRuns: 200 },
    )
  })

  it('guessing the format: any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkRead(bytes)
      }),
      { numRuns: 200 },
    )
  })

  it.each(['text', 'html'] as const)('%s: any news-like string in any script', (format) => {
    fc.assert(
      fc.property(newsish, (text) => {
        checkRead(encode(format === 'html' ? `<p>${text}</p>` : text), format)
      }),
      { numRuns: 150 },
    )
  })

  it('html: any tree of tags, attributes and text', () => {
    const tag = fc.constantFrom('div', 'p', 'article', 'span', 'script', 'style', 'h1', 'li', 'table', 'td', 'br')
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        newsish,
        fc
          .tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.string({ maxLength: 10 }))
          .map(([t, kids, attr]) => `<${t} class="${attr.replace(/"/g, '')}">${kids.join('')}</${t}>`),
      ),
    })).node
    fc.assert(
      fc.property(node, (html) => {
        checkRead(encode(html), 'html')
      }),
      { numRuns: 150 },
    )
  })

  it('jsonl: any JSON value on each line, records or not', () => {
    const record = fc.record(
      {
        text: newsish,
        title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
        published: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('2024-06-10'), fc.constant(null)),
        outlet: fc.oneof(fc.string(), fc.constant(null)),
        html: fc.oneof(
          newsish.map((t) => `<p>${t}</p>`),
          fc.constant(undefined),
        ),
      },
      { requiredKeys: [] },
    )
    const line = fc.oneof(record, fc.jsonValue({ maxDepth: 3 }), fc.record({ article: record }))
    fc.assert(
      fc.property(
        fc.array(
          line.map((v) => JSON.stringify(v) ?? 'null'),
          { minLength: 1, maxLength: 5 },
        ),
        (lines) => {
          checkRead(encode(lines.join('\n')), 'jsonl')
          checkRead(encode(lines[0] as string), 'json')
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('pathological inputs to the readers', () => {
  const sentence = (chars: number) =>
    'The minister said the army would leave the city, '.repeat(chars / 50).concat('he said.')

  it.each([
    ['a 1 MB single sentence', sentence(1_000_000)],
    ['100,000 quotation marks', '"'.repeat(100_000)],
    [
      'mixed right-to-left and left-to-right scripts',
      'قال الوزير إن The minister said שלום 東京.\r\n\r\nПрезидент сказал.',
    ],
    ['emoji and combining characters', 'The e\u0301mir 👩‍👩‍👧 said "🎉" on Monday. Z\u0335a\u0336lgo said so.'],
    ['CRLF line ends and a BOM', '\uFEFFHeadline here\r\n\r\nANKARA (Reuters) - The minister said so.\r\n'],
  ])('%s: text, HTML, JSON and JSON Lines', (_name, text) => {
    for (const format of FORMATS) {
      const body =
        format === 'html'
          ? `<html><body><article><p>${text.replace(/</g, '&lt;')}</p></article></body></html>`
          : format === 'text'
            ? text
            : JSON.stringify({ text })
      checkRead(encode(body), format)
    }
  })

  it('deeply nested HTML gives an article or a NewsgraphError, not a stack overflow', () => {
    for (const depth of [1_000, 20_000]) {
      const p = '<p>The minister said the army would leave the city on Monday, officials told reporters.</p>'
      checkRead(encode(`${'<div>'.repeat(depth)}${p}${'</div>'.repeat(depth)}`), 'html')
      checkRead(encode(`${'<div><span>'.repeat(depth)}${p}`), 'html')
    }
  })

  it('keeps a BOM out of JSON text but counts offsets on what it keeps', () => {
    expect(checkRead(encode('\uFEFF{"text":"The minister said so on Monday."}'), 'json')).toBe(1)
  })
})
