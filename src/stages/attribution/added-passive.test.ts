import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* `added` in the passive sums, it does not say (claimsDeed in cues.ts). */
describe('a passive "added"', () => {
  it('is no saying: "those ballots would be added once they were checked"', () => {
    const text = 'The registrar said those ballots would be added once they were checked.'
    const cues = analyse(text).attributions.map((a) => at(text, a.cue))
    expect(cues).toEqual(['said'])
  })

  it('leaves an active "added" a saying', () => {
    const text = 'The clerk added that the count was complete.'
    expect(analyse(text).attributions.map((a) => at(text, a.cue))).toEqual(['added'])
  })
})
