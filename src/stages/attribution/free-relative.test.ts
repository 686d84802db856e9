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

describe('a relative "which" or "whom" before the source', () => {
  it('starts the claim, as PolNeAR marks it: "which X said C"', () => {
    const text = 'The council passed the levy, which the mayor said would close the budget gap.'
    expect(show(text)).toContainEqual(['the mayor', 'said', 'which the mayor said would close the budget gap'])
  })
})
