import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* `who` after a phrase about a deed stands for the one named after `by` (personAfterAgent in attributions.ts). */
describe('a relative "who" after a deed done by someone', () => {
  it('is the one named after "by", not the deed', () => {
    const text = 'The tribunal dismissed an appeal by union leader Maro Desk, who says the ballot was forged.'
    const { sources, attributions } = analyse(text)
    const says = attributions.find((a) => at(text, a.cue) === 'says')
    const source = sources.find((s) => s.id === says?.source.id)
    expect(source?.mentions.map((m) => at(text, m))).toEqual(['union leader Maro Desk', 'who'])
  })
})
