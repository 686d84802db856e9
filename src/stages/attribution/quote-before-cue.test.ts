import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * A quotation closing just before `X shouted to the crowd` (attributions.ts `isQuotedBefore`), on
 * sentences written for these tests.
 */

describe('a quotation before its source and a cue with no object', () => {
  it('is the claim, not the audience after the cue', () => {
    expect(readings('"We will win this seat!" Mark Lee shouted to the crowd.')).toEqual([
      ['Mark Lee', 'shouted', 'We will win this seat!'],
    ])
  })

  it('is the claim, not the whole sentence with its source', () => {
    expect(readings('"The bridge will open in May," the engineer yelled at the reporters.')).toEqual([
      ['the engineer', 'yelled', 'The bridge will open in May,'],
    ])
  })

  it('reads a run of quotes on from it as the rules do: "C?" she asked. "D."', () => {
    expect(readings('"Who pays for the new bridge?" the mayor asked. "Nobody knows."')).toEqual([
      ['the mayor', 'asked', 'Who pays for the new bridge?" the mayor asked. "Nobody knows.'],
    ])
  })
})
