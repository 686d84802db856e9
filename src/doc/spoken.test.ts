import { describe, expect, it } from 'vitest'
import type { Span } from './span.js'
import { spokenParts } from './spoken.js'
import { spanOf } from './testing.js'

/** The spoken parts of `content` as strings, for an attribution with this cue and source. */
function parts(text: string, content: string, cue: string, source: string | null): string[] | null {
  const s = (phrase: string) => spanOf(text, phrase)
  const found = spokenParts(text, {
    cue: s(cue),
    content: s(content),
    source: { mention: source ? s(source) : null, named: true, count: 1 },
  })
  return found?.map((p: Span) => text.slice(p.start, p.end)) ?? null
}

describe('spokenParts', () => {
  it('leaves out an attribution that breaks a quote, and the quote marks around it', () => {
    const text = '"The dam held," said Ada Kerr, a farmer. "It will hold again."'
    expect(parts(text, 'The dam held," said Ada Kerr, a farmer. "It will hold again.', 'said', 'Ada Kerr')).toEqual([
      'The dam held,',
      'It will hold again.',
    ])
  })

  it('keeps the outer quote marks when the content holds them', () => {
    const text = 'Then: “Bridges fall,” the engineer wrote, “when nobody looks.”'
    expect(parts(text, '“Bridges fall,” the engineer wrote, “when nobody looks.”', 'wrote', 'the engineer')).toEqual([
      '“Bridges fall,',
      'when nobody looks.”',
    ])
  })

  it('resumes at the mark after the aside ends, past a title it quotes', () => {
    const text = '"It\'s over," Mr Lind said on "Morning Desk." "We move on."'
    expect(parts(text, 'It\'s over," Mr Lind said on "Morning Desk." "We move on.', 'said', 'Mr Lind')).toEqual([
      "It's over,",
      'We move on.',
    ])
  })

  it('finds the break when the source is named before the cue', () => {
    const text = '"We are ready," Ms Orme told reporters. "We have been for weeks."'
    expect(parts(text, 'We are ready," Ms Orme told reporters. "We have been for weeks.', 'told', 'Ms Orme')).toEqual([
      'We are ready,',
      'We have been for weeks.',
    ])
  })

  it('does not take a phrase the writer quotes for the source resuming', () => {
    const text = '"We lent too much" to please the board, she said, calling the "growth plan" a mistake.'
    const content = 'We lent too much" to please the board, she said, calling the "growth plan" a mistake'
    expect(parts(text, content, 'said', 'she')).toEqual([
      'We lent too much" to please the board',
      'calling the "growth plan" a mistake',
    ])
    const quoted = '"We lent too much," she said, calling it a "growth plan" that failed.'
    expect(
      parts(quoted, 'We lent too much," she said, calling it a "growth plan" that failed', 'said', 'she'),
    ).toBeNull()
  })

  it('splits unquoted words set off by commas', () => {
    const text = 'The levy, the mayor said, will rise in spring.'
    expect(parts(text, 'The levy, the mayor said, will rise in spring', 'said', 'the mayor')).toEqual([
      'The levy',
      'will rise in spring',
    ])
  })

  it('is null when the attribution stands outside its content', () => {
    const text = 'Ada Kerr said, "The dam held." She said the river fell.'
    expect(parts(text, 'The dam held.', 'said', 'Ada Kerr')).toBeNull()
    expect(parts(text, 'the river fell', 'said the', 'She')).toBeNull()
  })

  it('is null when the cue sits inside a content with no break around it', () => {
    const text = 'Officials said the storm said to be coming had passed.'
    expect(parts(text, 'the storm said to be coming had passed', 'said to', null)).toBeNull()
  })
})
