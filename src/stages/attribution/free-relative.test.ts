import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * The claim of a source after a free relative `what` (free-relative.ts), on sentences written
 * for these tests, through the real tokens stage.
 */
const show = readings

describe('a free relative "what" before the source', () => {
  it('reads the claim from "what" to the end of the relative: "what X says C and ..."', () => {
    const text = 'There is a wide gap between what the mayor says his budget would do and what it does.'
    expect(show(text)).toEqual([['the mayor', 'says', 'what the mayor says his budget would do']])
  })

  it('keeps a comma inside a quotation in the claim', () => {
    const text = 'The union attacked what the mayor says are "modest, sensible savings" in the budget.'
    expect(show(text)).toEqual([
      ['the mayor', 'says', 'what the mayor says are "modest, sensible savings" in the budget'],
    ])
  })

  it('reads the "what" alone when a clause of time follows the cue: "what X said when ..."', () => {
    const text = 'That was exactly what the manager said when she left the company in 2019.'
    expect(show(text)).toEqual([['the manager', 'said', 'what']])
  })
})

describe('an object named after "as" in a free relative opening the sentence', () => {
  it('ends where the writer\'s sentence resumes: "In what X described as Y, C"', () => {
    const text = 'In what the union described as a show of unity, dockers in the port held a stoppage on Monday.'
    expect(show(text)).toEqual([['the union', 'described as', 'a show of unity']])
  })

  it('keeps a coordination inside the object: "described as calm and orderly"', () => {
    const text = 'In what the police described as calm and orderly, the crowd left the square on Monday.'
    expect(show(text)).toEqual([['the police', 'described as', 'calm and orderly']])
  })
})

describe('a relative "which" or "whom" before the source', () => {
  it('starts the claim, as PolNeAR marks it: "which X said C"', () => {
    const text = 'The council passed the levy, which the mayor said would close the budget gap.'
    expect(show(text)).toContainEqual(['the mayor', 'said', 'which the mayor said would close the budget gap'])
  })
})

describe('a relative "that" or "who" whose clause has the pronoun as subject', () => {
  it('reads "a N that X say C" from "that", with the tagger\'s noun "say" taken as the cue', () => {
    const text = 'Hundreds of farmers blocked a road against a levy that growers say would ruin small orchards.'
    expect(show(text)).toEqual([['growers', 'say', 'that growers say would ruin small orchards']])
  })

  it('reads "a N who X said C" from "who"', () => {
    const text = 'Detectives questioned a driver who witnesses said had run the red light.'
    expect(show(text)).toEqual([['witnesses', 'said', 'who witnesses said had run the red light']])
  })

  it('leaves a clause with its own subject after the cue as it was: "the fear that X said C"', () => {
    const text = 'The ruling eased the fear that bankers said the merger had raised.'
    expect(show(text).map((r) => r[2])).not.toContainEqual(expect.stringMatching(/^that/))
  })

  it('cuts a claim read back to the noun at ", which": "The N, which X believe C, ..."', () => {
    const text = 'The treaty, which diplomats believe will ease tensions, was signed in Geneva.'
    expect(show(text)).toEqual([['diplomats', 'believe', 'which diplomats believe will ease tensions']])
  })
})
