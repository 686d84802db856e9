import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* A participle after a comma speaks for its clause's subject, never for the whole clause (swallowsVerb in attributions.ts). */
describe('a source read through the main verb', () => {
  it('is cut back to the subject: "The court on Monday upheld the result, rejecting C"', () => {
    const text =
      "Vetland's supreme court on Monday upheld the election of President Aro Tamm, rejecting a challenge by rival candidate Lina Voss, who says the count was rigged."
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'rejecting')
    expect(at(text, a?.source.mention)).toBe("Vetland's supreme court")
  })
})
