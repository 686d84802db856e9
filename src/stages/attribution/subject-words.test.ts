import { describe, expect, it } from 'vitest'
import { partsOf, readings } from './testing.js'

/* Words around a cue's subject that are no subject (frames.ts), on sentences written for these tests. */
describe('an adverb of two words before a cue', () => {
  it('is skipped to the subject before it', () => {
    expect(readings('Local and national critics have in particular noted the harsh tone of the ads.')).toEqual([
      ['Local and national critics', 'noted', 'the harsh tone of the ads'],
    ])
    expect(readings('A trio of groups have in fact reported spending $500,000 on the race.')).toEqual([
      ['A trio of groups', 'reported', 'spending $500,000 on the race'],
    ])
  })
})

describe('a quantifier floated after a subject set off by commas', () => {
  it('gives way to the subject and its insertion', () => {
    expect(
      readings('The mayor’s two rivals, Tom Reed and Ann Lee, have both urged the mayor to release his taxes.'),
    ).toEqual([['The mayor’s two rivals, Tom Reed and Ann Lee', 'urged', 'the mayor to release his taxes']])
  })
})

describe('a cue after an adverbial clause opening its sentence', () => {
  it('reads its own claim after it, not the clause before the comma', () => {
    expect(
      readings(
        'And, while the mayor boasts that he has no donors, a trio of groups have reported spending $500,000 on his race.',
      ),
    ).toContainEqual(['a trio of groups', 'reported', 'spending $500,000 on his race'])
  })

  it('still reads across an inserted saying', () => {
    expect(readings('Though the vote was close, he said, the result would stand.')).toEqual([
      ['he', 'said', 'Though the vote was close, he said, the result would stand'],
    ])
  })
})

describe('a noun cue after `with`', () => {
  it('is held by the subject of the verb the phrase hangs on', () => {
    expect(readings('The report closes with a very clear implication about the mayor’s health.')).toEqual([
      ['The report', 'implication', 'the mayor’s health'],
    ])
  })
})

describe('a noun before an article', () => {
  it('ends another phrase: "a result the party said was C" has the party as source', () => {
    const [reading] = readings(
      'The board announced the vote, a result the main opposition party said was a fraud.',
    ).filter((r) => r[1] === 'said')
    expect(reading?.[0]).toBe('the main opposition party')
  })

  it('stays in when it titles the name after it: "Vatican spokesman the Rev. Paul Roe"', () => {
    const [reading] = readings('Vatican spokesman the Rev. Paul Roe told reporters the pope would not attend.')
    expect(reading?.[0]).toBe('Vatican spokesman the Rev. Paul Roe')
  })
})

describe('a share counted out of a number as the subject', () => {
  it('reads `six in 10 voters` whole, not from the last number', () => {
    const text = 'Six in 10 voters said the mayor is honest, a new survey found.'
    expect(partsOf(text, 'source')[0]).toBe('Six in 10 voters')
    expect(partsOf('Only one in five said the bridge was safe.', 'source')).toEqual(['one in five'])
  })
})
