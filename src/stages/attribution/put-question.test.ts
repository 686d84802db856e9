import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/*
 * The question a participle `asked` puts to a speaker (put-question.ts), on sentences written
 * for these tests, through the real tokens stage.
 */
const show = (text: string) =>
  analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])

describe('a question put to a speaker', () => {
  it('reads "Asked whether C, X said D" as the question C with no source, and the saying', () => {
    const text = 'Asked whether the plant would close, the mayor said the council would decide in May.'
    expect(show(text)).toEqual([
      [null, 'Asked', 'whether the plant would close'],
      ['the mayor', 'said', 'the council would decide in May'],
    ])
  })

  it('reads the question after "when asked"', () => {
    const text = 'The mayor smiled when asked whether the plant would close.'
    expect(show(text)).toEqual([[null, 'asked', 'whether the plant would close']])
  })

  it('reads the topic after "asked about"', () => {
    const text = 'The mayor, asked about the strike, said the talks would go on.'
    expect(show(text)[0]).toEqual([null, 'asked', 'the strike'])
  })

  it('leaves a question whose asker is named ("Asked by X about C") without a claim', () => {
    const text = 'Asked by a reporter about the strike, the mayor said she would not comment.'
    expect(show(text)).toEqual([['the mayor', 'said', 'she would not comment']])
  })

  it('leaves an active "X asked whether C" to the frame rules', () => {
    const text = 'The union asked whether the plant would close.'
    expect(show(text).map(([source, cue]) => [source, cue])).toEqual([['The union', 'asked']])
  })

  it('leaves "X, a title, asked Y whether C" to the frame rules: with an object the verb is active', () => {
    const text =
      'Jo Roe, a longtime ally of the mayor and head of the farm board, asked the former governor whether he had thoughts on the dam.'
    expect(show(text).map(([source, cue]) => [source, cue])).toEqual([
      ['Jo Roe, a longtime ally of the mayor and head of the farm board', 'asked'],
    ])
  })

  it('still reads "When asked which C" as a question put', () => {
    const text = 'When asked which road was worst, most drivers named the bridge.'
    expect(show(text)[0]).toEqual([null, 'asked', 'which road was worst'])
  })
  it('reads a passive "X was asked about C" as the question put, with no source', () => {
    const text = 'After a rally on Friday, the senator was asked about speeches she gave to bankers in 2014.'
    expect(show(text)).toEqual([[null, 'asked', 'speeches she gave to bankers in 2014']])
  })

  it('reads "X is often asked whether C" past an adverb', () => {
    expect(show('The coach is often asked whether the team will move.')).toEqual([
      [null, 'asked', 'whether the team will move'],
    ])
  })

  it('leaves a passive question that names only a pronoun: "was asked about it during C"', () => {
    expect(show('The mayor was asked about it during the debate.')).toEqual([])
  })
})
