import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../doc/doc.js'
import { NewsgraphError } from '../doc/message.js'
import { isValidSpan, textOf } from '../doc/span.js'
import { readHtml } from './html.js'
import { guessFormat, readInput } from './input.js'
import { readRecord } from './record.js'
import { readText } from './text.js'

/*
 * One conformance suite for every reader: the same invented story, given as plain text, HTML,
 * a JSON record and a JSON Lines line, must read to the same article frame.
 */

const HEADLINE = 'Kettle Bay council approves harbour plan'
const LEAD = 'KETTLE BAY, June 9, 2024 (Reuters) - The council approved the harbour plan on Sunday after a long debate.'
const PARAGRAPHS = [
  'Two council members told Agence France-Presse the vote had been close.',
  'The mayor said the work would start next spring and cost $12 million.',
  'Residents who opposed the plan declined to comment.',
]
const TRAILER = '(Reporting by Ana Lind; Editing by Tom Reyes)'
const TEXT = [HEADLINE, LEAD, ...PARAGRAPHS, TRAILER].join('\n')
const HTML = `<!doctype html><html><head><title>${HEADLINE} | Kettle Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${HEADLINE}</h1><p>${LEAD}</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${TRAILER}</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`

const encode = (s: string) => new TextEncoder().encode(s)
const only = (results: Iterable<import('./input.js').ReadResult>): Doc => {
  const list = [...results]
  expect(list).toHaveLength(1)
  const first = list[0]
  if (!first?.ok) throw first?.error ?? new Error('no result')
  return first.doc
}

const readers: [string, () => Doc][] = [
  ['readText', () => readText(TEXT)],
  ['readHtml', () => readHtml(HTML)],
  ['readRecord (text)', () => readRecord({ id: 'k1', text: TEXT })],
  ['readRecord (html)', () => readRecord({ id: 'k1', html: HTML })],
  ['readInput (text file)', () => only(readInput(encode(TEXT), { name: 'story.txt' }))],
  ['readInput (html file)', () => only(readInput(encode(HTML), { name: 'story.html' }))],
  ['readInput (json)', () => only(readInput(encode(JSON.stringify({ text: TEXT })), { name: 'story.json' }))],
  ['readInput (jsonl)', () => only(readInput(encode(`${JSON.stringify({ text: TEXT })}\n`), { name: 'a.jsonl' }))],
  ['readInput (guessed html)', () => only(readInput(encode(HTML), { name: '-' }))],
]

describe.each(readers)('%s', (_, read) => {
  const doc = read()
  const a = doc.article

  it('keeps every paragraph, in order', () => {
    let from = 0
    for (const p of [LEAD, ...PARAGRAPHS, TRAILER]) {
      const at = doc.text.indexOf(p, from)
      expect(at, p).toBeGreaterThanOrEqual(from)
      from = at + p.length
    }
  })

  it('marks headline, dateline and trailer with spans that hold their text', () => {
    for (const span of [a.headline, a.dateline, a.trailer])
      expect(span && isValidSpan(span, doc.text.length)).toBe(true)
    expect(textOf(doc.text, a.headline ?? { start: 0, end: 0 })).toBe(HEADLINE)
    expect(textOf(doc.text, a.dateline ?? { start: 0, end: 0 })).toBe('KETTLE BAY, June 9, 2024 (Reuters) -')
    expect(textOf(doc.text, a.trailer ?? { start: 0, end: 0 })).toBe(TRAILER)
  })

  it('reads title, place, date and origin from the text', () => {
    expect(a.title).toBe(HEADLINE)
    expect(a.datelinePlace).toBe('KETTLE BAY')
    expect(a.published).toBe('2024-06-09')
    expect(a.origin).toEqual(['Reuters'])
    expect(a.id).toMatch(/\S/)
  })
})

