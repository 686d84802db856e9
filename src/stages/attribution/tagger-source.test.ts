import { describe, expect, it } from 'vitest'
import { analyse, at, readings } from './testing.js'

/*
 * The span tagger's source for a speech cue whose claim the frame rules read but whose subject
 * they do not (tagger-source.ts), on sentences written for these tests, through the real tokens
 * stage.
 */
const show = readings

describe('a source the frame rules miss', () => {
  it('reads the subject of a progressive cue: "X is telling reporters that C"', () => {
    const text = 'The mayor is telling reporters at the town hall that the plant will close in June.'
    expect(show(text)).toEqual([['The mayor', 'telling', 'the plant will close in June']])
  })

  it('reads the subject over an aspectual verb: "X is continuing to insist C"', () => {
    const text = 'The council member is continuing to insist she will vote against the plan.'
    expect(show(text)).toEqual([['The council member', 'insist', 'she will vote against the plan']])
  })

  it('reads the subject of a participle with no saying before it: "X ended the meeting by announcing C"', () => {
    const text = 'The governor ended the meeting early by announcing that the plant would close.'
    expect(show(text)).toEqual([['The governor', 'announcing', 'the plant would close']])
  })
})

describe('an `according to` phrase the chunker cannot read', () => {
  it('takes the source the tagger reads: "according to the average of X"', () => {
    const text =
      'Turnout rose to 61 percent, according to the average of county tallies compiled by the state election board.'
    expect(show(text)).toEqual([
      [
        'the average of county tallies compiled by the state election board',
        'according to',
        'Turnout rose to 61 percent',
      ],
    ])
  })
})

describe('a relative clause the span tagger takes for the source', () => {
  it('gives way to the name the clause describes, as the rules read it', () => {
    const text = 'Meanwhile the singer, who was honored with the top award, spoke about the importance of kindness.'
    expect(show(text)).toEqual([
      ['the singer, who was honored with the top award', 'spoke', 'the importance of kindness'],
    ])
  })
})

describe('a personal pronoun right before the cue', () => {
  it('is the subject, not a phrase the span tagger takes around it', () => {
    const text =
      'Firms would pay a new low 15 percent rate, far lower than the top 33 percent rate he has proposed for workers.'
    expect(analyse(text).attributions.map((a) => at(text, a.source.mention))).toContain('he')
  })
})

describe('a noun cue followed by `from` and a phrase', () => {
  it('is held by the phrase after `from`', () => {
    const text = 'The inaction came amid dire warnings from medical experts about the virus.'
    expect(analyse(text).attributions.map((a) => at(text, a.source.mention))).toEqual(['medical experts'])
  })
})

describe('a noun cue after an owner', () => {
  it('is held by the owner pronoun, not dropped', () => {
    const text = 'In their view, the party could pick off several states.'
    expect(show(text)).toEqual([['their', 'view', 'the party could pick off several states']])
  })
})
