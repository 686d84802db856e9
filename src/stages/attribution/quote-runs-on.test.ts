import { describe, expect, it } from 'vitest'
import { partsOf } from './testing.js'

/* A quote the writer's clause goes on from (quote-runs-on.ts), on sentences written for these tests. */
const contents = (text: string) => partsOf(text, 'content')

describe('a quote that opens a claim and closes inside its sentence', () => {
  it('runs on to the end of the clause', () => {
    expect(contents('The mayor said "the tide has turned" despite the loss in the north.')).toEqual([
      '"the tide has turned" despite the loss in the north',
    ])
    expect(contents('The coach says "we were tired" because the bus broke down twice.')).toEqual([
      '"we were tired" because the bus broke down twice',
    ])
  })

  it('runs on past "and" or "or" joining a phrase, not a second verb', () => {
    expect(contents('The minister said "lower fees" and a simpler form would bring in more students.')).toEqual([
      '"lower fees" and a simpler form would bring in more students',
    ])
    expect(contents('The coach said "the pitch was poor" and left the stadium.')).toEqual(['the pitch was poor'])
  })

  it('is the whole claim when it ends on its own punctuation or a saying follows', () => {
    expect(contents('Her aide said "We won." The crowd cheered.')).toEqual(['We won.'])
    expect(contents('The chef said: "Cook it slowly" to keep it soft, the recipe said.')[0]).toBe('Cook it slowly')
  })
})
