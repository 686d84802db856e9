import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* Doubted verbs with a short object (doubted-deed.ts), on sentences written for these tests. */

describe('a verb in -ed the cue model doubts, with a short object', () => {
  it('is a deed, no claim', () => {
    expect(readings('None of the big networks covered it.')).toEqual([])
  })

  it('is still a claim with an infinitive or a clause, or when the model is surer', () => {
    expect(readings('The mayor decided to fight back.')).toEqual([['The mayor', 'decided', 'to fight back']])
    expect(readings('The union later praised the deal.')).toEqual([['The union', 'praised', 'the deal']])
  })
})
