import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * `reportedly` as a cue with no source (hearsay.ts), on sentences written for these tests.
 */
describe('a clause marked with "reportedly"', () => {
  it('is a claim with no source, its subject included', () => {
    expect(readings('The harbour board has reportedly hired two new pilots.')).toEqual([
      [null, 'reportedly', 'The harbour board has reportedly hired two new pilots'],
    ])
  })

  it('leaves out an opener set off by a comma', () => {
    expect(readings('In all, the rebels reportedly seized four towns.')).toEqual([
      [null, 'reportedly', 'the rebels reportedly seized four towns'],
    ])
  })

  it('gives way to the saying it qualifies, and is no claim in an aside', () => {
    expect(readings('The coach reportedly said the team would move.').map((r) => r[1])).toEqual(['said'])
    expect(readings('The mayor, who reportedly owns two boats, opened the fair.')).toEqual([])
  })
})
