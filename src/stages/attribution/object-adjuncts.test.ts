import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/layers.js'
import { trimLearnedContent } from './learned-content.js'
import { contextOf, partsOf } from './testing.js'

const contents = (text: string) => partsOf(text, 'content')

/** Trims a learned content running from the word after `cue` to the sentence end. */
function trimmedAfter(text: string, cue: string): string {
  const ctx = contextOf(text)
  const first = ctx.words.indexOf(cue) + 1
  const [a, b] = trimLearnedContent(ctx, [first, ctx.words.lastIndexOf('.')])
  return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
}

describe('an adverbial clause after an object', () => {
  it('ends a rule-read object before the writer says when the source spoke', () => {
    expect(contents('The senator criticized the governor after the council voted.')).toEqual(['the governor'])
    expect(contents('Few analysts described Mr. Lane as a reformer when he ran for mayor.')).toEqual([
      'Mr. Lane as a reformer',
    ])
    expect(contents('The agency warned clinics to update their software before the new rules take effect.')).toEqual([
      'to update their software',
    ])
  })

  it('leaves `even` with the clause it opens', () => {
    expect(contents('The coach acknowledged some mistakes even as he defended the team.')[0]).toBe('some mistakes')
  })

  it('ends a learned object the same way', () => {
    const text = 'The poll indicates a tightening race as the mayor consolidates his lead.'
    expect(trimmedAfter(text, 'indicates')).toBe('a tightening race')
    expect(trimmedAfter('The board agreed to free the funds so the firm could start work.', 'agreed')).toBe(
      'to free the funds',
    )
  })

  it('keeps the clause after a reported clause, and a condition the source set', () => {
    expect(contents('The minister said the plan would fail after taxes rose.')).toEqual([
      'the plan would fail after taxes rose',
    ])
    expect(contents('The governor vowed to veto the bill unless the council changes it.')).toEqual([
      'to veto the bill unless the council changes it',
    ])
  })

  it('keeps a comparison, a role and a time noun the clause describes', () => {
    expect(contents('The union praised the deal just as its rivals had.')).toEqual(['the deal just as its rivals had'])
    expect(contents("The board praised Ms. Diaz's work as director of the fund.")).toEqual([
      "Ms. Diaz's work as director of the fund",
    ])
    const time = 'The coach recalled a time when the club won every game.'
    expect(trimmedAfter(time, 'recalled')).toBe('a time when the club won every game')
  })
})

describe('the setting after a rule-read object', () => {
  it('ends the object before the occasion or time of the saying', () => {
    expect(contents('The senator praised the harbour deal in a statement.')).toEqual(['the harbour deal'])
    expect(contents('The mayor blasted the council as a "circus" Friday on a local radio show.')).toEqual([
      'the council as a "circus"',
    ])
  })

  it('keeps the setting inside a clause the object holds', () => {
    expect(contents('The nurse accused the guard of pushing her at a rally in May.')).toEqual([
      'the guard of pushing her at a rally in May',
    ])
  })
})