describe('plain text', () => {
  it('keeps the text byte for byte, white space and all', () => {
    const text = '  Odd  spacing\r\nand\ttabs “quotes” — dashes\n\n\nend '
    expect(readText(text).text).toBe(text)
  })

  it('keeps a byte order mark in plain text as U+FEFF and drops it from JSON', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf])
    const text = only(readInput(new Uint8Array([...bom, ...encode(TEXT)]), { name: 'bom.txt' }))
    expect(text.text).toBe(`\uFEFF${TEXT}`)
    expect(text.article.headline).toEqual({ start: 1, end: 1 + HEADLINE.length })
    const json = only(
      readInput(new Uint8Array([...bom, ...encode(JSON.stringify({ text: TEXT }))]), { name: 'bom.json' }),
    )
    expect(json.text).toBe(TEXT)
  })

  it('lets metadata win over what the text shows', () => {
    const doc = readText(TEXT, { id: 'x', title: 'T', published: '2024-06-10', outlet: 'Kettle Gazette', url: 'u' })
    expect(doc.article).toMatchObject({ id: 'x', title: 'T', published: '2024-06-10', outlet: 'Kettle Gazette' })
  })

  it('gives the same id for the same text', () => {
    expect(readText(TEXT).article.id).toBe(readText(TEXT).article.id)
    expect(readText(TEXT).article.id).not.toBe(readText(`${TEXT} `).article.id)
  })

  it.each([
    ['', 'read/empty'],
    [' \n\t ', 'read/empty'],
  ])('refuses %j with %s', (text, rule) => {
    expect(() => readText(text)).toThrow(expect.objectContaining({ rule }))
  })

  it('gives valid spans or a NewsgraphError for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        try {
          const { article, text: kept } = readText(text)
          expect(kept).toBe(text)
          for (const span of [article.headline, article.dateline, article.trailer]) {
            if (span) expect(isValidSpan(span, text.length)).toBe(true)
          }
        } catch (error) {
          expect(error).toBeInstanceOf(NewsgraphError)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('HTML', () => {
  const more = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i + 2} tells how the council debated the harbour plan for hours on end.</p>`,
  ).join('')

  it('puts back a dateline the extractor drops as a byline', () => {
    const html = `<html><body><div class="top"><p class="dateline">KETTLE BAY, June 9 (Reuters) -</p></div><article><h1>Plan approved</h1><p>The council approved the plan on Monday after a long debate over its cost.</p>${more}</article></body></html>`
    const doc = readHtml(html)
    expect(doc.text).toContain('KETTLE BAY, June 9 (Reuters) - The council approved')
    expect(doc.article.origin).toEqual(['Reuters'])
  })

  it('puts back a lead paragraph outside the main container', () => {
    const html = `<html><body><div class="top-header"><p class="lead">KETTLE BAY (AP) — The council approved the plan on Monday.</p></div><article><h1>Plan approved</h1>${more}</article></body></html>`
    expect(readHtml(html).text).toMatch(
      /^Plan approved\nKETTLE BAY \(AP\) — The council approved the plan on Monday\.\nParagraph 2/,
    )
  })

  it('puts back a lead paragraph marked by its class, dateline or not', () => {
    const html = `<html><body><div class="story-top"><p class="story-lead">The council approved the plan on Monday.</p></div><article><h1>Plan approved</h1>${more}</article></body></html>`
    expect(readHtml(html).text).toMatch(/^Plan approved\nThe council approved the plan on Monday\.\nParagraph 2/)
  })

  it.each([
    ['a page of links', '<html><body><nav><a href="/">Home</a><a href="/a">About</a></nav></body></html>'],
    ['an empty body', '<html><body></body></html>'],
    ['a script only', '<html><body><script>var a = "lots of words in a script tag here";</script></body></html>'],
  ])('refuses %s as read/no-article', (_, html) => {
    expect(() => readHtml(html)).toThrow(expect.objectContaining({ rule: 'read/no-article' }))
  })

  it.each([
    ['50,000 nested elements', `${'<div>'.repeat(50_000)}words${'</div>'.repeat(50_000)}`],
    ['20,000 unclosed spans', `<body>${'<p><span>'.repeat(20_000)}words`],
    ['more elements than the limit', `<body>${'<b>x</b>'.repeat(100_001)}`],
  ])('refuses a page of %s as read/too-complex before parsing it', (_, html) => {
    expect(() => readHtml(html)).toThrow(expect.objectContaining({ rule: 'read/too-complex' }))
  })

  it('counts unclosed paragraphs and list items as no depth', () => {
    const html = `<body><article>${'<p>The council met again on the harbour plan today. '.repeat(1_200)}</article>`
    expect(readHtml(html).text).toContain('The council met again')
  })

  it('never throws anything but a NewsgraphError on any markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        try {
          readHtml(`<html><body><p>${junk}</p><div>${junk}</body>`)
        } catch (error) {
          expect(error).toBeInstanceOf(NewsgraphError)
        }
      }),
      { numRuns: 100 },
    )
  })
})

describe('JSON records', () => {
  it('reads an analysis-format record from its article', () => {
    const doc = readRecord({ version: 1, article: { id: 'g1', published: '2024-06-09', text: TEXT } })
    expect(doc.article.id).toBe('g1')
    expect(doc.text).toBe(TEXT)
  })

  it.each([
    [{ title: 'x' }, 'read/missing-text'],
    [[], 'read/invalid-record'],
    ['a string', 'read/invalid-record'],
    [{ text: 42 }, 'read/invalid-record'],
    [{ text: 'Some text here.', published: 'yesterday' }, 'read/invalid-date'],
  ])('refuses %j with %s', (record, rule) => {
    expect(() => readRecord(record)).toThrow(expect.objectContaining({ rule }))
  })
})

describe('JSON Lines', () => {
  it('reads every good line, reports each bad one with its line number, and goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'First story about the harbour.' }),
      '{"id": "b", "text": ',
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'Fourth story about the harbour.' }),
    ].join('\n')
    const results = [...readInput(encode(lines), { name: 'feed.jsonl' })]
    expect(results.map((r) => [r.line, r.ok ? r.doc.article.id : r.error.rule])).toEqual([
      [1, 'a'],
      [2, 'read/invalid-json'],
      [4, 'read/missing-text'],
      [5, 'd'],
    ])
    const bad = results[1]
    expect(bad && !bad.ok && bad.error.detail.input).toBe('feed.jsonl:2')
  })

  it.each([
    [
      'JSON Lines with long records',
      `${JSON.stringify({ text: 'x'.repeat(9000) })}\n${JSON.stringify({ text: 'y' })}\n`,
      'jsonl',
    ],
    ['pretty JSON with nested objects', JSON.stringify({ text: 'x', extra: [{ a: 1 }, { b: 2 }] }, null, 2), 'json'],
    ['one-line JSON', JSON.stringify({ text: 'x' }), 'json'],
    ['an HTML page', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['plain text', 'Harbour plan approved\nThe council met.', 'text'],
  ])('guesses %s from the content', (_, content, format) => {
    expect(guessFormat('-', encode(content))).toBe(format)
  })

  it('reports invalid UTF-8 in one line without losing the others', () => {
    const good = encode(`${JSON.stringify({ text: 'A fine story.' })}\n`)
    const bytes = new Uint8Array([...good, 0x7b, 0xff, 0x7d, 0x0a, ...good])
    const results = [...readInput(bytes, { name: 'f.jsonl' })]
    expect(results.map((r) => (r.ok ? 'ok' : r.error.rule))).toEqual(['ok', 'read/invalid-utf8', 'ok'])
  })

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('x.txt', 'x.jsonl', 'x.json', 'x.html', '-'),
        (bytes, name) => {
          for (const r of readInput(bytes, { name })) if (!r.ok) expect(r.error).toBeInstanceOf(NewsgraphError)
        },
      ),
      { numRuns: 300 },
    )
  })
})
