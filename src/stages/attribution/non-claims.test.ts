import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* Cue words that say nothing anyone claims (non-claims.ts), on sentences written for these tests. */

describe('make with an object that is no statement', () => {
  it('is a deed, no claim', () => {
    expect(readings('The governor also made a visit to the flooded farms near the river.')).toEqual([])
    expect(readings('The new law made generous deals with the two largest insurers.')).toEqual([])
  })

  it('is a claim when what is made is said', () => {
    expect(readings('The mayor made the case that the tax would pay for itself.')).toEqual([
      ['The mayor', 'made', 'the tax would pay for itself'],
    ])
  })
})

describe('ask with who was asked as its only object', () => {
  it('is no claim', () => {
    expect(readings('Ms. Ortiz was asked by moderator Dan Kline whether she would raise taxes.')).not.toContainEqual([
      'moderator Dan Kline',
      'asked',
      'Ms. Ortiz',
    ])
    expect(readings('The campaign asked Channel Four anchor Mel Greer.')).toEqual([])
  })

  it('keeps what was requested', () => {
    expect(readings('The landlord asked the tenants proof of income.')).toHaveLength(1)
  })
})

describe('a charge denied in the passive', () => {
  it('is no claim', () => {
    expect(readings('Ms. Lund has never been charged with any crime.')).toEqual([])
    expect(readings('Neither Ms. Lund nor her aides have been charged with any crime.')).toEqual([])
  })

  it('is still a claim when made, or denied by someone named', () => {
    expect(readings('Ms. Lund was charged with fraud on Monday.')).toHaveLength(1)
    expect(readings('The United States has never formally accused its ally of complicity.')).toEqual([
      ['The United States', 'accused', 'its ally of complicity'],
    ])
  })
})

describe('it goes without saying', () => {
  it('is the writer speaking', () => {
    expect(readings('It goes without saying that the budget will be late again.')).toEqual([])
  })
})

describe('a content that is a time alone', () => {
  it('is when something was done, not what was said', () => {
    expect(readings('Mr. Ruiz wrote last October.')).toEqual([])
    expect(readings('Last month, a group of experts warned of a new kind of fraud.')).toEqual([])
  })

  it('leaves a claim with a time in it', () => {
    expect(readings('Mr. Ruiz wrote that the vote would come last October.')).toEqual([
      ['Mr. Ruiz', 'wrote', 'the vote would come last October'],
    ])
  })
})

describe('a claim read as the free relative what alone', () => {
  it('is no claim', () => {
    expect(readings('For the paper, what the senator says and promises is now the standard.')).toEqual([])
  })
})
