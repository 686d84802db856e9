import { describe, expect, it } from 'vitest'
import { partsOf } from './testing.js'

/* Times and issued documents before a cue (source-before.ts), on sentences written for these tests. */
const sources = (text: string) => partsOf(text, 'source')

describe('the words between a cue and its subject', () => {
  it('skips a time to the subject before it', () => {
    expect(sources('Tom Baker, the harbour master, last week said the pier was unsafe.')).toEqual([
      'Tom Baker, the harbour master',
    ])
    expect(sources('The board chairman later Thursday told reporters that the vote would be delayed.')).toEqual([
      'The board chairman',
    ])
  })

  it('skips a year or month after `in` to the subject before it', () => {
    expect(sources('Officials in 2019 said the bridge was safe.')).toEqual(['Officials'])
    expect(sources('The union leader in March 2021 warned that a strike was coming.')).toEqual(['The union leader'])
  })

  it('skips `earlier in the day` to the subject before it', () => {
    expect(sources('Chairman Tom Reed earlier in the day touted the progress the panel has made.')).toEqual([
      'Chairman Tom Reed',
    ])
  })

  it('reads a verb after `and` and a time as coordinated with the verb before', () => {
    expect(
      sources('The mayor has freed up $2 million for the parks and on Monday announced that more was coming.'),
    ).toEqual(['The mayor'])
  })

  it('skips `in late August` after a participle to the phrase it describes', () => {
    expect(sources('A county survey published in late August found that most wells were dry.')).toEqual([
      'A county survey published in late August',
    ])
  })

  it('gives the issuer of a statement as the source of a participle after it', () => {
    expect(sources("The farmers' union issued a statement saying the new tax was unfair.")).toEqual([
      "The farmers' union",
    ])
    expect(sources('The ministry released a statement Wednesday saying that the border would reopen.')).toEqual([
      'The ministry',
    ])
  })

  it('keeps a statement that says something itself', () => {
    expect(sources('A statement from the ministry said the border would reopen.')).toEqual([
      'A statement from the ministry',
    ])
  })
})

describe('a time the span tagger takes for the subject of a cue the rules leave to it', () => {
  it('gives way to the subject the rules read before it', () => {
    expect(sources('The governor, whose views have upset his own party, last year proposed a ban on imports.')).toEqual(
      ['whose views', 'The governor, whose views have upset his own party'],
    )
  })
})
